"""Opening a link in the user's browser: http and https only, never on the event loop.

`App.open_url` asks the driver. In a terminal that is `webbrowser.open`, which may start a
process or ask the desktop which browser is the default: it runs in a thread worker, so a slow
start never freezes the reader, and a failure is a notification. Served to a web browser
(textual-serve) it only writes a message to the page, which must stay on the event loop.
"""

from __future__ import annotations

from functools import partial
from urllib.parse import urlsplit

from textual.app import App
from textual.widget import Widget

from reader.ui.text import excerpt


def is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
    except ValueError:
        return False


def open_in_browser(node: Widget, url: str) -> None:
    """Open `url` in the browser and say so; a URL that is not http(s) is refused."""
    shown = excerpt(url, 90)
    if not is_web_url(url):
        message = f"Not opened: only http and https links open in the browser ({shown})"
        node.notify(message, severity="warning", markup=False)
        return
    app = node.app
    if app.is_web:
        app.open_url(url)
    else:
        app.run_worker(partial(_open, app, url), thread=True, group="browser", exit_on_error=False)
    node.notify(f"Opened {shown}", markup=False)


def _open(app: App[object], url: str) -> None:
    try:
        app.open_url(url)
    except Exception as error:  # the browser's problem, not a reason to stop reading
        message = f"Could not open {excerpt(url, 90)}: {error}"
        app.call_from_thread(app.notify, message, severity="error", markup=False)

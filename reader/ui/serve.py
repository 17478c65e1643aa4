"""`reader --serve`: the same reader in a web browser, through textual-serve.

textual-serve is a small aiohttp server: its page (xterm.js, served from the package itself,
no CDN; only a Google Fonts stylesheet is asked for, and the page falls back to a local
monospace font without it) opens a websocket, and each connection starts `command` as a
subprocess whose screen is streamed to the browser. So every browser tab is a separate reader
process on the same article with the same options; it binds 127.0.0.1 only.

textual-serve is an optional extra (`pip install 'reader[serve]'`): it brings aiohttp and
jinja2, which the terminal reader never needs.
"""

from __future__ import annotations

import os
import shlex
import socket
import subprocess
from collections.abc import Mapping, Sequence
from types import ModuleType

HOST = "127.0.0.1"
DEFAULT_PORT = 8000
INSTALL = "--serve needs textual-serve: pip install 'reader[serve]' (or pip install textual-serve)"


class ServeError(Exception):
    """textual-serve is missing or cannot listen; one line for stderr."""


def textual_serve() -> ModuleType:
    """The textual_serve.server module, or ServeError saying how to install it."""
    try:
        from textual_serve import server
    except ImportError:
        raise ServeError(INSTALL) from None
    return server


def check_settings(theme: str | None, keys: Mapping[str, str]) -> None:
    """The checks the app makes when it starts, made once here: a bad theme or key would
    otherwise only show as a session that ends at once in the browser."""
    from reader.ui.app import ReaderApp
    from reader.ui.keymap import check_keys, check_theme
    from reader.ui.screens.main import MainScreen
    from reader.ui.widgets.article_view import ArticleView

    check_theme(theme)
    check_keys(keys, [ArticleView, MainScreen, ReaderApp])


def check_port(port: int) -> None:
    """ServeError now if 127.0.0.1:`port` is taken, rather than after the banner."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((HOST, port))
        except OSError as error:
            reason = (error.strerror or str(error)).lower()
            raise ServeError(f"cannot serve on {HOST}:{port}: {reason}") from None


def url(port: int) -> str:
    return f"http://{HOST}:{port}"


def serve(command: Sequence[str], port: int, title: str) -> None:
    """Serve `command` (argv of a Textual app) on 127.0.0.1:`port` until Ctrl+C."""
    server = textual_serve().Server(_shell(command), host=HOST, port=port, title=title)
    try:
        server.serve()
    except OSError as error:
        raise ServeError(f"cannot serve on {HOST}:{port}: {error.strerror or error}") from None


def _shell(command: Sequence[str]) -> str:
    """textual-serve runs its command through the shell: quote every argument."""
    return subprocess.list2cmdline(command) if os.name == "nt" else shlex.join(command)

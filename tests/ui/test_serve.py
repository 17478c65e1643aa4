"""`reader --serve`: the same reader in a browser through textual-serve, on 127.0.0.1 only.

The server runs as `reader --serve` would for a user, in a subprocess with the user dirs in a
temp dir and --offline (no link previews fetched). One test speaks the page's websocket protocol
itself (no browser needed); the other loads the page in headless Chromium, waits for the
terminal to draw, and checks a screenshot. Nothing reaches the internet: textual-serve serves
xterm.js itself, and Chromium resolves no host but 127.0.0.1 (the page's Google Fonts
stylesheet fails and a local monospace font is used).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_browser import (
    OFFLINE_FLAGS,
    Page,
    chromium,
    first_page,
    free_port,
    get,
    read_png,
    started,
    wait_for_port,
)

aiohttp = pytest.importorskip(
    "aiohttp", reason="textual-serve is not installed (pip install 'reader[serve]')"
)
pytest.importorskip(
    "textual_serve", reason="textual-serve is not installed (pip install 'reader[serve]')"
)

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "articles/harbour-strike.txt"
TITLE = "Dockers walk out at Port Calloway"
INTRO_BACKGROUND = bytes((0x0C, 0x18, 0x1F))  # textual-serve's page before the app draws
SIZE = (1280, 900)


@pytest.fixture
def served(tmp_path: Path, warm_patterns: None) -> Iterator[str]:
    """`reader --serve --port N --offline ARTICLE` running; yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "reader", "--serve", "--port", str(port), "--offline", ARTICLE]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = tmp_path / "serve.log"
    with started(command, log, cwd=ROOT, env=env) as process:
        try:
            wait_for_port(port, process)
        except AssertionError as error:
            raise AssertionError(f"{error}\n{log.read_text(errors='replace')}") from None
        yield f"http://127.0.0.1:{port}"
    assert f"reader: serving {ARTICLE} on http://127.0.0.1:{port}" in log.read_text()


def terminal_text(output: str) -> str:
    return re.sub(r"\x1b(\[[0-9;?$]*[a-zA-Z]|\][^\x07\x1b]*(\x07|\x1b\\))", "", output)


async def test_the_page_is_local_and_the_websocket_runs_the_reader(served: str) -> None:
    status, page = get(served + "/")
    assert status == 200
    assert f'data-session-websocket-url="ws://127.0.0.1:{served.rsplit(":", 1)[1]}/ws"' in page
    scripts = re.findall(r'<script src="([^"]+)"', page)
    assert scripts and all(src.startswith(served + "/static/") for src in scripts)
    assert get(served + "/static/js/textual.js")[0] == 200
    output = ""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(served + "/ws?width=120&height=40") as socket,
    ):
        await socket.send_str(json.dumps(["resize", {"width": 120, "height": 40}]))
        async with asyncio.timeout(30):
            async for message in socket:
                if message.type == aiohttp.WSMsgType.BINARY:
                    output += message.data.decode("utf-8", "replace")
                if all(words in terminal_text(output) for words in (TITLE, "Sentence 1")):
                    break
    assert TITLE in terminal_text(output)


async def test_chromium_shows_the_article(served: str, tmp_path: Path) -> None:
    browser = chromium()
    if browser is None:
        pytest.skip("Chromium is not installed (Debian: apt install chromium)")
    debug_port = free_port()
    command = [
        browser,
        *OFFLINE_FLAGS,
        f"--remote-debugging-port={debug_port}",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--window-size={SIZE[0]},{SIZE[1]}",
        "about:blank",
    ]
    with started(command, tmp_path / "chromium.log"):
        address = await first_page(debug_port)
        async with (
            aiohttp.ClientSession() as session,
            session.ws_connect(address, max_msg_size=0) as socket,
        ):
            page = Page(socket)
            shot = await load(page, served)
    (tmp_path / "screenshot.png").write_bytes(shot)
    assert TITLE in terminal_text(page.received())  # what xterm.js was given to draw
    pixels = read_png(shot)
    assert (pixels.width, pixels.height) == SIZE
    dominant, _ = pixels.colours.most_common(1)[0]
    assert dominant != INTRO_BACKGROUND, "the page still shows textual-serve's intro"
    bright = sum(count for colour, count in pixels.colours.items() if max(colour) >= 150)
    assert bright / (pixels.width * pixels.height) > 0.01, "no text on the screen"
    assert len(pixels.colours) > 50  # text, anti-aliased, in several colours


async def load(page: Page, url: str) -> bytes:
    """Open `url`, wait until the app has drawn the article, and take a screenshot."""
    await page.call("Network.enable")
    await page.call("Page.enable")
    width, height = SIZE
    await page.call(
        "Emulation.setDeviceMetricsOverride",
        width=width,
        height=height,
        deviceScaleFactor=1,
        mobile=False,
    )
    await page.call("Page.navigate", url=url)
    await page.wait_for("document.body && document.body.classList.contains('-first-byte')", 30)
    await page.call("Emulation.setFocusEmulationEnabled", enabled=True)
    await page.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
    async with asyncio.timeout(30):  # the article, and the footer (shown once focused)
        while not all(words in terminal_text(page.received()) for words in ("Sentence 1", "Quit")):
            await page.evaluate("1")  # lets the frames in
    await asyncio.sleep(1)  # the terminal fades in (0.3 s)
    assert not await page.evaluate("document.body.classList.contains('-closed')")
    return await page.screenshot()

"""Headless Chromium driven over the DevTools protocol (aiohttp's websocket client, which
textual-serve brings), and a small PNG reader for its screenshots (no Pillow).

The browser is kept off the internet: every host name but 127.0.0.1 resolves to nothing, and
background services (updates, sync, safe browsing) are off.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import time
import urllib.request
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser")
OFFLINE_FLAGS = [
    "--headless",
    "--no-sandbox",  # root in a container has no user namespace for the sandbox
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-proxy-server",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    "--hide-scrollbars",
    "--mute-audio",
]
NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the process ended with status {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


def get(url: str) -> tuple[int, str]:
    with NO_PROXY.open(url, timeout=10) as response:
        return response.status, response.read().decode("utf-8", "replace")


@contextmanager
def started(command: list[str], log: Path, **kwargs: Any) -> Iterator[subprocess.Popen[bytes]]:
    """A process in a session of its own, stopped with all its children (by its group id)."""
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True, **kwargs
        )
        try:
            yield process
        finally:
            _stop_group(process)


def _stop_group(process: subprocess.Popen[bytes]) -> None:
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(wait)
            return
        except subprocess.TimeoutExpired:
            continue


# -- the DevTools protocol --------------------------------------------------------------------


@dataclass
class Page:
    """One browser tab: commands by id, and the websocket frames the page received."""

    socket: Any
    frames: list[bytes] = field(default_factory=list)
    _next: int = 0

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next += 1
        ident = self._next
        await self.socket.send_json({"id": ident, "method": method, "params": params})
        while True:
            message = await self.socket.receive_json()
            if message.get("method") == "Network.webSocketFrameReceived":
                self._keep(message["params"]["response"])
            if message.get("id") == ident:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    def _keep(self, frame: dict[str, Any]) -> None:
        data = frame["payloadData"]
        self.frames.append(base64.b64decode(data) if frame["opcode"] == 2 else data.encode())

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def wait_for(self, expression: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not await self.evaluate(expression):
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout} s: {expression}")
            await asyncio.sleep(0.25)

    def received(self) -> str:
        return b"".join(self.frames).decode("utf-8", "replace")

    async def screenshot(self) -> bytes:
        return base64.b64decode((await self.call("Page.captureScreenshot", format="png"))["data"])


async def first_page(debug_port: int, timeout: float = 30) -> str:
    """The websocket address of the browser's first tab, once DevTools answers."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            _, body = get(f"http://127.0.0.1:{debug_port}/json/list")
            pages = [page for page in json.loads(body) if page.get("type") == "page"]
            if pages:
                return str(pages[0]["webSocketDebuggerUrl"])
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("Chromium's DevTools did not answer")
        await asyncio.sleep(0.2)


# -- PNG ----------------------------------------------------------------------------------------


@dataclass
class Pixels:
    width: int
    height: int
    colours: Counter[bytes]

    def share_of(self, colour: bytes) -> float:
        return self.colours[colour] / (self.width * self.height)


def read_png(data: bytes) -> Pixels:
    """The colour counts of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat, header = 8, bytearray(), b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        position += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour_type in (2, 6) and interlace == 0, "an unusual PNG"
    channels = 3 if colour_type == 2 else 4
    rows = _unfiltered(zlib.decompress(bytes(idat)), width * channels, height, channels)
    colours: Counter[bytes] = Counter()
    for row in rows:
        colours.update(row[x : x + 3] for x in range(0, len(row), channels))
    return Pixels(width, height, colours)


def _unfiltered(raw: bytes, stride: int, height: int, step: int) -> list[bytes]:
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, row = raw[start], bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(kind, row, previous, step)
        rows.append(bytes(row))
        previous = row
    return rows


def _unfilter(kind: int, row: bytearray, up: bytearray, step: int) -> None:
    if kind == 1:
        for x in range(step, len(row)):
            row[x] = (row[x] + row[x - step]) & 0xFF
    elif kind == 2:
        for x in range(len(row)):
            row[x] = (row[x] + up[x]) & 0xFF
    elif kind == 3:
        for x in range(len(row)):
            left = row[x - step] if x >= step else 0
            row[x] = (row[x] + (left + up[x]) // 2) & 0xFF
    elif kind == 4:
        for x in range(len(row)):
            a = row[x - step] if x >= step else 0
            c = up[x - step] if x >= step else 0
            row[x] = (row[x] + _paeth(a, up[x], c)) & 0xFF


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c

"""The unit tests' local HTTP server (tests/unit/local_server.py), shared rather than copied,
and a transport that keeps the UI tests off the internet."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

UNIT_TESTS = Path(__file__).resolve().parent.parent / "unit"
if str(UNIT_TESTS) not in sys.path:
    sys.path.append(str(UNIT_TESTS))

from local_server import Server, server  # noqa: E402

__all__ = ["LOOPBACK", "LoopbackOnly", "Server", "server"]

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class LoopbackOnly(httpx.AsyncHTTPTransport):
    """Requests to this machine go through; anything else fails as a refused connection."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host not in LOOPBACK:
            raise httpx.ConnectError("no internet in the UI tests", request=request)
        return await super().handle_async_request(request)

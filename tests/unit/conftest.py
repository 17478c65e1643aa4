"""Fixtures for the fetching tests: a local HTTP server and a cache in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from local_server import Server

from reader.core.cache import Cache, open_cache

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """A real server on 127.0.0.1, reached directly (never through a proxy)."""
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    local = Server().start()
    yield local
    local.stop()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with open_cache(tmp_path / "cache" / "web.sqlite3") as opened:
        yield opened

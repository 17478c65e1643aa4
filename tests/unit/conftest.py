"""Fixtures for the fetching tests: a local HTTP server and a cache in a temp dir."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from local_server import server  # noqa: F401 (the fixture, shared with tests/ui)

from reader.core.cache import Cache, open_cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Cache]:
    with open_cache(tmp_path / "cache" / "web.sqlite3") as opened:
        yield opened

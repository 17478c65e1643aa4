"""Fixtures for the UI tests: analyses built by hand in ui_fixtures.py, a local HTTP server,
and no internet: link previews reach 127.0.0.1 only."""

from __future__ import annotations

import httpx
import pytest
from ui_fixtures import large_analysis, sample_analysis
from ui_server import LoopbackOnly, server  # noqa: F401 (the fixture, from tests/unit)

from reader.core import resolver
from reader.core.fetch import Limits, make_client
from reader.core.model import Analysis


@pytest.fixture(autouse=True)
def _no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sample's registry urls (example.org) fail at once instead of going out."""

    def local_only(
        limits: Limits, transport: httpx.AsyncBaseTransport | None = None
    ) -> httpx.AsyncClient:
        return make_client(limits, transport or LoopbackOnly())

    monkeypatch.setattr(resolver, "make_client", local_only)


@pytest.fixture
def analysis() -> Analysis:
    return sample_analysis()


@pytest.fixture(scope="session")
def big_analysis() -> Analysis:
    return large_analysis()

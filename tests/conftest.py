"""Shared fixtures: every user dir points at a temp dir, and a small article builder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.model import Article, Paragraph, ParagraphKind
from reader.core.pattern_store import STORE_DIR_VARIABLE

_SESSION_HOME: Path | None = None


def pytest_configure(config: pytest.Config) -> None:
    """User dirs point at a temp dir from the start, before tests import the engine: its pattern
    stores (reader/core/pattern_store.py) are read when the modules compile."""
    global _SESSION_HOME
    _SESSION_HOME = Path(tempfile.mkdtemp(prefix="reader-tests-"))
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[variable] = str(_SESSION_HOME / variable.lower())
    # one pattern store for the whole run: each test's own home (below) would otherwise get a
    # 16 MB copy from every `reader` process it starts
    os.environ[STORE_DIR_VARIABLE] = str(_SESSION_HOME / "patterns")


def pytest_unconfigure(config: pytest.Config) -> None:
    from reader.core.attribution import pattern_cache
    from reader.core.pattern_store import PAGE

    pattern_cache.save()  # now, into the temp dir, rather than at exit
    PAGE.save()
    if _SESSION_HOME is not None:
        shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def warm_patterns() -> None:
    """The run's pattern store holds the whole grammar before a test starts a `reader` process
    that must answer in time: compiling it cold takes about 40 s on a 2-core machine, and a
    process stopped by a signal never writes what it compiled."""
    from reader.core.attribution import pattern_cache
    from reader.core.pattern_store import PAGE
    from reader.core.pipeline import analyse_path

    analyse_path(str(Path(__file__).parents[1] / "articles" / "harbour-strike.txt"))
    pattern_cache.save()
    PAGE.save()


@pytest.fixture(autouse=True)
def _user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real config, data or cache dirs."""
    home = tmp_path_factory.mktemp("home")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(home / variable.lower()))


def _build(*paragraphs: str, kinds: dict[int, ParagraphKind] | None = None) -> Article:
    spans, pos = [], 0
    for i, text in enumerate(paragraphs):
        kind = (kinds or {}).get(i, ParagraphKind.BODY)
        spans.append(Paragraph(i, kind, pos, pos + len(text)))
        pos += len(text) + 2
    return Article("test", "\n\n".join(paragraphs), spans)


@pytest.fixture
def make_article() -> Callable[..., Article]:
    return _build

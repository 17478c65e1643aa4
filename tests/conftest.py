"""Shared fixtures: every user dir points at a temp dir, and a small article builder."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from reader.core.model import Article, Paragraph, ParagraphKind


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

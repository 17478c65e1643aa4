"""One direction of data: load -> segment -> attribute -> an `Analysis` every view reads."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from reader.core import paths
from reader.core.load import load_bytes, load_path
from reader.core.model import Analysis, Article, SourceEntry
from reader.core.segment import split_sentences
from reader.core.sources import load_registry

# The registry that describes the bundled sample articles, next to them in the checkout.
BUNDLED = Path(__file__).resolve().parents[2] / "sources.toml"


def registry_paths(explicit: str | None = None) -> list[Path]:
    """Where sources.toml files are looked for, most specific first."""
    candidates = [Path(explicit)] if explicit else []
    candidates += [Path.cwd() / "sources.toml", paths.config_dir() / "sources.toml", BUNDLED]
    return list(dict.fromkeys(c.resolve() for c in candidates))


def analyse(article: Article, registry: dict[str, SourceEntry] | None = None) -> Analysis:
    _, finish = prepare(article, registry)
    return finish()


def prepare(
    article: Article, registry: dict[str, SourceEntry] | None = None
) -> tuple[Analysis, Callable[[], Analysis]]:
    """The article in sentences with no quotes yet, and the function that finds them: a view can
    show the text at once and attribute in the background."""
    registry = registry or {}
    sentences = split_sentences(article)

    def finish() -> Analysis:
        from reader.core.attribution import attribute  # the engine's patterns load here

        quotes, speakers = attribute(article, sentences, registry)
        return Analysis(article, sentences, quotes, speakers, registry)

    return Analysis(article, sentences, [], [], registry), finish


def analyse_path(path: str, sources: str | None = None) -> Analysis:
    """Analyse a file, or standard input when `path` is "-"."""
    article = load_bytes(sys.stdin.buffer.read(), "-") if path == "-" else load_path(path)
    return analyse(article, load_registry(registry_paths(sources)))

"""One direction of data: load -> segment -> attribute -> an `Analysis` every view reads."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from reader.core import paths
from reader.core.load import load_bytes, load_path
from reader.core.model import Analysis, Article, SourceEntry
from reader.core.pattern_store import save_stores
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


# Characters of a long article split into sentences and laid out before its first paint; the
# rest is done off the UI thread (sentencex takes about 0.45 s on 5 MB, a tenth of a
# millisecond here; the layout about 0.3 s).
AT_ONCE = 100_000


def prepare(
    article: Article, registry: dict[str, SourceEntry] | None = None, *, at_once: int = AT_ONCE
) -> tuple[Analysis, Callable[[], Analysis]]:
    """The article in sentences with no quotes yet, and the function that finds them: a view can
    show the text at once and attribute in the background. For a long article the first
    analysis has only the sentences of its opening paragraphs (see `Stages`)."""
    stages = Stages(article, registry or {}, at_once)
    return stages.first, stages.attributed


class Stages:
    """An article analysed in three steps, so a view can show it before the slow ones:
    `first` (the sentences of its first `at_once` characters, all of them in a short article;
    no quotes), `whole()` (every sentence, no quotes) and `attributed()` (the quotes found)."""

    def __init__(self, article: Article, registry: dict[str, SourceEntry], at_once: int) -> None:
        self.article, self.registry = article, registry
        opening = article.opening_paragraphs(at_once)
        self._rest = article.paragraphs[len(opening) :]
        self.complete = not self._rest
        sentences = split_sentences(article, opening)
        self.first = Analysis(article, sentences, [], [], registry)
        self._whole: Analysis | None = self.first if self.complete else None

    def whole(self) -> Analysis:
        """Every sentence of the article (the first ones keep their ids); no quotes yet."""
        if self._whole is None:
            done = self.first.sentences
            sentences = done + split_sentences(self.article, self._rest, first_id=len(done))
            self._whole = Analysis(self.article, sentences, [], [], self.registry)
        return self._whole

    def attributed(self) -> Analysis:
        from reader.core.attribution import attribute  # the engine's patterns load here

        sentences = self.whole().sentences
        quotes, speakers = attribute(self.article, sentences, self.registry)
        save_stores()  # off the first screen's path, and even if the app is killed later
        return Analysis(self.article, sentences, quotes, speakers, self.registry)


def analyse_path(path: str, sources: str | None = None) -> Analysis:
    """Analyse a file, or standard input when `path` is "-"."""
    article = load_bytes(sys.stdin.buffer.read(), "-") if path == "-" else load_path(path)
    return analyse(article, load_registry(registry_paths(sources)))

"""Plain data passed between the pipeline stages: load -> segment -> attribute -> view.

Every offset (`start`, `end`) indexes `Article.text`, end exclusive. The title and byline are
metadata, not part of `Article.text`; paragraphs are joined there by a blank line ("\\n\\n").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from enum import StrEnum


class ParagraphKind(StrEnum):
    BODY = "body"
    HEADING = "heading"
    BLOCKQUOTE = "blockquote"


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    kind: ParagraphKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink: its target and the span of its anchor text in the article."""

    url: str
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Article:
    source: str
    text: str
    paragraphs: list[Paragraph]
    links: list[Link] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]

    def opening_paragraphs(self, at_once: int) -> list[Paragraph]:
        """The paragraphs that start in the first `at_once` characters (a long article's
        opening, handled before its first paint)."""
        return self.paragraphs[: bisect_left([p.start for p in self.paragraphs], at_once)]


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    paragraph: int
    start: int
    end: int
    text: str


class QuoteKind(StrEnum):
    DIRECT = "direct"
    PARTIAL = "partial"
    BLOCK = "block"
    QA = "qa"
    INDIRECT = "indirect"
    SCARE = "scare"
    TITLE = "title"


@dataclass(slots=True)
class Quote:
    """Quoted (or reported) words. `start`/`end` cover the words without their quote marks."""

    id: int
    kind: QuoteKind
    start: int
    end: int
    text: str
    sentence_ids: list[int]
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    venue: str | None = None
    reason: str = ""
    confidence: float = 0.0
    corrected: bool = False  # the reader reassigned it (reader/core/notes/corrections.py)

    @property
    def attributed(self) -> bool:
        return self.speaker is not None


@dataclass(slots=True)
class Speaker:
    name: str
    aliases: list[str] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    quote_ids: list[int] = field(default_factory=list)
    gender: str | None = None


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One entry of a sources.toml registry: a person, an organisation or an outlet."""

    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "person"
    role: str | None = None
    affiliation: str | None = None
    url: str | None = None
    notes: str | None = None


@dataclass(slots=True)
class Analysis:
    """An article with its sentences, quotes and speakers: what every view reads."""

    article: Article
    sentences: list[Sentence]
    quotes: list[Quote]
    speakers: list[Speaker]
    registry: dict[str, SourceEntry] = field(default_factory=dict)
    _by_sentence: dict[int, list[Quote]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for quote in self.quotes:
            for sid in quote.sentence_ids:
                self._by_sentence.setdefault(sid, []).append(quote)

    def quotes_in_sentence(self, sentence_id: int) -> list[Quote]:
        return self._by_sentence.get(sentence_id, [])

    def speaker(self, name: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.name == name), None)

    def registry_entry(self, name: str | None) -> SourceEntry | None:
        return self.registry.get(name) if name else None

    @property
    def split_whole(self) -> bool:
        """Every paragraph with words has its sentences here (a long article's first analysis
        has only its opening ones; see pipeline.Stages)."""
        last = self.sentences[-1].paragraph if self.sentences else -1
        for paragraph in reversed(self.article.paragraphs):
            if paragraph.index <= last:
                return True
            if self.article.paragraph_text(paragraph).strip():
                return False
        return True

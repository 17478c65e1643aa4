"""Who gets to speak in an article, counted: the roster of speakers and the share of voice.

Pure functions over an `Analysis` (no Textual). Only speech counts: direct, partial, block and
Q&A quotes ("quoted words") and reported speech; scare quotes and titles are nobody's voice and
are counted apart. Words are whitespace-separated words of the quoted (or reported) text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.model import Analysis, Quote, QuoteKind

QUOTED_KINDS = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.BLOCK, QuoteKind.QA)
SPEECH_KINDS = (*QUOTED_KINDS, QuoteKind.INDIRECT)
UNKNOWN = "unknown"
PERSON = "person"  # SourceEntry.kind of a person; organisations and outlets have their own


def words(text: str) -> int:
    return len(text.split())


def is_speech(quote: Quote) -> bool:
    return quote.kind in SPEECH_KINDS


@dataclass(frozen=True, slots=True)
class Share:
    """Quotes and words of one speaker, one affiliation or one kind of speech."""

    label: str
    quotes: int = 0
    words: int = 0


@dataclass(frozen=True, slots=True)
class Voice:
    """The share of voice of one article."""

    kinds: dict[QuoteKind, int]  # speech quotes per kind, every kind of SPEECH_KINDS present
    direct: Share  # quoted words: direct, partial, block and Q&A
    reported: Share  # reported speech (indirect)
    named: Share  # speech credited to someone
    unnamed: Share  # speech the engine (or the reader) credited to no one
    speakers: list[Share]  # most quotes first
    affiliations: list[Share]  # most quotes first
    other: int = 0  # scare quotes and titles, not counted as anyone's voice

    @property
    def total(self) -> Share:
        return Share("all speech", self.named.quotes + self.unnamed.quotes, self.words)

    @property
    def words(self) -> int:
        return self.named.words + self.unnamed.words


@dataclass(frozen=True, slots=True)
class SpeakerSummary:
    """One row of the roster."""

    name: str
    about: str  # role and affiliation (the registry's), else the article's first description
    venues: tuple[str, ...]  # where they said it ("Reuters", "me"), in order of appearance
    quotes: int
    words: int
    first: int  # offset of their first quote in the article text


@dataclass(slots=True)
class _Tally:
    quotes: int = 0
    words: int = 0
    first: int = -1
    venues: list[str] = field(default_factory=list)

    def add(self, quote: Quote) -> None:
        self.quotes += 1
        self.words += words(quote.text)
        self.first = quote.start if self.first < 0 else min(self.first, quote.start)
        if quote.venue and quote.venue not in self.venues:
            self.venues.append(quote.venue)

    def share(self, label: str) -> Share:
        return Share(label, self.quotes, self.words)


def _description(analysis: Analysis, name: str) -> str:
    speaker = analysis.speaker(name)
    return speaker.descriptions[0] if speaker and speaker.descriptions else ""


def about(analysis: Analysis, name: str) -> str:
    """ "Former trade envoy, EU Delegation": the registry's role and affiliation, else the
    article's first description of the speaker, else the registry's kind for an organisation
    or an outlet, else ""."""
    entry = analysis.registry_entry(name)
    parts = [part for part in (entry.role, entry.affiliation) if part] if entry else []
    if parts:
        return ", ".join(dict.fromkeys(parts))
    description = _description(analysis, name)
    if not description and entry is not None and entry.kind != PERSON:
        return entry.kind
    return description


def affiliation_of(analysis: Analysis, name: str) -> str:
    """The registry's affiliation, else the speaker's first description, else "unknown". An
    organisation of the registry without an affiliation speaks for itself: its own name."""
    entry = analysis.registry_entry(name)
    if entry and entry.affiliation:
        return entry.affiliation
    if entry and entry.kind != PERSON:
        return entry.name
    return _description(analysis, name) or UNKNOWN


def _tallies(quotes: Iterable[Quote], key: dict[str, str] | None = None) -> dict[str, _Tally]:
    """Speech quotes per speaker (or per `key[speaker]`), in order of first appearance."""
    tallies: dict[str, _Tally] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        if quote.speaker is not None and is_speech(quote):
            label = key[quote.speaker] if key else quote.speaker
            tallies.setdefault(label, _Tally()).add(quote)
    return tallies


def _ranked(tallies: dict[str, _Tally]) -> list[Share]:
    """Most quotes first, then most words; ties keep the order of first appearance."""
    shares = [tally.share(label) for label, tally in tallies.items()]
    return sorted(shares, key=lambda share: (-share.quotes, -share.words))


def roster(analysis: Analysis) -> list[SpeakerSummary]:
    """Every speaker with speech in the article, most quotes first."""
    rows = [
        SpeakerSummary(
            name, about(analysis, name), tuple(t.venues), t.quotes, t.words, max(t.first, 0)
        )
        for name, t in _tallies(analysis.quotes).items()
    ]
    return sorted(rows, key=lambda row: (-row.quotes, -row.words, row.first))


def share_of_voice(analysis: Analysis) -> Voice:
    speech = [quote for quote in analysis.quotes if is_speech(quote)]
    direct, reported, named, unnamed = _Tally(), _Tally(), _Tally(), _Tally()
    kinds = dict.fromkeys(SPEECH_KINDS, 0)
    for quote in speech:
        kinds[quote.kind] += 1
        (reported if quote.kind is QuoteKind.INDIRECT else direct).add(quote)
        (unnamed if quote.speaker is None else named).add(quote)
    names = {quote.speaker for quote in speech if quote.speaker is not None}
    groups = {name: affiliation_of(analysis, name) for name in names}
    return Voice(
        kinds=kinds,
        direct=direct.share("quoted words"),
        reported=reported.share("reported speech"),
        named=named.share("named sources"),
        unnamed=unnamed.share("unnamed sources"),
        speakers=_ranked(_tallies(speech)),
        affiliations=_ranked(_tallies(speech, groups)),
        other=len(analysis.quotes) - len(speech),
    )

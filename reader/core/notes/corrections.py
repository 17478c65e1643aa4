"""The reader's corrections of the engine: "this quote is Dana Reyes's", "this is not a quote".

A correction is anchored to the quote's words like a note, so it survives small edits of the
article, and is applied every time the article is analysed: in the TUI, in `reader quotes --json`
(with "corrected": true) and in the export.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.model import Analysis, Quote, Speaker
from reader.core.notes.anchor import Anchor, place

NOT_A_QUOTE = "not-a-quote"
SPEAKER = "speaker"


@dataclass(frozen=True, slots=True)
class Correction:
    anchor: Anchor  # the quote's words, as when the correction was made
    action: str  # SPEAKER or NOT_A_QUOTE
    speaker: str | None = None  # the right speaker (for SPEAKER)
    was: str | None = None  # the engine's speaker, for the reason shown
    id: int | None = None
    created: str = ""
    updated: str = ""


def apply_corrections(analysis: Analysis, corrections: list[Correction]) -> Analysis:
    """The analysis as the reader corrected it; corrections whose quote is gone are ignored."""
    if not corrections:
        return analysis
    spans = [(q.start, q.end) for q in analysis.quotes]
    by_span = {(q.start, q.end): q for q in analysis.quotes}
    dropped: set[int] = set()
    changed: dict[int, Quote] = {}
    for correction in corrections:
        placement = place(correction.anchor, analysis.article.text, spans)
        quote = by_span.get((placement.start, placement.end)) if placement else None
        if quote is None:
            continue
        if correction.action == NOT_A_QUOTE:
            dropped.add(quote.id)
        elif correction.speaker:
            changed[quote.id] = _reassigned(quote, correction.speaker)
    quotes = [changed.get(q.id, q) for q in analysis.quotes if q.id not in dropped]
    speakers = _speakers(analysis, quotes)
    return Analysis(analysis.article, analysis.sentences, quotes, speakers, analysis.registry)


def _reassigned(quote: Quote, speaker: str) -> Quote:
    was = f" (the engine said {quote.speaker})" if quote.speaker else ""
    return replace(
        quote,
        speaker=speaker,
        mention=speaker,
        reason=f"corrected by you{was}",
        confidence=1.0,
        corrected=True,
    )


def _speakers(analysis: Analysis, quotes: list[Quote]) -> list[Speaker]:
    """Speakers in order of first quote, keeping what the engine found out about each."""
    known = {s.name: s for s in analysis.speakers}
    speakers: dict[str, Speaker] = {}
    for quote in quotes:
        if quote.speaker is None:
            continue
        if quote.speaker not in speakers:
            old = known.get(quote.speaker)
            speakers[quote.speaker] = replace(old, quote_ids=[]) if old else Speaker(quote.speaker)
        speakers[quote.speaker].quote_ids.append(quote.id)
    return list(speakers.values())

"""Views of an analysis outside the TUI: the `reader quotes --json` object and a text listing."""

from __future__ import annotations

import textwrap
from typing import Any

from reader.core.attribution_text import venue_phrase
from reader.core.model import Analysis, Quote
from reader.core.safe import safe_text as printable


def to_json(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    return {
        "source": article.source,
        "title": article.title,
        "author": article.author,
        "published": article.published,
        "sentences": [
            {"id": s.id, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text}
            for s in analysis.sentences
        ],
        "quotes": [_quote_json(q) for q in analysis.quotes],
        "speakers": [
            {
                "name": s.name,
                "aliases": s.aliases,
                "descriptions": s.descriptions,
                "quote_ids": s.quote_ids,
                "gender": s.gender,
            }
            for s in analysis.speakers
        ],
    }


def _quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "id": quote.id,
        "kind": quote.kind.value,
        "text": quote.text,
        "speaker": quote.speaker,
        "mention": quote.mention,
        "cue": quote.cue,
        "venue": quote.venue,
        "sentence_ids": quote.sentence_ids,
        "start": quote.start,
        "end": quote.end,
        "reason": quote.reason,
        "confidence": quote.confidence,
        "corrected": quote.corrected,
    }


def listing(analysis: Analysis, width: int = 100) -> str:
    """A plain-text listing: header, every quote with its speaker and reason, then the speakers."""
    article = analysis.article
    lines = [printable(article.title or article.source)]
    byline = " · ".join(x for x in (article.author, article.published, article.source) if x)
    lines += [printable(byline), ""]
    spoken = [q for q in analysis.quotes if q.speaker]
    lines.append(
        f"{len(analysis.quotes)} quotes, {len(spoken)} attributed, "
        f"{len(analysis.speakers)} speakers"
    )
    for quote in analysis.quotes:
        lines += ["", *_quote_lines(quote, width)]
    lines += ["", "Speakers"]
    for speaker in analysis.speakers:
        about = "; ".join(speaker.descriptions)
        lines.append(
            printable(
                f"  {speaker.name} ({len(speaker.quote_ids)})" + (f": {about}" if about else "")
            )
        )
    return "\n".join(lines) + "\n"


def _quote_lines(quote: Quote, width: int) -> list[str]:
    who = quote.speaker or "(no speaker)"
    venue = f", {venue_phrase(quote.venue)}" if quote.venue else ""
    head = f"#{quote.id:<3} {quote.kind.value:<8} {who}{venue}"
    body = textwrap.wrap(f"“{quote.text}”", width - 6) or [""]
    reason = textwrap.wrap(
        f"why: {quote.reason} ({quote.confidence:.0%})"
        if quote.speaker
        else f"why: {quote.reason}",
        width - 6,
    )
    return [printable(head)] + [printable("      " + line) for line in body + reason]

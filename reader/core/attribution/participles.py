"""Reported speech that follows a quote in the same sentence: "“…,” Mr. Ackman said at the time,
adding that investors did not appreciate the company." The participle reports the speaker of the
quote just before it.
"""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.drafts import Draft
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import Cue
from reader.core.model import QuoteKind, Sentence

_PARTICIPLE_AFTER = compiled(
    rf"(?:{cues.REPORT_PARTICIPLE_OPENING}(?P<verb>{cues.REPORT_PARTICIPLE})\s+(?:that\s+)?"
    # "said the town had “taken the full force”, and that the council had opened …"
    r"|^[”\"’']?,?\s+and\s+that\s+)"
    r"(?P<content>[^“”\"]{12,}?)\s*$"
)
_QUOTES = (QuoteKind.DIRECT, QuoteKind.PARTIAL)
_MIN_WORDS = 4


def reported_after_quotes(text: str, sentences: list[Sentence], drafts: list[Draft]) -> list[Draft]:
    """One indirect quote per sentence whose attributed quote is followed by ", adding that …"."""
    last_quote: dict[int, Draft] = {}
    reported = {sid for d in drafts if d.kind is QuoteKind.INDIRECT for sid in d.sentence_ids}
    for draft in drafts:
        if draft.kind in _QUOTES and draft.speaker and draft.sentence_ids[-1] not in reported:
            last_quote[draft.sentence_ids[-1]] = draft
    found = []
    for sentence_id, quote in sorted(last_quote.items()):
        sentence = sentences[sentence_id]
        match = _PARTICIPLE_AFTER.search(text[quote.end : sentence.end])
        if match and len(match["content"].split()) >= _MIN_WORDS:
            found.append(_indirect(match, sentence, quote))
    return found


def _indirect(match: re.Match[str], sentence: Sentence, quote: Draft) -> Draft:
    start, end = (quote.end + at for at in match.span("content"))
    draft = Draft(start, end, sentence.paragraph, [sentence.id], QuoteKind.INDIRECT)
    verb = match["verb"] or "said"
    draft.cue = Cue(quote.mention or quote.speaker or "", verb, "reported")
    draft.speaker, draft.mention = quote.speaker, quote.mention
    draft.confidence = round(quote.confidence * 0.9, 2)
    draft.reason = f"reported speech: “…, {verb} …” right after {quote.speaker}'s quote"
    return draft

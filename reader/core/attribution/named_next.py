"""A report whose source is named only in the next sentence, as South Asian and Nigerian copy
does: "The Punjab government will establish screening centres in all 36 districts. ¶ This was
stated by Provincial Health Secretary Dr Ayesha Tariq Malik while addressing a seminar", "…
Okafor disclosed this while briefing journalists"."""

from __future__ import annotations

import itertools

from reader.core.attribution import cues
from reader.core.attribution.drafts import Draft
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.report_drafts import draft_report
from reader.core.attribution.resolve import Resolver
from reader.core.model import Sentence

_VERBS = r"stated|said|announced|disclosed|revealed"
_CONTENT = r"^(?P<content>[^“”\"\s]\S*\s[^“”\"]+?)[.!]?\s+"
_STATED_BY = compiled(
    rf"{_CONTENT}(?:This|That|These)\s+(?:was|were|has\s+been)\s+(?P<verb>{_VERBS})\s+by\s+"
    rf"(?P<who>{cues.MENTION})"
)
_STATED_THIS = compiled(
    rf"{_CONTENT}(?P<who>{cues.MENTION})(?:,[^,“”\"]{{1,120}},)?\s+(?P<verb>{_VERBS})\s+"
    r"this\s+(?:while|when|during|at|on|in|after|before)\b"
)
# the next sentence's cue alone, a cheap test before the patterns that read both sentences
_CUE = compiled(
    rf"^\s*(?:This|That|These)\s+(?:was|were|has\s+been)\s+(?:{_VERBS})\s+by\s"
    # (not "said that in one case": a report of its own)
    rf"|\b(?:{_VERBS})\s+this\s+(?:while|when|during|at|on|in|after|before)\b"
)


def reports_named_next(
    sentences: list[Sentence], taken: set[int], resolver: Resolver
) -> list[Draft]:
    """Each sentence that reports nothing itself and whose next sentence says who stated it."""
    drafts = []
    for before, after in itertools.pairwise(sentences):
        if before.id in taken or not _CUE.search(after.text):
            continue
        gap = " " * (after.start - before.end)  # the joined text keeps the article's offsets
        joined = Sentence(
            before.id, before.paragraph, before.start, after.end, before.text + gap + after.text
        )
        match = _STATED_BY.match(joined.text) or _STATED_THIS.match(joined.text)
        if match is None or match.end("content") > len(before.text):
            continue
        draft = draft_report(joined, match, "reported-after", resolver)
        if draft is not None and draft.speaker is not None:
            draft.sentence_ids = [before.id]
            drafts.append(draft)
    return drafts

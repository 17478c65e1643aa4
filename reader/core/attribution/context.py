"""Where a marked span sits: its sentences, and the words on either side within its sentence."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from reader.core.attribution.cues import ABBREVIATIONS, DATELINE, TIME_STAMP
from reader.core.attribution.marks import MarkedSpan
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import Sentence


@dataclass(slots=True)  # read-only, but not frozen: see MarkedSpan
class SpanContext:
    span: MarkedSpan
    sentence_ids: list[int]
    lead: str  # sentence words before the opening mark (after any earlier quote)
    earlier: str  # the sentence before the lead when the splitter kept them together
    trailer: str  # sentence words after the closing mark (before any later quote)
    lead_start: int
    starts_paragraph: bool
    follows_quote: bool  # an earlier quote in the same sentence: `“…,” he said, “and …”`
    reopens: bool = False  # opens the paragraph after one whose quote was left open


class SentenceIndex:
    def __init__(self, sentences: list[Sentence]) -> None:
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def covering(self, start: int, end: int) -> list[int]:
        first, last = self.at(start), self.at(max(start, end - 1))
        return list(range(first, last + 1))


def span_contexts(
    text: str, spans: list[MarkedSpan], index: SentenceIndex, paragraph_starts: list[int]
) -> list[SpanContext]:
    contexts = []
    first_words: dict[int, int] = {}  # paragraph -> where its first non-space character is
    for i, span in enumerate(spans):
        previous = spans[i - 1] if i > 0 and spans[i - 1].paragraph == span.paragraph else None
        left_open = i > 0 and not spans[i - 1].closed and spans[i - 1].paragraph < span.paragraph
        following = (
            spans[i + 1]
            if i + 1 < len(spans) and spans[i + 1].paragraph == span.paragraph
            else None
        )
        first = index.at(span.open_at)
        lead_start = index.sentences[first].start
        follows_quote = bool(previous and previous.close_at and previous.close_at >= lead_start)
        if previous and previous.close_at is not None and follows_quote:
            lead_start = previous.close_at + 1
        before = _without_time_stamp(text[lead_start : span.open_at])
        trailer = ""
        last_at = max(span.open_at, span.close_at or span.end)  # as `index.covering` reads it
        last = index.at(last_at)
        if span.close_at is not None:
            # the sentence of the closing mark, found once for the trailer and the sentence ids
            close = last if last_at == span.close_at else index.at(span.close_at)
            stop = index.sentences[close].end
            if following and following.open_at < stop:
                stop = following.open_at
            trailer = text[span.close_at + _mark_len(text, span.close_at) : stop]
        opening = _first_word(text, paragraph_starts, span, first_words)
        # a quote after a dateline alone opens its paragraph too
        starts = span.open_at <= opening or (not before.strip() and lead_start <= opening)
        lead = last_clause(before)
        contexts.append(
            SpanContext(
                span=span,
                sentence_ids=list(range(first, last + 1)),  # index.covering(open, close + 1)
                lead=lead,
                earlier=before[: len(before) - len(lead)],
                trailer=trailer,
                lead_start=lead_start,
                starts_paragraph=starts,
                follows_quote=follows_quote,
                reopens=starts and left_open,
            )
        )
    return contexts


# A stop that ends no sentence: after an initial ("U.S."), a title or abbreviation ("Sen.", "Gov.",
# "Mrs."), or "No." before a number ("the No. 2 in the leadership"). Written to open with the
# stop (the look-behinds taken after it) so the engine can skip ahead to stops.
# (one look-behind per word length: Python's look-behinds are of fixed width)
_NOT_AFTER_ABBREVIATIONS = "".join(
    rf"(?<!\b(?:{'|'.join(w for w in ABBREVIATIONS if len(w) == size)})[.!?])"
    for size in sorted({len(w) for w in ABBREVIATIONS})
)
SENTENCE_STOP = compiled(
    rf"[.!?](?<![A-Z][.!?]){_NOT_AFTER_ABBREVIATIONS}(?!(?<=\bNo\.)\s+\d)"
    r"(?<!,\sBarr\.)"  # a barrister's title after a comma: "Its director, Barr. (Mrs) X, said:"
    r"[”\"]?\s+"
)


# A live blog's time stamp opening the lead: "18:52 She writes:" (its colon is no lead's)
_TIME_STAMP = compiled(rf"\s*{TIME_STAMP}\s+(?=[A-Z])")


def _without_time_stamp(lead: str) -> str:
    """The lead with an opening time stamp blanked out (its length kept); a lead that is only a
    dateline ("DHUUSO BARI, Essaria (Reuters) - “…”") is none."""
    stamp = _TIME_STAMP.match(lead) if lead[:3].strip()[:1].isdigit() else None
    if stamp is None and lead.strip() and _ONLY_DATELINE.fullmatch(lead):
        return " " * len(lead)
    return " " * stamp.end() + lead[stamp.end() :] if stamp else lead


_ONLY_DATELINE = compiled(rf"\s*{DATELINE}\s*")


def last_clause(lead: str) -> str:
    """The words after the last full stop: a quote's lead never reaches into an earlier sentence."""
    stops = list(SENTENCE_STOP.finditer(lead))
    return lead[stops[-1].end() :] if stops else lead


def _first_word(
    text: str, paragraph_starts: list[int], span: MarkedSpan, cache: dict[int, int]
) -> int:
    """Where the span's paragraph has its first visible character (found once per paragraph:
    slicing from the paragraph start for every quote was quadratic in one long paragraph)."""
    if span.paragraph not in cache:
        found = _NON_SPACE.search(text, paragraph_starts[span.paragraph])
        cache[span.paragraph] = found.start() if found else len(text)
    return cache[span.paragraph]


_NON_SPACE = compiled(r"\S")


def _mark_len(text: str, at: int) -> int:
    return 2 if text.startswith("''", at) else 1

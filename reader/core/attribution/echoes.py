"""Echoes: a few words in quotes that repeat what someone was quoted saying earlier in the piece.

`“Everyone gave something up,” Lamb said.` ... `But “everyone gave something up” is an argument`
The second is Lamb's words quoted back (a partial quote), not a scare quote nobody said. A
headline quotes ahead what the story quotes later (`'We're not going anywhere': Market traders vow
…` … `'We're not going anywhere,' said Bernie Walsh`): his words too.
"""

from __future__ import annotations

from reader.core.attribution.drafts import Draft
from reader.core.attribution.embedded import writers_label
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import QuoteKind

_WORD = compiled(r"[\w’']+")
_MIN_WORDS = 2
_RECENT = 300


def attribute_echoes(text: str, drafts: list[Draft]) -> None:
    said: list[tuple[str, Draft]] = []  # (" the words ", draft): padded once, searched often
    for draft in drafts:
        words = _words(text[draft.start : draft.end])
        if draft.speaker and draft.spoken:
            said.append((f" {words} ", draft))
        elif (
            _may_echo(draft)
            and len(words.split()) >= _MIN_WORDS
            # "convinced by the 'ring-fenced' argument": the writer's label for a claim
            and not writers_label(text, draft.start, draft.end)
        ):
            recent = said[-_RECENT:]  # an echo answers a recent quote; keeps long texts linear
            padded = f" {words} "
            source = next((d for w, d in reversed(recent) if padded in w), None)
            if source is not None:
                draft.kind = QuoteKind.PARTIAL
                draft.speaker = source.speaker
                draft.confidence = 0.8
                draft.reason = f"repeats words quoted from {source.speaker} earlier in the article"


def attribute_headlines(text: str, drafts: list[Draft], headlines: set[int]) -> None:
    """Give a headline's quote the speaker the story later quotes saying those words (drafts in
    order; `headlines`: the paragraphs that are headings or a headline line)."""
    for at, draft in enumerate(drafts):
        if draft.paragraph not in headlines or draft.speaker is not None or draft.cue is not None:
            continue
        words = _words(text[draft.start : draft.end])
        if len(words.split()) < _MIN_WORDS:
            continue
        padded = f" {words} "
        source = next(
            (
                d
                for d in drafts[at + 1 : at + 1 + _RECENT]
                if d.speaker and d.spoken and padded in f" {_words(text[d.start : d.end])} "
            ),
            None,
        )
        if source is not None:
            draft.speaker = source.speaker
            draft.confidence = 0.8
            draft.reason = f"the headline quotes words {source.speaker} is quoted saying below"


def _may_echo(draft: Draft) -> bool:
    return (
        draft.speaker is None
        and draft.cue is None
        and draft.kind in (QuoteKind.SCARE, QuoteKind.PARTIAL)
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))

"""Echoes: a few words in quotes that repeat what someone was quoted saying earlier in the piece.

`“Everyone gave something up,” Lamb said.` ... `But “everyone gave something up” is an argument`
The second is Lamb's words quoted back (a partial quote), not a scare quote nobody said.
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


def _may_echo(draft: Draft) -> bool:
    return (
        draft.speaker is None
        and draft.cue is None
        and draft.kind in (QuoteKind.SCARE, QuoteKind.PARTIAL)
    )


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))

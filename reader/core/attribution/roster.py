"""The speakers of an article: canonical name, other names used, and how it describes them."""

from __future__ import annotations

from reader.core.attribution.cast import Cast
from reader.core.attribution.descriptions import describe
from reader.core.attribution.drafts import Draft
from reader.core.model import Quote, Speaker


def build_speakers(
    text: str,
    quotes: list[Quote],
    drafts: list[Draft],
    cast: Cast,
    known: dict[str, list[str]] | None = None,
) -> list[Speaker]:
    """`known`: descriptions already found for some names (the role index reads them too)."""
    speakers: dict[str, Speaker] = {}
    # each speaker's aliases and descriptions in lower case: a set, not a scan per item added
    seen: dict[str, tuple[set[str], set[str]]] = {}
    for quote, draft in zip(quotes, drafts, strict=True):
        if quote.speaker is None:
            continue
        speaker = speakers.get(quote.speaker)
        if speaker is None:
            speaker = speakers[quote.speaker] = Speaker(quote.speaker)
            seen[quote.speaker] = (set(), set())
        speaker.quote_ids.append(quote.id)
        _add_alias(speaker, quote.mention, seen[speaker.name][0])
        for description in draft.descriptions:
            _add_unique(speaker.descriptions, description, seen[speaker.name][1])
    known = known or {}
    described = {**describe(text, [s for s in speakers if s not in known]), **known}
    for speaker in speakers.values():
        entity = cast.entities.get(speaker.name)
        speaker.gender = entity.gender if entity else None
        for description in described[speaker.name]:
            _add_unique(speaker.descriptions, description, seen[speaker.name][1])
    return list(speakers.values())


def _add_alias(speaker: Speaker, mention: str | None, seen: set[str]) -> None:
    if not mention or mention == speaker.name or not mention[:1].isupper():
        return
    if mention.lower() in {"he", "she", "they", "i"}:  # (the writer's "I")
        return
    _add_unique(speaker.aliases, mention, seen)


def _add_unique(items: list[str], item: str, seen: set[str]) -> None:
    """Add `item` unless `items` has it in any case; `seen`: the items in lower case."""
    item = " ".join(item.split())
    if item and item.lower() not in seen:
        items.append(item)
        seen.add(item.lower())

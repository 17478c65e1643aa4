"""Capitalised pairs that are common words, not names: "Former Secretary", "House Subcommittee",
"Digital Rights", "Madam Chair".

A careful reader knows "Former" and "Secretary" are ordinary words because the article also
writes them in lower case. Surnames can be ordinary words too ("Mark White", "Ben Carson"), so a
pair is set aside only when both words appear in lower case elsewhere and the article never
treats it as a person: no title before it ("Mr. White") and no reporting verb after it
("White said").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.attribution.pattern_cache import compiled

if TYPE_CHECKING:
    from reader.core.attribution.cast import Cast

LOWER_WORD = compiled(r"\b[a-z][a-z'’-]+\b")
_SPEECH_AFTER = compiled(
    r"(?:,\s+\d{1,3},)?\s+(?:said|says|told|tells|added|wrote|asked|argued|warned|explained)\b"
)


def lowercase_words(text: str) -> set[str]:
    """Every word the text writes in lower case."""
    # Whitespace is never a word character, so a match never crosses it and `\b` reads the same at
    # a chunk's edges as in the text: each distinct chunk need be searched once, not every copy.
    found: set[str] = set()
    for chunk in set(text.split()):
        found.update(LOWER_WORD.findall(chunk))
    return found


def common_phrases(
    text: str, mentions: list[tuple[int, str, str]], cast: Cast, titled: set[str]
) -> set[str]:
    """Names (of `(position, mention, name)`) made of words the text also writes in lower case,
    never titled nor followed by a reporting verb."""
    candidates: set[str] = set()
    people: set[str] = set(titled)
    for at, mention, name in mentions:
        if _SPEECH_AFTER.match(text, at + len(mention)):
            people.add(name)
        elif all(word.lower() in cast.lowercase_words for word in name.split()):
            candidates.add(name)
    return candidates - people

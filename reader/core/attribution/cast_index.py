"""Lookups the cast answers for every new mention, kept as the cast grows instead of scanning it.

`Cast.canonical` used to walk all entities for each distinct mention: fine for an article, but a
book names thousands of people and places, and the walk made the whole analysis quadratic in the
size of its cast. Each index keeps, for a key, what the walk found first (entities in the order
they were added), so the answers are the same.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.verb_phrases import VERB_WORDS

_INITIAL = compiled(r"[A-Z]\.")


@dataclass(slots=True)
class NameIndex:
    # lower-cased organisation name, or its words up to or from a space -> the first such body
    _bodies: dict[str, str] = field(default_factory=dict)
    # (first word, last word) of a person's name -> the first person so named
    _first_last: dict[tuple[str, str], str] = field(default_factory=dict)
    # first word of a name of two or more words -> every person with that first name
    _first: dict[str, list[str]] = field(default_factory=dict)

    def add(self, name: str, kind: str, lowercase_words: Set[str] = frozenset()) -> None:
        if kind != "person":
            lowered = name.lower()
            self._bodies.setdefault(lowered, name)
            for i, char in enumerate(lowered):
                if char == " ":  # "the Port Authority" -> "Calloway Port Authority"
                    self._bodies.setdefault(lowered[i + 1 :], name)
                    self._bodies.setdefault(lowered[:i], name)
            return
        parts = name.split()
        if parts:
            self._first_last.setdefault((parts[0], parts[-1]), name)
        if len(parts) == 3 and len(parts[1]) > 2 and not _a_word(parts[2], lowercase_words):
            # "Kamala Devi" of Kamala Devi Sahu, "Rafael Quintana" of Rafael Quintana Arce (not
            # "Hillary Clinton" of a headline's "Hillary Clinton Calls": a verb)
            self._first_last.setdefault((parts[0], parts[1]), name)
        # "Suresh Kumar" of K. P. Suresh Kumar: initials before the given name
        bare = [p for p in parts if not _INITIAL.fullmatch(p)]
        if len(bare) > 1 and bare[0] != parts[0]:
            self._first_last.setdefault((bare[0], bare[-1]), name)
        if len(parts) > 1:
            self._first.setdefault(parts[0], []).append(name)

    def body(self, lowered: str) -> str | None:
        """The first organisation whose lower-cased name is `lowered`, or ends or starts with it
        at a space."""
        return self._bodies.get(lowered)

    def person_named(self, first: str, last: str) -> str | None:
        return self._first_last.get((first, last))

    def only_one_called(self, first_name: str) -> str | None:
        people = self._first.get(first_name, [])
        return people[0] if len(people) == 1 else None


def _a_word(word: str, lowercase_words: Set[str]) -> bool:
    """Whether a name's last word is a word, not a surname: a headline's verb ("Calls")."""
    lowered = word.lower()
    return lowered in lowercase_words or lowered in VERB_WORDS

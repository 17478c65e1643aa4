"""A union's branch named by its number: "Harborview Professional Firefighters Local 217", "the
Amalgamated Transit Workers Local 1440". The number is no capitalised word, so the runs of
capitals the other names are found in end before it; these are found from the number back."""

from __future__ import annotations

from reader.core.attribution.pattern_cache import compiled

_LOCAL_NUMBER = compiled(r"\bLocal[^\S\n]+\d{1,5}\b")
_UNION_BEFORE = compiled(r"(?:(?<![\w’'&-])(?!The\s)[A-Z][\w’'&-]*[^\S\n]+){1,6}$")


def union_locals(text: str) -> list[tuple[int, str]]:
    """(where, name) of every union branch named with its number."""
    found = []
    for number in _LOCAL_NUMBER.finditer(text):
        union = _UNION_BEFORE.search(text, max(0, number.start() - 100), number.start())
        if union is not None:
            found.append((union.start(), text[union.start() : number.end()]))
    return found

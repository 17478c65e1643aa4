"""A union's branch named by its number: "Harborview Professional Firefighters Local 217", "the
Amalgamated Transit Workers Local 1440". The number is no capitalised word, so the runs of
capitals the other names are found in end before it; these are found from the number back, or
on to the union it is "of" ("Local 118 of the Teamsters")."""

from __future__ import annotations

from reader.core.attribution.pattern_cache import compiled

_LOCAL_NUMBER = compiled(r"\bLocal[^\S\n]+\d{1,5}(?:[A-Z]{1,3})?\b")
_OF_UNION = compiled(
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'&-]*(?:[^\S\n]+[A-Z][\w’'&-]*){0,6}"
)
_UNION_BEFORE = compiled(r"(?:(?<![\w’'&-])(?!The\s)[A-Z][\w’'&-]*[^\S\n]+){1,6}$")


def union_locals(text: str) -> list[tuple[int, str]]:
    """(where, name) of every union branch named with its number."""
    found = []
    for number in _LOCAL_NUMBER.finditer(text):
        union = _UNION_BEFORE.search(text, max(0, number.start() - 100), number.start())
        if union is not None:
            found.append((union.start(), text[union.start() : number.end()]))
        elif of_union := _OF_UNION.match(text, number.end()):
            found.append((number.start(), text[number.start() : of_union.end()]))
    return found

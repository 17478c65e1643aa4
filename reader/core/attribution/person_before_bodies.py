"""Where a capitalised run names a person before a body, not one body: "Abdulaziz Yousef Al
Sayegh and Sahil Networks" (a first name before "and"), "Member of Parliament for St Aldric
Eastern Patricia Dunkley-Rowe" (a seat that ends in a point of the compass, then its member)."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_at, first_name_gender
from reader.core.attribution.name_atoms import COMPASS
from reader.core.attribution.pattern_cache import compiled

# a seat that ends in a point of the compass, then its member's name
SEAT_THEN_NAME = compiled(
    rf"(?P<seat>Parliament\s+for\s+(?:St\.?\s+)?(?:[A-Z][\w’'-]+\s+){{0,2}}{COMPASS}"
    rf"(?:\s+{COMPASS})?)\s+(?!{COMPASS}\b)[A-Z]"
)


def person_before_and(name: str) -> bool:
    """Whether the words before "and" are a person's, by a title or a first name ("Abdulaziz
    Yousef Al Sayegh and Sahil Networks"; not "Ernst and Young", "Henry Holt and Company")."""
    first, before = name.split()[0], name[: name.index(" and ")].split()
    if first in cues.TITLE_WORDS:
        return True
    # (three words or more, none a body's: not "Jordan Food and Drug Administration")
    named = len(before) >= 3 and not any(word.lower() in cues.ORG_HEADS for word in before)
    return named and first_name_gender(first) is not None


# "Philippa Dunmore of Dunmore Rural", "Imogen Sallis of buying agency Sallis Crewe": a name
# right after "of" or "at" a person whose surname opens it (a firm named after its founder)
_OWN_FIRM_BEFORE = compiled(r"([A-Z][\w’'-]+),?\s+(?:of|at|from|with)\s+(?:[a-z]+\s+){0,3}$")


_LINKS = (" of ", " at ", " from ", " with ")


def founders_firm(text: str, at: int, mention: str) -> bool:
    """Whether the name at `at` is the firm of the person named just before it."""
    if " " not in mention:
        return False
    start = max(0, at - 60)
    window = text[start:at]  # (a slice first: most names follow no "of" or "at" at all)
    if not any(word in window for word in _LINKS):
        return False
    before = _OWN_FIRM_BEFORE.search(text, start, at)
    return before is not None and before[1] == mention.split(" ", 1)[0]


# a seat of one or two plain words, then a name the lists know: "Parliament for Exuma Vanessa
# Knowles-Cartwright"
_SEAT_RUN = compiled(r"Parliament\s+for\s+(?P<run>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){2,5})")


def seat_of_member(name: str) -> str | None:
    """The seat alone, where a body's run took its member's name after it."""
    if seat := SEAT_THEN_NAME.match(name):
        return seat["seat"]
    run = _SEAT_RUN.fullmatch(name)
    if run is None:
        return None
    words = run["run"].split()
    first = first_name_at(words, start=1)  # the seat takes one word at least ("Long Island")
    if first is None or len(words) - first > 3:
        return None
    return " ".join(name.split()[: 2 + first])

"""People a feature or column knows by one name: "Dolores, who has worked the ovens here for 31
years,", "My neighbour Bridget", "I asked Marcus, a night-shift cleaner,", "Miriam does the
talking." Each is a person of the cast, so a later "she said" can be them.

One capitalised word is a person only where a reader would take it for one: after a word for
someone close ("her nephew, Marco"), or a first name (by the name lists) that is described
("Dolores, who …", "Marcus, a cleaner") or opens a sentence as its subject ("Miriam does …").
It is no one's first name when the article writes it in lower case ("Will", "Hope"), after a
title, an initial or a first name ("Mrs. Clinton", "Harry B. Harris", "Ben Carson": a surname),
before another capital ("Dallas Cowboys") or after "in", "to", "from" ("in Jordan"); nor is a
month or a day.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_words import FEMALE_KIN, KIN, MALE_KIN

_FEMALE_RELATIVES = FEMALE_KIN | {"mum", "mom", "grandma", "fiancée", "landlady", "stepdaughter"}
_MALE_RELATIVES = MALE_KIN | {"dad", "grandpa", "fiancé", "landlord", "stepson"}
_RELATIVES = "|".join(
    sorted(
        KIN
        | _FEMALE_RELATIVES
        | _MALE_RELATIVES
        | {"neighbour", "neighbor", "friend", "colleague", "boss", "roommate", "flatmate", "twin"},
        key=lambda word: (-len(word), word),
    )
)
_LOOK_BACK = 48  # characters: "her older brother, " and more
# "My neighbour Bridget", "Her nephew, Marco, runs …": someone close, named
_AFTER_RELATIVE = compiled(
    r"\b(?:[Mm]y|[Hh]er|[Hh]is|[Tt]heir|[Oo]ur)\s+(?:(?:older|younger|elder|late|best|"
    rf"oldest|youngest|eldest|next-door)\s+)?(?P<relative>{_RELATIVES})(?:,\s+|\s+)$"
)
# "Dolores, who …", "Marcus, a night-shift cleaner,": described as a person
# ("Vikram, an Indian sales executive,": a nationality first, as the Gulf's papers write it)
_DESCRIBED_AFTER = compiled(r",\s+(?:who|whose|an?\s+(?:[a-z\d]|[A-Z][a-z]+\s+[a-z]))")
_AGED_AFTER = compiled(r",\s+(?:an?\s+)?\d{1,3}(?:-year-old\b|,)")
# "Miriam does the talking.", "Joseph and Miriam met …": a sentence's subject, before a verb
# that takes a person (not "Harsh comments …", "Muslim refugees …")
_SUBJECT_BEFORE = compiled(r"(?:^|[.!?][”\"’]?\s|\n)(?:[A-Z][a-z]+\s+and\s+)?$")
_VERB_AFTER = compiled(
    r"\s+(?:and\s+[A-Z][a-z]+\s+)?(?:has|had|is|was|does|did|says|said|told|tells|met|"
    r"laughs|laughed|smiles|smiled|shrugs|shrugged|sighs|sighed|nods|nodded|remembers|"
    r"remembered|recalls|recalled|lives|lived|works|worked|runs|ran|grew|moved|learned|began)\b"
)
_PLACE_BEFORE = compiled(r"\b(?:in|to|from|into|across|of|near|at)\s+$")
_THE_BEFORE = compiled(r"\b[Tt]he\s(?:\d{1,3}-year-old\s)?$")  # "the 22-year-old German, who"
_CALENDAR = frozenset(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter".split()
)


def one_name_people(
    text: str, mentions: list[tuple[int, str]], lowercase_words: set[str]
) -> Iterator[tuple[int, str, str | None]]:
    """(where, name, gender) of each person the text knows by one name, at its mentions that
    say so. `mentions`: the capitalised runs of the text (the cast's person mentions);
    `lowercase_words`: the words the text writes in lower case."""
    alone, in_longer = _lone_words(mentions, lowercase_words)
    for name, places in alone.items():
        if name in in_longer or name in _CALENDAR or name.lower() in lowercase_words:
            continue
        if any(_PLACE_BEFORE.search(text, max(0, at - 8), at) for at in places):
            continue  # "in Jordan": a place
        if all(_THE_BEFORE.search(text, max(0, at - 16), at) for at in places):
            continue  # "said the Scot, who …": a word after "the" names no one
        said = _said_to_be_a_person(text, name, places)
        if said is not None:
            yield said


def _said_to_be_a_person(
    text: str, name: str, places: list[int]
) -> tuple[int, str, str | None] | None:
    """The first mention that shows the word is someone's first name, and the sex it shows."""
    is_first_name = first_name_gender(name) is not None
    for at in places:
        relative = _AFTER_RELATIVE.search(text, max(0, at - _LOOK_BACK), at)
        if relative is not None:
            word = relative["relative"]
            sex = "female" if word in _FEMALE_RELATIVES else None
            return at, name, "male" if word in _MALE_RELATIVES else sex
        end = at + len(name)
        if _AGED_AFTER.match(text, end):  # "Serhii, a 34-year-old drone operator": a name no
            return at, name, None  # list holds, but only a person is given an age
        if is_first_name and (
            _DESCRIBED_AFTER.match(text, end)
            or (_VERB_AFTER.match(text, end) and _SUBJECT_BEFORE.search(text, max(0, at - 16), at))
        ):
            return at, name, None
    return None


def _lone_words(
    mentions: list[tuple[int, str]], lowercase_words: set[str]
) -> tuple[dict[str, list[int]], set[str]]:
    """Where each capitalised word stands alone, and the words that are part of a longer name
    somewhere ("Mrs. Clinton", "Harry B. Harris", "Ben Carson", "Dallas Cowboys"). A run's
    leading words the text also writes in lower case are dropped: "When Dolores" is Dolores."""
    alone: dict[str, list[int]] = {}
    in_longer: set[str] = set()
    for at, mention in mentions:
        words = mention.split()
        skip = 0
        while skip < len(words) - 1 and words[skip].lower() in lowercase_words:
            skip += 1
        if len(words) - skip == 1:
            word = words[-1]
            alone.setdefault(word, []).append(at + mention.rfind(word))
        else:
            in_longer.update(words[skip:])
    return alone, in_longer

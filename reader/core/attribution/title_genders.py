"""The sex a title gives: "Mr. Lindahl" after "Everett Lindahl" is a man, whatever pronouns stand
near the name."""

from __future__ import annotations

from reader.core.attribution.cast import Cast, Entity
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.mention_titles import strip_title, title_gender

Timeline = list[tuple[int, str]]


def titled_genders(named_at: Timeline, cast: Cast) -> None:
    """ "Mr. Lindahl" after "Everett Lindahl": a title says the gender of the one person with
    that surname more surely than the pronouns near the name (if all its titles agree)."""
    said: dict[str, set[str]] = {}
    for mention in {m for _, m in named_at}:  # a book repeats its mentions: each read once
        gender = title_gender(mention)
        if gender:
            said.setdefault(strip_title(mention).split()[-1], set()).add(gender)
    for surname, genders in said.items():
        people = cast.people_with_surname(surname) or _called(cast, surname)
        # "Dennis and June Whitcomb … Mrs. Whitcomb": the one named so; "Maria Solberg said her
        # husband, Erik, … Mr Solberg": not Maria, whom her first name shows a woman
        fits = genders if len(people) > 1 else genders | {None}
        people = [p for p in people if first_name_gender(p.name) in fits]
        if len(genders) == 1 and len(people) == 1 and people[0].gender is None:
            people[0].gender = genders.pop()


def _called(cast: Cast, word: str) -> list[Entity]:
    """ "Mr Wirat" of Wirat Kaewmanee: Thai copy calls people by their given name after it."""
    name = cast.only_one_called(word)
    entity = cast.entities.get(name) if name else None
    return [entity] if entity is not None else []

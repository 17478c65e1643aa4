""" "The younger Villanueva", "the elder Lowe": of two people who share a surname, the one the
article shows to be younger or older, by their ages ("Beatrix Lowe, 71, and her granddaughter,
Saffron Lowe, 19") or by a kin word before a name ("His son, Rodrigo Villanueva," is younger
than the father named before him)."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.attribution.cast import Cast
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.surname_forms import surnames_of

_GENERATION = compiled(
    # "the younger Ferraz Lemos": a two-word surname too
    # ("the younger Mr. Raskin": a title before it)
    r"[Tt]he\s+(?P<which>younger|elder|older)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<surname>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    # "Carberry junior said": the son of two Carberrys
    r"|(?P<surname2>[A-Z][\w’'-]+)\s+(?P<which2>junior|senior)"
)
# ("his younger brother, Provincial Councillor X": a sibling the words call younger)
_YOUNGER_KIN = "son|daughter|grandson|granddaughter|nephew|niece|younger (?:brother|sister)"
_OLDER_KIN = "father|mother|grandfather|grandmother|uncle|aunt|(?:elder|older) (?:brother|sister)"
_TITLE = (
    # "his son, Rep. Michael …", "his son, Senator Tomás …", "Her father, former Gov. Walter …"
    # ("his father, retired Sgt. Walter Pruitt")
    r"(?:(?:former|late|retired)\s+)?"
    r"(?:(?:[A-Z][a-z]{1,4}\.|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|[A-Z][a-z]+)\s+)?"
    r"(?:[a-z]+\s+){0,2}"  # "his son, offensive coordinator Tyler Ritter"
)

_OFFICE = r"(?:current|sitting|new|newly\s+elected)\s+[^,;.“”\"]{1,60}?\s+"


def people_named(cast: Cast, surname: str) -> list[str]:
    """The people of that surname ("Ferraz Lemos": those whose names end so)."""
    people = cast.people_with_surname(surname.split()[-1])
    named = [  # ("the younger Teoh" of Teoh Pei Shan, a surname written first)
        entity.name
        for entity in people
        if entity.name.endswith(f" {surname}") or surname in surnames_of(entity.name)
    ]
    # "the younger Estrada" of Ramón Estrada Fierro and Daniela Estrada Loya: a father's
    # surname before a mother's
    return named or [
        entity.name
        for entity in cast.entities.values()
        if entity.kind == "person"
        and f" {surname} " in f" {entity.name.split(' ', 1)[-1]} "
        and len(entity.name.split()) > 2
    ]


def generation_of(who: str, people_named: Callable[[str], list[str]], text: str) -> str | None:
    """The person "the younger/elder <surname>" names among the two people `people_named(surname)`
    gives, or None when the words are no such phrase or the article does not tell them apart."""
    match = _GENERATION.fullmatch(" ".join(who.split()))
    surname = (match["surname"] or match["surname2"]) if match else ""
    people = people_named(surname) if match else []
    if match and not people and " " in surname:  # "the younger Rabbi Gottlieb": a title
        people = people_named(surname.split()[-1])
    if match is None or len(people) != 2:
        return None
    which = match["which"] or ("younger" if match["which2"] == "junior" else "elder")
    rank = {name: _age_rank(name, text) for name in people}
    if (rank[people[0]] == 100.0) != (rank[people[1]] == 100.0) and max(rank.values()) < 200:
        # one age given, the other's not known: what their kin words say, if they say it
        # ("Gregor Lamont has appointed his father, Willie Lamont, …. Willie Lamont, 67,")
        rank = {name: _kin_rank(re.escape(name), text) for name in people}
    if rank[people[0]] == rank[people[1]]:
        rank = _ranked_by_pair(people, text) or rank  # (still tied: no pair said so)
    if rank[people[0]] == rank[people[1]]:
        return None
    youngest = min(people, key=rank.__getitem__)
    return youngest if which == "younger" else next(p for p in people if p != youngest)


# "a father-and-daughter pair", "mother and son": the parent's sex tells the two apart
_PARENT_AND_CHILD = compiled(r"\b(?P<parent>father|mother)[- ]and[- ](?:daughter|son)\b")


def _ranked_by_pair(people: list[str], text: str) -> dict[str, float] | None:
    """Ranks by the parent's sex where the text calls the two a parent and child and their
    first names show different sexes; None where it does not."""
    pair = _PARENT_AND_CHILD.search(text)
    if pair is None:
        return None
    parent_sex = "male" if pair["parent"] == "father" else "female"
    sexes = [first_name_gender(name) for name in people]
    if sexes[0] == sexes[1]:
        return None  # both unknown, or both of one sex
    # one whose sex the lists do not know is the other of the pair ("Yuki" beside "Haruto")
    known = 0 if sexes[0] is not None else 1
    parent = known if sexes[known] == parent_sex else 1 - known
    return {name: 200.0 if i == parent else 0.0 for i, name in enumerate(people)}


def _age_rank(name: str, text: str) -> float:
    """The person's age where the text gives one ("Beatrix Lowe, 71,"); else 0 for someone
    introduced as a son or granddaughter, 200 for a father or grandmother, 100 for neither.
    A name the text only completes ("his son Lewis, 38," of Lewis Ambrose) by its first name."""
    rank = _rank_by(re.escape(name), text)
    first = name.split()[0]
    if rank == 100.0 and first != name and re.search(rf"\b{re.escape(name)}\b", text) is None:
        return _rank_by(re.escape(first), text)
    return rank


def _rank_by(named: str, text: str) -> float:
    """`_age_rank` of the words `named` (a pattern)."""
    age = re.search(rf"\b{named},\s+(\d{{1,3}})\b", text)
    return float(age[1]) if age is not None else _kin_rank(named, text)


def _kin_rank(named: str, text: str) -> float:
    """0 for someone the text calls a son or granddaughter, 200 for a father or grandmother,
    100 for neither."""
    # ("Tom Aitken’s son and caddie, Jamie Aitken": a second role after the kin word)
    kin_word = rf"\b({_YOUNGER_KIN}|{_OLDER_KIN})(?:\s+and\s+[a-z-]+)?"
    # ("his son, current MP for St Catherine East Central Andre Blythe": an office first)
    kin = re.search(rf"{kin_word},?\s+(?:{_TITLE}|{_OFFICE}){named}\b", text, re.IGNORECASE)
    # "Rep. Paolo Almazan, son of former governor Crisanto Almazan": the kin word after the name
    kin = kin or re.search(rf"\b{named},\s+(?:the\s+)?({_YOUNGER_KIN}|{_OLDER_KIN})\s+of\b", text)
    if kin is None and (
        said := re.search(rf"\b{named},\s+the\s+(elder|eldest|older|younger)\b", text)
    ):
        return 0.0 if said[1] == "younger" else 200.0  # "Paul Delacroix, the elder, is running"
    if kin is None:
        return 100.0
    return 0.0 if re.fullmatch(_YOUNGER_KIN, kin[1].lower()) else 200.0

"""Two people named with one surname: "Tom and Linda Marsh", "Twin sisters Hannah and Rebecca
Osei-Mensah", "Anne Fairclough and her husband, Derek". Each is a person of the cast with the
full name, so "Linda said" and "Hannah, who swims the longer events, said" find them, and each
first name's sex tells "Mr Marsh" from "Mrs Marsh". The pair is remembered, so "her husband said"
can mean the one the article introduced with her."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_atoms import DEGREE
from reader.core.attribution.pattern_cache import compiled

_LOWER = "a-zß-öø-ÿ’'"  # "Tomás"
_FIRST = rf"[A-Z][{_LOWER}]+(?:-[A-Z][{_LOWER}]+)?"  # "Kerry-Anne"
_SURNAME = rf"{cues.CAP}(?:-{cues.CAP})?"
# "Tom and Linda Marsh", "Hannah and Rebecca Osei-Mensah" (not "Smith and Jones Ltd"): read from
# each " and " followed by a capital (a scan of the whole text for the first name cost 50 ms a MB)
_AFTER_AND = compiled(rf" and\s+(?P<second>{_FIRST})\s+(?P<surname>{_SURNAME})\b(?!\s+[A-Z])")
_FIRST_BEFORE = compiled(rf"(?<![\w’'-])(?P<first>{_FIRST})$")
# "Anne Fairclough and her husband, Derek,": the relative takes her surname
# ("Judge Alan Whitcombe and his sister, Dr Fiona Whitcombe,": named in full, with her title)
_SPOUSE_AFTER = compiled(
    r" and\s+(?:her|his)\s+(?P<kin>husband|wife|partner|son|daughter|brother|sister),?\s+"
    # ("Rep. Carolyn Eberhardt, R-Wis., and her husband, state Sen. Peter Eberhardt,")
    r"(?:(?!(?:and|or|who|whose)\s)[a-z][\w-]*\s+){0,2}?"
    rf"(?:{cues.TITLE}\s*)?(?P<second>[A-Z][a-z’'-]+)(?:\s+(?P<own>{_SURNAME}))?\b(?!\s+[A-Z])"
)
# (a party tag or an age between: "Carolyn Eberhardt, R-Wis., and her husband")
# words that name two people as a pair: "Brothers Nathan and Ryan Hale", "the couple"
_PAIR_WORDS = "Brothers|Sisters|Twins|Siblings|Cousins|Couple|Spouses"
# plural roles two people share: "Hosts Jonathan and Delphine Okonkwo-Barre"
_PAIR_ROLES = "Hosts|Co-hosts|Co-chairs|Chairs|Owners|Co-owners|Founders|Co-founders|Patrons"
_NAME_BEFORE = compiled(
    rf"(?<![\w’'-])(?P<first>{_FIRST})\s+(?P<surname>{_SURNAME})"
    rf"(?:,\s+(?:[DRI]-[A-Z][\w.]*|\d{{1,3}}|{DEGREE}),)?$"  # "Jens Holmgaard, Ph.D., and …"
)
# "Prince Harry and Meghan Markle", "Elizabeth Warren and Bernie Sanders": the first word is a
# title's or a surname, not a first name of its own
_CAPITAL_BEFORE = compiled(
    r"(?<![\w’'.-])(?!(?:For|And|But|When|While|After|Before|As|With|Both|Like|Since|If|Then|Now|"
    r"So|At|In|On|By|From|To|Of|Meet|Ask|"  # "For Ed and Marcy Lindgren"
    rf"{_PAIR_WORDS}|{_PAIR_ROLES}|Parents)\s)"  # "Brothers Nathan and …"
    # in the same sentence: not "… Birthday Honours.\n\nBrenda and Alan Trethewey"
    r"[A-Z](?:[\w’'-]*|[\w’'-]{0,2}\.)[^\S\n]+$"
)


# a lower-case noun right before the first word, which then names a thing it is: "the research
# collective Openfield and Julian …" (not "said Tom and Linda Marsh")
_NOUN_BEFORE = compiled(
    r"(?<![\w’'-])(?!(?:and|or|with|said|says|told|by|for|to|from|of|as|at|that|when|while|where|"
    r"like|including|between|both|meet|ask|thank)\s)[a-z][a-z-]+[^\S\n]+$"
)
# the pair's kinship said before their names, whatever the lists say of the names
_KIN_BEFORE = compiled(rf"(?<![\w’'-])(?i:{_PAIR_WORDS}|twin\s+(?:brothers|sisters))[^\S\n]+$")
# "Department of Health and Human Services": no one is called "Health Services"
_FIELDS = frozenset(cues.FIELD_WORDS.split("|"))
_PLACE_WORDS = frozenset(
    "North South East West New Saint San Santa Los Las Fort Port Mount Lake Great Upper Lower "
    "Little Greater Central".split()
)


class Couple(NamedTuple):
    at: int  # where the completed name stands
    completed: str  # "Tom Marsh"
    partner: str  # "Linda Marsh"
    kin: str  # what the completed one is to the partner ("husband"), or "" if the text says not


def couples(text: str) -> Iterator[Couple]:
    """Each person a shared surname completes, with the one named beside them; one of the two
    first names at least must be a first name by the lists (not "Procter and Gamble")."""
    at = text.find(" and ")
    while at >= 0:
        couple = _couple_at(text, at)
        if couple is not None:
            yield couple
        at = text.find(" and ", at + 5)


def _couple_at(text: str, at: int) -> Couple | None:
    """The couple whose "and" stands at `at`, if one does."""
    start = max(0, at - 40)
    if text[at + 5 : at + 6].isupper():  # "Tom and Linda Marsh"
        after = _AFTER_AND.match(text, at)
        if after is None:
            return _family_named_first(text, start, at)  # "The Lund twins, Anders and Erik,"
        before = _same_surname_before(text, start, at, after) or _FIRST_BEFORE.search(
            text, start, at
        )
        if before is None or _CAPITAL_BEFORE.search(text, start, before.start()):
            return None
        first, second, surname = before["first"], after["second"], after["surname"]
        surname = surname.removesuffix("’s").removesuffix("'s")  # "Aisling and Nuala Breen’s"
        if surname in _FIELDS:
            return None
        kin_before = _KIN_BEFORE.search(text, start, before.start())
        if (
            first_name_gender(first) is None
            and not kin_before
            and _NOUN_BEFORE.search(text, start, before.start())
        ):
            return None  # "the research collective Openfield and Julian Mbeki-Sørensen": a body
        sexes = first_name_gender(first), first_name_gender(second)
        if (
            all(sexes)
            or (any(sexes) and not {first, second} & _PLACE_WORDS)  # "Ravi and Anjali Menon";
            # not "Florida and North Carolina"
            or kin_before  # "Brothers Emeka and Chidi", "the married couple Ines and Rui"
        ):
            return Couple(before.start(), f"{first} {surname}", f"{second} {surname}", "")
        return None
    spouse = _SPOUSE_AFTER.match(text, at) if text.startswith(("her ", "his "), at + 5) else None
    named = _NAME_BEFORE.search(text, start, at) if spouse else None
    if spouse is None or named is None or named["first"] in cues.TITLE_WORDS:
        return None  # "Prince Harry and his wife, Meghan": a title, not a first name
    capital = _CAPITAL_BEFORE.search(text, start, named.start())
    if capital and capital[0].strip().rstrip(".") not in cues.TITLE_WORDS:
        return None  # (a title may stand before the name: "Judge Alan Whitcombe and his …")
    # ("Jolene Tressler and her husband, Wade Tressler": his surname hers, his name unlisted)
    same_surname = spouse["own"] is not None and spouse["own"] == named["surname"]
    if first_name_gender(named["first"]) and (first_name_gender(spouse["second"]) or same_surname):
        partner = f"{named['first']} {named['surname']}"
        completed = f"{spouse['second']} {spouse['own'] or named['surname']}"
        return Couple(spouse.start("second"), completed, partner, spouse["kin"])
    return None


def _family_named_first(text: str, start: int, at: int) -> Couple | None:
    """ "The Lund twins, Anders and Erik, will …": the family's surname first, then the two
    first names."""
    before = _FAMILY_THEN_FIRST.search(text, max(0, start - 30), at)
    after = _SECOND_FIRST.match(text, at) if before else None
    if before is None or after is None:
        return None
    surname = before["surname"]
    return Couple(
        before.start("first"), f"{before['first']} {surname}", f"{after['second']} {surname}", ""
    )


_FAMILY_THEN_FIRST = compiled(
    rf"\b[Tt]he\s+(?P<surname>{_SURNAME})\s+(?:twins|brothers|sisters|siblings),\s+"
    rf"(?P<first>{_FIRST})$"
)
_SECOND_FIRST = compiled(rf" and\s+(?P<second>{_FIRST})(?=,)")


def _same_surname_before(
    text: str, start: int, at: int, after: re.Match[str]
) -> re.Match[str] | None:
    """The first person's whole name before "and" when the second's surname is theirs too:
    "the married couple Ines Carvalho and Rui Carvalho"."""
    named = _NAME_BEFORE.search(text, start, at)
    return named if named is not None and named["surname"] == after["surname"] else None


def partner_sex(text: str, couple: Couple) -> tuple[str, str] | None:
    """(name, sex) of a partner whose first name says nothing, when the other's does and the text
    calls one of them by the other sex's title: "Ravi and Anjali Menon … Mrs. Menon" makes Anjali
    a woman, since Ravi is a man."""
    one, other = couple.completed, couple.partner
    sexes = first_name_gender(one), first_name_gender(other)
    if (sexes[0] is None) == (sexes[1] is None):
        return None  # both known, or neither
    unknown, known_sex = (one, sexes[1]) if sexes[0] is None else (other, sexes[0])
    surname = unknown.split()[-1]
    titles = _FEMALE_TITLES if known_sex == "male" else _MALE_TITLES
    if any(f"{title}{surname}" in text for title in titles):
        return unknown, "female" if known_sex == "male" else "male"
    return None


_FEMALE_TITLES = ("Mrs. ", "Mrs ", "Ms. ", "Ms ")
_MALE_TITLES = ("Mr. ", "Mr ")


_SIBLINGS = frozenset({"brother", "sister"})  # "his sister, Fiona" … "her brother": him
_PAIR_KIN = frozenset("husband wife partner brother sister".split())  # "Tom and Linda Marsh"
# what the partner is to the one the text calls by a kin word: "Carolyn Eberhardt and her
# husband, Peter" makes her his wife
_RECIPROCAL = {"husband": "wife", "wife": "husband", "brother": "sibling", "sister": "sibling"}


def kin_fits(kin: str, word: str, other_is_partner: bool) -> bool:
    """Whether `word` ("his wife") can name the other of a couple whose completed one the text
    called `kin` ("" if it called them nothing: "Tom and Linda Marsh")."""
    if not kin:
        return word in _PAIR_KIN
    if other_is_partner:  # the partner is the owner of the kin word the text used
        reciprocal = _RECIPROCAL.get(kin)
        return reciprocal == word or (reciprocal == "sibling" and word in _SIBLINGS)
    return kin == word or {kin, word} <= _SIBLINGS

"""What kinship words say of a person's sex: "Her son, Daniel Marrow", "His daughter, Linh
Pham,", and the other one of a pair whose partner the article calls "her husband"."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.core.attribution import cues
from reader.core.attribution.cast import Cast
from reader.core.attribution.first_names import PRIOR_VOTES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_words import SEXED_KIN_WORDS
from reader.core.attribution.word_starts import finditer_from_words

# "her husband, Luis Reyes": a kinship word right before a name says the name's gender.
# "her father, company founder and chairman Rajendra Bhandari": roles may come between
_KIN_ROLE = (
    rf"(?!(?:{'|'.join(sorted(cues.KIN))})\b)"  # "his wife and Michael Chen": no role between
    r"(?:the|former|late|retired|longtime|veteran|fellow|elder|older|younger|company|chief|"
    r"executive|[a-z]+(?:er|or|ist|ian|man|woman|ent))\s+"
)
_KIN_ROLES = rf"(?:{_KIN_ROLE}){{0,4}}?(?:and\s+(?:{_KIN_ROLE}){{1,2}}?)?"
_KIN = compiled(
    rf"\b(?P<kin>{SEXED_KIN_WORDS}),?\s+{_KIN_ROLES}"
    rf"(?P<name>{cues.NAME})"
)
_SPOUSE = compiled(rf"\b(?:[Hh]er|[Hh]is)\s+(?P<kin>husband|wife),?\s+(?P<name>{cues.NAME})")
# "Hem Sothea, 45, and her husband Lim Chhay": the one before "and her …" is a woman
_AND_OWN_KIN = compiled(
    rf"\s+and\s+(?P<pronoun>[Hh]er|[Hh]is)\s+(?:{SEXED_KIN_WORDS}|partner|parents|children)\b"
)
# (the sentence's subject, named in full: not "a picture that showed Trump and her mother",
# nor "Mrs. Clinton and her husband", a surname that may be his)
_NAME_BEFORE = compiled(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[—–]\s))(?P<name>{cues.NAME})(?:,\s+\d{{1,3}},)?$"
)
_SPOUSE_KIN = ("", "husband", "wife")  # a pair the text calls nothing else (not "Brothers …")


def kin_votes(masked: str, cast: Cast, person: Callable[[str], str | None]) -> dict[str, list[int]]:
    """(female, male) votes by the kin words before names and the pairs' spouses."""
    votes: dict[str, list[int]] = {}
    kin_says: dict[str, set[bool]] = {}
    closed: set[str] = set()  # named in an apposition the comma closes: "His daughter, Linh Pham,"
    for match in finditer_from_words(_KIN, masked, cues.FEMALE_KIN | cues.MALE_KIN):
        kin = person(match["name"])
        if kin:
            kin_says.setdefault(kin, set()).add(match["kin"].lower() in cues.FEMALE_KIN)
            if masked.startswith(",", match.end("name")):
                closed.add(kin)
    for name, said in kin_says.items():  # a son, whatever "she" is near
        if len(said) == 1:  # (and, in a closed apposition, whatever the lists make of a first
            # name: "His daughter, Linh Pham," though they hold "Linh" a man's; not "… her son,
            # Denise Arkwright said", where the son is no one named)
            weight = PRIOR_VOTES + 1 if name in closed else 1
            votes[name] = [weight, 0] if said.pop() else [0, weight]
    for name, is_woman in _owners_of_kin(masked, person):
        if name not in kin_says:
            votes[name] = [PRIOR_VOTES + 1, 0] if is_woman else [0, PRIOR_VOTES + 1]
    for name, is_wife in _spouses_of_pairs(masked, cast, person):
        if name not in kin_says:  # "Harjit and Kamaljeet Dhillon … Her husband, Harjit": she is
            votes[name] = [PRIOR_VOTES + 1, 0] if is_wife else [0, PRIOR_VOTES + 1]  # his wife
    return votes


def _owners_of_kin(masked: str, person: Callable[[str], str | None]) -> Iterator[tuple[str, bool]]:
    """(name, is-female) of each one named right before "and her husband", "and his wife"."""
    for match in _AND_OWN_KIN.finditer(masked):
        before = _NAME_BEFORE.search(masked, max(0, match.start() - 80), match.start())
        if before and " " in before["name"] and (owner := person(before["name"])):
            yield owner, match["pronoun"].lower() == "her"


def _spouses_of_pairs(
    masked: str, cast: Cast, person: Callable[[str], str | None]
) -> Iterator[tuple[str, bool]]:
    """(name, is-female) of each one of a pair whose partner the article calls "her husband" or
    "his wife": the other sex, whatever the lists say of the first name."""
    for match in _SPOUSE.finditer(masked):
        spouse = person(match["name"])
        for couple in cast.couples:
            if spouse in (couple.completed, couple.partner) and couple.kin in _SPOUSE_KIN:
                other = couple.partner if spouse == couple.completed else couple.completed
                yield other, match["kin"].lower() == "husband"

"""Capitalised pairs that name places, not people: "on Mill Row", "at the Harbor Lights Diner".

A person is sometimes written after a preposition ("a letter from Ana Duarte") but is nearly
always also the subject of something. A name that only ever follows "at", "on", "in" … is a place.
"""

from __future__ import annotations

from collections.abc import Iterable

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled

_LOCATIVE_BEFORE = compiled(
    r"\b(?:at|on|in|near|along|into|onto|outside|inside|across|off|past|towards?|opposite|"
    r"beside|behind|around|through|down|up|out\s+of|"
    # "38 acres of Pinot Noir", "two bottles of Chateau Margaux": a thing, not a person
    r"(?:acres|hectares|tons|tonnes|bottles|cases|glasses|barrels|crates|pounds|kilos|"
    # "in the village of Kvemo Tsikhe": a settlement by its kind
    r"village|town|city|hamlet|commune|settlement|province|island|valley)\s+of"
    # "the Member for Harrowgate South, Tariq Bashir": a seat
    # ("The Plaid Cymru candidate for Ynys Dewi, Rhodri ap Gwilym,": a seat fought)
    r"|(?:Member|MP|MLA|MSP|MPP|MHA|MS|TD|Senator|Representative|candidate)\)?\s+for"
    # "the delayed double-track railway to Chiang Rai", "flights to Da Nang": a destination
    r"|(?:railway|railroad|road|highway|motorway|route|line|pipeline|trains?|flights?|buses|ferry|"
    r"ferries|roads)\s+(?:to|from))"
    r"\s+(?:the\s+)?$"
)
_OPENING_LOCATIVES = frozenset("In At Near Outside Inside Across Along Around Throughout".split())
_SAINTS = frozenset({"St", "St.", "Ste", "Ste.", "Saint"})
_POSSESSIVE_AFTER = compiled(r"['’]s?\b")
_LOOK_BACK = 20  # characters before a mention: enough for "along the ", "hectares of the "


def places_among(text: str, mentions: Iterable[tuple[int, str, str]]) -> set[str]:
    """Names (of `(position, mention text, name)` triples) that are only ever used as places."""
    locative: set[str] = set()
    otherwise: set[str] = set()
    for at, mention, name in mentions:
        end = at + len(mention)
        if _POSSESSIVE_AFTER.match(text, end) or _persons_possessive(mention):
            continue  # "Mill Row's residents", "on Corinne Smith’s album" say nothing either way
        before = text[max(0, at - _LOOK_BACK) : at]
        # (a preposition before words the name does not keep governs them: "in the Senate
        # Jacqueline Odle-Prescod")
        head = mention[: -len(name)].rstrip() if mention.endswith(f" {name}") else ""
        governed = not head or head.endswith(("’s", "'s"))  # ("in Lisbon's Príncipe Real")
        place = (governed and _LOCATIVE_BEFORE.search(before)) or _place_of_body(text, at, end)
        # "In Glenrothes West, the Labour candidate …": a sentence's opening preposition; "Bank
        # Hall, St Michael": a saint's name is a parish's, a church's or a town's
        place = place or head in _OPENING_LOCATIVES or name.split(" ", 1)[0] in _SAINTS
        (locative if place else otherwise).add(name)
    return locative - otherwise


def _place_of_body(text: str, at: int, end: int) -> bool:
    """ "The Chief Medical Director of the Specialist Hospital, Kafin Gari, Dr. Hauwa …": a body's
    place, between its name and the titled name of the one who holds the office."""
    return (
        _TITLED_NAME_AFTER.match(text, end) is not None
        and _BODY_BEFORE.search(text, max(0, at - _BODY_LOOK_BACK), at) is not None
    )


_TITLED_NAME_AFTER = compiled(rf",\s+{cues.TITLE}[A-Z]")
_BODY_BEFORE = compiled(
    r"\bof\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w’'-]*){0,7},\s+$"
)
_BODY_LOOK_BACK = 90


def _persons_possessive(mention: str) -> bool:
    """ "Corinne Smith’s": a first name's possessive (not "at St Aldhelm’s church hall")."""
    return mention.endswith(("’s", "'s")) and first_name_gender(mention.split()[0]) is not None

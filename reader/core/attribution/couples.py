"""Two people named with one surname: "Tom and Linda Marsh", "Twin sisters Hannah and Rebecca
Osei-Mensah", "Anne Fairclough and her husband, Derek". Each is a person of the cast with the
full name, so "Linda said" and "Hannah, who swims the longer events, said" find them, and each
first name's sex tells "Mr Marsh" from "Mrs Marsh". The pair is remembered, so "her husband said"
can mean the one the article introduced with her."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled

_FIRST = r"[A-Z][a-z’'-]+"
_SURNAME = rf"{cues.CAP}(?:-{cues.CAP})?"
# "Tom and Linda Marsh", "Hannah and Rebecca Osei-Mensah" (not "Smith and Jones Ltd")
_AND_ONE_SURNAME = compiled(
    rf"\b(?P<first>{_FIRST})\s+and\s+(?P<second>{_FIRST})\s+(?P<surname>{_SURNAME})\b(?!\s+[A-Z])"
)
# "Anne Fairclough and her husband, Derek,": the relative takes her surname
_SPOUSE_AFTER = compiled(
    rf"\b(?P<first>{_FIRST})\s+(?P<surname>{_SURNAME})\s+and\s+(?:her|his)\s+"
    r"(?P<kin>husband|wife|partner|son|daughter|brother|sister),?\s+(?P<second>[A-Z][a-z’'-]+)\b"
    r"(?!\s+[A-Z])"
)
# "Prince Harry and Meghan Markle", "Elizabeth Warren and Bernie Sanders": the first word is a
# title's or a surname, not a first name of its own
_CAPITAL_BEFORE = compiled(r"[A-Z][\w’'.-]*\s+$")


class Couple(NamedTuple):
    at: int  # where the completed name stands
    completed: str  # "Tom Marsh"
    partner: str  # "Linda Marsh"
    kin: str  # what the completed one is to the partner ("husband"), or "" if the text says not


def couples(text: str) -> Iterator[Couple]:
    """Each person a shared surname completes, with the one named beside them; both first names
    must be first names (not "Procter and Gamble")."""
    if " and " not in text:
        return
    for match in _AND_ONE_SURNAME.finditer(text):
        if _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue
        if first_name_gender(match["first"]) and first_name_gender(match["second"]):
            partner = f"{match['second']} {match['surname']}"
            yield Couple(match.start(), f"{match['first']} {match['surname']}", partner, "")
    for match in _SPOUSE_AFTER.finditer(text):
        if match["first"] in cues.TITLE_WORDS or _CAPITAL_BEFORE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "Prince Harry and his wife, Meghan": a title, not a first name
        if first_name_gender(match["first"]) and first_name_gender(match["second"]):
            partner = f"{match['first']} {match['surname']}"
            completed = f"{match['second']} {match['surname']}"
            yield Couple(match.start("second"), completed, partner, match["kin"])

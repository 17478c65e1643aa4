"""Two people named with one surname: "Tom and Linda Marsh", "Twin sisters Hannah and Rebecca
Osei-Mensah", "Anne Fairclough and her husband, Derek". Each is a person of the cast with the
full name, so "Linda said" and "Hannah, who swims the longer events, said" find them, and each
first name's sex tells "Mr Marsh" from "Mrs Marsh"."""

from __future__ import annotations

from collections.abc import Iterator

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
    r"(?:husband|wife|partner|son|daughter|brother|sister),?\s+(?P<second>[A-Z][a-z’'-]+)\b"
    r"(?!\s+[A-Z])"
)


def couples(text: str) -> Iterator[tuple[int, str]]:
    """(where, full name) of the person a shared surname completes ("Tom Marsh" in "Tom and
    Linda Marsh"); both first names must be first names (not "Procter and Gamble")."""
    if " and " not in text:
        return
    for match in _AND_ONE_SURNAME.finditer(text):
        if first_name_gender(match["first"]) and first_name_gender(match["second"]):
            yield match.start(), f"{match['first']} {match['surname']}"
    for match in _SPOUSE_AFTER.finditer(text):
        if first_name_gender(match["second"]):
            yield match.start("second"), f"{match['second']} {match['surname']}"

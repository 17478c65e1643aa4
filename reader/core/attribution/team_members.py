"""A team or a firm named right before its member or head: "Highveld Rhinos flyhalf Jaco
Steenkamp", "Hollis Health chief executive Rebecca Stanton" (the capitalised words before the
role are a body, not a person)."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_words import NOT_NAMES
from reader.core.attribution.pattern_cache import compiled

_S = r"[^\S\n]+"  # space within a paragraph
# What a team does to a player: "Highveld Rhinos sign Jaco Steenkamp" is no role before a name
_TEAM_VERBS = (
    "(?:beat|met|won|lost|hit|led|left|sent|paid|meet|face|join|host|play|sign|sack|hire|name)"
)
# "Highveld Rhinos flyhalf Jaco Steenkamp", "Kaizer Chiefs boss Noma Dube": a plural name, a
# role and a full name: the team or body he plays or works for (not "Serena Williams beat …")
_PLURAL_NAME = compiled(r"(?:\S+\s+){1,2}[A-Z][a-z]+[^s’'\W]s")
_ROLE_THEN_NAME = compiled(
    # ("Harcastle Saints head coach Hemi Walker", "… general manager X": a rank before the role)
    rf"{_S}(?:(?:head|assistant|interim|club|team|general){_S})?"
    rf"(?:boss|(?![a-z]+(?:ed|s)\b|{_TEAM_VERBS}\b){cues.ROLE_WORD}){_S}[A-Z][a-z]+{_S}[A-Z]"
)


# "Hollis Health chief executive Rebecca Stanton": a firm's head, whom no person has before a name;
# "Rajya Sabha member Devendra Kulkarni", "Pragati Dal State president Geeta Venugopal"
_HEAD_OF_FIRM_THEN_NAME = compiled(
    rf"{_S}(?:chief{_S}executive|CEO|managing{_S}director|chairman|chairwoman|chairperson|"
    rf"president|member|leader|secretary|spokes(?:man|woman|person)"
    # ("Agritex Chipinge district head Mrs X": a service's office in a district)
    rf"|(?:district|regional|provincial|area|branch){_S}(?:head|officer|manager|coordinator)){_S}"
    rf"(?:[A-Z]\.?{_S})?[A-Z][a-z]+{_S}[A-Z]"
)


# "Marlow Vale boss Jorge Ibarrola", "Tesco boss Ken Murphy": a person is nobody's "boss" before
# a name
_STAFF_THEN_NAME = compiled(
    rf"{_S}(?:boss|manager|head{_S}coach|coach|captain|skipper|gaffer){_S}(?:[A-Z]\.?{_S})?"
    rf"[A-Z][a-z]+{_S}[A-Z]"
)


def team_before_member(text: str, name: str, end: int) -> bool:
    """Whether the capitalised words `name`, ending at `end`, name a team before its member
    (not "Orlando Pirates": a first name, perhaps a person's) or a firm before its head."""
    if " " in name and (
        _HEAD_OF_FIRM_THEN_NAME.match(text, end) or _STAFF_THEN_NAME.match(text, end)
    ):
        return first_name_gender(name.split()[-1]) is None  # not "Hillary Clinton chairman …"
    first = name.removeprefix("The ").split()[0]
    if first in NOT_NAMES:  # "As Imogen Sallis of …": a sentence's first word, then a name
        return False
    if _PLURAL_NAME.fullmatch(name) is None or first_name_gender(first) is not None:
        return False
    start = end - len(name)  # ("The Coldwater Herons reached the final": a team, named so)
    named_with_the = name.startswith("The ") or text.endswith("The ", 0, start)
    return named_with_the or _ROLE_THEN_NAME.match(text, end) is not None

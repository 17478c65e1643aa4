"""The name after a speaker who is a role, in a trailer: "said Sealink's managing director,
Annika Solberg", "said the state Commissioner for Works, Babatunde Adeyemi", "said Vice Chair for
Supervision Anders Kjellberg"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.office_fields import name_after_field
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.subject_patterns import PLACE_OFFICE

# ("…, the Hon. Cecil Fairclough,": an honorific after "the")
_NAME_AFTER = (
    rf",\s+(?:the\s+(?=(?:Hon|Honourable|Honorable|Rt|Rev|Most|Very)\b))?(?P<name>{cues.PERSON})"
    r"(?=\s*[,.;]|\s+(?:of|from|at)\s|\s*$)"
)
# ("the council's cabinet member for economic growth, Cllr Martin Quayle": the role's brief)
_OWNERS_ROLE_THEN_NAME = compiled(
    rf"\s+(?:[a-z][a-z-]+\s+){{0,3}}{cues.ROLE_NOUNS}(?:\s+(?:for|of)\s+[a-z]+(?:\s+[a-z]+){{0,3}})?"
    rf"{_NAME_AFTER}"
)
# ("said the chief negotiator for the rotating presidency, Margarethe Vandenbroucke-Ilić,": the
# role's last words and its "for" phrase before the name)
_ROLE_THEN_NAME = compiled(
    # ("said the Liberal candidate in Holt Abbey, Sebastian Ortiz-Mayne,": the seat)
    rf"(?:\s+[a-z][a-z-]+){{0,2}}(?:\s+(?:for|of|at|to|with|in)\s+[^,;“”\"]{{2,60}}?)?{_NAME_AFTER}"
)
# a role in lower case of a body named in capitals (perhaps after its country's possessive)
_ROLE_OF_BODY = compiled(
    r"[Tt]he\s+(?:[a-z][a-z-]+\s+){1,3}(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*)*$"
)
_NAME_ONLY = compiled(_NAME_AFTER)
# a role of a body whose capitalised first word the cue stopped at
_BODY_OF_PLACE = compiled(r"^[Tt]he\s+[a-z][a-z-]+\s+of\s+the\s+[A-Z][\w’'-]*$")
_LOWER_THEN_NAME = compiled(rf"(?:\s+[a-z][\w’'-]*){{1,4}}{_NAME_AFTER}")
_TITLE_FIELD_THEN_NAME = compiled(
    rf"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,3}})?{_NAME_AFTER}"
)


# an office of a place or a house, capitalised: "Custos of St Thomas", "Member of Parliament"
# ("said the Custos Rotulorum of St Elizabeth, the Honourable Dr X": two words, "the" before)
OFFICE_OF_PLACE = compiled(rf"(?:the\s+)?(?:{PLACE_OFFICE}\s+){{1,2}}(?:of|for)\s+[A-Z]")
# where the office is, then the holder's name, in one capitalised run
_IN_PLACE_RUN = compiled(
    r"\s+in\s+(?:[A-Z][\w’'-]*\s+){1,3}?(?P<name>[A-Z][\w’'-]*\s+[A-Z][\w’'-]*)"
    r"(?=\s*[,.;]|\s+(?:on|at|in|yesterday|today|during)\b|\s*$)"
)
# an office's field and the holder's name in one capitalised run, with no comma between
# (where the run ends: "said Parliamentary Representative for St Paul X during …")
_RUN_END = r"(?=\s*[,.;]|\s*$|\s+(?:at|in|on|during|yesterday|today|when|after|before|while)\b)"
_OFFICE_RUN = compiled(  # ("said Minister of Trade| and Industry X": the rest of its field too)
    r"\s+(?:for|of|and|to(?:\s+the)?)\s+(?P<run>[A-Z][\w’'-]*(?:\s+(?:and\s+|in\s+)?[A-Z][\w’'-]*){2,6})"
    + _RUN_END
)

# a second role joined to the first: "said the Member for Dawson Ridge and the Opposition’s
# spokesman for water, Brendan Kearney"
_AND_ROLE_THEN_NAME = compiled(rf"\s+and\s+(?:the|its|his|her)\s+[^,;“”\"]{{2,80}}?{_NAME_AFTER}")


def role_then_name(who: str, rest: str) -> re.Match[str] | None:
    """The name in apposition after a speaker who is a role (the body's, or no one's)."""
    if who[:4].lower() == "the " and rest.startswith(" and "):
        return _AND_ROLE_THEN_NAME.match(rest)
    if who.endswith(("’s", "'s", "s’", "s'")):  # "Sealink's", "Portway Ferries'"
        return _OWNERS_ROLE_THEN_NAME.match(rest)
    if (" for " in who or " of " in who) and (in_place := _IN_PLACE_RUN.match(rest)):
        return in_place  # "said MEC for Health in KwaZulu-Natal Nomvula Dlamini-Khoza"
    if _ROLE_OF_BODY.match(who) and (named := _NAME_ONLY.match(rest)):  # "said the deputy
        return named  # chairman of Dravia's Central Election Commission, X": him, not the body
    last = who.rsplit(None, 1)[-1]
    if OFFICE_OF_PLACE.match(who):  # "said Custos of St Thomas, the Hon. Cecil Fairclough",
        # "said Member of Parliament for Hanover …, X"; "said Minister of Trade| and Industry X"
        return _TITLE_FIELD_THEN_NAME.match(rest) or _OFFICE_RUN.match(rest)
    # ("said the Wassa East District Chief Executive, Mr X,": an office in capitals)
    office = last in cues.TITLE_WORDS or (last[:1].isupper() and last.lower() in cues.ROLE_KEYS)
    if office and who[:4].lower() == "the ":  # "said the state Commissioner
        return _TITLE_FIELD_THEN_NAME.match(rest)  # for Works, Babatunde Adeyemi": him
    if last in cues.TITLE_WORDS or last == "MEC":  # "said Vice Chair for Supervision Anders
        # Kjellberg.", "said MEC for Health in KwaZulu-Natal Nomvula Dlamini-Khoza"
        return _OFFICE_RUN.match(rest)
    if _BODY_OF_PLACE.search(who):  # "said the head of the Kharkiv| regional prosecutor's
        return _LOWER_THEN_NAME.match(rest)  # office, Serhiy Babchuk": the office, then him
    return _ROLE_THEN_NAME.match(rest) if last.islower() and last.isalpha() else None


def name_in_role(role: re.Match[str]) -> tuple[str, int]:
    """The name a role's match holds, and where it starts."""
    if "run" not in role.groupdict():
        return role["name"], role.start("name")
    name = name_after_field(role["run"])
    return name, role.start("run") + role["run"].rfind(name)

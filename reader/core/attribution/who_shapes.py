"""What a cue's words are, wherever they occur: the parts of resolving "the study", "Senate
Republicans" or "GOP strategist Keith Nahigian" that do not depend on the position. The resolver
works them out once for each distinct wording; a long text names the same people again and again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from reader.core.attribution import cues
from reader.core.attribution import group_sources as gs
from reader.core.attribution.mention_titles import strip_title
from reader.core.attribution.mentions import PERSON_IN_TEXT
from reader.core.attribution.name_atoms import COMPASS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

_PERSON = PERSON_IN_TEXT
_COMMON = compiled(cues.COMMON_SOURCE)
SPOKES_BACK = compiled(cues.SPOKES_BACK)  # "the spokesman", also for the resolver
# "the filing", "A preliminary incident report released Thursday": a document, with when it came out
_DOCUMENT = compiled(
    rf"(?:[Aa]n?\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(cues.DOCUMENT_WORDS)})|{cues.DOCUMENT})"
    r"(?:\s+(?:released|published|issued|filed|made public)\s+(?:on\s+|last\s+)?[A-Z]?[a-z]+)?"
)


@dataclass(frozen=True, slots=True)
class WhoShape:
    document: bool  # "the ruling", "the study"
    group: Resolution | None  # a party's members, a named group, a poll (`gs.group_source`)
    common: bool  # "the company", "a spokesman for the club", "the spokesman"
    nationality: bool  # "A Chinese official": an adjective, no name
    named: str  # the name part: "GOP strategist Keith Nahigian" -> "Keith Nahigian"
    bare: str  # the name part without titles


# "The singer Aurelio Banks": a trade, then a name the cast knows (resolve.py)
TRADE_THEN_NAME = compiled(
    r"[Tt]he\s+(?:(?!of\b|for\b)[a-z-]+\s+){1,2}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,2}"
)


def who_shape(who: str) -> WhoShape:
    named = name_part(who)
    return WhoShape(
        document=_DOCUMENT.fullmatch(who) is not None,
        group=gs.group_source(who),
        common=bool(_COMMON.fullmatch(who) or SPOKES_BACK.fullmatch(who)),
        nationality=gs.NATIONALITY_ROLE.fullmatch(who) is not None,
        named=named,
        bare=strip_title(named),
    )


# (not a name's particle: "al-Mannai", "bin-Talal")
_HYPHEN_CAPITAL = compiled(
    r"\b(?!(?:al|el|ad|ud|ul|as|ar|an|at|az|bin|ibn|abd|abu|van|von|del|der|den|dos|das|de|di|da|"
    r"du|le|la)-)[a-z]{2,}-[A-Z](?=[a-z])"
)


_COMPASS = rf"{COMPASS}(?:-[A-Z][a-z]+)?"
# A constituency or parish before the name: "Member of Parliament for St Brannock Central Hugh
# Weatherly-Banks", "Custos of St Brannock Hyacinth Lightbody-Mair" (a saint's place, or one
# that ends in a point of the compass)
_PLACE_THEN_NAME = compiled(
    rf".*?\b(?:of|for)\s+(?:St\.?\s+[A-Z][\w’'-]+(?:\s+{_COMPASS})?|(?:[A-Z][\w’'-]+\s+){{1,2}}{_COMPASS})"
    r"\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})"
)

_NAME_THEN_ROLE = compiled(
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?),\s+the\s+(?:[a-z]|MPP?\b|MLA\b|TD\b)[^,]{2,80}"
)


def name_part(mention: str) -> str:
    """The name in a role-prefixed mention: "GOP strategist Keith Nahigian" -> "Keith Nahigian"."""
    if apposed := _NAME_THEN_ROLE.fullmatch(mention):  # "Mullings, the MP for St Aldric …"
        return apposed["name"]
    if placed := _PLACE_THEN_NAME.fullmatch(mention):
        return placed["name"]
    if _PERSON.fullmatch(mention):
        return mention
    after_possessive = re.split(r"['’]s\s+", mention)[-1]  # "Iowa State University's Dianne …"
    # (not "Judge Bench" of "A single-Judge Bench of Justice X", nor "Anchor DeMarco Morgan" of
    # "co-Anchor DeMarco Morgan": the capital after a hyphen opens no name)
    after_possessive = _HYPHEN_CAPITAL.sub(lambda m: m[0].lower(), after_possessive)
    # "A Brannock & Pryce spokesperson" (not "… partner Delia Okafor", "X of Farr & Co": a person)
    firm = _FIRM_OF_PARTNERS.search(after_possessive)
    if firm and not _PERSON.search(_without(after_possessive, firm)):
        return firm.group(0)
    runs = list(_PERSON.finditer(after_possessive))
    # the first full name with a body after it ("Game director Astrid Lindahl of the …": the 2nd)
    for run, after in pairwise(runs):
        if (
            # a full name, not "The Republic of …"
            (run.group(1) or " " in run.group(2).removeprefix("The "))
            # (not "Assistant Commissioner| of Police Yolande Tomlinson-Hall": an office of a body)
            and run.group(0).split()[-1] not in _OFFICE_ENDS
            and _AFFILIATION.fullmatch(after_possessive, run.end(), after.start())
        ):
            return run.group(0)  # "Joel Pollak of Breitbart California": the person, not the body
    if len(runs) > 1 and _cut_at_patronym(after_possessive, runs[-2], runs[-1]):
        return after_possessive[runs[-2].start() : runs[-1].end()]
    return runs[-1].group(0) if runs else mention


def _without(text: str, part: re.Match[str]) -> str:
    return text[: part.start()] + text[part.end() :]


def _cut_at_patronym(text: str, first: re.Match[str], rest: re.Match[str]) -> bool:
    """ "… Arif| bin |Mohd Zain", "… Azlina binti| |Mat Saad": one name the run's bound cut."""
    mark = _PATRONYM_BEFORE.search(text, first.start(), rest.start())
    return mark is not None and mark.start() <= first.end()


_PATRONYM_BEFORE = compiled(rf"\s{cues.PATRONYM_MARKS}\s+$")


# "the Kilcurran native", "The Taipō man": someone from a place, no one called Kilcurran
PLACE_AND_NOUN = compiled(
    rf"[Tt]he\s+[A-Z][\w’'-]*\s+(?:{'|'.join(cues.HOME_NOUNS.split())}|local|boy|girl)"
)
# "the Vermont senator", "a Boston lawyer": a description whose capitalised words qualify its noun;
# they name a speaker only when the cast knows them as a person
QUALIFIED_NOUN = compiled(
    # (or a member's letters: "the Kilbrannock TD")
    r"(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
    r"|(?:TD|MP|MLA|MSP|MEP|MPP|MHA|MS|MCA))"
)
# a firm named for its partners: "Brannock & Pryce" is no one called Pryce
_CAPS = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
_FIRM_OF_PARTNERS = compiled(rf"{_CAPS}\s+&\s+{_CAPS}")
_OFFICE_ENDS = cues.TITLE_WORDS | {"Member"}  # "Nominated Member of Parliament Lim Jia Hui"
_AFFILIATION = compiled(r"\s+(?:of|at|from|with)\s+(?:the\s+)?")


def how_named(shape: WhoShape, name: str) -> str:
    if shape.bare == name or shape.bare.endswith(f" {name}"):
        return "named"  # "Coroner Brendan Mahon": a role before the whole name
    return "title" if shape.bare != shape.named else "surname"

"""Bodies the text shows to be bodies by how it writes of them, not by a head word: "Westbrook
Dairy will close its cheese plant", "Lumen Cove Cosmetics said Monday it would close 60 of its
stores", "Shares of Norland Freight fell 11%", "Zoomway Mobility is run by …", "started Cantera
Tiles in her garage". A later "the company said" is theirs. A team after "the" is one too: "a 5-3
loss to the Lakeport Herons" (a plural name is no person).

A run of capitals counts only when its first word is no one's first name (by the name lists) and
no title: "Sen. Rubio said it would cut its …" and "Maria Lopez will sell its …" stay people.
"""

from __future__ import annotations

from reader.core.attribution.cues import TITLE_WORDS
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_words import after_the
from reader.core.attribution.pattern_cache import compiled

# The body's own "its" in the clause it is the subject of, within a few words
_ITS_AFTER = compiled(
    r"\s+(?:(?:said|says|announced|confirmed|reported|told\s+\w+)\s+(?:on\s+)?(?:\w+day\s+)?"
    r"(?:that\s+)?it\s+(?:would|will|had|has|was|is|plans|expects)\b"
    r"|will|would|has|had|is|was|plans\s+to|expects\s+to|agreed\s+to|announced|reported)"
    # no other noun phrase between: "has admitted the Government will miss its target"
    # ("Drayton Fuels is to install rapid chargers at 140 of its forecourts": eight words)
    r"\s+(?:(?!(?:the|a|an|his|her|their|this|that|these|those)\s)[a-z$\d][\w$%,.-]*\s+){0,8}?its\b"
)
# "Zoomway Mobility, is run by former councilman Terry Bauer": people are not run or owned
_RUN_BY_AFTER = compiled(
    r",?\s+(?:(?:which|that)\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been)\s+)?"
    r"(?:(?:now|still|also|largely|jointly|privately)\s+)?"
    r"(?:run|owned|operated|headed|founded|co-founded)\s+by\b"
)
# "As manager of Hexley Vale", "the owner of Brackwater Mills": what one manages is a body (not
# "the daughter of …": kin are no office)
_OFFICE_OF_BEFORE = compiled(
    r"\b(?:manager|managers|owner|owners|chairman|chairwoman|chair|captain|coach|president|"
    r"founder|co-founder|boss|head\s+coach|chief\s+executive|director|directors|operator|"
    r"operators|manufacturer|maker|makers)\s+(?:of|at)\s+(?:the\s+)?$"
)
_SHARES_BEFORE = compiled(r"\b[Ss]hares\s+(?:of|in)\s+$")
# "Valeria Montes started Cantera Tiles in her garage": what one starts or runs is a body
_STARTED_BEFORE = compiled(r"\b(?:started|founded|co-founded|launched|set\s+up|runs|owns)\s+$")
# a plural's ending, not a surname's ("Burgess", "Marcus", "Davis", "O'Neill's")
_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")


def bodies_by_its(text: str, mentions: list[tuple[int, str]]) -> set[str]:
    """The runs of `mentions` ((where, words) of the text's capitalised runs) that the text
    writes of as a body."""
    bodies: set[str] = set()
    for at, mention in mentions:
        words = mention.split()
        if not 2 <= len(words) <= 4 or mention in bodies:
            continue
        first = words[0].rstrip(".")
        if first in TITLE_WORDS or first_name_gender(first) is not None or first.endswith("-based"):
            continue  # ("Osaka-based Hirano Chemical": the body's name starts after the place)
        if first.endswith(("'s", "’s")) and len(words) > 2:
            continue  # "chairman of Dravia's Central Election Commission": the owner is no part
        end = at + len(mention)
        if (
            _ITS_AFTER.match(text, end)
            or _RUN_BY_AFTER.match(text, end)
            or _SHARES_BEFORE.search(text, max(0, at - 12), at)
            or _STARTED_BEFORE.search(text, max(0, at - 12), at)
            or _OFFICE_OF_BEFORE.search(text, max(0, at - 30), at)
            or _team(text, at, words[-1])
        ):
            bodies.add(mention)
    return bodies


def _team(text: str, at: int, last: str) -> bool:
    """ "the Lakeport Herons": a plural name after "the"."""
    plural = last.endswith("s") and not last.endswith(_NOT_PLURAL)
    return plural and after_the(text, at)

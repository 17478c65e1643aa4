"""What a cue says besides the speaker: where they said it ("told Reuters", "in a statement")
and how it describes them ("said Ito of the Lowy Institute", "said Osei, a former envoy")."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.pattern_cache import compiled

_TOLD_IN_REST = compiled(rf"^\s+(?:told|to)\s+(?P<venue>{cues.VENUE})")
_STATEMENT_IN_REST = compiled(rf"\s(?P<stmt>{cues.STATEMENT_VENUE})")
_END_OF_DESCRIPTION = rf"\s*(?:[,;]|\.{cues.NOT_AFTER_ABBREVIATION}|$)"  # not "St. Aidan's"
_DESCRIPTION_AFTER_NAME = compiled(
    r"^\s*(?:,\s+(?P<app>[^,;.“”\"]{3,120}?(?:\s+(?:of|at|for|in)\s+[^,;“”\"]+?)?)"
    + _END_OF_DESCRIPTION
    + r"|\s+(?P<of>(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;“”\"]*?)"
    + _END_OF_DESCRIPTION
    + ")"
)


def told_venue(match: re.Match[str]) -> str | None:
    """ "told Reuters", "told reporters outside …": whom a cue's "told" names."""
    return match["venue"] if match["verb"] in {"told", "tells"} else None


def venue_in(rest: str) -> str | None:
    match = _TOLD_IN_REST.match(rest)
    return match["venue"] if match else None


def statement_in(rest: str) -> str | None:
    match = _STATEMENT_IN_REST.search(rest)
    return clean(match["stmt"]) if match else None


_RELATIVE_CLAUSE = compiled(r"\s+(?:who|whose|which)\b")
# Words that open a new clause after the name's comma, not a description of the speaker:
# "said councillor Lena Brandt, but the mayor, Amara Osei, answered"
CLAUSE_OPENERS = (
    "and but or yet so while whereas although though as when because before after until since"
).split()
_CLAUSE_OPENER = compiled(rf"(?:{'|'.join(CLAUSE_OPENERS)})\b")
# compiled once: built in the call, the long pattern was hashed (and at times compiled) per quote
_VERB_OR_PREPOSITION = compiled(rf"(?:{cues.SPEECH_VERB}|told|to|in|on|adding)\b")


def description_after(rest: str) -> str | None:
    match = _DESCRIPTION_AFTER_NAME.match(rest)
    if not match:
        return None
    text = match["app"] or match["of"]
    if not text or _VERB_OR_PREPOSITION.match(text) or _CLAUSE_OPENER.match(text):
        return None
    return clean(_RELATIVE_CLAUSE.split(text, maxsplit=1)[0])  # the roster keeps "who …" apart


def is_pronoun(word: str) -> bool:
    return word.lower() in {"he", "she", "they"}


def clean(text: str | None) -> str | None:
    return " ".join(text.split()).strip(" ,") if text else None


def pronoun_after_verb(match: re.Match[str]) -> Cue | None:
    """ "'…,' said he, pulling a pint": a verb-first trailer whose pronoun ends the clause."""
    if not _ENDS_CLAUSE.match(match["rest"]):
        return None
    return Cue(match["who"], match["verb"], "trailer", statement=statement_in(match["rest"]))


_ENDS_CLAUSE = compiled(r"\s*(?:[,.;:!?—–]|$)")

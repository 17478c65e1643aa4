"""Reported speech whose cue follows the report: TAIL ("…, Osei said Monday.") and
TAIL_INVERTED ("…, said Osei"), each behind a cheap search for what it cannot match without,
and the readings that look like such a report but are not ("The Commissioner for Domestic Tax,
Mr X, disagrees." is his office, not what he said)."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import tail_patterns as tp
from reader.core.attribution.pattern_cache import compiled

_VERB_TO_END = compiled(rf"\s(?P<verb>{rp.VERB}){tp.TAIL_END}")  # TAIL's "…, X said Monday."
_INVERTED_VERB = compiled(tp.INVERTED_VERB)  # TAIL_INVERTED's "…, said X"


_DASHES = ("--", "—", "–")  # TAIL_END's dash clause
_TRAILING_ADVERBIAL = compiled(tp.TRAILING_ADVERBIAL)  # TAIL_END's "…, citing …"


def tail(text: str) -> re.Match[str] | None:
    """TAIL's verb and what follows it hold no comma, so they come after the sentence's last
    one; but for a closing dash clause, which may hold commas ("…, Osei said — Osei, …")."""
    comma = text.rfind(",")
    while comma > 0 and text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", 0, comma)  # "a log of 1,140 incidents": a number's comma
    if comma < 0:
        return None
    if _TRAILING_ADVERBIAL.match(text, comma) or _TITLE_AFTER.match(text, comma):
        comma = text.rfind(",", 0, comma)  # "…, Tran said on Friday, citing …", "…, it said
        # in its annual report, “Hunger Without Borders.”"
    if any(dash in text for dash in _DASHES):
        comma = 0
    if not _VERB_TO_END.search(text, comma):
        return None
    match = tp.TAIL.match(text)
    if match is not None and _in_dash_aside(match):
        return None  # "X — her cousin, as the company's report notes — said …": the aside's
    if match is not None and _office_as_content(match):
        return None  # "The Commissioner for Domestic Tax, Mr X, disagrees.": his office
    return match


def _office_as_content(match: re.Match[str]) -> bool:
    """Whether a tail's content is only the office of the name after it: one phrase, no comma,
    and a bare comma between the name and the verb (not "…, the energy secretary, Rosalind
    Acheson, told MPs", nor "…2009, the chief economist at Thameside, Priya Chaudhury, warned")."""
    if ", " in match["who"] or not _OFFICE_PHRASE.fullmatch(match["content"]):
        return False
    return _BARE_COMMA.fullmatch(match.string, match.end("who"), match.start("verb")) is not None


def _in_dash_aside(match: re.Match[str]) -> bool:
    """Whether a tail's cue sits in a dash aside: the words before it leave one open, and a
    dash closes it right after the verb."""
    opened = sum(match["content"].count(f" {dash} ") for dash in _DASHES) % 2 == 1
    return opened and _DASH_AFTER.match(match.string, match.end("verb")) is not None


_DASH_AFTER = compiled(r"\s+(?:--|—|–)\s")
_BARE_COMMA = compiled(r",\s+")
# "The Revenue Authority’s Commissioner for Domestic Tax": an office in capitals, and its field
_OFFICE_PHRASE = compiled(
    r"(?:The|A|An)\s+(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*"
    r"(?:\s+(?:of|for|at|in|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4})?"
)


# a title after the last comma, in its marks (its words capitalised) or as report_spans masks
# it ("xxxx"); not "…, he said, “we've long anticipated.”"
_TITLE_AFTER = compiled(rf",\s+(?:[“\"‘']{tp.TITLE_WORDS}[.!?,]?[”\"’']|x{{4,}})[.!?]?\s*$")


def tail_inverted(text: str) -> re.Match[str] | None:
    match = tp.TAIL_INVERTED.match(text) if _INVERTED_VERB.search(text) else None
    if match and _NAME_AND_ASIDE.fullmatch(match["content"]):
        return None  # "Sgt Paul Hendry, of Lowerby police, said the 78-year-old, …, had …":
        # a name is who said it, not what was said
    return match


# A person's name with a title or an aside after it, and nothing else
# (or an office first: "Counsel for the DPP, Róisín Tierney-Walsh BL, said the victim, who …")
_NAME_AND_ASIDE = compiled(
    rf"(?:[A-Z][^,]{{0,60}}\b(?i:{cues.ROLE_WORD})\b[^,]{{0,40}},\s+)?"
    rf"(?:{cues.TITLE}\.?\s+)?{cues.NAME}(?:\s+(?:{cues.POST_NOMINALS}))?(?:,[^,]*)?"
)

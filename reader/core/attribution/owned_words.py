"""A lead that gives the quote as someone's words before a colon: "Draycott's answer was short:",
"Her verdict:", "The message from the chief constable, Andrea Pike, was blunt:", "its
treasurer, Osagie Balogun, was blunt:"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_names import name_in_appositive, valid_speaker
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_words import SEXED_KIN_WORDS

_M = cues.MENTION
_WORDS_NOUN = (
    r"answer|verdict|reply|response|message|view|advice|explanation|reasoning|argument|position|"
    r"stance|"
    r"conclusion|assessment|warning|prediction|take|retort|comment|statement|reaction|summary|"
    r"diagnosis|prescription|motto|pitch|plea|promise|reason|philosophy|theory"
)
# "Draycott's answer was short: “…" / "Her verdict: “…": the owner of the words speaks.
# "Her warning, picked up by the stadium microphone, was unambiguous:"
_LEAD_POSSESSIVE = compiled(
    # (not the "her" ending "headteacher": "The headteacher’s answer is always the same:")
    # (a name's words only with its possessive: not "her Independence Day message")
    rf"(?:(?P<who>{cues.PERSON}(?=['’])|(?<![\w’'-])[Hh]er|(?<![\w’'-])[Hh]is)(?:['’]s?)?"
    r"|(?<![\w’'-])(?P<role>[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?[a-z\d][\w-]*)['’]s"
    # "Her mother's message to other parents is simple:": the mother's
    rf"|(?<![\w’'-])(?P<kin>(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:{SEXED_KIN_WORDS}))['’]s)"
    r"\s+(?:own\s+|first\s+|final\s+|blunt\s+)?"
    # (not "In a WhatsApp message to a colleague …, Mr. Lyle wrote:": a clause of its own)
    rf"(?P<verb>{_WORDS_NOUN})\b(?![^“”\"]*\b(?:wrote|writes|said|says|told|added)\b)"
    # ("X's answer, when I asked how …, was characteristically short:": when it was given)
    r"(?:,\s+(?:when|as|after)\s[^,“”\"]{1,140},)?[^“”\"]{0,90}:\s*$"
)
# "The message from the chief constable, Andrea Pike, was blunt: “…": the sender speaks.
_LEAD_FROM = compiled(
    r"\b[Tt]he\s+(?:same\s+|final\s+|first\s+)?(?P<verb>message|warning|verdict|answer|reply|"
    # ("The verdict of the party’s agent, Nigel Fairbrother, was blunt:")
    rf"response|plea|advice)\s+(?:from|of)\s+(?P<who>{_M})(?:,\s+(?P<app>[^,“”\"]{{2,80}}),)?"
    r"[^“”\"]{0,40}:\s*$"
)


_MANNER = (
    r"blunt|candid|clear|direct|emphatic|unequivocal|frank|forthright|succinct|"
    r"unapologetic|defiant|philosophical|unrepentant|adamant|more\s+measured|cautious"
)
# The noun or the manner word ends within this many characters of the colon: a cheap test
# first, as most colon leads name no one's words (the full patterns cost 60 µs a lead).
_NEAR_END = 260
_NOUN_NEAR_END = compiled(rf"\b(?:{_WORDS_NOUN})\b")
_MANNER_NEAR_END = compiled(rf"\b(?:{_MANNER})\b")


# "Asked whether …, its treasurer, Osagie Balogun, was blunt: “…": a manner of speaking
_LEAD_MANNER = compiled(
    rf"(?P<who>{_M}|(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,3}})"
    r"(?:,\s+(?P<app>[^,“”\"]{2,80}),)?\s+(?:was|is|were|are)\s+"
    r"(?:(?:more|less|very|equally|characteristically|typically|just\s+as)\s+)?"
    rf"(?P<verb>{_MANNER})"
    # "was blunt when asked about the debt limit at a Senate hearing on Tuesday:"
    r"(?:\s+(?:when|as|in|at|on|about)\b[^,“”\":]{0,100})?\s*:\s*$"
)


def owner_of_words(lead: str) -> Cue | None:
    """The cue of a lead ending in a colon that names whose words follow, if it does."""
    tail = lead.rstrip()[-_NEAR_END:]
    owner = _LEAD_POSSESSIVE.search(lead) if _NOUN_NEAR_END.search(tail) else None
    if owner:
        named = owner["who"]
        if named is None:  # "The 83-year-old’s explanation", "Her mother's message": "the
            # 83-year-old", "her mother", as a reason quotes them
            words = owner["kin"] or owner["role"]
            named = words[0].lower() + words[1:]
        who = re.sub(r"['’]s?$", "", named)
        who = {"her": "she", "his": "he"}.get(who.lower(), who)
        if valid_speaker(who):
            return Cue(who, owner["verb"], "possessive")
    manner = _LEAD_MANNER.search(lead) if _MANNER_NEAR_END.search(tail) else None
    if manner:
        who = name_in_appositive(manner["who"], manner["app"])[0]
        if valid_speaker(who):
            return Cue(who, "was " + manner["verb"], "lead")
    sender = _LEAD_FROM.search(lead) if "from" in lead or " of " in lead else None
    if sender:
        who = name_in_appositive(sender["who"], sender["app"])[0]
        if valid_speaker(who):
            return Cue(who, sender["verb"], "possessive")
    return None

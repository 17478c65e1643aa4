"""Leads in which the speaker calls the quoted words something: "what Gilbert called “a
perception problem”", "Early described it as “…”", "…, calling light rail “…”", "after Ms Kostic
accused it of “…”". The words are the caller's own (leads.py tries these with its other leads)."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.name_words import NOT_NAMES
from reader.core.attribution.pattern_cache import compiled

_CALLED = compiled(
    # (a closing comma: "what its chief executive, Amara Diallo, called", see called_lead)
    # ("a move its president, Khadija Benslimane, described as": the name in the aside)
    rf"\b(?!(?:What|Which)\s)(?P<who>{cues.MENTION})(?:\s*\([^()]{{1,30}}\))?(?:,\s+(?P<named>[^,“”\"]{{2,100}}),)?"
    r"(?P<closing>,)?\s+(?:(?:has|had|have|once|even|also|later|then|memorably|"
    r"famously|still|often|always|now|sometimes|usually|fondly|jokingly|affectionately)\s+)*"
    # ("She pronounced the sherry trifle ‘faintly heroic’")
    r"(?P<verb>called|calls|dubbed|dubs|termed|terms|labell?ed|branded|pronounced|pronounces|"
    r"(?:described|describes|introduced|introduces)(?=\s+(?:\w+\s+){0,2}as\b))"
    # ("branded the tax measure a “midnight deal”": a thing of up to three words, then "a")
    r"(?:\s+(?:it|them|him|her|this|that|these|those|the(?:\s+[\w-]+){1,3}?)(?:\s+an?)?"
    r"|(?<=,\scalled)\s+an?)?"  # ("what its chief executive, X, called a “…”")
    r"(?:\s+as)?\s*$"
)
# "…, after Ms Kostic accused it of “running a scare campaign”": the accuser's words
ACCUSED_OF = compiled(
    # ("Senator Patricia Holm of the committee, who accused Senator X of “…”": hers)
    # ("X, an opposition lawmaker on the finance committee, who on Tuesday accused …": past
    # an appositive and a day)
    # ("Legislator X of the DPP accused …": the member, not the party after his "of")
    rf"\b(?<!\bof\s)(?<!\bof\sthe\s)(?P<who>{cues.MENTION})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})?"
    r"(?:(?:\s+of\s+[^,;“”\"]{1,60})?"
    r"(?:,\s+(?:an?|the)\s+[^,;“”\"]{1,80})?,\s+who(?:\s+on\s+[A-Z][a-z]+day)?)?"
    # ("X, who lost Barnsley Dearne by 640 votes, accused …": an aside closed before the verb)
    r"(?:,\s+(?:an?|the|who|whose)\s+[^,;“”\"]{1,100},)?"
    r"\s+(?:(?:has|had|have|also|then|later|again|publicly|"
    r"repeatedly)\s+)*(?P<verb>accused|accuses)\s+(?:[^,;“”\"]{1,60}?\s+)?of\s*$"
)
# `_CALLED`'s verb is one of the lead's last six words ("branded the tax measure a"): a word test
# rules most leads out before the pattern tries a mention at every word.
# "what its chief executive, …, called", "a move its president, …, described as"
_WHAT_BEFORE = compiled(r"\b(?:what|which|a|an)\s+(?:[a-z]+\s+){0,2}$")
_CALLED_VERBS = frozenset(
    "called calls dubbed dubs termed terms labeled labelled branded described describes "
    "pronounced pronounces introduced introduces".split()
)
# "Last Sunday he went further than ever, calling light rail “…”": the clause's subject calls it
_CALLING = compiled(
    # ("went further, publicly describing it as": how, then the verb)
    r"^(?P<main>[^“”\"]{3,200}?),\s+(?:(?:publicly|openly|even|effectively|repeatedly)\s+)?"
    r"(?P<verb>calling|dubbing|labell?ing|branding|terming|"
    r"describing|dismissing(?=.*\sas\s*$))\s+(?:[^,;“”\"]{1,60}?\s+)??(?:as\s+)?$"
)
# "…, with its secretary general, Félicité Aka, dismissing the sum as “…”": the one named
_WITH_CALLING = compiled(
    r"\bwith\s+(?:(?:the|his|her|its|their)\s+[^,“”\"]{1,60},\s+)?"
    rf"(?P<who>{cues.PERSON}),?\s+(?P<verb>calling|dubbing|labell?ing|branding|terming|"
    r"describing|dismissing)\s+(?:[^,;“”\"]{1,60}?\s+)??as\s+$"
)
CALLING_LEAD = 300  # characters: a longer lead is no one clause and its subject
_CALLING_VERBS = frozenset(
    "calling dubbing labeling labelling branding terming describing dismissing".split()
)
# every verb of a "called" or a "calling" lead (embedded.py: such a cue outranks a report)
CALLER_VERBS = _CALLED_VERBS | _CALLING_VERBS
_CAPITALISED = compiled(r"[A-Z][\w’'.-]*")
_PRONOUNS = frozenset(["he", "she", "they"])


def calling_lead(tail: str) -> tuple[str, str, str] | None:
    """ "X did something, calling it “…”": the subject of the clause, if it is a name, or a
    pronoun with no one else named in the clause (whom it might mean instead)."""
    if _CALLING_VERBS.isdisjoint(tail.split()[-5:]):
        return None
    with_calling = _WITH_CALLING.search(tail) if "with " in tail else None
    if with_calling is not None:
        return with_calling["who"], with_calling["verb"], "calling"
    calling = _CALLING.match(tail)
    if calling is None:
        return None
    clause = _main_clause(calling["main"].split(", "))
    words = clause.split()
    while words and words[0] in NOT_NAMES and words[0].lower() not in _PRONOUNS:
        words = words[1:]  # "Last Sunday he", "Then Bellamy"
    if not words:
        return None
    if words[0].lower() in _PRONOUNS:
        named_later = any(w not in NOT_NAMES for w in _CAPITALISED.findall(" ".join(words[1:])))
        return None if named_later else (words[0], calling["verb"], "calling")
    name = []
    for word in words:
        if not word[:1].isupper() or word in NOT_NAMES:
            break
        name.append(word)
    return (" ".join(name), calling["verb"], "calling") if name else None


def _main_clause(parts: list[str]) -> str:
    """The clause after an opening one ("In a press conference, Trump launched …")."""
    for part in parts:
        first = part.split(None, 1)[0] if part.strip() else ""
        if first and first not in NOT_NAMES:
            return part
    return parts[-1]


def called_lead(tail: str) -> re.Match[str] | None:
    """`_CALLED.search(tail)`, skipped when no verb of its ends the tail."""
    if _CALLED_VERBS.isdisjoint(tail.split()[-6:]):
        return None
    match = _CALLED.search(tail)
    if match and match["closing"] and not _WHAT_BEFORE.search(tail, 0, match.start("who")):
        return None  # "Its founder, Amara Diallo, called “…” by her staff": a participle
    return match


CALLED_REACH = 200  # characters of a lead that a "called" cue reads

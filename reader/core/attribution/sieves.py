"""Cue sieves: the attribution next to a quote ("Osei said", "said Ito of ...", "As Park puts it").

Each sieve looks at one side of the quote inside its sentence and returns a `Cue`: the words that
name the speaker (unresolved), the reporting verb, a venue and a description if the cue gives them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.attribution import cues

_M = cues.MENTION
_APPOSITIVE = r"(?:,\s+(?P<app>[^,“”\"]{2,90}?),)?"
_VENUE_TAIL = rf"(?:\s+(?P<venue>{cues.VENUE}))?(?:\s+(?P<stmt>{cues.STATEMENT_VENUE}))?"
_TRAILER_NAME_FIRST = re.compile(
    rf"^[\s,—–-]*(?P<who>{_M}){_APPOSITIVE}\s+{cues.ADVERB}(?P<verb>{cues.SPEECH_VERB})\b"
    rf"(?:\s+(?P<venue>{cues.VENUE}))?(?P<rest>.*)$",
    re.DOTALL,
)
_TRAILER_VERB_FIRST = re.compile(
    rf"^[\s,—–-]*(?P<verb>{cues.SPEECH_VERB})\s+(?P<who>{_M})(?P<rest>.*)$", re.DOTALL
)
_LEAD_AS = re.compile(
    rf"\b[Aa]s\s+(?P<who>{_M})\s+(?P<verb>puts?|put|says|said|wrote|writes|noted|notes|explains|"
    rf"explained|observed|observes)(?:\s+it)?(?:\s+[^,]{{0,40}})?,\s*$"
)
_LEAD_ACCORDING = re.compile(rf"\b[Aa]ccording\s+to\s+(?P<who>{_M})\s*,?\s*$")
_LEAD_WORDS = re.compile(rf"\b[Ii]n\s+(?P<who>{cues.NAME})['’]s?\s+(?:own\s+)?words\s*,\s*$")
_LEAD_SAID = re.compile(
    rf"(?:^|[,;—–]\s*|\b(?:and|but|while|when|as|after|before)\s+)(?P<who>{_M}){_APPOSITIVE}"
    rf"(?:\s+(?:also|then|later|once|has|had|have|would|will|was|is|later|again))*"
    rf"\s+{cues.ADVERB}(?P<verb>{cues.SPEECH_VERB})\b{_VENUE_TAIL}(?P<rest>[^“”\"]*)$"
)
_DESCRIPTION_AFTER_NAME = re.compile(
    r"^\s*(?:,\s+(?P<app>[^,;.“”\"]{3,120}?(?:\s+(?:of|at|for|in)\s+[^,;“”\"]+?)?)\s*(?:[,;.]|$)"
    r"|\s+(?P<of>(?:of|from|at)\s+(?:the\s+)?[A-Z][^,;.“”\"]*?)\s*(?:[,;.]|$))"
)
_TOLD_IN_REST = re.compile(rf"^\s+(?:told|to)\s+(?P<venue>{cues.VENUE})")
_STATEMENT_IN_REST = re.compile(rf"\s(?P<stmt>{cues.STATEMENT_VENUE})")


@dataclass(frozen=True, slots=True)
class Cue:
    who: str
    verb: str
    rule: str  # "trailer", "trailer-inverted", "lead", "as-puts-it", "according-to", "in-words"
    venue: str | None = None
    description: str | None = None
    statement: str | None = None


def cue_after(trailer: str) -> Cue | None:
    """`“…,” Osei said` / `“…,” said Ito of the Lowy Institute` / `“…,” she told Reuters`."""
    match = _TRAILER_VERB_FIRST.match(trailer)
    if match and not _is_pronoun(match["who"]):
        rest = match["rest"]
        return Cue(
            match["who"],
            match["verb"],
            "trailer-inverted",
            venue=_venue_in(rest),
            description=_description_after(rest),
            statement=_statement_in(rest),
        )
    match = _TRAILER_NAME_FIRST.match(trailer)
    if match:
        venue = match["venue"] if match["verb"] in {"told", "tells"} else None
        return Cue(
            match["who"],
            match["verb"],
            "trailer",
            venue=venue or _venue_in(match["rest"]),
            description=_clean(match["app"]),
            statement=_statement_in(match["rest"]),
        )
    return None


def cue_before(lead: str) -> Cue | None:
    """`Osei said, “…` / `As Park puts it, “…` / `According to Ito, “…` / `Osei told me that “…`."""
    for pattern, rule in (
        (_LEAD_AS, "as-puts-it"),
        (_LEAD_ACCORDING, "according-to"),
        (_LEAD_WORDS, "in-words"),
    ):
        match = pattern.search(lead)
        if match:
            verb = match.groupdict().get("verb") or "said"
            return Cue(match["who"], verb, rule)
    match = _LEAD_SAID.search(lead)
    if match is None:
        return None
    venue = match["venue"] if match["verb"] in {"told", "tells"} else None
    return Cue(
        match["who"],
        match["verb"],
        "lead",
        venue=venue,
        description=_clean(match["app"]),
        statement=_clean(match["stmt"]),
    )


def _venue_in(rest: str) -> str | None:
    match = _TOLD_IN_REST.match(rest)
    return match["venue"] if match else None


def _statement_in(rest: str) -> str | None:
    match = _STATEMENT_IN_REST.search(rest)
    return _clean(match["stmt"]) if match else None


def _description_after(rest: str) -> str | None:
    match = _DESCRIPTION_AFTER_NAME.match(rest)
    if not match:
        return None
    text = match["app"] or match["of"]
    if not text or re.match(rf"(?:{cues.SPEECH_VERB}|told|to|in|on|adding)\b", text):
        return None
    return _clean(text)


def _is_pronoun(word: str) -> bool:
    return word.lower() in {"he", "she", "they"}


def _clean(text: str | None) -> str | None:
    return " ".join(text.split()).strip(" ,") if text else None

"""The agent of a passive verb of naming around a quote: "The measure was called “long overdue”
by Rep. Helen Castellano"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_names import valid_speaker, whole_name
from reader.core.attribution.pattern_cache import compiled

# "The measure was called “long overdue” by Rep. Helen Castellano": a passive verb before the
# quote, its agent after it
_PASSIVE_LEAD = compiled(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:called|branded|labell?ed|dubbed|termed|"
    # "was dismissed on Tuesday as “…” by X"
    r"(?:described|hailed|denounced|critici[sz]ed|slammed|dismissed|derided|condemned|praised)"
    # ("has been branded a ‘white elephant’ by X": an article before the quote)
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s+as"
    r"|accused\s+of)(?:\s+(?:an?|the))?\s*$"  # "have been accused of “…” by X"
)
# ("described as ‘a game-changer’ for the town’s boatbuilders by X": what it is for, first)
_BY_AGENT = compiled(
    rf"^\s*(?:(?:for|to|in)\s+[^,;:“”\"]{{1,60}}?\s+)?by\s+(?P<who>{cues.MENTION})"
)
# "was hailed by Rotherby’s MP, Louise Gedge, as “…”": the agent before the quote
_NAMED_BY = (
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:hailed|described|dismissed|praised|"
    r"derided|condemned|denounced|critici[sz]ed|branded|labell?ed|called|dubbed)\s+by\s+"
)
_AGENT_IN_LEAD = compiled(
    rf"{_NAMED_BY}(?:[^,“”\"]{{1,60}},\s+)?(?P<who>{cues.MENTION}),?\s+as(?:\s+an?)?\s*$"
)

# "was dismissed by Sir Anthony Vellacott, chairman of the …, as ‘…’": the name, then its role
_AGENT_NAMED_FIRST = compiled(
    rf"{_NAMED_BY}(?P<who>{cues.PERSON}),\s+[^,“”\"]{{1,100}},\s+as(?:\s+an?)?\s*$"
)


def passive_agent(lead: str, trailer: str) -> Cue | None:
    """The agent of a passive verb of naming around the quote, if the sentence has one."""
    tail = lead[-160:]  # (most leads hold no "by": the pattern is not tried on them)
    before = (
        _AGENT_NAMED_FIRST.search(tail) or _AGENT_IN_LEAD.search(tail) if "by" in tail else None
    )
    if before and valid_speaker(before["who"]):
        return Cue(before["who"], "called", "passive-agent")
    passive = _PASSIVE_LEAD.search(lead[-60:])
    agent = _BY_AGENT.match(trailer) if passive else None
    if passive is None or agent is None or not valid_speaker(agent["who"]):
        return None
    # ("by Legislative Council member Elaine Chiu Hoi-lam": the name after the body's)
    who, _ = whole_name(agent["who"], trailer[agent.end() :])
    return Cue(who, "accused" if "accused" in passive.group() else "called", "passive-agent")


# "Calling the past year “…,” Maj. Gen. Ronen Golani handed over command": the participle's
# subject is the sentence's, named right after the quote
_FRONTED_CALLING = compiled(
    r"^\s*(?:Calling|Describing|Branding|Labell?ing|Terming|Dubbing)\s+[^“”\",]{1,60}?"
    r"(?:\s+as)?\s*$"
)
_SUBJECT_NEXT = compiled(rf"^[,\s]+(?P<who>{cues.PERSON})(?=\s+[a-z]+(?:ed|s)\b)")


def fronted_caller(lead: str, trailer: str) -> Cue | None:
    """The subject after a quote that an opening "Calling …" or "Describing … as" names."""
    if not _FRONTED_CALLING.match(lead) or (subject := _SUBJECT_NEXT.match(trailer)) is None:
        return None
    verb = lead.split(None, 1)[0].lower().removesuffix("ing")
    return Cue(subject["who"], "called" if verb == "call" else f"{verb}ed", "fronted-call")

"""The agent of a passive verb of naming around a quote: "The measure was called “long overdue”
by Rep. Helen Castellano"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_names import name_before_comma, valid_speaker
from reader.core.attribution.pattern_cache import compiled

# "The measure was called “long overdue” by Rep. Helen Castellano": a passive verb before the
# quote, its agent after it
_PASSIVE_LEAD = compiled(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(?:called|described\s+as|branded|"
    r"labell?ed|dubbed|hailed\s+as|denounced\s+as|critici[sz]ed\s+as|slammed\s+as|termed)\s*$"
)
_BY_AGENT = compiled(rf"^\s*by\s+(?P<who>{cues.MENTION})")


def passive_agent(lead: str, trailer: str) -> Cue | None:
    """The agent of a passive verb of naming around the quote, if the sentence has one."""
    agent = _BY_AGENT.match(trailer) if _PASSIVE_LEAD.search(lead[-60:]) else None
    if agent is None or not valid_speaker(agent["who"]):
        return None
    return Cue(name_before_comma(agent["who"]), "called", "passive-agent")

"""Where words were said: "told Reuters", "told the paper" (the outlet named earlier), "told me"."""

from __future__ import annotations

import re

from reader.core.attribution.cast import Cast
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import Cue

_OUTLET_REF = compiled(
    r"^(?:[Tt]he|[Tt]his)\s+(?:paper|newspaper|magazine|outlet|station|broadcaster|network|"
    r"channel)$"
)


_NOT_PAPERS = {
    "Reuters",
    "Bloomberg",
    "AP",
    "AFP",
    "BBC",
    "CNN",
    "NPR",
    "Radio",
    "Television",
    "TV",
    "Press",
    "Wire",
}


def resolve_venue(cue: Cue, cast: Cast, at: int) -> str | None:
    venue = cue.venue
    if venue is None:
        return None
    venue = " ".join(venue.split())
    if venue in {"me", "us"}:
        return "me"
    if _OUTLET_REF.match(venue):
        return _outlet_before(cast, at, venue) or venue
    bare = re.sub(r"^the\s+(?=[A-Z])", "", venue)
    return cast.canonical(bare) or bare


def outlet_referred_to(cast: Cast, at: int, words: str) -> str | None:
    """ "The channel said …" after Velvet TV was named: Velvet TV."""
    return _outlet_before(cast, at, words.lower()) if _OUTLET_REF.match(words) else None


def _outlet_before(cast: Cast, at: int, reference: str) -> str | None:
    """The outlet "the paper" points back to: a newspaper named earlier, not a wire or station."""
    outlets = [e for e in cast.entities.values() if e.kind == "outlet" and e.first_seen < at]
    if "paper" in reference:
        outlets = [e for e in outlets if e.name.split()[-1] not in _NOT_PAPERS] or outlets
    return max(outlets, key=lambda e: e.first_seen).name if outlets else None

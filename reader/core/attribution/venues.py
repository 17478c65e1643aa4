"""Where words were said: "told Reuters", "told the paper" (the outlet named earlier), "told me"."""

from __future__ import annotations

import re

from reader.core.attribution.mentions import Cast
from reader.core.attribution.sieves import Cue

_OUTLET_REF = re.compile(
    r"^(?:the|this)\s+(?:paper|newspaper|magazine|outlet|station|broadcaster|network)$"
)


def resolve_venue(cue: Cue, cast: Cast, at: int) -> str | None:
    venue = cue.venue
    if venue is None:
        return None
    venue = " ".join(venue.split())
    if venue in {"me", "us"}:
        return "me"
    if _OUTLET_REF.match(venue):
        return _outlet_before(cast, at) or venue
    bare = re.sub(r"^the\s+(?=[A-Z])", "", venue)
    return cast.canonical(bare) or bare


def _outlet_before(cast: Cast, at: int) -> str | None:
    outlets = [e for e in cast.entities.values() if e.kind == "outlet" and e.first_seen < at]
    return max(outlets, key=lambda e: e.first_seen).name if outlets else None

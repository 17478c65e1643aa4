"""Posts signed by an account's handle: "“…,” @BudTillotson posted at 11:42 p.m." is the post of
the one person the article names whose surname the handle holds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.attribution.cue import Cue
from reader.core.attribution.pattern_cache import compiled

_HANDLE_TRAILER = compiled(
    r"^[\s,—–-]*(?P<who>@\w{2,30})\s+(?P<verb>posted|tweeted|wrote|said|replied|added)\b"
)


def handle_trailer(trailer: str) -> Cue | None:
    """ "@BudTillotson posted" right after a quote."""
    match = _HANDLE_TRAILER.match(trailer)
    return Cue(match["who"], match["verb"], "trailer") if match else None


def person_of_handle(handle: str, people: Iterable[str]) -> str | None:
    """The one person whose surname the handle holds ("@BudTillotson": Buford Tillotson)."""
    lowered = handle.lower()
    found = [name for name in people if _letters(name.split()[-1]) in lowered]
    return found[0] if len(found) == 1 else None


def _letters(word: str) -> str:
    return re.sub(r"[^a-z]", "", word.lower()) or "\0"

"""A cue: the words next to a quote that name its speaker, as the sieves found them."""

from __future__ import annotations

from dataclasses import dataclass


# Never changed once made, but not frozen: a frozen dataclass is 4x slower to make (see
# marks.MarkedSpan); unsafe_hash keeps the hash a frozen one has.
@dataclass(slots=True, unsafe_hash=True)
class Cue:
    who: str
    verb: str
    rule: str  # which pattern found it: a key of reasons._RULES ("trailer", "lead", "label", ...)
    venue: str | None = None
    description: str | None = None
    statement: str | None = None

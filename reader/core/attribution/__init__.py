"""The attribution engine: quotes, their kinds and speakers, reported speech.

`attribute` is loaded on first use: the engine compiles many large patterns when imported, and
modules that only need the cue vocabulary (sentence splitting reads `cues`) should not pay that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.attribution.engine import attribute

__all__ = ["attribute"]


def __getattr__(name: str) -> Any:
    if name == "attribute":
        from reader.core.attribution.engine import attribute

        return attribute
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

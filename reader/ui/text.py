"""Text helpers for display: the core's `safe_text`, and short single-line excerpts."""

from __future__ import annotations

from reader.core.safe import safe_text

__all__ = ["excerpt", "safe_text"]


def excerpt(text: str, limit: int = 60) -> str:
    """A single-line, safe excerpt of at most `limit` characters."""
    flat = " ".join(safe_text(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"

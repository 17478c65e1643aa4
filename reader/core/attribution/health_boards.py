"""Health boards named for their area: "NHS Loch Arden", "NHS Greater Glasgow and Clyde". The
names have no head word ("board", "trust") that the other body names end with; "NHS" opens them.
Not the last words of a longer name: "Pennock and Rillmouth Hospitals NHS Trust"."""

from __future__ import annotations

from reader.core.attribution.capitals import finditer_in_runs
from reader.core.attribution.pattern_cache import compiled

_NHS_BOARD = compiled(r"\bNHS(?:\s+(?:and\s+)?[A-Z][\w’'-]+){1,4}")
_NAME_BEFORE = compiled(r"[A-Z][\w’'-]*\s+$")


def health_boards(text: str) -> list[tuple[int, str]]:
    """(where, name) of every health board named "NHS <area>"."""
    return [
        (m.start(), m.group())
        for m in finditer_in_runs(_NHS_BOARD, text)
        if not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]

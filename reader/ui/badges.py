"""How fresh a link preview is, in words: "fetched just now", "cached 3 days ago",
"offline: cached 2 hours ago", "stale: cached 9 days ago", "not fetched: HTTP 404 Not Found".

Pure functions of the preview, the mode and the time: the clock is passed in (seconds since
the epoch, like `time.time`) so that tests can fix it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum

from reader.core.previews import Preview
from reader.core.resolver import OFFLINE
from reader.ui.text import safe_text

FETCHED_AT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"  # reader.core.fetch.now_iso: UTC, to the second
NOT_FETCHED = "not fetched"
FETCHING = "fetching…"
_UNITS = ((86400, "day"), (3600, "hour"), (60, "minute"))


class BadgeKind(Enum):
    FRESH = "fresh"  # fetched in this session
    CACHED = "cached"
    OFFLINE = "offline"  # from the cache because the network is not used
    STALE = "stale"  # older than the cache keeps things
    PENDING = "pending"  # a fetch is in flight
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Badge:
    text: str
    kind: BadgeKind


OFFLINE_MISS = Badge(f"{NOT_FETCHED}: {OFFLINE}", BadgeKind.OFFLINE)


def fetched_seconds(fetched_at: str | None) -> float | None:
    """Seconds since the epoch of a preview's `fetched_at`; None when missing or unreadable."""
    if not fetched_at:
        return None
    try:
        when = datetime.strptime(fetched_at, FETCHED_AT_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        try:
            when = datetime.fromisoformat(fetched_at)
        except ValueError:
            return None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def ago(seconds: float) -> str:
    """An age in words: "just now", "1 minute ago", "3 days ago" (whole units, rounded down)."""
    for size, unit in _UNITS:
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'s' * (count != 1)} ago"
    return "just now"


def error_badge(error: str) -> Badge:
    text = safe_text(" ".join(error.split()))
    return Badge(
        text if text.startswith(NOT_FETCHED) else f"{NOT_FETCHED}: {text}", BadgeKind.ERROR
    )


def badge(
    preview: Preview | None, *, now: float, days: float, offline: bool, pending: bool = False
) -> Badge:
    """The badge of a link: what is known of its page, and how old that is."""
    if preview is None:
        if pending:
            return Badge(FETCHING, BadgeKind.PENDING)
        return OFFLINE_MISS if offline else Badge(f"{NOT_FETCHED} yet", BadgeKind.PENDING)
    found = _known_badge(preview, now, days, offline)
    return Badge(f"{found.text}; fetching again…", BadgeKind.PENDING) if pending else found


def _known_badge(preview: Preview, now: float, days: float, offline: bool) -> Badge:
    if preview.error == OFFLINE:
        return OFFLINE_MISS  # not a failure: the network was not to be used
    if preview.error:
        return error_badge(preview.error)
    return _age_badge(preview, now, days, offline)


def _age_badge(preview: Preview, now: float, days: float, offline: bool) -> Badge:
    fetched = fetched_seconds(preview.fetched_at)
    age = max(0.0, now - fetched) if fetched is not None else None
    when = f" {ago(age)}" if age is not None else ""
    if not preview.from_cache:
        return Badge(f"fetched{when}", BadgeKind.FRESH)
    if age is not None and age > days * 86400:
        return Badge(f"stale: cached{when}", BadgeKind.STALE)
    if offline:
        return Badge(f"offline: cached{when}", BadgeKind.OFFLINE)
    return Badge(f"cached{when}", BadgeKind.CACHED)

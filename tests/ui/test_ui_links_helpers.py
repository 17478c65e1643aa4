"""The pure parts of links in the UI: badge wording and ages with a fixed clock, the clamped
description, where the link list says a link is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rich.console import Console
from rich.text import Text
from ui_links import FETCHED_AT, FIXED_URLS, NOW, links_analysis

from reader.core.previews import Preview
from reader.core.resolver import OFFLINE
from reader.ui.badges import BadgeKind, ago, badge, fetched_seconds
from reader.ui.link_previews import LinkPreviews
from reader.ui.link_text import Clamp, target_sentence, where
from reader.ui.navigation import Navigator

HOUR, DAY = 3600, 86400
FOUND = Preview("https://a.example/", title="A", fetched_at=FETCHED_AT)
FETCHED = fetched_seconds(FETCHED_AT) or 0.0


def test_fetched_at_is_read_as_utc() -> None:
    assert fetched_seconds("1970-01-02T00:00:00Z") == DAY
    assert fetched_seconds("1970-01-02T01:00:00+01:00") == DAY  # another ISO form
    assert fetched_seconds("yesterday") is None and fetched_seconds(None) is None


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "just now"),
        (59, "just now"),
        (60, "1 minute ago"),
        (7199, "1 hour ago"),
        (2 * HOUR, "2 hours ago"),
        (DAY, "1 day ago"),
        (3 * DAY + 5 * HOUR, "3 days ago"),
    ],
)
def test_ages_in_words(seconds: float, words: str) -> None:
    assert ago(seconds) == words


@pytest.mark.parametrize(
    ("preview", "age", "offline", "text", "kind"),
    [
        (FOUND, 30, False, "fetched just now", BadgeKind.FRESH),
        (replace(FOUND, from_cache=True), 3 * DAY, False, "cached 3 days ago", BadgeKind.CACHED),
        (
            replace(FOUND, from_cache=True),
            2 * HOUR,
            True,
            "offline: cached 2 hours ago",
            BadgeKind.OFFLINE,
        ),
        (
            replace(FOUND, from_cache=True),
            9 * DAY,
            False,
            "stale: cached 9 days ago",
            BadgeKind.STALE,
        ),
        (replace(FOUND, from_cache=True, fetched_at=None), 0, False, "cached", BadgeKind.CACHED),
        (
            Preview("u", error="HTTP 404 Not Found"),
            0,
            False,
            "not fetched: HTTP 404 Not Found",
            BadgeKind.ERROR,
        ),
        (
            Preview("u", error="not fetched: scheme file"),
            0,
            False,
            "not fetched: scheme file",
            BadgeKind.ERROR,
        ),
        (Preview("u", error=OFFLINE), 0, True, f"not fetched: {OFFLINE}", BadgeKind.OFFLINE),
        (None, 0, True, f"not fetched: {OFFLINE}", BadgeKind.OFFLINE),
        (None, 0, False, "not fetched yet", BadgeKind.PENDING),
    ],
)
def test_badges(
    preview: Preview | None, age: float, offline: bool, text: str, kind: BadgeKind
) -> None:
    found = badge(preview, now=FETCHED + age, days=7, offline=offline)
    assert (found.text, found.kind) == (text, kind)


def test_a_fetch_in_flight_says_so() -> None:
    assert badge(None, now=NOW, days=7, offline=False, pending=True).text == "fetching…"
    again = badge(replace(FOUND, from_cache=True), now=FETCHED, days=7, offline=False, pending=True)
    assert again.text == "cached just now; fetching again…"


def test_an_error_is_one_safe_line() -> None:
    found = badge(Preview("u", error="bad\x1b[31m\nthing"), now=NOW, days=7, offline=False)
    assert found.text == "not fetched: bad\ufffd[31m thing"


def test_a_long_description_is_cut_to_two_lines_with_an_ellipsis() -> None:
    console = Console(width=20, record=True, color_system=None)
    console.print(Clamp(Text("one two three four five six seven eight nine ten eleven"), 2))
    assert lines(console) == ["one two three four", "five six seven…"]
    console.print(Clamp(Text("one two three four five"), 2))
    assert lines(console) == ["one two three four", "five"]
    console.print(Clamp(Text("onetwothreefourfivesixseveneightnine"), 1))
    assert lines(console) == ["onetwothreefourfive…"]


def lines(console: Console) -> list[str]:
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_where_and_enter_go_for_each_kind_of_link() -> None:
    analysis = links_analysis(FIXED_URLS)
    navigator = Navigator(analysis)
    by_url = {link.url: link for link in LinkPreviews(analysis).links}
    plan, osei = by_url[FIXED_URLS.plan], by_url[FIXED_URLS.osei]
    assert (where(plan, navigator), target_sentence(plan, navigator)) == ("sentence 1", 0)
    assert where(osei, navigator) == "sources.toml"
    assert target_sentence(osei, navigator) == 1  # the speaker's first quote

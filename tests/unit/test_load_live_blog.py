"""A live blog copied from a browser: a "Key updates" list of its own headlines, a "Click to
refresh" notice, "Pinned", and each entry signed with a time stamp and a reporter's name."""

from __future__ import annotations

import textwrap

from reader.core.load import load_text
from reader.core.load.junk import line_junk

FIRST = (
    "Lt. Gov. Marisa Castellan claimed victory early Wednesday, telling a packed ballroom that "
    "voters had chosen to keep building."
)
SECOND = (
    "Mr. Whitlock, a Republican, has not conceded, and his campaign said it would wait for "
    "every ballot."
)
THIRD = (
    "The mood at the Whitlock party at the Elks Lodge has gone from loud to careful over the "
    "last hour."
)
PAGE = f"""The Ashford Courier-Ledger
Menu | News | Politics | Elections 2026 | Sports

LIVE
Governor’s race live updates: Castellan claims victory

By Priya Ramaswamy and Owen Falk
Published Nov. 3, 2026, 7:58 p.m. ET

Key updates
Castellan claims victory at downtown hotel
Whitlock won’t concede until mail ballots are in

3 new updates. Click to refresh.

Pinned
1:17 a.m.
Priya Ramaswamy

{FIRST}

{SECOND}

Copy link

12:48 a.m.
Owen Falk

{THIRD}

Load more updates
"""


def test_a_live_blog_keeps_its_entries_and_drops_their_stamps() -> None:
    article = load_text(PAGE, "live.txt")
    assert article.author == "Priya Ramaswamy and Owen Falk"
    assert article.text == "\n\n".join([FIRST, SECOND, THIRD])


def test_live_blog_furniture_lines() -> None:
    assert line_junk("9:42 p.m.") == "timestamp"
    assert line_junk("1:17 a.m. ET") == "timestamp"
    assert line_junk("3 new updates. Click to refresh.") == "banner"
    assert line_junk("Load more updates") == "navigation"
    assert line_junk("Pinned") == "navigation"
    assert line_junk("At 9:42 p.m. the polls closed.") is None


def test_time_stamps_with_their_zone_are_furniture() -> None:
    assert line_junk("08:05 CET") == "timestamp"
    assert line_junk("12:12 GMT") == "timestamp"
    assert line_junk("15:05 local time") == "timestamp"
    assert line_junk("09:40 EST") == "timestamp"


ENTRY = (
    "Morrowgate's goalkeeper saved two penalties in the shootout to win the County Cup for the "
    "first time since the club was founded, and the crowd poured onto the pitch at the end."
)
SCORED = (
    '"I have aged about ten years in the last half hour, I really have," goalkeeper Aidan '
    "Furlong said as he was mobbed by supporters in front of the main stand."
)


def test_a_score_line_over_an_entry_is_a_heading_of_its_own() -> None:
    heading = "FT: Morrowgate 3-3 Lindow Harriers (Morrowgate win 5-4 on penalties)"
    page = f"Cup final live\n\n{ENTRY}\n\n08:05 CET\n{heading}\n{SCORED}\n\n{ENTRY}\n"
    article = load_text(page, "live.txt")
    texts = [article.text[p.start : p.end] for p in article.paragraphs]
    assert texts == [ENTRY, heading, SCORED, ENTRY]


def test_a_wrapped_paragraph_stays_one_paragraph() -> None:
    wrapped = textwrap.fill(ENTRY + " " + ENTRY, width=60)  # its first line is a full one
    article = load_text(f"Cup final\n\n{wrapped}\n\n{wrapped}\n", "wrapped.txt")
    assert len(article.paragraphs) == 2

"""A live blog copied from a browser: a "Key updates" list of its own headlines, a "Click to
refresh" notice, "Pinned", and each entry signed with a time stamp and a reporter's name."""

from __future__ import annotations

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

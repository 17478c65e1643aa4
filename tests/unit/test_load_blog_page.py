"""A tech blog's page copied from a browser: a byline set out like a menu ("Name · date · 7 min
read"), a "Share this:" list of networks, and a tag list, around the article."""

from __future__ import annotations

from reader.core.load import load_text
from reader.core.load.junk import line_junk

PAGE = """Stackdrift
Home   News   Startups   Cloud   Security
Log in   Subscribe

CLOUD · INCIDENTS

Loomstack’s outage came down to one config flag

Theo Lindgren · March 12, 2026 · 7 min read

83 comments

Share this:
X (Twitter)
LinkedIn
Hacker News
Email

Loomstack has published its post-mortem for Monday’s outage.

The company said the fault began with a routine database job.

Share this:
X (Twitter)
Hacker News

Tags: incidents, Loomstack, outages, Postgres, post-mortems
"""


def test_a_blog_byline_with_its_date_gives_author_and_date() -> None:
    article = load_text(PAGE, "page.txt")
    assert article.title == "Loomstack’s outage came down to one config flag"
    assert (article.author, article.published) == ("Theo Lindgren", "2026-03-12")


def test_share_lists_and_tags_are_not_the_article() -> None:
    article = load_text(PAGE, "page.txt")
    assert article.text == (
        "Loomstack has published its post-mortem for Monday’s outage.\n\n"
        "The company said the fault began with a routine database job."
    )


def test_share_and_tag_lines_are_junk_but_sentences_about_them_are_not() -> None:
    assert line_junk("Share this:") == "share"
    assert line_junk("X (Twitter)") == "share"
    assert line_junk("Tags: incidents, Loomstack, outages") == "tags"
    assert line_junk("Tags: the company said it would stop tagging users.") is None
    assert line_junk("Home · News · Sport") == "menu"


def test_a_broadsheet_header_headline_standfirst_name_and_date() -> None:
    page = (
        "Cladding installer was warned panels failed fire test, inquiry hears\n\n"
        "Third week of hearings into the fire that killed nine people turns to the company that "
        "fitted the tower’s panels\n\n"
        "Helena Marchbank\n"
        "Thu 12 Mar 2026 18.22 GMT\n\n"
        "A cladding installer was sent a laboratory report showing that the panels had failed a "
        "fire test.\n"
    )
    article = load_text(page, "inquiry.txt")
    assert article.title == "Cladding installer was warned panels failed fire test, inquiry hears"
    assert (article.author, article.published) == ("Helena Marchbank", "2026-03-12")
    assert article.text.startswith("Third week of hearings")

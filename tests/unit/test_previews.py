"""What a page says about itself: og tags first, then <title>, meta description, first paragraph."""

from __future__ import annotations

from reader.core.fetch import Fetched
from reader.core.previews import MAX_DESCRIPTION, Preview, page_facts, preview_of

OG_PAGE = """<!doctype html><html><head>
<title>Plain title | Site</title>
<meta property="og:title" content="The OG title">
<meta property="og:description" content="What the page is about.">
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="description" content="The plain description.">
</head><body><p>First paragraph.</p></body></html>"""

PLAIN_PAGE = """<html><head><title>
  Plain   title </title><meta name="Description" content="The plain description.">
</head><body><nav><p>Menu</p></nav><p>First paragraph.</p></body></html>"""


def test_og_tags_win() -> None:
    facts = page_facts(OG_PAGE.encode())
    assert facts.title == "The OG title"
    assert facts.description == "What the page is about."
    assert facts.site_name == "The Harbour Gazette"


def test_title_and_meta_description_without_og() -> None:
    facts = page_facts(PLAIN_PAGE.encode())
    assert facts.title == "Plain title"
    assert facts.description == "The plain description."
    assert facts.site_name is None


def test_first_paragraph_outside_the_furniture_when_nothing_else() -> None:
    page = "<html><body><header><p>Subscribe</p></header><p></p><p>The  story\nbegins.</p>"
    facts = page_facts(page.encode())
    assert facts.title is None and facts.description == "The story begins."


def test_the_declared_charset_is_used() -> None:
    page = "<title>Café Zürich</title>".encode("latin-1")
    assert page_facts(page, "iso-8859-1").title == "Café Zürich"
    assert page_facts("<title>Café</title>".encode()).title == "Café"


def test_long_descriptions_are_cut_at_a_word() -> None:
    page = f'<meta name="description" content="{"word " * 200}">'
    description = page_facts(page.encode()).description
    assert description is not None and description.endswith("word…")
    assert len(description) <= MAX_DESCRIPTION + 1


def test_garbage_and_empty_bodies_give_empty_facts() -> None:
    assert page_facts(b"\x89PNG\r\n\x1a\n\x00\x00\x00") == page_facts(b"")
    assert page_facts(b"").title is None


def test_a_preview_falls_back_to_the_host_for_the_site_name() -> None:
    fetched = Fetched(
        "http://a.example/x",
        "https://www.b.example/y",
        200,
        "text/html",
        "utf-8",
        PLAIN_PAGE.encode(),
        "2026-12-01T10:00:00Z",
    )
    preview = preview_of(fetched)
    assert preview.site_name == "www.b.example" and preview.title == "Plain title"
    assert preview.final_url == "https://www.b.example/y" and preview.ok


def test_non_html_gets_its_content_type_and_no_title() -> None:
    fetched = Fetched("http://a.example/f.pdf", "http://a.example/f.pdf", 200, "application/pdf")
    preview = preview_of(fetched)
    assert preview.ok and preview.title is None and preview.content_type == "application/pdf"


def test_a_failed_fetch_keeps_its_error() -> None:
    preview = preview_of(Fetched("http://a.example/", "http://a.example/", error="timed out"))
    assert preview.error == "timed out" and not preview.ok


def test_the_stored_form_round_trips_and_ignores_unknown_keys() -> None:
    preview = Preview("http://a.example/", title="A", status=200)
    assert Preview.from_json(preview.to_json()) == preview
    assert Preview.from_json('{"url": "http://a.example/", "later": 1}').url == "http://a.example/"

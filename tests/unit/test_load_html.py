"""HTML loader: main content only, metadata, block quotes, links with spans, fallbacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.load import LoadError, load_path, load_text
from reader.core.model import Article, ParagraphKind

DATA = Path(__file__).resolve().parents[1] / "data" / "load"
PAGE = (DATA / "page.html").read_text(encoding="utf-8")
BODY, HEADING, QUOTE = ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BLOCKQUOTE


def _paragraphs(article: Article) -> list[tuple[ParagraphKind, str]]:
    return [(p.kind, article.paragraph_text(p)) for p in article.paragraphs]


def test_page_metadata() -> None:
    article = load_path(DATA / "page.html")
    assert article.title == "Harbour town votes to rebuild its sea wall"
    assert article.author == "Mira Castellane"
    assert article.published == "2026-03-03"


def test_page_main_content_only() -> None:
    article = load_path(DATA / "page.html")
    assert [(kind, text[:45]) for kind, text in _paragraphs(article)] == [
        (BODY, "Councillors in Porthaven voted on Tuesday eve"),
        (BODY, "The new wall will be two metres higher than t"),
        (HEADING, "A narrow majority"),
        (BODY, "The motion passed by nine votes to seven afte"),
        (QUOTE, "We have patched this wall for thirty years an"),
        (BODY, "Harbourmaster Tomas Eriksen, who spoke in fav"),
        (BODY, "Work is expected to begin in September and to"),
    ]
    assert article.paragraph_text(article.paragraphs[4]) == (
        "We have patched this wall for thirty years and every storm takes a little more of it away."
    )
    assert "\n\n".join(text for _, text in _paragraphs(article)) == article.text


@pytest.mark.parametrize(
    "junk",
    [
        "We use cookies",
        "Accept all cookies",
        "Manage preferences",
        "The Porthaven Gazette",
        "Subscribe",
        "Opinion",
        "By Mira",
        "Share on",
        "Copy link",
        "Sign up",
        "inbox",
        "Related stories",
        "Storm damage bill",
        "Fishing families fear",
        "Quay Street",
        "All rights reserved",
        "About us",
        "Privacy",
    ],
)
def test_page_furniture_is_absent(junk: str) -> None:
    assert junk not in load_path(DATA / "page.html").text


def test_page_links_are_absolute_with_exact_spans() -> None:
    article = load_path(DATA / "page.html")
    assert [(link.url, link.text) for link in article.links] == [
        ("https://gazette.example/news/2025/sea-wall-debate", "a debate that lasted two winters"),
        ("https://coast.example/report.pdf", "coastal engineering report"),
    ]
    for link in article.links:
        assert article.text[link.start : link.end] == link.text


def test_relative_links_resolve_against_base_href_path() -> None:
    page = PAGE.replace(
        '<link rel="canonical" href="https://gazette.example/news/2026/03/sea-wall">',
        '<base href="https://mirror.example/archive/2026/">',
    ).replace('href="/news/2025/sea-wall-debate"', 'href="older/sea-wall-debate.html"')
    article = load_text(page, "page.html")
    assert article.links[0].url == "https://mirror.example/archive/2026/older/sea-wall-debate.html"


def test_relative_links_stay_relative_without_a_base() -> None:
    page = PAGE.replace(
        '<link rel="canonical" href="https://gazette.example/news/2026/03/sea-wall">', ""
    )
    article = load_text(page, "saved.html")
    assert article.links[0].url == "/news/2025/sea-wall-debate"
    assert article.text[article.links[0].start : article.links[0].end] == (
        "a debate that lasted two winters"
    )


def test_link_inside_a_blockquote_keeps_its_span() -> None:
    page = PAGE.replace(
        "every storm takes a little more of it away.",
        'every <a href="https://storms.example/log">storm</a> takes a little more of it away.',
    )
    article = load_text(page, "page.html")
    link = next(link for link in article.links if link.url == "https://storms.example/log")
    assert article.text[link.start : link.end] == "storm"
    quote = next(p for p in article.paragraphs if p.kind == QUOTE)
    assert quote.start <= link.start < link.end <= quote.end


def test_fallback_reads_paragraphs_when_trafilatura_finds_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *args, **kwargs: None)
    article = load_path(DATA / "page.html")
    texts = [article.paragraph_text(p) for p in article.paragraphs]
    assert texts[0].startswith("Councillors in Porthaven voted")
    assert any(p.kind == QUOTE for p in article.paragraphs)
    assert "Opinion" not in article.text  # the nav is skipped
    assert "All rights reserved" not in article.text  # so is the footer
    assert article.title == "Harbour town votes to rebuild its sea wall"
    debate = next(link for link in article.links if "sea-wall-debate" in link.url)
    assert article.text[debate.start : debate.end] == "a debate that lasted two winters"


def test_page_without_any_text_is_an_error() -> None:
    with pytest.raises(LoadError, match=r"^blank\.html: no readable text$"):
        load_text("<!doctype html><html><head></head><body><div></div></body></html>", "blank.html")


def test_a_byline_paragraph_left_in_the_content_becomes_the_author() -> None:
    first = " ".join(["The ferry sailed again on Monday morning after three days in port."] * 3)
    second = " ".join(["Passengers queued on the quay from six o'clock to get a seat."] * 3)
    page = (
        "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns</h1>"
        '<p>By <a href="/staff/jane-doe">Jane Doe</a></p>'
        f"<p>{first}</p><p>{second}</p></article></body></html>"
    )
    article = load_text(page, "ferry.html")
    assert article.title == "Ferry returns"
    assert article.author == "Jane Doe"
    assert article.text == f"{first}\n\n{second}"
    assert article.links == []


def _page(content: str) -> str:
    filler = " ".join(["The council met again on Tuesday to vote on the harbour plan."] * 4)
    return f"<html><body><article><p>{filler}</p>{content}<p>{filler} Then it ended.</p>"


def test_a_quote_credit_in_a_footer_stays_with_the_quote() -> None:
    article = load_text(
        _page(
            "<blockquote><p>We will rebuild it, stone by stone, if we have to.</p>"
            "<footer>— Mayor Ada Brandt, before the vote</footer></blockquote>"
        ),
        "x.html",
    )
    quotes = [article.paragraph_text(p) for p in article.paragraphs if p.kind == QUOTE]
    assert quotes == [
        "We will rebuild it, stone by stone, if we have to.",
        "— Mayor Ada Brandt, before the vote",
    ]


def test_a_pull_quote_in_a_figure_survives_with_its_caption_and_cite() -> None:
    article = load_text(
        _page(
            '<figure class="pullquote"><blockquote><p>The sea does not wait for budgets.</p>'
            "<cite>Harbourmaster Tomas Eriksen</cite></blockquote></figure>"
            "<figure><blockquote><p>Nobody asked the fishermen.</p></blockquote>"
            "<figcaption>— Lena Brandt</figcaption></figure>"
        ),
        "x.html",
    )
    quotes = [article.paragraph_text(p) for p in article.paragraphs if p.kind == QUOTE]
    assert quotes == [
        "The sea does not wait for budgets.",
        "Harbourmaster Tomas Eriksen",
        "Nobody asked the fishermen.",
        "— Lena Brandt",
    ]


def test_an_html_fragment_loads() -> None:
    article = load_text(
        '<p>One <a href="https://a.example/">linked</a> line.</p><p>Two.</p>', "x.html"
    )
    assert article.text == "One linked line.\n\nTwo."
    (link,) = article.links
    assert (link.url, article.text[link.start : link.end]) == ("https://a.example/", "linked")

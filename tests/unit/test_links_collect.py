"""Which links an analysed article has: its anchors and its speakers' registry urls."""

from __future__ import annotations

from pathlib import Path

from reader.core.links import collect_links, normalise
from reader.core.model import (
    Analysis,
    Article,
    Link,
    Paragraph,
    ParagraphKind,
    Quote,
    QuoteKind,
    Sentence,
    SourceEntry,
    Speaker,
)
from reader.core.pipeline import analyse_path

ROOT = Path(__file__).resolve().parents[2]


def article_with_links(source: str, links: list[tuple[str, str]]) -> Analysis:
    """One sentence per link: "See <anchor>."; the anchor is the link's span."""
    sentences, spans, parts, at = [], [], [], 0
    for i, (_url, anchor) in enumerate(links):
        text = f"See {anchor}."
        sentences.append(Sentence(i, i, at, at + len(text), text))
        spans.append(Link(_url, at + 4, at + 4 + len(anchor), anchor))
        parts.append(text)
        at += len(text) + 2
    paragraphs = [Paragraph(s.id, ParagraphKind.BODY, s.start, s.end) for s in sentences]
    article = Article(source, "\n\n".join(parts), paragraphs, spans)
    return Analysis(article, sentences, [], [])


def test_markdown_links_keep_their_text_and_sentences() -> None:
    analysis = analyse_path(str(ROOT / "articles" / "water-pact.md"))
    links = collect_links(analysis)
    article_links = [link for link in links if link.texts]
    assert [link.url for link in article_links] == [link.url for link in analysis.article.links]
    first = article_links[0]
    assert first.texts == ("Sarn River Water-Sharing Agreement",)
    sentence = analysis.sentences[first.sentence_ids[0]]
    assert "Sarn River Water-Sharing Agreement" in sentence.text


def test_registry_urls_of_quoted_speakers_are_links() -> None:
    analysis = analyse_path(str(ROOT / "articles" / "harbour-strike.txt"))
    links = {link.url: link for link in collect_links(analysis)}
    vance = links["https://example.org/people/teodora-vance"]
    assert vance.speakers == ("Teodora Vance",) and vance.texts == ()
    quoted = {
        sid for q in analysis.quotes if q.speaker == "Teodora Vance" for sid in q.sentence_ids
    }
    assert set(vance.sentence_ids) == quoted


def test_only_speakers_present_bring_their_urls() -> None:
    analysis = article_with_links("a.md", [])
    analysis.registry["Nobody Here"] = SourceEntry("Nobody Here", url="https://example.org/n")
    assert collect_links(analysis) == []
    analysis.speakers.append(Speaker("Nobody Here", quote_ids=[0]))
    analysis.quotes.append(Quote(0, QuoteKind.DIRECT, 0, 1, "x", [0], speaker="Nobody Here"))
    (link,) = collect_links(analysis)
    assert link.url == "https://example.org/n" and link.sentence_ids == (0,)


def test_a_url_appears_once_with_every_place_it_is_linked_from() -> None:
    analysis = article_with_links(
        "a.md",
        [
            ("https://example.org/report#p2", "the report"),
            ("https://example.org/other", "another page"),
            ("https://example.org/report", "its summary"),
        ],
    )
    links = collect_links(analysis)
    assert [link.url for link in links] == [
        "https://example.org/report",
        "https://example.org/other",
    ]
    assert links[0].texts == ("the report", "its summary") and links[0].sentence_ids == (0, 2)


def test_other_schemes_are_listed_and_anchors_skipped() -> None:
    analysis = article_with_links(
        "a.md",
        [("file:///etc/passwd", "a file"), ("#notes", "the notes"), ("mailto:x@y.z", "mail")],
    )
    assert [link.url for link in collect_links(analysis)] == ["file:///etc/passwd", "mailto:x@y.z"]


def test_relative_links_resolve_against_a_web_article() -> None:
    assert normalise("../b.html#x", "https://news.example/a/story.html") == (
        "https://news.example/b.html"
    )
    assert normalise("b.html", "articles/local.md") == "b.html"

"""Properties of loading, sentence splitting and attribution on random input (hypothesis).

Random Unicode with quote marks, cues and names thrown in, random Markdown-ish paragraphs, random
bytes and random nested (and broken) HTML. Whatever comes in: loading gives an `Article` or a
one-line `LoadError`, never another exception; sentences tile their paragraphs with exact
offsets; every quote lies inside the text and inside the sentences it names.
"""

from __future__ import annotations

import os
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from reader.core.load import LoadError, load_bytes, load_text
from reader.core.load.decode import shows_mojibake
from reader.core.model import Analysis, Article, QuoteKind
from reader.core.pipeline import analyse
from reader.core.safe import safe_text
from reader.core.segment import split_sentences

# READER_HYPOTHESIS_EXAMPLES=5000 searches harder, with fresh random examples on each run;
# by default the same examples run every time, so a failure reproduces.
DEEP = int(os.environ.get("READER_HYPOTHESIS_EXAMPLES", "0"))
SETTINGS = settings(
    max_examples=DEEP or 150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=not DEEP,
    database=None,
)

QUOTE_MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "''", "``", "„", "‹", "›"]
WORDS = [
    "said", "says", "told", "Reuters", "according to", "asked", "she", "he", "they", "I",
    "Ana Ruiz", "Ruiz", "Mr.", "Ms.", "Dr.", "the ministry", "a spokeswoman", "Teodora Vance",
    "Vance", "of", "the", "union", "don't", "'90s", "rock 'n' roll", "workers'", "Q:", "A:",
    "—", "–", "…", "...", ":", ";", ",", ".", "?", "!", "(", ")", "Feb.", "St.", "U.S.", "No.",
    "12", "3.5", "e.g.", "http://example.org/x", "[", "]", "*", "#", "> ", "- ",
]  # fmt: skip
SPACES = [" ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00a0", "\u2028", "\u2029", "\x0b"]

# Arbitrary characters (no surrogates, which cannot be encoded), controls and bidi included.
any_chars = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(SPACES),
    st.sampled_from(["\x1b[31m", "\x1b]8;;http://x/\x07", "\x9b", "\u202e", "\u2066", "\x00"]),
    any_chars,
)
news_text = st.lists(token, min_size=1, max_size=120).map("".join)
paragraphs = st.lists(news_text, min_size=1, max_size=8).map("\n\n".join)


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tags = st.sampled_from(
        ["div", "p", "span", "blockquote", "b", "i", "li", "ul", "h1", "h2", "nav", "footer",
         "article", "main", "section", "table", "tr", "td", "figure", "figcaption", "cite",
         "script", "style", "a href='/x'", "a href=\"javascript:alert(1)\"", "em", "q"]
    )  # fmt: skip
    closings = st.sampled_from(["full", "full", "full", "unclosed", "stray"])

    def render(tag: str, inner: list[str], how: str) -> str:
        name = tag.split()[0]
        body = "".join(inner)
        if how == "unclosed":
            return f"<{tag}>{body}"
        if how == "stray":
            return f"{body}</{name}>"
        return f"<{tag}>{body}</{name}>"

    return st.builds(render, tags, st.lists(children, max_size=4), closings)


html_leaf = st.sampled_from(["<br>", "<hr>", "&amp;", "&#27;", "&#x202e;", "<!--x-->"])
html_fragment = st.recursive(st.one_of(news_text, html_leaf), _element, max_leaves=40)
html_page = st.builds(
    lambda title, body, deep: (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        + "<div>" * deep
        + body
        + "</div>" * (deep // 2)
        + "</body></html>"
    ),
    news_text,
    html_fragment,
    st.sampled_from([0, 0, 0, 3, 300]),  # sometimes deeper than libxml2 keeps
)


def _load(text: str, source: str, fmt: str | None = None) -> Article | None:
    try:
        return load_text(text, source, fmt)
    except LoadError as err:
        assert "\n" not in str(err) and str(err).startswith(f"{source}: ")
        return None


def check_article(article: Article) -> None:
    text = article.text
    assert article.paragraphs, "an article has at least one paragraph"
    joined = "\n\n".join(article.paragraph_text(p) for p in article.paragraphs)
    assert joined == text
    for index, paragraph in enumerate(article.paragraphs):
        assert paragraph.index == index
        words = article.paragraph_text(paragraph)
        assert words and words == words.strip() and "\n\n" not in words
    for link in article.links:
        assert 0 <= link.start <= link.end <= len(text)
        assert text[link.start : link.end] == link.text


def check_sentences(article: Article, analysis: Analysis | None = None) -> None:
    text = article.text
    sentences = analysis.sentences if analysis else split_sentences(article)
    covered = [False] * len(text)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.id == index
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start and sentence.end <= paragraph.end
        covered[sentence.start : sentence.end] = [True] * (sentence.end - sentence.start)
        previous_end = sentence.end
    lost = [i for i, char in enumerate(text) if not covered[i] and not char.isspace()]
    assert not lost, f"characters in no sentence: {[text[i] for i in lost[:10]]}"


def check_quotes(analysis: Analysis, overlaps: bool = False) -> None:
    """Every quote inside the text and its sentences; with `overlaps`, also that quotes found
    from marks never overlap (see `test_an_unclosed_single_quote_gives_no_nested_quote`)."""
    text = analysis.article.text
    sentences = analysis.sentences
    spans = []
    for index, quote in enumerate(analysis.quotes):
        assert quote.id == index
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert quote.sentence_ids == sorted(set(quote.sentence_ids))
        assert quote.sentence_ids, f"quote {quote.text!r} names no sentence"
        first, last = sentences[quote.sentence_ids[0]], sentences[quote.sentence_ids[-1]]
        assert first.start <= quote.start and quote.end <= last.end, (
            f"quote {quote.text!r} ({quote.start}-{quote.end}) outside its sentences "
            f"({first.start}-{last.end})"
        )
        assert 0.0 <= quote.confidence <= 1.0
        if quote.kind is not QuoteKind.INDIRECT:
            spans.append((quote.start, quote.end, quote.text))
    # Quotes found from marks, block quotes and answers never overlap one another (reported
    # speech may contain quoted words: "Osei said that the deal was “dead”").
    spans.sort()
    for (_, end, words), (start, _, after) in pairwise(spans):
        assert not overlaps or end <= start, f"overlapping quotes {words!r} and {after!r}"
    names = {speaker.name for speaker in analysis.speakers}
    for quote in analysis.quotes:
        assert quote.speaker is None or quote.speaker in names


def check_display(analysis: Analysis) -> None:
    from reader.core.report import listing

    for sentence in analysis.sentences:
        assert len(safe_text(sentence.text)) == len(sentence.text)
    shown = listing(analysis)
    assert not any(_unsafe(char) for char in shown.replace("\n", ""))


def _unsafe(char: str) -> bool:
    code = ord(char)
    return (
        code < 0x20 or 0x7F <= code <= 0x9F or 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069
    )


def _analyse_checked(article: Article) -> Analysis:
    check_article(article)
    analysis = analyse(article)
    check_sentences(article, analysis)
    check_quotes(analysis)
    check_display(analysis)
    return analysis


def _tally(analysis: Analysis) -> None:
    """What the examples exercised (shown by `pytest --hypothesis-show-statistics`)."""
    event("quotes: some" if analysis.quotes else "quotes: none")
    event("a quote has a speaker" if any(q.speaker for q in analysis.quotes) else "no speaker")


@SETTINGS
@given(paragraphs)
def test_plain_text_with_quote_marks(text: str) -> None:
    article = _load(text, "random.txt")
    if article is not None:
        _tally(_analyse_checked(article))


@SETTINGS
@given(paragraphs)
def test_markdown_of_random_paragraphs(text: str) -> None:
    article = _load(text, "random.md")
    if article is not None:
        _tally(_analyse_checked(article))


@SETTINGS
@given(html_page)
def test_random_nested_html(page: str) -> None:
    article = _load(page, "random.html")
    if article is not None:
        _tally(_analyse_checked(article))


@SETTINGS
@given(st.binary(max_size=400))
def test_random_bytes_load_or_are_refused(data: bytes) -> None:
    try:
        article = load_bytes(data, "random.bin", "text")
    except LoadError as err:
        assert "\n" not in str(err)
        return
    check_article(article)


@SETTINGS
@given(paragraphs, st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_encoded_text_loads_the_same_words(text: str, encoding: str) -> None:
    if text.startswith("\x00"):
        return  # UTF-16-LE's BOM then a NUL reads as UTF-32-LE's BOM: ambiguous, and binary
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    plain = _load(text, "random.txt")
    try:
        encoded = load_bytes(data, "random.txt")
    except LoadError:
        encoded = None
    if plain is None or encoded is None:
        return
    check_article(encoded)
    if encoding in ("utf-8", "utf-16") and not shows_mojibake(text):
        # unambiguous: the same text exactly (text that shows mojibake, "â€", is repaired on
        # purpose: hypothesis found "\x80â€" read back as "€â€")
        assert encoded.text == plain.text


@SETTINGS
@given(st.lists(st.sampled_from([*QUOTE_MARKS, *WORDS, " ", "\n\n"]), max_size=200))
def test_quote_marks_alone(tokens: list[str]) -> None:
    article = _load("".join(tokens), "marks.txt")
    if article is not None:
        _analyse_checked(article)


@pytest.mark.parametrize(
    "text",
    [
        "“",
        "“”",
        "'' '' ''",
        "‘’‘’ ’ ‘",
        "«Bonjour,» a dit Ana Ruiz. »Nein« sagte er.",
        "A: “Yes.”\n\nQ: “No?”",
        "“Open quote that never closes\n\n“And another,” said Ana Ruiz.",
        "Mr. “Ruiz” said “x” told Reuters “y” according to ‘z’.",
    ],
)
def test_known_awkward_marks(text: str) -> None:
    article = _load(text, "awkward.txt")
    if article is not None:
        _analyse_checked(article)


@pytest.mark.parametrize(
    "text",
    ["'a\n\n“'b", "“'a\n\n'b", "'Yes, I agree with that.\n\n“'Well,' she said."],
    ids=["single-then-double", "double-then-single", "realistic"],
)
def test_an_unclosed_single_quote_gives_no_nested_quote(text: str) -> None:
    analysis = analyse(load_text(text, "found-by-hypothesis.md"))
    check_quotes(analysis, overlaps=True)

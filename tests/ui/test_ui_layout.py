"""Pure pieces of the UI: wrapping, layout look-ups, spans, safe text, navigation."""

from __future__ import annotations

from ui_fixtures import BRANDT, OSEI, QuoteSpec, build_analysis

from reader.core.model import Analysis, ParagraphKind, QuoteKind
from reader.ui.layout import ArticleLayout, LineKind, wrap
from reader.ui.navigation import Navigator, Stop
from reader.ui.spans import flatten_quotes
from reader.ui.text import excerpt, safe_text


def pieces(text: str, width: int) -> list[str]:
    return [text[start:end] for start, end in wrap(text, 0, len(text), width)]


def test_wrap_breaks_at_spaces_and_keeps_every_character() -> None:
    text = "The quick brown fox jumps over the lazy dog"
    lines = pieces(text, 10)
    assert "".join(lines) == text
    assert all(len(line.rstrip()) <= 10 for line in lines)
    assert lines[0] == "The quick "


def test_wrap_breaks_words_longer_than_the_width() -> None:
    assert pieces("abcdefghij xy", 4) == ["abcd", "efgh", "ij ", "xy"]


def test_wrap_measures_wide_characters() -> None:
    lines = pieces("日本語の 文章です", 6)
    assert "".join(lines) == "日本語の 文章です"
    assert lines[0] == "日本語"


def test_wrap_of_an_empty_paragraph_is_one_empty_line() -> None:
    assert wrap("", 0, 0, 10) == [(0, 0)]


def test_layout_maps_offsets_to_lines_and_back(analysis: Analysis) -> None:
    layout = ArticleLayout(analysis, 40)
    kinds = [line.kind for line in layout.lines]
    assert kinds[:3] == [LineKind.TITLE, LineKind.BYLINE, LineKind.BLANK]
    assert LineKind.HEADING in kinds and LineKind.BLOCKQUOTE in kinds
    sentence = analysis.sentences[4]
    lines = layout.lines_of(sentence.start, sentence.end)
    assert len(lines) >= 2
    first = layout.lines[lines.start]
    offset = layout.offset_at(lines.start, LineKind.BODY.indent, analysis.article.text)
    assert offset == first.start
    assert layout.offset_at(0, 5, analysis.article.text) is None


def test_headings_and_block_quotes_are_laid_out_with_their_kind(analysis: Analysis) -> None:
    layout = ArticleLayout(analysis, 60)
    heading = analysis.article.paragraphs[2]
    assert heading.kind is ParagraphKind.HEADING
    assert layout.lines[layout.line_at_offset(heading.start)].kind is LineKind.HEADING


def test_safe_text_replaces_controls_and_bidi_and_keeps_length() -> None:
    raw = "a\x1b[31m\u202eb\tc\x85"
    shown = safe_text(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\u202e" not in shown and "\x85" not in shown
    assert shown.startswith("a\ufffd[31m\ufffdb c")
    assert excerpt("x" * 100, 10) == "x" * 9 + "…"


def test_flattened_quotes_prefer_quoted_words_over_reported_speech() -> None:
    analysis = build_analysis(
        [(ParagraphKind.BODY, ["Osei said the plan was “a gift” to the town."])],
        [
            QuoteSpec(0, "the plan was “a gift” to the town", QuoteKind.INDIRECT, OSEI),
            QuoteSpec(0, "a gift", QuoteKind.PARTIAL, OSEI),
        ],
    )
    spans = flatten_quotes(analysis.quotes, analysis.article.text).spans
    text = analysis.article.text
    shown = [(text[start:end], quote.kind) for start, end, quote in spans]
    assert shown == [
        ("the plan was ", QuoteKind.INDIRECT),
        ("“a gift”", QuoteKind.PARTIAL),
        (" to the town", QuoteKind.INDIRECT),
    ]


def test_navigator_jumps_between_quotes_and_speakers(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    assert nav.next_quote(0) == 1
    assert nav.next_quote(1) == 2
    assert nav.previous_quote(1) is None

    def stop(found: Stop | None) -> tuple[int, str] | None:
        return (found.sentence_id, found.quote.text[:12]) if found else None

    first = nav.next_stop(0, None)
    assert stop(first) == (1, "This is the ")
    assert first is not None and nav.quote_rank[first.quote.id] == 1
    assert stop(nav.next_stop(1, first.quote, OSEI)) == (2, "hundreds of ")
    assert stop(nav.next_stop(2, None, OSEI)) == (11, "she expected")
    assert stop(nav.next_stop(4, None, BRANDT)) == (5, "the council ")
    assert stop(nav.previous_stop(12, None, BRANDT)) == (5, "the council ")
    assert nav.next_stop(11, nav.primary_quote(11), OSEI) is None
    assert nav.previous_stop(1, first.quote) is None
    assert nav.first_by(BRANDT) == 4 and nav.first_by("Nobody") is None
    assert nav.quote_count == 9


def test_primary_quote_prefers_attributed_quoted_words(analysis: Analysis) -> None:
    nav = Navigator(analysis)
    quote = nav.primary_quote(5)
    assert quote is not None and quote.kind is QuoteKind.INDIRECT
    assert nav.primary_quote(0) is None
    unattributed = nav.primary_quote(6)
    assert unattributed is not None and unattributed.speaker is None


def test_a_layout_until_an_offset_is_the_opening_of_the_whole_one(analysis: Analysis) -> None:
    whole = ArticleLayout(analysis, 40)
    paragraphs = analysis.article.paragraphs
    until = paragraphs[3].start  # the first three paragraphs
    opening = ArticleLayout(analysis, 40, until=until)
    assert whole.complete and not opening.complete
    assert opening.lines == whole.lines[: len(opening)]
    assert whole.lines[len(opening)].kind is LineKind.BLANK  # the next paragraph's gap
    assert max(line.end for line in opening.lines) == paragraphs[2].end
    assert ArticleLayout(analysis, 40, until=len(analysis.article.text)).complete

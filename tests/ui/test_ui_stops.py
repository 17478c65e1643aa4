"""Every quote is a stop: n/p/]/[ visit two quotes of one sentence in turn, and the keys that act
on "the quote" (copy, filter, correct) act on the one the panel describes."""

from __future__ import annotations

from ui_fixtures import BODY, BRANDT, OSEI, QuoteSpec, build_analysis
from ui_pilot import SIZE, panel_text, view

from reader.core.model import Analysis, QuoteKind
from reader.ui.app import ReaderApp
from reader.ui.navigation import Navigator

SHARED = "“The harbour is finished,” said Brandt, but Osei answered: “It has barely begun.”"


def two_voices() -> Analysis:
    paragraphs = [
        (BODY, ["The council met on Tuesday.", SHARED, "Nobody else spoke."]),
        (BODY, ["“We will see,” Osei said later."]),
    ]
    specs = [
        QuoteSpec(1, "The harbour is finished,", QuoteKind.DIRECT, BRANDT, "Brandt", "said"),
        QuoteSpec(1, "It has barely begun.", QuoteKind.DIRECT, OSEI, "Osei", "answered"),
        QuoteSpec(3, "We will see,", QuoteKind.DIRECT, OSEI, "Osei", "said"),
    ]
    return build_analysis(paragraphs, specs)


def heading(app: ReaderApp) -> str:
    return panel_text(app).splitlines()[1]


async def test_n_and_p_visit_both_quotes_of_one_sentence() -> None:
    app = ReaderApp(two_voices())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert (view(app).selected, heading(app)) == (1, BRANDT)
        assert "Quote 1 of 3" in panel_text(app)
        await pilot.press("n")
        assert (view(app).selected, heading(app)) == (1, OSEI)  # the same sentence
        assert "Quote 2 of 3" in panel_text(app)
        await pilot.press("n")
        assert (view(app).selected, heading(app)) == (3, OSEI)
        await pilot.press("p", "p")
        assert (view(app).selected, heading(app)) == (1, BRANDT)


async def test_brackets_stop_at_the_speakers_quote_inside_a_shared_sentence() -> None:
    app = ReaderApp(two_voices())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "[")  # from Osei's last quote back to her words in sentence 1
        assert (view(app).selected, heading(app)) == (1, OSEI)
        assert "Quote 2 of 3" in panel_text(app)
        await pilot.press("[")  # Brandt's quote before it is not hers
        assert (view(app).selected, heading(app)) == (1, OSEI)
        await pilot.press("]")
        assert (view(app).selected, heading(app)) == (3, OSEI)


async def test_moving_by_sentence_shows_the_sentences_first_quote_again() -> None:
    app = ReaderApp(two_voices())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n")
        assert heading(app) == OSEI
        await pilot.press("j", "k")
        assert (view(app).selected, heading(app)) == (1, BRANDT)


async def test_copy_and_filter_act_on_the_quote_shown() -> None:
    app = ReaderApp(two_voices())
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "y")
        assert copied and copied[-1].startswith("“It has barely begun.”")
        await pilot.press("f")
        assert app.screen.only == OSEI  # type: ignore[attr-defined]
        await pilot.press("g", "n")  # with the filter on, n walks Osei's quotes only
        assert (view(app).selected, heading(app)) == (1, OSEI)


def underlined(app: ReaderApp) -> str:
    article = view(app)
    strips = [article.render_line(y) for y in range(article.size.height)]
    return "".join(
        seg.text for strip in strips for seg in strip if seg.style and seg.style.underline
    )


async def test_the_quote_described_is_underlined_where_a_sentence_holds_two() -> None:
    app = ReaderApp(two_voices())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert underlined(app) == "“The harbour is finished,”"
        await pilot.press("n")
        assert underlined(app) == "“It has barely begun.”"
        await pilot.press("n")  # a sentence with one quote: nothing to tell apart
        assert underlined(app) == ""


def test_a_report_holding_its_speakers_quoted_words_is_one_stop_with_them() -> None:
    sentence = "Osei said the plan was “a gift” to the town, and Brandt called it “a folly”."
    analysis = build_analysis(
        [(BODY, [sentence])],
        [
            QuoteSpec(0, "the plan was “a gift” to the town", QuoteKind.INDIRECT, OSEI),
            QuoteSpec(0, "a gift", QuoteKind.PARTIAL, OSEI),
            QuoteSpec(0, "a folly", QuoteKind.PARTIAL, BRANDT),
        ],
    )
    nav = Navigator(analysis)
    first = nav.primary_quote(0)  # what the panel shows as the article opens
    assert first is not None and first.text == "a gift"
    second = nav.next_stop(0, first)
    assert second is not None and second.quote.text == "a folly"
    assert nav.next_stop(0, second.quote) is None
    back = nav.previous_stop(0, second.quote)
    assert back is not None and back.quote is first
    assert nav.previous_stop(0, first) is None
    assert nav.quote_count == 2

"""Search: `/` opens the bar, matches light up as you type, Enter / Shift+Enter / ↑ ↓ / F3 /
Shift+F3 go from match to match, Esc clears; plain text, case-insensitive, fast on long texts."""

from __future__ import annotations

import time

from rich.style import Style
from textual.pilot import Pilot
from textual.widgets import Input, Static
from ui_pilot import SIZE, messages, run_command, type_text, view

from reader.core.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.search import MAX_PER_LINE, Matches, Searcher
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.search_bar import SearchBar

# "council" is in sentences 0, 5 and 14 of the sample; "harbour" in 0, 6 and 8.


def bar(app: ReaderApp) -> SearchBar:
    return app.screen.query_one(SearchBar)


def count(app: ReaderApp) -> str:
    return str(app.screen.query_one("#search-count", Static).render())


def painted(app: ReaderApp, word: str) -> list[Style]:
    """The styles of the visible segments that show `word` (any case)."""
    article = view(app)
    strips = [article.render_line(y) for y in range(article.size.height)]
    return [
        segment.style or Style()
        for strip in strips
        for segment in strip
        if segment.text.lower() == word
    ]


def match_styles(app: ReaderApp) -> tuple[Style, Style]:
    styles = view(app)._styles()
    return styles.match, styles.current_match


async def search(pilot: Pilot[None], words: str) -> None:
    await pilot.press("slash")
    await type_text(pilot, words)
    await pilot.pause()


async def test_slash_opens_the_bar_and_matches_light_up_as_you_type(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert not bar(app).display or not bar(app).is_open
        await search(pilot, "HARBOUR")
        assert bar(app).is_open
        assert isinstance(app.focused, Input)
        assert count(app) == "3 matches"
        match, _ = match_styles(app)
        styles = painted(app, "harbour")
        assert len(styles) == 3
        assert all(style.bgcolor == match.bgcolor for style in styles)
        assert view(app).selected == 0  # typing does not move the selection


async def test_enter_and_shift_enter_go_from_match_to_match(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "council")
        await pilot.press("enter")
        assert (view(app).selected, count(app)) == (0, "1 of 3")
        _, current = match_styles(app)
        assert current.bgcolor in [style.bgcolor for style in painted(app, "council")]
        await pilot.press("enter")
        assert (view(app).selected, count(app)) == (5, "2 of 3")
        await pilot.press("enter")
        assert (view(app).selected, count(app)) == (14, "3 of 3")
        await pilot.press("enter")
        assert (view(app).selected, count(app)) == (0, "1 of 3")
        assert "Search wrapped to the top" in messages(app)
        await pilot.press("shift+enter")
        assert (view(app).selected, count(app)) == (14, "3 of 3")
        assert "Search wrapped to the bottom" in messages(app)
        await pilot.press("up")
        assert (view(app).selected, count(app)) == (5, "2 of 3")
        await pilot.press("down")
        assert (view(app).selected, count(app)) == (14, "3 of 3")
        assert isinstance(app.focused, Input)  # still typing in the bar


async def test_the_first_enter_starts_from_the_selected_sentence(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "j", "j")
        await search(pilot, "council")
        await pilot.press("enter")
        assert (view(app).selected, count(app)) == (5, "2 of 3")


async def test_escape_clears_the_highlights_and_closes_the_bar(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "harbour")
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert not bar(app).is_open
        assert isinstance(app.focused, ArticleView)
        match, current = match_styles(app)
        bgcolors = {style.bgcolor for style in painted(app, "harbour")}
        assert match.bgcolor not in bgcolors and current.bgcolor not in bgcolors
        await pilot.press("j")  # the keys are the article's again
        assert view(app).selected == 1
        await pilot.press("slash")
        assert bar(app).field.value == ""  # a fresh search


async def test_f3_and_shift_f3_work_from_the_article(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f3")  # no search yet: asks for the words
        assert bar(app).is_open and isinstance(app.focused, Input)
        await type_text(pilot, "osei")
        view(app).focus()
        await pilot.press("f3")
        assert (view(app).selected, count(app)) == (1, "1 of 3")
        await pilot.press("f3", "f3")
        assert view(app).selected == 11
        await pilot.press("shift+f3")
        assert (view(app).selected, count(app)) == (2, "2 of 3")
        assert bar(app).is_open  # the highlights stay while reading


async def test_no_matches_says_so(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "zebra")
        assert count(app) == "no matches"
        await pilot.press("enter")
        assert view(app).selected == 0
        assert "No matches for “zebra”" in messages(app)


async def test_the_words_are_plain_text_never_a_pattern(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, ".")
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.matches is not None
        assert len(screen.matches) == analysis.article.text.count(".")
        bar(app).field.value = "(the [a-z]+"
        await pilot.pause()
        assert count(app) == "no matches"


async def test_a_long_article_is_searched_quickly(big_analysis: Analysis) -> None:
    app = ReaderApp(big_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        started = time.perf_counter()
        await type_text(pilot, "matters")
        await pilot.press("enter")
        elapsed = time.perf_counter() - started
        assert count(app) == f"1 of {sum(q.text.endswith('matters,') for q in big_analysis.quotes)}"
        await pilot.press("shift+enter")
        assert view(app).selected == big_analysis.quotes[-1].sentence_ids[0]  # wrapped
        assert elapsed < 5  # seven searches over the whole text and a jump, key by key


async def test_escape_then_clears_the_speaker_filter(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "f")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await search(pilot, "port")
        await pilot.press("escape")
        assert screen.only == "Amara Osei"  # the first Esc clears the search only
        await pilot.press("escape")
        assert screen.only is None


async def test_the_search_keys_are_in_the_help_and_the_palette(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = dict(app.screen.rows)
        for key in ("/", "F3", "Shift+F3", "Esc", "↓", "Shift+Enter / ↑", "s", "f", "v", "c"):
            assert key in keys, key
        await pilot.press("escape")
        await run_command(pilot, "Search: find in article")
        assert bar(app).is_open
        await type_text(pilot, "council")
        view(app).focus()
        await run_command(pilot, "Search: next match")
        assert view(app).selected == 0
        await run_command(pilot, "Search: previous match")
        assert view(app).selected == 14


# -- the search itself, without an app ---------------------------------------------------


def test_five_megabytes_are_searched_in_well_under_a_second() -> None:
    paragraph = "The harbour belongs to everyone who works on it. " + "And so on. " * 50
    text = paragraph * (5_000_000 // len(paragraph))  # 5 MB
    searcher = Searcher(text)
    started = time.perf_counter()
    found = searcher.find("o")
    found_words = searcher.find("HARBOUR")
    assert time.perf_counter() - started < 1.0
    assert found.capped and found.count_label(None) == "100000+ matches"
    assert len(found_words) == text.count("harbour") and not found_words.capped


def test_matches_do_not_overlap_and_are_capped_per_line() -> None:
    found = Searcher("aaaa " * 100).find("aa")
    assert found.starts[:3] == [0, 2, 5]
    assert len(list(found.overlapping(0, 500))) == MAX_PER_LINE
    assert list(found.overlapping(1, 3)) == [(1, 2, 0), (2, 3, 1)]  # clipped to the line


def test_a_text_whose_lowercase_is_longer_keeps_its_offsets() -> None:
    text = "İstanbul said: the Bosphorus İs busy. the end"
    assert len(text.lower()) != len(text)
    found = Searcher(text).find("THE")
    assert [text[start : start + found.length] for start in found.starts] == ["the", "the"]
    assert found.starts == [text.index("the B"), text.index("the end")]


def test_count_labels() -> None:
    assert Matches("x", [], 1).count_label(None) == "no matches"
    assert Matches("x", [4], 1).count_label(None) == "1 match"
    assert Matches("x", [4, 9], 1).count_label(1) == "2 of 2"
    assert Matches("x", [4, 9], 1, capped=True).count_label(0) == "1 of 2+"

"""Pilot tests: keys, quote navigation, clicks, the side panel, the help screen, the palette."""

from __future__ import annotations

from typing import Any

from textual.strip import Strip
from ui_fixtures import BRANDT, NAIR, OSEI, REYES
from ui_pilot import SIZE, panel_text, run_command, screen_lines, view

from reader.core.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.widgets.article_view import ArticleView


async def test_starts_on_the_first_sentence(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert view(app).selected == 0
        assert "No attributed source" in panel_text(app)
        assert "Sentence 1 of 15" in panel_text(app)
        assert any("Harbour expansion divides Port Wenley" in line for line in screen_lines(app))


async def test_n_selects_the_first_attributed_quote_and_shows_its_speaker(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert view(app).selected == 1
        text = panel_text(app)
        assert OSEI in text
        assert "a former trade envoy in Brussels" in text
        assert "Quote 1 of 9" in text
        assert "Former trade envoy" in text  # the registry entry
        assert "92%" in text
        assert "▸" in text  # the current quote is marked among the speaker's quotes


async def test_n_and_p_walk_attributed_quotes_in_order(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "n")
        assert view(app).selected == 4
        assert BRANDT in panel_text(app)
        await pilot.press("n")
        assert view(app).selected == 5
        assert f"Source: {BRANDT} (reported speech)" in panel_text(app)
        await pilot.press("n")
        assert view(app).selected == 8  # skips the scare quote in sentence 6
        assert REYES in panel_text(app)
        await pilot.press("p", "p")
        assert view(app).selected == 4


async def test_n_at_the_last_quote_stays_and_notifies(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G")
        await pilot.press("p")
        assert view(app).selected == 13
        assert NAIR in panel_text(app)
        await pilot.press("n")
        assert view(app).selected == 13
        assert any("No more quotes" in n.message for n in app._notifications)


async def test_holding_n_at_the_last_quote_shows_one_toast(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "p", *["n"] * 6)
        await pilot.pause()
        shown = [n.message for n in app._notifications]
        assert shown.count("No more quotes") == 1


async def test_brackets_follow_the_same_speaker(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "right_square_bracket")
        assert view(app).selected == 2
        await pilot.press("right_square_bracket")
        assert view(app).selected == 11  # Osei again, past Brandt's and Reyes's quotes
        assert "Source: Amara Osei (reported speech)" in panel_text(app)
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert view(app).selected == 1


async def test_brackets_without_a_speaker_notify(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("right_square_bracket")
        assert view(app).selected == 0
        assert any("no attributed speaker" in n.message for n in app._notifications)


async def test_j_k_g_and_G_move_by_sentence(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "down")
        assert view(app).selected == 3
        await pilot.press("k", "up")
        assert view(app).selected == 1
        await pilot.press("G")
        assert view(app).selected == 14
        await pilot.press("j")
        assert view(app).selected == 14
        await pilot.press("g")
        assert view(app).selected == 0
        await pilot.press("end", "home")
        assert view(app).selected == 0


async def test_unattributed_and_scare_quotes(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        view(app).selected = 6
        await pilot.pause()
        assert "Unattributed quote" in panel_text(app)
        assert "scare quote" in panel_text(app)
        view(app).selected = 10
        await pilot.pause()
        assert "unknown speaker" in panel_text(app)
        view(app).selected = 9
        await pilot.pause()
        assert "told the author" in panel_text(app)


async def test_click_selects_the_sentence_under_the_mouse(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = view(app)
        line = article.sentence_lines(4).stop - 1  # the last line of Brandt's direct quote
        top = article.content_region.y - article.region.y
        left = article.content_region.x - article.region.x
        assert await pilot.click(ArticleView, offset=(left + 4, top + line))
        assert article.selected == 4
        assert BRANDT in panel_text(app)


async def test_help_opens_and_closes(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        descriptions = [description for _, description in app.screen.rows]
        assert "Next quote by the same speaker" in descriptions
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen)
        assert app.return_code is None


async def test_palette_runs_navigation_commands(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Navigate: next quote by this speaker")
        assert isinstance(app.screen, MainScreen)
        # From the first sentence there is no speaker: the command warns and stays put.
        assert view(app).selected == 0
        assert any("no attributed speaker" in n.message for n in app._notifications)
        await run_command(pilot, "Navigate: next quote")
        assert view(app).selected == 1
        await run_command(pilot, "View: help")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await run_command(pilot, "App: quit")
    assert app.return_code == 0


async def test_q_quits(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    assert not app.is_running


async def test_the_likely_next_selections_are_rendered_before_their_key(
    analysis: Analysis,
) -> None:
    """After a key's frame the lines of the next and previous sentence and quote are rendered
    as they will show; the frame of a key that moves there renders none."""
    app = ReaderApp(analysis, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j")
        await pilot.pause(0.2)  # the turns after the frame
        article = view(app)
        in_frame: list[bool] = []
        rendered_in_frame: list[int] = []
        render, render_line = article._renderer.render, article.render_line

        def counted_render(*args: Any) -> Strip:
            if in_frame:
                rendered_in_frame.append(args[0].start)
            return render(*args)

        def framed_render_line(y: int) -> Strip:
            in_frame.append(True)
            try:
                return render_line(y)
            finally:
                in_frame.pop()

        article._renderer.render = counted_render  # type: ignore[method-assign]
        article.render_line = framed_render_line  # type: ignore[method-assign]
        for key in ("j", "j", "k", "n", "n", "p"):
            before = article.selected
            await pilot.press(key)
            assert article.selected != before, key
            assert rendered_in_frame == [], key
            await pilot.pause(0.2)

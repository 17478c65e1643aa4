"""The roster (`s`): every speaker with role, venue, quotes and words; Enter jumps to their first
quote; `f` dims everything but their quotes (n/p then walk theirs) until Esc, `f` or `x`."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.widgets import DataTable
from ui_fixtures import (
    BODY,
    BRANDT,
    MARKUP_SPEAKER,
    NAIR,
    OSEI,
    REYES,
    build_analysis,
    markup_analysis,
    sample_analysis,
)
from ui_pilot import SIZE, messages, run_command, view

from reader.core.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.screens.main import MainScreen
from reader.ui.screens.roster import EMPTY, RosterScreen

SnapCompare = Callable[..., bool]


def rows(app: ReaderApp) -> list[list[str]]:
    table: DataTable[Text] = app.screen.query_one("#roster-table", DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def main(app: ReaderApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


def dimmed(app: ReaderApp, words: str) -> bool | None:
    """Whether the visible segment showing `words` is muted (None: not found)."""
    article = view(app)
    muted = article._styles().dimmed.color
    for y in range(article.size.height):
        for segment in article.render_line(y):
            if words in segment.text:
                return segment.style is not None and segment.style.color == muted
    return None


async def test_s_lists_every_speaker_most_quoted_first(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, RosterScreen)
        assert rows(app) == [
            [OSEI, "Former trade envoy, EU Delegation to Wenley", "told Reuters", "3", "22"],
            [BRANDT, "who runs the fish market on the quay", "", "3", "16"],
            [REYES, "", "told the author", "2", "19"],
            [NAIR, "an economist at the Wenley Institute", "", "1", "1"],
        ]
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert view(app).selected == 0


async def test_enter_jumps_to_the_speakers_first_quote(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "down", "enter")
        assert isinstance(app.screen, MainScreen)
        assert view(app).selected == 4  # Brandt's first quote
        await pilot.press("s", "down", "down", "enter")
        assert view(app).selected == 8  # Reyes's block quote


async def test_f_shows_one_speaker_and_n_p_walk_their_quotes(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "down", "f")
        screen = main(app)
        assert screen.only == BRANDT
        assert screen.sub_title == f"showing: {BRANDT} · Harbour expansion divides Port Wenley"
        assert view(app).selected == 0  # filtering does not move the selection
        assert dimmed(app, "We were never asked,") is False
        assert dimmed(app, "said Lena Brandt") is True  # her quotes only, not the sentence
        assert dimmed(app, "hundreds of jobs") is True
        await pilot.press("n")
        assert view(app).selected == 4
        await pilot.press("n", "n")
        assert view(app).selected == 12  # past Reyes's, Osei's and the unattributed quotes
        await pilot.press("n")
        assert view(app).selected == 12
        assert f"No more quotes by {BRANDT}" in messages(app)
        await pilot.press("p")
        assert view(app).selected == 5
        await pilot.press("escape")
        assert screen.only is None and screen.sub_title is None
        assert dimmed(app, "hundreds of jobs") is False
        await pilot.press("n")
        assert view(app).selected == 8  # every quote again


async def test_the_roster_marks_the_filter_and_x_clears_it(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "f")  # Osei's quote: only Osei
        assert main(app).only == OSEI
        await pilot.press("s")
        assert rows(app)[0][0] == f"{OSEI} ◂"
        assert "showing: Amara Osei" in str(app.screen.query_one("#roster").border_title)
        await pilot.press("x")
        assert main(app).only is None
        await pilot.press("s", "x")
        assert isinstance(app.screen, RosterScreen)  # nothing to clear: it stays
        assert "Every speaker is shown already" in messages(app)


async def test_f_on_the_article_toggles(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert main(app).only is None
        assert any("no attributed speaker" in message for message in messages(app))
        await pilot.press("n", "f")
        assert main(app).only == OSEI
        await pilot.press("j", "j", "j", "f")  # Brandt's quote, dimmed: now only Brandt
        assert main(app).only == BRANDT
        await pilot.press("f")  # on their own quote again: everyone
        assert main(app).only is None


async def test_the_palette_shows_filters_and_clears(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Speakers: show roster")
        assert isinstance(app.screen, RosterScreen)
        await pilot.press("escape", "n")
        await run_command(pilot, "Speakers: filter to speaker")
        assert main(app).only == OSEI
        await run_command(pilot, "Speakers: clear filter")
        assert main(app).only is None


async def test_an_article_without_speakers() -> None:
    app = ReaderApp(build_analysis([(BODY, ["Nobody speaks here."])], []))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert isinstance(app.screen, RosterScreen)
        assert not app.screen.query("#roster-table")
        assert EMPTY in str(app.screen.query_one("#roster-empty").render())
        await pilot.press("f", "enter", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_names_with_markup_are_shown_literally() -> None:
    app = ReaderApp(markup_analysis())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        assert rows(app)[0][:2] == [MARKUP_SPEAKER, "[reverse]a description[/reverse]"]
        await pilot.press("f")
        assert main(app).sub_title.startswith(f"showing: {MARKUP_SPEAKER} · ")  # type: ignore[union-attr]


def test_snapshot_roster(snap_compare: SnapCompare) -> None:
    app = ReaderApp(sample_analysis(), offline=True)
    assert snap_compare(app, terminal_size=SIZE, press=["s", "down"])


def test_snapshot_one_speaker_shown(snap_compare: SnapCompare) -> None:
    app = ReaderApp(sample_analysis(), offline=True)
    assert snap_compare(app, terminal_size=SIZE, press=["s", "down", "f", "n"])

"""The side panel and the mouse: its scrollbar is dragged and paged as Textual's own, and its
text is selected and copied as in Textual's own widgets (the borders of a box left out)."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.pilot import Pilot
from ui_fixtures import OSEI, seed_notes
from ui_pilot import SIZE

from reader.core.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.widgets.source_panel import SourcePanel

SHORT = (100, 20)  # the panel shows part of Osei's card, beside a scrollbar


def panel(app: ReaderApp) -> SourcePanel:
    return app.screen.query_one(SourcePanel)


def bar_point(side: SourcePanel, row: int) -> tuple[int, int]:
    """The screen cell of the panel's scrollbar on `row` of its content."""
    content = side.content_region
    return content.right - 1, content.y + row


def text_point(side: SourcePanel, row: int, column: int) -> tuple[int, int]:
    content = side.content_region
    return content.x + column, content.y + row


def bar_cell(side: SourcePanel, row: int) -> Segment:
    return list(side.render_line(row))[-1]


def row_of(side: SourcePanel, words: str) -> int:
    rows = [side.render_line(y).text for y in range(side.content_size.height)]
    return next(y for y, text in enumerate(rows) if words in text)


def name_style(side: SourcePanel, row: int) -> Style:
    """The style of Osei's name on `row`."""
    style = next(segment.style for segment in side.render_line(row) if segment.text == OSEI)
    assert style is not None
    return style


async def select(pilot: Pilot[None], start: tuple[int, int], end: tuple[int, int]) -> None:
    """Press at `start`, drag to `end` (the last character selected), let go."""
    await pilot.mouse_down(offset=start)
    await pilot.hover(offset=end)
    await pilot.mouse_up(offset=end)


async def test_dragging_the_thumb_scrolls_the_panel(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SHORT) as pilot:
        await pilot.press("n")
        side = panel(app)
        height = side.content_size.height
        assert side.line_count > height and side.top == 0
        normal = bar_cell(side, 0).style
        await pilot.hover(offset=bar_point(side, 0))
        hovered = bar_cell(side, 0).style
        assert hovered != normal  # the bar in its hover colours, as Textual's
        await pilot.hover(offset=(1, 1))
        assert bar_cell(side, 0).style == normal
        await pilot.hover(offset=bar_point(side, 0))
        await pilot.mouse_down(offset=bar_point(side, 0))  # the thumb, at the top
        assert app.mouse_captured is side
        assert bar_cell(side, 0).style not in (normal, hovered)  # held: its active colours
        await pilot.hover(offset=bar_point(side, 2))
        assert side.top == round(2 * side.line_count / height)  # at the thumb's scale
        await pilot.hover(offset=(bar_point(side, 0)[0], app.size.height - 1))  # past the end
        assert side.top == side.line_count - height
        await pilot.mouse_up(offset=(bar_point(side, 0)[0], app.size.height - 1))
        assert app.mouse_captured is None
        assert app.screen.get_selected_text() is None  # dragging the bar selects no text


async def test_a_click_on_the_track_pages_the_panel(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SHORT) as pilot:
        await pilot.press("n")
        side = panel(app)
        height = side.content_size.height
        await pilot.click(offset=bar_point(side, height - 1))  # below the thumb
        assert side.top == min(height, side.line_count - height)
        assert side.line_count - height < 2 * height  # the thumb now at the bottom:
        await pilot.click(offset=bar_point(side, 0))  # above it
        assert side.top == 0
        assert app.screen.get_selected_text() is None


async def test_a_name_in_the_panel_is_selected_highlighted_and_copied(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        side = panel(app)
        row = row_of(side, OSEI)
        before = name_style(side, row)
        await select(pilot, text_point(side, row, 0), text_point(side, row, len(OSEI) - 1))
        assert app.screen.get_selected_text() == OSEI
        # as Textual draws a selection: its background blended in, the name keeping its colour
        selection = app.screen.get_component_styles("screen--selection").background
        after = name_style(side, row)
        assert after.bgcolor == (side.background_colors[1] + selection).rich_color
        assert after.color == before.color and after.bold == before.bold
        await pilot.press("ctrl+c")
        assert app.clipboard == OSEI


async def test_a_selection_over_rows_copies_their_text_without_the_padding(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        side = panel(app)
        cue, kind = row_of(side, "Cue "), row_of(side, "Kind ")
        end = len("Kind     direct quote") - 1
        await select(pilot, text_point(side, cue, 0), text_point(side, kind, end))
        assert app.screen.get_selected_text() == "Cue      said\nKind     direct quote"


async def test_a_selection_in_the_note_leaves_its_border_out(analysis: Analysis) -> None:
    seed_notes(analysis)  # a note of two lines on Osei's first quote
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        side = panel(app)
        first, last = row_of(side, "Check the registry"), row_of(side, "press office.")
        right = side.content_size.width - 1  # on the box's right border
        await select(pilot, text_point(side, first, 0), text_point(side, last, right))
        body = "Check the registry: *envoy* until 2022. Ask the [council] press office."
        text = app.screen.get_selected_text()
        assert text is not None and " ".join(text.split()) == body
        await pilot.click(offset=text_point(side, first, 3), times=2)  # all the panel's text
        everything = app.screen.get_selected_text()
        assert everything is not None and OSEI in everything and "press office." in everything
        assert not set("│╭╮╰╯") & set(everything)


async def test_a_selection_lasts_as_long_as_the_text_under_it(analysis: Analysis) -> None:
    """A new theme or Osei's next sentence (her name where it was) keep the name selected;
    a sentence without her drops the selection."""
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        side = panel(app)
        row = row_of(side, OSEI)
        await select(pilot, text_point(side, row, 0), text_point(side, row, len(OSEI) - 1))
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        assert app.screen.get_selected_text() == OSEI
        await pilot.press("j")
        assert row_of(side, OSEI) == row
        assert app.screen.get_selected_text() == OSEI
        await pilot.press("j")  # "Not everyone is convinced."
        assert OSEI not in side.render_line(row).text
        assert app.screen.get_selected_text() is None

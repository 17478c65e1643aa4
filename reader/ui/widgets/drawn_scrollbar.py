"""The scrollbar a Line API widget draws in its own last column, cell by cell as Textual draws
its `ScrollBar` widget: the same picture, the same colours (normal, under the pointer, held),
and the same mouse action in the meta of each cell (grab the thumb, page up, page down)."""

from __future__ import annotations

from typing import Literal

from rich.segment import Segment
from textual.color import Color
from textual.scrollbar import ScrollBarRender
from textual.widget import Widget

BarState = Literal["normal", "hover", "active"]
BarAction = Literal["grab", "scroll_up", "scroll_down"]


def bar_width(widget: Widget) -> int:
    return max(1, widget.styles.scrollbar_size_vertical)


def bar_cells(widget: Widget, state: BarState, height: int, lines: int, top: int) -> list[Segment]:
    """The bar's cell on each of `height` rows beside `lines` lines shown from `top`."""
    background, colour = _colours(widget, state)
    if background.a < 1:
        background = widget.background_colors[0] + background
    colour = background + colour
    bar = ScrollBarRender.render_bar(
        size=height,
        virtual_size=lines,
        window_size=height,
        position=top,
        thickness=bar_width(widget),
        vertical=True,
        back_color=background.rich_color,
        bar_color=colour.rich_color,
    )
    return [segment for segment in bar.segments if segment.text != "\n"]


def bar_action(widget: Widget, height: int, lines: int, top: int, row: int) -> BarAction | None:
    """What a press on the bar's cell in `row` does, read where Textual reads it: the cell's
    meta (None off the bar)."""
    cells = bar_cells(widget, "normal", height, lines, top)
    style = cells[row].style if 0 <= row < len(cells) else None
    action = style.meta.get("@mouse.down") if style is not None else None
    return action if action in ("grab", "scroll_up", "scroll_down") else None


def _colours(widget: Widget, state: BarState) -> tuple[Color, Color]:
    """(track, thumb) colours of the bar in `state`, from the widget's scrollbar styles."""
    styles = widget.styles
    if state == "active":
        return styles.scrollbar_background_active, styles.scrollbar_color_active
    if state == "hover":
        return styles.scrollbar_background_hover, styles.scrollbar_color_hover
    return styles.scrollbar_background, styles.scrollbar_color

"""Rich renderables as the Strips of a Line API widget, rendered as a `Static` renders them,
and a bordered box with a title drawn the way Textual draws a `border: round` widget (its
border a `Frame`, never part of a selection, as a widget's border is not)."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len
from rich.console import RenderableType
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual, visualize
from textual.widget import Widget

from reader.ui.widgets.line_selection import Frame

TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, ACROSS, SIDE = "╭╮╰╯─│"  # border: round


def render_strips(
    widget: Widget, renderable: RenderableType, width: int, style: VisualStyle
) -> list[Strip]:
    """The lines of `renderable` `width` cells wide, over `style`, as a Static in `widget`
    would show them (not padded: the widget pads each line with its background). Without the
    widget's text selection: the lines are kept, the widget draws a selection over them."""
    visual = visualize(widget, renderable)
    return Visual.to_strips(widget, visual, max(1, width), None, style, apply_selection=False)


class BoxStyles(NamedTuple):
    border: Style
    title: Style
    background: Style  # the padding between the border and the text


def boxed(body: list[Strip], width: int, title: str, styles: BoxStyles) -> list[Strip]:
    """`body` (lines at most `width` - 4 cells) in a rounded box `width` cells wide, one cell
    of padding either side, `title` on the top edge."""
    inner = max(0, width - 4)
    left = [Frame(SIDE, styles.border), Frame(" ", styles.background)]
    right = [Frame(" ", styles.background), Frame(SIDE, styles.border)]
    rows = [
        Strip([*left, *line.adjust_cell_length(inner, styles.background), *right]) for line in body
    ]
    bottom = Frame(BOTTOM_LEFT + ACROSS * max(0, width - 2) + BOTTOM_RIGHT, styles.border)
    return [_top(width, title, styles), *rows, Strip([bottom])]


def _top(width: int, title: str, styles: BoxStyles) -> Strip:
    label = _fit(f" {title} ", max(0, width - 4))
    rest = max(0, width - 3 - cell_len(label))
    return Strip(
        [
            Frame(TOP_LEFT + ACROSS, styles.border),
            Segment(label, styles.title),
            Frame(ACROSS * rest + TOP_RIGHT, styles.border),
        ]
    )


def _fit(label: str, width: int) -> str:
    if cell_len(label) <= width:
        return label
    return label[: max(0, width - 2)] + "… " if width > 2 else ""

"""Move a scrollbar without repainting it when its picture stays the same.

Textual repaints a scroll view's scrollbar whenever the view scrolls, a full-height column
drawn through Rich: a few ms, more than the article's own lines. The thumb moves in eighths of
a cell, so on a long article a scroll of a few lines usually leaves the picture as it was.
"""

from __future__ import annotations

from math import ceil

from rich.segment import Segment
from textual.scrollbar import ScrollBar, ScrollBarRender


def move_thumb(bar: ScrollBar, position: float) -> None:
    """Set the scrollbar's position; repaint it only if it looks different there."""
    if _picture(bar, position) == _picture(bar, bar.position):
        bar.set_reactive(ScrollBar.position, position)  # kept for dragging, not repainted
    else:
        bar.position = position


def _picture(bar: ScrollBar, position: float) -> list[Segment]:
    """The bar's cells at `position`: Textual's own drawing, in neutral colours."""
    virtual_size = bar.window_virtual_size
    window_size = bar.window_size if bar.window_size < virtual_size else 0
    cells = ScrollBarRender.render_bar(
        size=bar.size.height,
        virtual_size=ceil(virtual_size),
        window_size=ceil(window_size),
        position=position,
        thickness=bar.thickness,
        vertical=True,
    )
    return list(cells.segments)

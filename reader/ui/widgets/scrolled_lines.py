"""A Line API widget that scrolls its own lines and draws its own scrollbar.

A Textual scroll view lays the screen out again whenever its content changes height, and every
layout repaints the scrollbars once more in a frame of their own: two frames a key press at
best. Here the widget's size never depends on its lines: new lines are a repaint, in the
frame that shows the key's other changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from math import ceil

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region
from textual.scrollbar import ScrollBarRender
from textual.strip import Strip
from textual.widget import Widget

Line = tuple[Segment, ...]
"""One line as kept: lighter than a Strip (which carries seven caches the collector walks)."""
BLANK: Line = ()


class ScrolledLines(Widget):
    """Subclasses say what to show at a width (`lines_for`) and call `show_lines` when that
    changes; lines too many for the height are shown narrower, beside a scrollbar, and scroll
    with the mouse wheel."""

    DEFAULT_CSS = """
    ScrolledLines {
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._lines: list[Line] = []
        self._top = 0
        self._view: list[Strip] = []  # the rows on screen, the scrollbar drawn in

    def lines_for(self, width: int) -> list[Line]:
        """The lines to show at `width` cells."""
        return []

    @property
    def top(self) -> int:
        """The first line shown."""
        return self._top

    def show_lines(self, *, home: bool = False) -> None:
        """Take the lines again (for the current width); `home` scrolls to the top."""
        if self.content_size.width > 0:  # else not laid out yet: on_resize comes
            self._lines = self.fitted(self.lines_for)
            self._move_to(0 if home else self._top)

    def fitted(self, lines_for: Callable[[int], list[Line]]) -> list[Line]:
        """The lines at the full width if they fit the height, else one scrollbar narrower.

        The narrow ones come first: lines one cell narrower are about a tenth more at most, so
        lines well over the height at the narrow width are over it at the full width too, and
        a long card is rendered once."""
        width, height = self.content_size
        lines = lines_for(max(1, width - self._bar_width()))
        if len(lines) <= height + len(lines) // 10 + 1:
            wide = lines_for(width)
            if len(wide) <= height:
                return wide
        return lines

    def _bar_width(self) -> int:
        return max(1, self.styles.scrollbar_size_vertical)

    def _move_to(self, top: int) -> None:
        """Show the lines from `top`; repaint only the rows that change."""
        width, height = self.content_size
        self._top = max(0, min(top, len(self._lines) - height))
        shown = self._lines[self._top : self._top + height]
        if len(self._lines) > height:
            rows = self._with_bar(shown, width - self._bar_width(), self._render_bar(height))
        else:
            rows = [Strip(line) for line in shown]
        old, self._view = self._view, rows
        for start, stop in _changed(old, rows, height):
            self.refresh(Region(0, start, width, stop - start))

    def _with_bar(self, lines: list[Line], width: int, bar: list[Segment]) -> list[Strip]:
        """The lines padded to `width` (with the background, as Textual pads them), then the
        scrollbar's cell."""
        background = Style(bgcolor=self.rich_style.bgcolor)
        rows = []
        for line, cell in zip(lines, bar, strict=False):
            pad = width - sum(segment.cell_length for segment in line)
            rows.append(Strip([*line, Segment(" " * pad, background), cell], width + 1))
        return rows

    def _render_bar(self, height: int) -> list[Segment]:
        """The scrollbar's cell on each row, coloured as Textual colours its own."""
        background, colour = self.styles.scrollbar_background, self.styles.scrollbar_color
        if background.a < 1:
            background = self.background_colors[0] + background
        colour = background + colour
        bar = ScrollBarRender.render_bar(
            size=height,
            virtual_size=len(self._lines),
            window_size=height,
            position=self._top,
            thickness=self._bar_width(),
            vertical=True,
            back_color=background.rich_color,
            bar_color=colour.rich_color,
        )
        base = self.rich_style
        cells = [segment for segment in bar.segments if segment.text != "\n"]
        return [Segment(cell.text, base + _plain(cell.style)) for cell in cells]

    def render_line(self, y: int) -> Strip:
        return self._view[y] if y < len(self._view) else Strip(BLANK)

    def on_resize(self, _event: events.Resize) -> None:
        self.show_lines()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._wheel(event, 1)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._wheel(event, -1)

    def _wheel(self, event: events.MouseEvent, direction: int) -> None:
        if len(self._lines) > self.content_size.height:  # something to scroll
            step = max(1, ceil(self.app.scroll_sensitivity_y))
            self._move_to(self._top + direction * step)
            event.stop()


def _changed(old: list[Strip], new: list[Strip], height: int) -> Iterator[tuple[int, int]]:
    """The runs of rows [start, stop) that differ between two views."""
    start = None
    for row in range(height):
        same = row < len(old) and row < len(new) and old[row] == new[row]
        same = same or (row >= len(old) and row >= len(new))
        if not same and start is None:
            start = row
        elif same and start is not None:
            yield start, row
            start = None
    if start is not None:
        yield start, height


def _plain(style: Style | None) -> Style | None:
    """The style without the scrollbar's mouse actions (this bar is drawn, not a widget)."""
    return style.clear_meta_and_links() if style is not None else None

"""A Line API widget that scrolls its own lines and draws its own scrollbar.

A Textual scroll view lays the screen out again whenever its content changes height, and every
layout repaints the scrollbars once more in a frame of their own: two frames a key press at
best. Here the widget's size never depends on its lines: new lines are a repaint, in the
frame that shows the key's other changes.

The scrollbar is a column of cells, not a widget, so the widget does what Textual's `ScrollBar`
does with the mouse: a press on the thumb grabs it and dragging scrolls, a press on the track
pages. The text can be selected with the mouse and copied, as in Textual's `Log`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from math import ceil

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.filter import LineFilter
from textual.geometry import Offset, Region
from textual.selection import Selection
from textual.strip import Strip
from textual.widget import Widget

from reader.ui.widgets.drawn_scrollbar import BarState, bar_action, bar_cells, bar_width
from reader.ui.widgets.kept_filters import KeptLineFilters
from reader.ui.widgets.line_selection import (
    highlighted,
    line_text,
    selected_text,
    selection_painter,
    with_offsets,
)

Line = tuple[Segment, ...]
"""One line as kept: lighter than a Strip (which carries seven caches the collector walks)."""
BLANK: Line = ()


class ScrolledLines(Widget):
    """Subclasses say what to show at a width (`lines_for`) and call `show_lines` when that
    changes; lines too many for the height are shown narrower, beside a scrollbar, and scroll
    with the mouse wheel or the scrollbar."""

    DEFAULT_CSS = """
    ScrolledLines {
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._filters = KeptLineFilters(self)
        self._lines: list[Line] = []
        self._top = 0
        self._view: list[Strip] = []  # the rows on screen, the scrollbar drawn in
        self._grab: tuple[int, int] | None = None  # the thumb held: (screen row, top) then
        self._over_bar = False

    def lines_for(self, width: int) -> list[Line]:
        """The lines to show at `width` cells."""
        return []

    @property
    def top(self) -> int:
        """The first line shown."""
        return self._top

    @property
    def line_count(self) -> int:
        """How many lines there are to scroll through."""
        return len(self._lines)

    def show_lines(self, *, home: bool = False) -> None:
        """Take the lines again (for the current width); `home` scrolls to the top."""
        if self.content_size.width > 0:  # else not laid out yet: on_resize comes
            old, self._lines = self._lines, self.fitted(self.lines_for)
            self._check_selection(old)
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
        return bar_width(self)

    def _scrolls(self) -> bool:
        return len(self._lines) > self.content_size.height

    def _move_to(self, top: int) -> None:
        """Show the lines from `top`; repaint only the rows that change."""
        width, height = self.content_size
        self._top = max(0, min(top, len(self._lines) - height))
        shown = self._highlighted(self._lines[self._top : self._top + height])
        if self._scrolls():
            rows = self._rows(shown, width - self._bar_width(), self._render_bar(height))
        else:
            rows = self._rows(shown, width, [])
        old, self._view = self._view, rows
        for start, stop in _changed(old, rows, height):
            self.refresh(Region(0, start, width, stop - start))

    def _rows(self, lines: list[Line], width: int, bar: list[Segment]) -> list[Strip]:
        """The lines padded to `width` (with the background, as Textual pads them: every cell
        of a row then says which character it is closest to), then the scrollbar's cell."""
        background = Style(bgcolor=self.rich_style.bgcolor)
        rows = []
        for row, line in enumerate(lines):
            pad = max(0, width - sum(segment.cell_length for segment in line))
            cell = bar[row : row + 1]
            cells = width + sum(segment.cell_length for segment in cell)
            rows.append(Strip([*line, Segment(" " * pad, background), *cell], cells))
        return rows

    def _render_bar(self, height: int) -> list[Segment]:
        """The scrollbar's cell on each row, coloured as Textual colours its own."""
        cells = bar_cells(self, self._bar_state(), height, len(self._lines), self._top)
        base = self.rich_style
        return [Segment(cell.text, base + _plain(cell.style)) for cell in cells]

    def _bar_state(self) -> BarState:
        if self._grab is not None:
            return "active"
        return "hover" if self._over_bar else "normal"

    def get_line_filters(self) -> Sequence[LineFilter]:
        return self._filters.textual_filters()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._filters.forget()

    def render_line(self, y: int) -> Strip:
        if y >= len(self._view):
            return Strip(BLANK)
        return with_offsets(self._filters.apply(self._view[y]), self._top + y)

    def on_resize(self, _event: events.Resize) -> None:
        self.show_lines()

    # -- the mouse wheel -----------------------------------------------------------------

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        self._wheel(event, 1)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        self._wheel(event, -1)

    def _wheel(self, event: events.MouseEvent, direction: int) -> None:
        if self._scrolls():
            step = max(1, ceil(self.app.scroll_sensitivity_y))
            self._move_to(self._top + direction * step)
            event.stop()

    # -- the scrollbar -------------------------------------------------------------------

    def _on_bar(self, screen_offset: Offset) -> bool:
        region = self.content_region
        on_column = screen_offset.x >= region.right - self._bar_width()
        return self._scrolls() and region.contains_point(screen_offset) and on_column

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """On the thumb: grab it; on the track above or below it: a page up or down."""
        if not self._on_bar(event.screen_offset):
            return
        event.stop()
        height = self.content_size.height
        row = event.screen_y - self.content_region.y
        action = bar_action(self, height, len(self._lines), self._top, row)
        if action == "grab":
            self._grab = (event.screen_y, self._top)
            self.capture_mouse()
            self._move_to(self._top)  # the thumb in its active colours
        elif action in ("scroll_up", "scroll_down"):
            self._move_to(self._top + (height if action == "scroll_down" else -height))

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._grab is None:
            self._hover(self._on_bar(event.screen_offset))
            return
        # as Textual's ScrollBar: the lines follow the pointer at the thumb's scale
        grab_row, grab_top = self._grab
        scale = len(self._lines) / max(1, self.content_size.height)
        self._move_to(round(grab_top + (event.screen_y - grab_row) * scale))
        event.stop()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._grab is not None:
            self.release_mouse()
            event.stop()

    def on_mouse_release(self, _event: events.MouseRelease) -> None:
        self._grab = None
        self._move_to(self._top)

    def on_leave(self, _event: events.Leave) -> None:
        self._hover(False)

    def on_hide(self, _event: events.Hide) -> None:
        if self._grab is not None:  # a hidden thumb is let go of (as Textual's ScrollBar is)
            self._grab = None
            self.release_mouse()

    def _hover(self, over: bool) -> None:
        if over != self._over_bar:
            self._over_bar = over
            self._move_to(self._top)  # the bar in its hover colours, or back

    # -- text selection ------------------------------------------------------------------

    @property
    def allow_select(self) -> bool:
        """A press on the scrollbar drags or pages: it starts no selection (Textual's own
        scrollbars allow none either)."""
        return super().allow_select and not self._on_bar(self.app.mouse_position)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        return selected_text(self._lines, selection), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        self._move_to(self._top)  # repaint the rows whose highlight changed

    def _highlighted(self, lines: list[Line]) -> list[Line]:
        """`lines` (shown from the top line) with the selected text in the selection style."""
        selection = self.text_selection
        if selection is None:
            return lines
        paint = selection_painter(self)
        shown = []
        for y, line in enumerate(lines, self._top):
            span = selection.get_span(y)
            shown.append(line if span is None else tuple(highlighted(line, span, paint)))
        return shown

    def _check_selection(self, old: list[Line]) -> None:
        """Drop the selection in this widget if the text it covers has changed (a new
        sentence, a new width, a note added above it)."""
        selection = self.text_selection
        if selection is None:
            return
        first = selection.start.y if selection.start is not None else 0
        last = selection.end.y + 1 if selection.end is not None else max(len(old), len(self._lines))
        before, now = old[first:last], self._lines[first:last]
        if [line_text(line) for line in before] != [line_text(line) for line in now]:
            selections = self.screen.selections
            self.screen.selections = {w: s for w, s in selections.items() if w is not self}


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

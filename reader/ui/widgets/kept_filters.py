"""Textual's line filter applied once to a widget's kept lines, not on every repaint.

Textual runs the app's line filters over every row it repaints (ANSIToTruecolor: the theme's
colours for ANSI ones and for dim text), making a new strip each time. A widget that keeps its
rendered lines can apply the filter to them itself: Strip's own cache then runs it once per
line. Only ANSIToTruecolor moves, and only when it is the one filter: it leaves the
background-only padding Textual adds around the lines as it was. Any other (NO_COLOR's
monochrome, TEXTUAL_FILTERS=dim) changes every cell, so then Textual applies them all."""

from __future__ import annotations

from collections.abc import Sequence

from textual.color import Color
from textual.filter import ANSIToTruecolor, LineFilter
from textual.strip import Strip
from textual.widget import Widget


class KeptLineFilters:
    """A Line API widget's filters: `widget.get_line_filters` returns `textual_filters()`, and
    `render_line` returns `apply(strip)` of a strip the widget keeps."""

    def __init__(self, widget: Widget) -> None:
        self._widget = widget
        self._background: Color | None = None

    def textual_filters(self) -> Sequence[LineFilter]:
        """The filters left for Textual to run on each repainted row."""
        filters = self._widget.app.get_line_filters()
        return () if _movable(filters) else filters

    def apply(self, strip: Strip) -> Strip:
        """`strip` through the app's filter, if it moved here (see the module)."""
        filters = self._widget.app.get_line_filters()
        if not _movable(filters):
            return strip
        background = self._background
        if background is None:  # as Textual passes it: the widget's own background
            background = self._background = self._widget.background_colors[1]
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, background)
        return strip

    def forget(self) -> None:
        """New styles (a new theme): a new background."""
        self._background = None


def _movable(filters: Sequence[LineFilter]) -> bool:
    return all(isinstance(line_filter, ANSIToTruecolor) for line_filter in filters)

"""Horizontal bars drawn with block characters, an eighth of a cell at a time, as wide as the
space they are given (a Rich renderable: a table column with `ratio` sizes them)."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text

FULL = "█"
EIGHTHS = ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")
SLIVER = EIGHTHS[1]  # the least a value above zero is drawn with


def bar_text(fraction: float, width: int) -> str:
    """A bar `fraction` (0-1) of `width` cells long; a value above zero is never invisible."""
    if width <= 0 or fraction <= 0:
        return ""
    eighths = round(min(fraction, 1.0) * width * 8)
    full, rest = divmod(eighths, 8)
    bar = FULL * full + EIGHTHS[rest]
    return bar or SLIVER


class Bar:
    """A bar for `value` out of `scale`, filling the width it is rendered at."""

    def __init__(self, value: float, scale: float, style: Style | str = "") -> None:
        self.fraction = value / scale if scale > 0 else 0.0
        self.style = style

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield Text(bar_text(self.fraction, options.max_width), style=self.style, end="")

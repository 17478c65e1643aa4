"""Two columns of Rich `Text`: the side panel's "Label value" rows and its hanging lists.

They used to be `rich.table.Table` grids, which measure every cell again on every render: most
of a key press's CPU. Here the first column has a fixed width and each value is wrapped once
(folding words too long for a line) in what is left, the way that grid laid them out, so the
panel reads the same for a fraction of the cost.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text


class TwoColumns:
    """Rows of (left, right): `left` cut or padded to the first column's width (the widest
    left cell unless `left_width` is given) and `gap` spaces; `right` wrapped under itself."""

    def __init__(
        self, rows: list[tuple[Text, Text]], *, left_width: int | None = None, gap: int = 0
    ) -> None:
        self.rows = rows
        self.left_width = left_width
        self.gap = gap

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        left_width = self._left_width() + self.gap
        width = self._right_width(max(1, options.max_width - left_width))
        new_line = Segment.line()
        for left, right in self.rows:
            cell = left.copy()
            cell.truncate(left_width, pad=True)
            blank = Text(" " * left_width, style=left.style)
            lines: list[Text] = []
            if width:
                lines = list(right.wrap(console, width, justify="left", overflow="fold"))
            for index, line in enumerate(lines or [Text()]):
                yield from segments(cell if index == 0 else blank, console)
                yield from segments(line, console)
                yield new_line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)

    def _left_width(self) -> int:
        if self.left_width is not None:
            return self.left_width
        return max((left.cell_len for left, _ in self.rows), default=0)

    def _right_width(self, available: int) -> int:
        """The second column is as wide as its widest line, at most what is available."""
        widest = max((_widest_line(right.plain) for _, right in self.rows), default=0)
        return min(available, widest)


def _widest_line(text: str) -> int:
    return max(cell_len(line) for line in text.split("\n"))


def segments(line: Text, console: Console) -> Iterable[Segment]:
    """One line of text as segments, its own style included (`Text.render` leaves the style
    of a text without spans to the caller)."""
    if line.style and not line.spans:
        return [Segment(line.plain, console.get_style(line.style))]
    return line.render(console)


def labelled_rows(rows: list[tuple[str, Text]]) -> TwoColumns:
    """Dim labels, a space, then the values."""
    return TwoColumns([(Text(label, style="dim"), value) for label, value in rows], gap=1)


def hanging_list(items: list[Text]) -> TwoColumns:
    """Items whose first two cells are a marker ("· ", "▸ "); wrapped lines hang under the text."""
    return TwoColumns([(item[:2], item[2:]) for item in items], left_width=2)

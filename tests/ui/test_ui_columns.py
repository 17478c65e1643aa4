"""The panel's two-column rows read exactly as the `rich.table` grids they replaced."""

from __future__ import annotations

import pytest
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from reader.ui.columns import hanging_list, labelled_rows

VALUES = [
    "direct quote",
    "reported speech: He said …; “He” refers to Graham Pell, the last man named before it (68%)",
    "https://example.org/people/graham-pell",
    "Defends the authority's plan for 38 remote-controlled stacking cranes; quoted by Reuters.",
    "中文字符 wide characters wrap by cells",
    "x" * 70,
    "",
]
ITEMS = [
    Text.assemble("· ", "“We gave them eleven weeks and they gave us a slideshow,”"),
    Text.assemble(
        ("▸ ", "bold"),
        ("the authority had offered a retraining fund", "bold"),
        (" (this one)", "dim"),
    ),
    Text("  None elsewhere in this piece.", style="dim italic"),
    Text("  … 12 in all", style="dim"),
]


def _table_rows(rows: list[tuple[str, Text]]) -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="dim", no_wrap=True)
    grid.add_column(overflow="fold")
    for label, value in rows:
        grid.add_row(Text(label), value)
    return grid


def _table_list(items: list[Text]) -> Table:
    grid = Table.grid()
    grid.add_column(no_wrap=True, width=2)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row(item[:2], item[2:])
    return grid


def _cells(renderable: RenderableType, width: int) -> list[list[tuple[str, str]]]:
    """Each line's characters with their style (a space's style only where it shows)."""
    console = Console(width=width, force_terminal=True, color_system="truecolor")
    lines = console.render_lines(renderable, console.options.update_width(width), pad=True)
    shown = []
    for line in lines:
        cells = [(char, str(seg.style)) for seg in line for char in seg.text]
        shown.append([(c, s) if c != " " else (c, "") for c, s in cells])
    return shown


@pytest.mark.parametrize("width", [20, 26, 35, 36, 60])
def test_labelled_rows_read_as_the_grid_did(width: int) -> None:
    labels = ["Named as", "Cue", "Why", "Affiliation", "URL", "Notes", "Kind"]
    rows = [(label, Text(value)) for label, value in zip(labels, VALUES, strict=False)]
    assert _cells(labelled_rows(rows), width) == _cells(_table_rows(rows), width)


@pytest.mark.parametrize("width", [12, 26, 35, 36, 60])
def test_hanging_lists_read_as_the_grid_did(width: int) -> None:
    assert _cells(hanging_list(ITEMS), width) == _cells(_table_list(ITEMS), width)


def test_a_value_is_never_parsed_as_markup() -> None:
    rows = [("Notes", Text("[bold]not bold[/bold] [link=https://x.example]x[/link]"))]
    lines = _cells(labelled_rows(rows), 60)
    assert "".join(c for c, _ in lines[0]).startswith("Notes [bold]not bold[/bold] [link=")

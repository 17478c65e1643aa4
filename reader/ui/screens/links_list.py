"""Every link of the article (or of one sentence) with its preview, in a DataTable: Enter jumps
to the sentence, o opens the link in the browser, Esc closes. Rows follow the previews as they
arrive (`refresh_rows`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable

from reader.ui.browser import open_in_browser
from reader.ui.screens.dialog import DialogScreen

COLUMNS = ("Link", "Site", "Preview", "Where")
KEYS_HINT = "Enter jumps to the sentence · o opens in the browser · Esc closes"


@dataclass(frozen=True, slots=True)
class LinkRow:
    url: str
    cells: tuple[Text, ...]
    target: int | None  # the sentence Enter jumps to


class LinksListScreen(DialogScreen[int | None]):
    """Dismissed with the id of the sentence to jump to, or None."""

    DEFAULT_CSS = """
    LinksListScreen {
        #links { width: auto; max-width: 100%; }
        #links-table {
            width: auto;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            background: $surface;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,l", "close", "Close"),
        Binding("o", "open_link", "Open in browser"),
    ]

    def __init__(
        self, title: str, rows: Callable[[], list[LinkRow]], progress: Callable[[], str]
    ) -> None:
        super().__init__()
        self.title_text = title
        self.rows_of = rows
        self.progress_of = progress
        self.rows: list[LinkRow] = []

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#links-table", DataTable)

    def compose(self) -> ComposeResult:
        with Vertical(id="links", classes="dialog") as box:
            box.border_subtitle = KEYS_HINT
            yield DataTable[Text](id="links-table", cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self.table.add_columns(*COLUMNS)
        self.refresh_rows()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_rows())

    def refresh_rows(self) -> None:
        """Rebuild the rows from what is known now; the highlighted row stays."""
        table, row = self.table, self.table.cursor_row
        self.rows = self.rows_of()
        table.clear()
        for index, link_row in enumerate(self.rows):
            table.add_row(*link_row.cells, key=str(index))
        table.move_cursor(row=min(row, len(self.rows) - 1), animate=False)
        progress = self.progress_of()
        title = f"{self.title_text} ({len(self.rows)})"
        self.query_one("#links").border_title = f"{title} · {progress}" if progress else title

    def _highlighted(self) -> LinkRow | None:
        row = self.table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @on(DataTable.RowSelected)
    def _jump(self, message: DataTable.RowSelected) -> None:
        message.stop()
        link_row = self._highlighted()
        if link_row is None:
            return
        if link_row.target is None:
            self.notify("This link is in no sentence of the article", severity="warning")
        else:
            self.dismiss(link_row.target)

    def action_open_link(self) -> None:
        link_row = self._highlighted()
        if link_row is not None:
            open_in_browser(self, link_row.url)

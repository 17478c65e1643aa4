"""Every speaker of the article in a DataTable, most quotes first: Enter jumps to the speaker's
first quote, f dims everything but their quotes, x clears that filter, Esc closes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from reader.core.attribution_text import venue_phrase
from reader.core.voice import SpeakerSummary
from reader.ui.colours import SpeakerColours
from reader.ui.screens.dialog import DialogScreen
from reader.ui.text import excerpt, safe_text

JUMP, FILTER, CLEAR = "jump", "filter", "clear"
COLUMNS = ("Speaker", "Role / affiliation", "Venue", "Quotes", "Words")
KEYS_HINT = "Enter first quote · f show only them · Esc close"
CLEAR_HINT = "Enter first quote · f show only them · x show everyone · Esc close"
EMPTY = "Nobody is quoted by name in this article."


@dataclass(frozen=True, slots=True)
class RosterChoice:
    action: str  # JUMP, FILTER or CLEAR
    speaker: str | None = None


def venues_text(venues: tuple[str, ...]) -> str:
    return ", ".join(venue_phrase(venue) for venue in venues)


def row_cells(row: SpeakerSummary, colour: Style, showing: bool) -> tuple[Text, ...]:
    name = Text(excerpt(row.name, 28), style=colour + Style(bold=True))
    if showing:
        name.append(" ◂", style="bold")
    return (
        name,
        Text(excerpt(row.about, 48)),
        Text(excerpt(venues_text(row.venues), 24)),
        Text(str(row.quotes), justify="right"),
        Text(str(row.words), justify="right"),
    )


class RosterScreen(DialogScreen[RosterChoice | None]):
    """Dismissed with what to do (jump, filter, clear the filter), or None."""

    DEFAULT_CSS = """
    RosterScreen {
        #roster { width: auto; max-width: 100%; }
        #roster-table { width: auto; max-width: 100%; height: auto; max-height: 100%; }
        #roster-empty { padding: 1 1; color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,s", "close", "Close"),
        Binding("f", "filter", "Show only them"),
        Binding("x", "clear_filter", "Show everyone"),
    ]

    def __init__(
        self,
        rows: list[SpeakerSummary],
        colours: SpeakerColours,
        *,
        showing: str | None = None,
        dark: bool = True,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.colours = colours
        self.showing = showing
        self.dark = dark

    @property
    def table(self) -> DataTable[Text]:
        return self.query_one("#roster-table", DataTable)

    def compose(self) -> ComposeResult:
        with Vertical(id="roster", classes="dialog") as box:
            box.border_title = f"Speakers ({len(self.rows)})"
            if self.showing is not None:
                box.border_title += f" · showing: {safe_text(self.showing)}"
            box.border_subtitle = KEYS_HINT if self.showing is None else CLEAR_HINT
            if self.rows:
                yield DataTable[Text](id="roster-table", cursor_type="row", zebra_stripes=True)
            else:
                yield Static(Text(EMPTY), id="roster-empty")

    def on_mount(self) -> None:
        if not self.rows:
            return
        table = self.table
        table.add_columns(*COLUMNS)
        for index, row in enumerate(self.rows):
            colour = Style(color=self.colours.colour(row.name, dark=self.dark))
            table.add_row(*row_cells(row, colour, row.name == self.showing), key=str(index))
        table.focus()

    def _highlighted(self) -> SpeakerSummary | None:
        if not self.rows:
            return None
        row = self.table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @on(DataTable.RowSelected)
    def _jump(self, message: DataTable.RowSelected) -> None:
        message.stop()
        row = self._highlighted()
        if row is not None:
            self.dismiss(RosterChoice(JUMP, row.name))

    def action_filter(self) -> None:
        row = self._highlighted()
        if row is not None:
            self.dismiss(RosterChoice(FILTER, row.name))

    def action_clear_filter(self) -> None:
        if self.showing is None:
            self.notify("Every speaker is shown already")
        else:
            self.dismiss(RosterChoice(CLEAR))

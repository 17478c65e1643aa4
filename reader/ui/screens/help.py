"""A modal listing every key, built from the BINDINGS themselves so it cannot drift."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.ui.screens.dialog import DialogScreen

HelpRow = tuple[str, str]


def help_rows(groups: Iterable[Iterable[BindingType]]) -> list[HelpRow]:
    """One row per action: its keys joined with " / ", and its tooltip or description."""
    rows: dict[str, tuple[list[str], str]] = {}
    for bindings in groups:
        for binding in Binding.make_bindings(bindings):
            description = binding.tooltip or binding.description
            keys, _ = rows.setdefault(binding.action, ([], description))
            keys.append(binding.key_display or _key_name(binding.key))
    return [(" / ".join(keys), description) for keys, description in rows.values()]


_KEY_NAMES = {
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "space": "Space",
    "question_mark": "?",
    "escape": "Esc",
}


def _key_name(key: str) -> str:
    """ "shift+f3" -> "Shift+F3", "down" -> "↓"."""
    *modifiers, name = key.split("+")
    shown = _KEY_NAMES.get(name, name)
    if len(shown) > 1 and shown[0] == "f" and shown[1:].isdigit():
        shown = shown.upper()
    elif modifiers and len(shown) > 1:
        shown = shown.capitalize()
    return "+".join([*(modifier.capitalize() for modifier in modifiers), shown])


class HelpScreen(DialogScreen[None]):
    """Every key and what it does; escape, q or ? closes it."""

    DEFAULT_CSS = """
    HelpScreen {
        #help { width: 84; padding: 1 2; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", show=False),
    ]

    def __init__(self, rows: list[HelpRow]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog") as scroll:
            scroll.border_title = "Keys"
            scroll.border_subtitle = "Esc to close"
            yield Static(self._table())

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for keys, description in self.rows:
            table.add_row(Text(keys), Text(description))
        return table

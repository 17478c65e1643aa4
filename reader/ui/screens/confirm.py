"""A small yes/no question before something the user would regret: y/Enter yes, n/Esc no."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class ConfirmScreen(ModalScreen[bool]):
    """Dismissed with True for y/Enter and False for n/Esc; any other key does nothing."""

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
        background: $background 60%;
        #confirm {
            width: 60;
            max-width: 90%;
            height: auto;
            border: round $error;
            border-title-style: bold;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 1 2;
        }
        #confirm-detail { color: $text-muted; max-height: 8; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y,enter", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, detail: Text, *, yes: str, no: str) -> None:
        super().__init__()
        self.question = question
        self.detail = detail
        self.keys_hint = f"y / Enter {yes} · n / Esc {no}"

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm") as box:
            box.border_title = self.question
            box.border_subtitle = self.keys_hint
            yield Static(self.detail, id="confirm-detail")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

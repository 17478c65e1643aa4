"""The look shared by reader's dialogs: a bordered box (class "dialog") centred over the dimmed
screen, closed with nothing (None) by `action_close`.

A dialog gives its box an id and sets what differs there (its width, at least); an id rule
outranks the ".dialog" one, so it also overrides any of these defaults.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class DialogScreen(ModalScreen[ResultType]):
    """A modal whose box has the class "dialog"; `close` dismisses it with None."""

    DEFAULT_CSS = """
    DialogScreen {
        align: center middle;
        background: $background 60%;
        .dialog {
            max-width: 95%;
            height: auto;
            max-height: 90%;
            border: round $primary;
            border-title-style: bold;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    def action_close(self) -> None:
        self.dismiss(None)

"""The note editor: several lines of the user's own words about one sentence.

Ctrl+S saves and Escape cancels; Enter is a newline. The editor closes only once the note is
saved: a failed save reports the error and keeps the text. Escape after typing asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.dialog import DialogScreen
from reader.ui.text import excerpt

SaveNote = Callable[[str], str | None]
"""Saves the text; returns None when saved, else the reason it was not."""

KEYS_HINT = "Ctrl+S save · Esc cancel · Enter new line"


class NoteEditor(DialogScreen[str | None]):
    """Dismissed with the saved text, or None when cancelled."""

    DEFAULT_CSS = """
    NoteEditor {
        #note-dialog { width: 76; }
        #note-sentence { color: $text-muted; text-style: italic; margin: 1 0; }
        #note-text { height: 12; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, sentence: str, body: str, save: SaveNote, *, title: str) -> None:
        super().__init__()
        self.sentence = sentence
        self.original = body
        self.save = save
        self.title = title

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog", classes="dialog") as dialog:
            dialog.border_title = self.title
            dialog.border_subtitle = KEYS_HINT
            yield Static(Text(excerpt(self.sentence, 300)), id="note-sentence")
            yield TextArea(self.original, id="note-text", soft_wrap=True)

    def on_mount(self) -> None:
        editor = self.editor
        editor.focus()
        editor.move_cursor(editor.document.end)

    @property
    def editor(self) -> TextArea:
        return self.query_one("#note-text", TextArea)

    def action_save(self) -> None:
        text = self.editor.text
        problem = self.save(text)
        if problem is None:
            self.dismiss(text)
        else:
            self.notify(problem, title="Note not saved", severity="error", markup=False)

    def action_cancel(self) -> None:
        if self.editor.text == self.original:
            self.dismiss(None)
            return
        detail = Text("What you typed since opening the editor will be lost.")
        question = ConfirmScreen("Discard your changes?", detail, yes="discard", no="keep editing")
        self.app.push_screen(question, self._discard)

    def _discard(self, yes: bool | None) -> None:
        if yes:
            self.dismiss(None)

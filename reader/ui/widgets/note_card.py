"""The reader's own note on the selected sentence, shown at the top of the side panel."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from reader.core.notes import Note
from reader.ui.text import safe_text

NO_NOTE = "No note: a adds one."


def note_text(body: str, limit: int | None = None) -> Text:
    """The user's words line by line, literally (no markup, no control characters); with
    `limit`, at most that many lines and an ellipsis."""
    lines = [safe_text(line) for line in body.strip().splitlines()]
    if limit is not None and len(lines) > limit:
        lines = [*lines[:limit], "…"]
    return Text("\n".join(lines))


def note_title(note: Note) -> str:
    if not note.body.strip():
        return "Highlighted"
    return "Your note · highlighted" if note.highlight else "Your note"


class NoteCard(Static):
    """Hidden until the selected sentence has a note or a highlight."""

    DEFAULT_CSS = """
    NoteCard {
        display: none;
        height: auto;
        border: round $primary;
        border-title-color: $text-primary;
        border-title-style: bold;
        padding: 0 1;
        margin-bottom: 1;
        &.-shown { display: block; }
        &.-highlighted { border: round $success; border-title-color: $text-success; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown = Text()
        self.note: Note | None = None

    @property
    def plain(self) -> str:
        """What the card shows, as plain text ("" when hidden)."""
        return f"{self.border_title}\n{self.shown.plain}" if self.has_class("-shown") else ""

    def show_note(self, note: Note | None) -> None:
        if note == self.note:
            return  # moving between sentences without notes costs nothing here
        self.note = note
        self.set_class(note is not None, "-shown")
        self.set_class(note is not None and note.highlight, "-highlighted")
        if note is None:
            self.shown = Text()
        else:
            self.border_title = note_title(note)
            body = note.body.strip()
            self.shown = note_text(body) if body else Text(NO_NOTE, style="dim italic")
        self.update(self.shown)

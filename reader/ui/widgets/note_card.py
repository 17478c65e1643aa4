"""The reader's own note on the selected sentence, boxed at the top of the side panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget

from reader.ui.text import safe_text
from reader.ui.widgets.panel_strips import BoxStyles, boxed, render_strips

if TYPE_CHECKING:
    from reader.core.notes import Note

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


class NoteCard:
    """What the panel shows of a note or highlight: nothing without one."""

    def __init__(self, note: Note | None = None) -> None:
        self.note = note
        if note is None:
            self.title, self.shown = "", Text()
        else:
            body = note.body.strip()
            self.title = note_title(note)
            self.shown = note_text(body) if body else Text(NO_NOTE, style="dim italic")

    @property
    def plain(self) -> str:
        """What the card shows, as plain text ("" when there is no note)."""
        return f"{self.title}\n{self.shown.plain}" if self.note is not None else ""

    @property
    def highlighted(self) -> bool:
        return self.note is not None and self.note.highlight

    def strips(self, widget: Widget, width: int, style: VisualStyle, box: BoxStyles) -> list[Strip]:
        """The boxed note, `width` cells wide, as `widget` shows it ([] without a note)."""
        if self.note is None:
            return []
        body = render_strips(widget, self.shown, width - 4, style)
        return boxed(body, width, self.title, box)

"""The TUI's hold on the notes: the article's Notebook, or the reason there is none.

Opening never raises: a database this reader cannot use leaves the notes unavailable (with the
one-line reason) and the article readable. Writes raise `NotesError` for the caller to report.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.model import Analysis, Sentence
from reader.core.notes import Note, NotesError, NoteStore
from reader.core.notes.notebook import Notebook
from reader.ui.widgets.line_render import Mark

__all__ = ["NotesAccess", "NotesError"]


class NotesAccess:
    """One article's notes for the UI; `problem` says why they are unavailable (None if not)."""

    def __init__(self, notebook: Notebook | None, problem: str | None = None) -> None:
        self.notebook = notebook
        self.problem = problem if notebook is None else None
        self._marked: dict[int, Note] = notebook.marked_sentences() if notebook else {}

    @classmethod
    def open(cls, analysis: Analysis, path: Path | None = None) -> NotesAccess:
        """Open the store (the user data dir's by default) and place the article's notes."""
        try:
            store = NoteStore(path)
        except NotesError as error:
            return cls(None, str(error))
        try:
            return cls(Notebook(store, analysis))
        except NotesError as error:  # a store that opened but cannot be read
            store.close()
            return cls(None, str(error))

    @property
    def read_only(self) -> bool:
        """The notes are shown but cannot be changed (a file or folder the user cannot write)."""
        return self.notebook is not None and self.notebook.store.read_only

    @property
    def available(self) -> bool:
        return self.notebook is not None

    def close(self) -> None:
        if self.notebook is not None:
            self.notebook.store.close()

    def note_on(self, sentence_id: int) -> Note | None:
        return self._marked.get(sentence_id)

    def marks(self) -> dict[int, Mark]:
        """Sentence id -> what to mark on it in the article."""
        return {sid: Mark(bool(n.body.strip()), n.highlight) for sid, n in self._marked.items()}

    def in_article_order(self) -> list[Note]:
        return self.notebook.in_article_order() if self.notebook else []

    def sentence_of(self, note: Note) -> Sentence | None:
        """The sentence the note sits on now; None for an orphan."""
        return self.notebook.sentence_of(note) if self.notebook else None

    def write(self, sentence: Sentence, body: str) -> str:
        """Save `body` as the sentence's note; returns what happened, in words."""
        notebook = self._require()
        current = self.note_on(sentence.id)
        if body.strip():
            notebook.write(sentence, body)
            message = "Note saved"
        elif current is None:
            return "Nothing saved: the note was empty"
        elif current.highlight:
            notebook.write(sentence, "")
            message = "Note emptied; the highlight stays"
        else:
            notebook.delete(sentence)
            message = "Note emptied and removed"
        self._changed()
        return message

    def toggle_highlight(self, sentence: Sentence) -> str:
        note = self._require().toggle_highlight(sentence)
        self._changed()
        return "Highlighted" if note is not None and note.highlight else "Highlight removed"

    def delete(self, sentence: Sentence) -> bool:
        deleted = self._require().delete(sentence)
        self._changed()
        return deleted

    def _require(self) -> Notebook:
        if self.notebook is None:
            raise NotesError(self.problem or "no notes database")
        return self.notebook

    def _changed(self) -> None:
        self._marked = self.notebook.marked_sentences() if self.notebook else {}

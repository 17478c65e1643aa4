"""Notes, highlights, the notes list, export and copying, all on the selected sentence.

The base of the reading screen: it owns no widgets of its own, only the keys and what they do.
Every failure is a notification; nothing here stops the app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.core.export_file import export_notes
from reader.core.model import Analysis, Quote, Sentence
from reader.ui.clipboard import clip_text, clipboard_problem
from reader.ui.navigation import Navigator, Stop
from reader.ui.text import excerpt
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.note_card import note_text
from reader.ui.widgets.source_panel import SourcePanel

if TYPE_CHECKING:
    from reader.core.notes import Note, NotesError
    from reader.ui.notes_access import NotesAccess

OSC52_HONEST = "if your terminal allows OSC 52 clipboard access"


def _hidden(key: str, action: str, description: str, tooltip: str) -> Binding:
    """A key listed in the help and the palette but not in the (full) footer."""
    return Binding(key, action, description, tooltip=tooltip, show=False)


# `N` lists the notes: the capital of `n` (next quote), as `G` is of `g`. `y` is vi's "yank".
NOTE_BINDINGS: list[BindingType] = [
    _hidden("a", "add_note", "Note", "Add or edit the note on this sentence"),
    _hidden("h", "toggle_highlight", "Highlight", "Highlight this sentence, or un-highlight it"),
    _hidden("d", "delete_note", "Delete", "Delete this sentence's note or highlight (asks first)"),
    _hidden(
        "N",
        "list_notes",
        "Notes",
        "List every note, Enter jumps to one (capital N: n walks the quotes)",
    ),
    _hidden("e", "export_notes", "Export", "Export the notes to Markdown"),
    _hidden("y", "copy_quote", "Copy", "Copy (yank) the quote with its attribution"),
]


class AnnotatingScreen(Screen[None]):
    """Acts on the ArticleView's selection; shows notes in it and in the SourcePanel."""

    BINDINGS: ClassVar[list[BindingType]] = NOTE_BINDINGS

    def __init__(
        self,
        analysis: Analysis,
        navigator: Navigator,
        notes: Callable[[], NotesAccess],
        export_dir: Path,
    ) -> None:
        """`notes` opens the notes' store when first called."""
        super().__init__()
        self.analysis = analysis
        self.navigator = navigator
        self._notes = notes
        self.export_dir = export_dir
        self.focus_stop: Stop | None = None  # where n/p/]/[ last landed

    @property
    def notes(self) -> NotesAccess:
        return self._notes()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def panel(self) -> SourcePanel:
        return self.query_one(SourcePanel)

    def shown_quote(self) -> Quote | None:
        """The quote the panel describes: the one n/p/]/[ stopped at in the selected sentence,
        else the sentence's primary quote."""
        selected = self.article.selected
        stop = self.focus_stop
        if stop is not None and stop.sentence_id == selected:
            return stop.quote
        return self.navigator.primary_quote(selected)

    def stores_opened(self) -> None:
        """The app opened the notes after the first frame: show them."""
        self._notes_changed()

    def show_notes_of(self, sentence_id: int) -> None:
        self.panel.show_note(self.notes.note_on(sentence_id))

    def _notes_changed(self) -> None:
        self.article.set_marks(self.notes.marks())
        self.show_notes_of(self.article.selected)

    def _selected_sentence(self) -> Sentence | None:
        if self.article.selected not in self.navigator:
            self.notify("This article has no sentences", severity="warning")
            return None
        return self.analysis.sentences[self.navigator.position(self.article.selected)]

    def _notes_available(self) -> bool:
        if not self.notes.available:
            message = f"Notes are unavailable: {self.notes.problem}"
            self.notify(message, severity="warning", markup=False)
        return self.notes.available

    def _notes_sentence(self) -> Sentence | None:
        """The selected sentence, if notes can be taken (else say why not)."""
        return self._selected_sentence() if self._notes_available() else None

    def _failed(self, error: NotesError) -> None:
        self.notify(str(error), title="Notes", severity="error", markup=False)

    # -- notes and highlights ------------------------------------------------------------

    def action_add_note(self) -> None:
        from reader.ui.screens.note_editor import NoteEditor  # modals load when first opened

        sentence = self._notes_sentence()
        if sentence is None:
            return
        note = self.notes.note_on(sentence.id)
        body = note.body if note else ""
        title = "Edit note" if body.strip() else "New note"
        save = partial(self._save_note, sentence)
        self.app.push_screen(NoteEditor(sentence.text, body, save, title=title))

    def _save_note(self, sentence: Sentence, text: str) -> str | None:
        from reader.ui.notes_access import NotesError  # loaded when the notes open

        try:
            message = self.notes.write(sentence, text.rstrip())
        except NotesError as error:
            return str(error)
        self._notes_changed()
        self.notify(message)
        return None

    def action_toggle_highlight(self) -> None:
        from reader.ui.notes_access import NotesError  # loaded when the notes open

        sentence = self._notes_sentence()
        if sentence is None:
            return
        try:
            message = self.notes.toggle_highlight(sentence)
        except NotesError as error:
            self._failed(error)
            return
        self._notes_changed()
        self.notify(message)

    def action_delete_note(self) -> None:
        from reader.ui.screens.confirm import ConfirmScreen

        sentence = self._notes_sentence()
        if sentence is None:
            return
        note = self.notes.note_on(sentence.id)
        if note is None:
            self.notify("This sentence has no note or highlight")
            return
        what = _what(note)
        words = Text(excerpt(sentence.text, 200), style="italic")
        detail = note_text(note.body, 6) if note.body.strip() else words
        question = ConfirmScreen(f"Delete this {what}?", detail, yes="delete", no="keep")
        self.app.push_screen(question, partial(self._delete_answered, sentence, what))

    def _delete_answered(self, sentence: Sentence, what: str, yes: bool | None) -> None:
        from reader.ui.notes_access import NotesError  # loaded when the notes open

        if not yes:
            self.notify(f"Kept the {what}")
            return
        try:
            self.notes.delete(sentence)
        except NotesError as error:
            self._failed(error)
            return
        self._notes_changed()
        self.notify(f"Deleted the {what}")

    def action_list_notes(self) -> None:
        from reader.ui.screens.notes_list import NotesListScreen, note_options

        if not self._notes_available():
            return
        options = note_options(self.notes, self.navigator)
        self.app.push_screen(NotesListScreen(options), self._jump)

    def _jump(self, sentence_id: int | None) -> None:
        if sentence_id is not None:
            self.article.selected = sentence_id

    # -- export and copy -----------------------------------------------------------------

    def action_export_notes(self) -> None:
        if not self._notes_available() or self.notes.notebook is None:
            return
        try:
            path = export_notes(self.notes.notebook, self.export_dir)
        except (OSError, ValueError) as error:
            self.notify(f"Export failed: {error}", severity="error", markup=False)
            return
        count = len(self.notes.in_article_order())
        what = f"{count} note{'s' * (count != 1)}" if count else "The quotes (no notes yet)"
        self.notify(f"{what} exported to {path}", markup=False)

    def action_copy_quote(self) -> None:
        sentence = self._selected_sentence()
        if sentence is None:
            return
        quote = self.shown_quote()
        text, what = clip_text(self.analysis, quote, sentence)
        self.app.copy_to_clipboard(text)
        problem = clipboard_problem(
            headless=self.app.is_headless, is_tty=_output_is_tty(), environ=os.environ
        )
        if problem is None:
            self.notify(f"Copied the {what} ({OSC52_HONEST})", markup=False)
        else:
            message = f"Copied the {what} within reader only: {problem}"
            self.notify(message, severity="warning", markup=False)


def _what(note: Note) -> str:
    """What deleting the note removes, in words."""
    if not note.body.strip():
        return "highlight"
    return "note and its highlight" if note.highlight else "note"


def _output_is_tty() -> bool:
    """Textual draws on the original stderr; OSC 52 goes the same way."""
    stream = sys.__stderr__
    return stream is not None and stream.isatty()

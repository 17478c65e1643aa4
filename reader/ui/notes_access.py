"""The TUI's hold on the notes: the article's Notebook, or the reason there is none.

Opening never raises: a database this reader cannot use leaves the notes unavailable (with the
one-line reason) and the article readable. Writes raise `NotesError` for the caller to report.

The reader's corrections of the engine live in the same store. The notebook keeps the analysis
it was opened with (the engine's); `corrected()` is that analysis with every correction applied.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.core.model import Analysis, Quote, Sentence
from reader.core.notes import Note, NotesError, NoteStore, make_anchor, place
from reader.core.notes.corrections import NOT_A_QUOTE, SPEAKER, Correction, apply_corrections
from reader.core.notes.notebook import Notebook
from reader.ui.widgets.line_render import Mark

Span = tuple[int, int]

__all__ = ["NotesAccess", "NotesError"]


class NotesAccess:
    """One article's notes for the UI; `problem` says why they are unavailable (None if not)."""

    def __init__(self, notebook: Notebook | None, problem: str | None = None) -> None:
        self.notebook = notebook
        self.problem = problem if notebook is None else None
        self._marked: dict[int, Note] = notebook.marked_sentences() if notebook else {}
        self.corrections: list[Correction] = []
        self._placed: dict[Span, Correction] = {}
        if notebook is not None:
            self._corrections_changed()

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

    # -- corrections ---------------------------------------------------------------------

    def use_engine_analysis(self, analysis: Analysis) -> None:
        """The engine went further (in the background): the notes sit on its sentences, and its
        quotes are what corrections apply to."""
        if self.notebook is not None:
            self.notebook.use_analysis(analysis)
            self._changed()
            self._corrections_changed()

    def corrected(self) -> Analysis:
        """The engine's analysis with the reader's corrections applied. Applying a correction
        twice changes nothing but the reason, which is rebuilt here from the engine's speaker
        recorded with the correction (an analysis corrected before the app started stays right)."""
        fixed = apply_corrections(self._require().analysis, self.corrections)
        quotes = [self._explained(quote) for quote in fixed.quotes]
        return Analysis(fixed.article, fixed.sentences, quotes, fixed.speakers, fixed.registry)

    def correction_on(self, quote: Quote) -> Correction | None:
        return self._placed.get((quote.start, quote.end))

    def span_of(self, correction: Correction) -> Span | None:
        """Where the correction's quote is in the article now (None: its words are gone)."""
        return next((span for span, c in self._placed.items() if c is correction), None)

    def dropped_in(self, sentence: Sentence) -> Correction | None:
        """A "not a quote" correction on words of the sentence (to undo it)."""
        for (start, _), correction in self._placed.items():
            if correction.action == NOT_A_QUOTE and sentence.start <= start < sentence.end:
                return correction
        return None

    def correct(self, quote: Quote, speaker: str | None) -> str:
        """Credit the quote to `speaker`, or (None) mark it as not a quote; returns what
        happened, in words. Replaces an earlier correction of the same quote."""
        notebook = self._require()
        if speaker is not None and speaker == quote.speaker:
            return f"No change: the quote is already credited to {speaker}"
        earlier = self.correction_on(quote)
        was = earlier.was if earlier else quote.speaker
        anchor = make_anchor(notebook.analysis.article.text, quote.start, quote.end)
        action = SPEAKER if speaker else NOT_A_QUOTE
        saved = notebook.store.save_correction(
            notebook.article, Correction(anchor, action, speaker, was)
        )
        try:
            if earlier is not None and earlier.id is not None and earlier.id != saved.id:
                notebook.store.delete_correction(earlier.id)  # one that had moved with the text
        finally:
            self._corrections_changed()
        return f"Credited to {speaker}" if speaker else "Marked as not a quote"

    def undo(self, correction: Correction) -> str:
        notebook = self._require()
        if correction.id is not None:
            notebook.store.delete_correction(correction.id)
        self._corrections_changed()
        return "Correction undone"

    def _corrections_changed(self) -> None:
        notebook = self._require()
        self.corrections = notebook.store.corrections_for(notebook.article)
        base = notebook.analysis
        spans = [(quote.start, quote.end) for quote in base.quotes]
        self._placed = {}
        for correction in self.corrections:  # oldest first: a later one on the same words wins
            placement = place(correction.anchor, base.article.text, spans)
            if placement is not None:
                self._placed[(placement.start, placement.end)] = correction

    def _explained(self, quote: Quote) -> Quote:
        correction = self.correction_on(quote) if quote.corrected else None
        if correction is None:
            return quote
        return replace(quote, reason=correction_reason(correction))


def correction_reason(correction: Correction) -> str:
    """What the panel says about a corrected quote."""
    if correction.was:
        return f"corrected by you (the engine said {correction.was})"
    return "corrected by you (the engine named no one)"

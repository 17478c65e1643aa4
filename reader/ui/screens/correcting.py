"""Correcting the engine with `c`: who said the selected sentence's quote, or "not a quote".

How a correction reaches every view: the modal returns the reader's choice; this screen saves
it through NotesAccess (the notes' store) and asks it for the corrected analysis, then hands it
down (`use_analysis`: the navigator, the article's colours and marks, the panel) and posts
`AnalysisChanged` up, so the app keeps the analysis that later screens are built from.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message

from reader.core.model import Analysis, Quote, Sentence
from reader.ui.colours import SpeakerColours, session_colours
from reader.ui.navigation import Navigator
from reader.ui.screens.linking import LinkingScreen
from reader.ui.source_card import percent

if TYPE_CHECKING:
    from reader.core.notes.corrections import Correction
    from reader.ui.link_previews import LinkPreviews
    from reader.ui.notes_access import NotesAccess
    from reader.ui.screens.correct import Choice, CorrectionRequest

CORRECT_BINDINGS: list[BindingType] = [
    Binding(
        "c",
        "correct_quote",
        "Correct",
        tooltip="Correct who said this quote, or mark it not a quote (stored with notes)",
        show=False,
    ),
]
NOT_BACK_YET = "; the engine's attribution comes back when the article is opened again"


class AnalysisChanged(Message):
    """Posted by the reading screen when a correction changed the analysis."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        super().__init__()


def undo_label(correction: Correction) -> str:
    if correction.was:
        return f"Undo correction (the engine said {correction.was})"
    return "Undo correction (the engine named no one)"


class CorrectingScreen(LinkingScreen):
    """Opens the correction modal, saves the choice, shows the corrected analysis everywhere."""

    BINDINGS: ClassVar[list[BindingType]] = CORRECT_BINDINGS

    def __init__(
        self,
        analysis: Analysis,
        navigator: Navigator,
        notes: Callable[[], NotesAccess],
        export_dir: Path,
        links: Callable[[], LinkPreviews],
        *,
        engine: Analysis | None = None,
    ) -> None:
        """`engine`: the analysis before the reader's corrections (default: `analysis`), whose
        speakers keep their colours."""
        super().__init__(analysis, navigator, notes, export_dir, links)
        self.colours: SpeakerColours = session_colours(engine or analysis, analysis)

    def use_analysis(self, analysis: Analysis) -> None:
        """Show `analysis` (the same article, other quotes) in every view of the screen."""
        self.analysis = analysis
        self.navigator = Navigator(analysis)
        stop = self.focus_stop
        self.focus_stop = self.navigator.stop_of(stop.quote.id) if stop else None
        self.article.show_analysis(analysis, self.navigator)
        self.panel.show_analysis(analysis, self.navigator, self.shown_quote())
        self._notes_changed()  # notes past a long article's opening sentences are marked now
        if self.links.use_analysis(analysis) and not self.links.pending:
            self.fetch_previews()  # a newly credited speaker's registry url
        self.show_links_of(self.article.selected)
        self.post_message(AnalysisChanged(analysis))

    def speaker_names(self) -> list[str]:
        """The article's speakers, most quoted first, then any a correction left without quotes."""
        from reader.core.voice import roster  # loads when first needed, as the modal does

        names = [row.name for row in roster(self.analysis)]
        names += [speaker.name for speaker in self.analysis.speakers]
        if self.notes.notebook is not None:
            names += [speaker.name for speaker in self.notes.notebook.analysis.speakers]
        return list(dict.fromkeys(names))

    def action_correct_quote(self) -> None:
        from reader.ui.screens.correct import CorrectScreen

        sentence = self._notes_sentence()
        if sentence is None:
            return
        quote = self.shown_quote()
        request = self._request(quote, sentence)
        if request is None:
            self.notify("No quote in this sentence to correct")
            return
        correction = self.notes.correction_on(quote) if quote else self.notes.dropped_in(sentence)
        save = partial(self._save, quote, correction)
        self.app.push_screen(CorrectScreen(request, save))

    def _request(self, quote: Quote | None, sentence: Sentence) -> CorrectionRequest | None:
        from reader.ui.screens.correct import CorrectionRequest

        if quote is None:
            dropped = self.notes.dropped_in(sentence)
            if dropped is None:
                return None
            back = "Undo: it is a quote after all"
            return CorrectionRequest(dropped.anchor.exact, None, [], back, droppable=False)
        correction = self.notes.correction_on(quote)
        undo: str | None = undo_label(correction) if correction else None
        reason = quote.reason
        if quote.confidence and not quote.corrected:
            reason = f"{reason} ({percent(quote.confidence)})".strip()
        names = self.speaker_names()
        return CorrectionRequest(quote.text, quote.speaker, names, undo, reason=reason)

    def _save(
        self, quote: Quote | None, correction: Correction | None, choice: Choice
    ) -> str | None:
        from reader.ui.notes_access import NotesError  # loaded when the notes open
        from reader.ui.screens.correct import UNDO

        span = (quote.start, quote.end) if quote else None
        if span is None and correction is not None:
            span = self.notes.span_of(correction)
        try:
            if choice.action == UNDO and correction is not None:
                message = self.notes.undo(correction)
            elif quote is not None:
                message = self.notes.correct(quote, choice.speaker)
            else:
                return "This quote is gone from the article"
        except NotesError as error:
            return str(error)
        self.use_analysis(self.notes.corrected())
        if choice.action == UNDO and span is not None and not self._undone(span):
            message += NOT_BACK_YET
        self.notify(message, markup=False)
        return None

    def _undone(self, span: tuple[int, int]) -> bool:
        """Whether the quote shows the engine's attribution again. Not when the analysis came
        with the correction already applied (the command line applies them before the app)."""
        quote = next((q for q in self.analysis.quotes if (q.start, q.end) == span), None)
        return quote is not None and not quote.corrected

"""The reading screen: the article on the left, its sources on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.events import Mount
from textual.widgets import Footer, Header

from reader.core.model import Analysis, Quote
from reader.ui.collector import collect_if_due
from reader.ui.navigation import Navigator, Stop
from reader.ui.screens.searching import SearchingScreen
from reader.ui.spans import with_marks
from reader.ui.text import safe_text
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.search_bar import SearchBar
from reader.ui.widgets.source_panel import SourceFrame, SourcePanel

if TYPE_CHECKING:
    from reader.core.notes import Note
    from reader.ui.link_previews import LinkEntry, LinkPreviews
    from reader.ui.notes_access import NotesAccess


class MainScreen(SearchingScreen):
    """Quote navigation lives here; sentence movement lives in the ArticleView; notes, export
    and copying in AnnotatingScreen; links and their previews in LinkingScreen; corrections in
    CorrectingScreen; the roster, the speaker filter and the share of voice in SpeakingScreen;
    the search in SearchingScreen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "next_quote", "Next quote", tooltip="Next attributed quote"),
        Binding("p", "previous_quote", "Prev quote", tooltip="Previous attributed quote"),
        Binding(
            "right_square_bracket",
            "next_by_speaker",
            "Speaker's next",
            key_display="]",
            tooltip="Next quote by the same speaker",
        ),
        Binding(
            "left_square_bracket",
            "previous_by_speaker",
            "Speaker's prev",
            key_display="[",
            tooltip="Previous quote by the same speaker",
        ),
    ]

    def __init__(
        self,
        analysis: Analysis,
        notes: Callable[[], NotesAccess],
        export_dir: Path,
        links: Callable[[], LinkPreviews],
        *,
        engine: Analysis | None = None,
    ) -> None:
        """`notes` and `links` open the notes and the link cache when first called; `engine`
        is the analysis before the reader's corrections (default: `analysis`)."""
        navigator = Navigator(analysis)
        super().__init__(analysis, navigator, notes, export_dir, links, engine=engine)

    def compose(self) -> ComposeResult:
        yield Header(icon="❝")
        with Horizontal(id="panes"):
            yield ArticleView(self.analysis, self.navigator, colours=self.colours, id="article")
            panel = SourcePanel(self.analysis, self.navigator, colours=self.colours, id="source")
            yield SourceFrame(panel, id="source-frame")
        yield SearchBar(id="search")
        yield Footer()

    @on(Mount)
    def _follow_article(self) -> None:
        # A watcher runs as the selection changes, in the key's own turn: the article and the
        # panel change in the same frame (a message would arrive after the article's frame).
        self.watch(self.article, "selected", self._follow_selection, init=False)
        # The first frame's panel: the note and the links come when their stores open
        # (`stores_opened`), after it.
        self._describe(self.article.selected, None, [])

    def _follow_selection(self, sentence_id: int) -> None:
        if self.focus_stop is not None and self.focus_stop.sentence_id != sentence_id:
            self.focus_stop = None  # moved by sentence, mouse or search: the primary quote
        note = self.notes.note_on(sentence_id)
        self._describe(sentence_id, note, self.link_entries(sentence_id))

    def _describe(self, sentence_id: int, note: Note | None, links: list[LinkEntry]) -> None:
        if sentence_id in self.navigator:
            shown = self.shown_quote()
            self.panel.show_selection(sentence_id, note, links, shown)
            several = len(self.analysis.quotes_in_sentence(sentence_id)) > 1
            text = self.analysis.article.text
            self.article.show_focus(with_marks(shown, text) if shown and several else None)
            self.panel.prepare(self._ahead(sentence_id, shown), then=collect_if_due)

    def _ahead(self, sentence_id: int, shown: Quote | None) -> list[tuple[int, Quote | None]]:
        """The cards the next key is likely to show: the next and previous sentence and
        quote."""
        nav = self.navigator
        position = nav.position(sentence_id)
        after = nav.next_stop(sentence_id, shown, self.only)
        before = nav.previous_stop(sentence_id, shown, self.only)
        return [
            (nav.clamp(position + 1), None),
            *([(after.sentence_id, after.quote)] if after else []),
            (nav.clamp(position - 1), None),
            *([(before.sentence_id, before.quote)] if before else []),
        ]

    # Quote navigation stops at either end with a notification rather than wrapping: a silent
    # wrap would throw the reader from the last page back to the top and lose their place,
    # and `g`/`G` already jump to either end in one key. With a speaker filter on, n/p walk
    # the quotes left undimmed: that speaker's.

    # Each quote is a stop, so a sentence holding two quotes takes two presses: the article's
    # selection stays and the panel describes the second.

    def action_next_quote(self) -> None:
        self._step(forward=True, speaker=self.only)

    def action_previous_quote(self) -> None:
        self._step(forward=False, speaker=self.only)

    def action_next_by_speaker(self) -> None:
        speaker = self._current_speaker()
        if speaker is not None:
            self._step(forward=True, speaker=speaker)

    def action_previous_by_speaker(self) -> None:
        speaker = self._current_speaker()
        if speaker is not None:
            self._step(forward=False, speaker=speaker)

    def _step(self, *, forward: bool, speaker: str | None) -> None:
        nav, selected = self.navigator, self.article.selected
        move = nav.next_stop if forward else nav.previous_stop
        stop = move(selected, self.shown_quote(), speaker)
        if stop is not None:
            self._land(stop)
            return
        which = "No more quotes" if forward else "No earlier quotes"
        message = f"{which} by {safe_text(speaker)}" if speaker is not None else which
        if getattr(self.app, "finding", False):
            message = "Still finding quotes… (the text is readable meanwhile)"
        self.notify(message, markup=False)

    def _land(self, stop: Stop) -> None:
        self.focus_stop = stop
        if self.article.selected == stop.sentence_id:
            self._follow_selection(stop.sentence_id)  # the same sentence: only the panel moves
        else:
            self.article.selected = stop.sentence_id

    def _current_speaker(self) -> str | None:
        quote = self.shown_quote()
        if quote is None or quote.speaker is None:
            self.notify("This sentence has no attributed speaker", severity="warning")
            return None
        return quote.speaker

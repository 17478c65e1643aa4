"""The side panel: who is speaking in the selected sentence."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from reader.core.model import Analysis
from reader.core.notes import Note
from reader.ui.colours import SpeakerColours
from reader.ui.link_previews import LinkEntry
from reader.ui.navigation import Navigator
from reader.ui.source_card import CardBuilder, SourceCard
from reader.ui.widgets.links_card import LinksCard
from reader.ui.widgets.note_card import NoteCard


class SourcePanel(VerticalScroll, can_focus=False):
    """Follows the selection; `show_sentence`, `show_note`, `show_links` and `show_progress`
    are called by the screen."""

    DEFAULT_CSS = """
    SourcePanel {
        border: round $primary 60%;
        border-title-color: $text-primary;
        border-title-style: bold;
        border-subtitle-color: $text-accent;
        padding: 0 1;
        background: $surface;
        scrollbar-size-vertical: 1;
        #source-position { color: $text-muted; margin-bottom: 1; }
    }
    """

    def __init__(
        self,
        analysis: Analysis,
        navigator: Navigator | None = None,
        *,
        colours: SpeakerColours | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        navigator = navigator or Navigator(analysis)
        colours = colours or SpeakerColours(analysis.speakers)
        self._builder = CardBuilder(analysis, navigator, colours)
        self.card: SourceCard | None = None
        self.sentence_id: int | None = None
        self.border_title = "Source"

    def compose(self) -> ComposeResult:
        yield Static(id="source-position")
        yield NoteCard(id="source-note")
        yield Static(id="source-card")
        yield LinksCard(id="source-links")

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._redraw())
        if not len(self._builder.navigator):
            self.query_one("#source-card", Static).update(Text("This article has no sentences."))

    def show_sentence(self, sentence_id: int) -> None:
        """Describe the source of `sentence_id`."""
        self.sentence_id = sentence_id
        self._redraw()

    def show_analysis(self, analysis: Analysis, navigator: Navigator) -> None:
        """The same article with corrected quotes: describe the sentence again."""
        self._builder = CardBuilder(analysis, navigator, self._builder.colours)
        self._redraw()

    def show_note(self, note: Note | None) -> None:
        """Show the reader's note or highlight on the sentence (None hides the note card)."""
        self.query_one(NoteCard).show_note(note)

    def show_links(self, entries: list[LinkEntry]) -> None:
        """The links of the sentence and its speaker's registry url, with their previews."""
        self.query_one(LinksCard).show_entries(entries)

    def show_progress(self, text: str) -> None:
        """A line on the bottom border while previews are fetched ("" hides it)."""
        self.border_subtitle = text

    def _redraw(self) -> None:
        if self.sentence_id is None:
            return
        self.card = self._builder.build(self.sentence_id, dark=self.app.current_theme.dark)
        self.query_one("#source-position", Static).update(self.card.position)
        self.query_one("#source-card", Static).update(self.card.renderable())
        self.scroll_home(animate=False)

"""The side panel: who is speaking in the selected sentence.

Its lines (the position, the note, the card, the links) are rendered once per sentence and width
and kept, and the cards next to the selection are rendered while the reader reads: a key press
swaps lists of lines and repaints the rows that changed, in the frame that shows the article's
new selection, and nothing is laid out again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from rich.console import RenderableType
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.containers import Vertical

from reader.core.model import Analysis, Quote
from reader.ui.colours import SpeakerColours
from reader.ui.navigation import Navigator
from reader.ui.source_card import CardBuilder, SourceCard
from reader.ui.widgets.note_card import NoteCard
from reader.ui.widgets.panel_strips import BoxStyles, render_strips
from reader.ui.widgets.scrolled_lines import BLANK, Line, ScrolledLines

if TYPE_CHECKING:
    from reader.core.notes import Note
    from reader.ui.link_previews import LinkEntry
    from reader.ui.widgets.links_card import LinksCard

NO_SENTENCES = "This article has no sentences."
Shown = tuple[int, Quote | None]  # a sentence, and its quote described (None: the primary)
CARDS_KEPT = 128  # rendered cards kept (a card at one width: ~40 lines of a few segments)


class SourcePanel(ScrolledLines, can_focus=False):
    """Follows the selection: the screen calls `show_selection` on every move, `show_note`,
    `show_links` and `show_progress` when those change on their own."""

    DEFAULT_CSS = """
    SourcePanel {
        background: $surface;
        & > .source-panel--position { color: $text-muted; }
        & > .source-panel--note-border { color: $primary; }
        & > .source-panel--note-title { color: $text-primary; text-style: bold; }
        & > .source-panel--highlight-border { color: $success; }
        & > .source-panel--highlight-title { color: $text-success; text-style: bold; }
    }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-panel--position",
        *(
            f"source-panel--{kind}-{part}"
            for kind in ("note", "highlight")
            for part in ("border", "title")
        ),
    }

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
        self.quote: Quote | None = None  # the quote described, when not the sentence's primary
        self.note_card = NoteCard()
        self.links_card: LinksCard | None = None
        self._cards: LRUCache[tuple[int, int | None, int], tuple[SourceCard, list[Line]]]
        self._cards = LRUCache(CARDS_KEPT)
        self._parts: dict[tuple[str, int], list[Line]] = {}  # the note and links, per width
        self._ahead: list[Shown] = []  # cards to render before they are shown
        self._then: Callable[[], None] | None = None

    # -- what the screen calls -----------------------------------------------------------

    def show_selection(
        self,
        sentence_id: int,
        note: Note | None,
        entries: list[LinkEntry],
        quote: Quote | None = None,
    ) -> None:
        """Describe `sentence_id` (its `quote`, default the primary one), with the reader's
        note on it and its links, from the top."""
        self.sentence_id, self.quote = self._shown(sentence_id, quote)
        self._set_note(note)
        self._set_links(entries)
        self.show_lines(home=True)

    def show_analysis(
        self, analysis: Analysis, navigator: Navigator, quote: Quote | None = None
    ) -> None:
        """The same article with corrected quotes: describe the sentence (and `quote`) again."""
        self._builder = CardBuilder(analysis, navigator, self._builder.colours)
        self._cards.clear()
        if self.sentence_id is not None:
            self.quote = self._shown(self.sentence_id, quote)[1]
        self.show_lines()

    def show_note(self, note: Note | None) -> None:
        """Show the reader's note or highlight on the sentence (None hides the note card)."""
        if self._set_note(note):
            self.show_lines()

    def show_links(self, entries: list[LinkEntry]) -> None:
        """The links of the sentence and its speaker's registry url, with their previews."""
        if self._set_links(entries):
            self.show_lines()

    def show_progress(self, text: str) -> None:
        """A line on the frame's bottom border while previews are fetched ("" hides it)."""
        frame = self.parent
        (frame if isinstance(frame, SourceFrame) else self).border_subtitle = text

    def _entries(self) -> list[LinkEntry]:
        return self.links_card.entries if self.links_card else []

    def _set_note(self, note: Note | None) -> bool:
        if note == self.note_card.note:
            return False  # moving between sentences without notes costs nothing here
        self.note_card = NoteCard(note)
        self._forget("note")
        return True

    def _set_links(self, entries: list[LinkEntry]) -> bool:
        if entries == self._entries():
            return False
        self.links_card = self._links_card(entries)
        self._forget("links")
        return True

    def _links_card(self, entries: list[LinkEntry]) -> LinksCard | None:
        """The links in the theme's badge colours (None without links)."""
        if not entries:
            return None
        # loaded with the first link shown: the first frame has none (the links open after it)
        from reader.ui.link_text import LinkStyles
        from reader.ui.widgets.links_card import LinksCard

        return LinksCard(entries, LinkStyles.from_theme(self.app.theme_variables))

    def _forget(self, part: str) -> None:
        self._parts = {key: lines for key, lines in self._parts.items() if key[0] != part}

    # -- lines ---------------------------------------------------------------------------

    def lines_for(self, width: int) -> list[Line]:
        if self.sentence_id is None:
            self.card = None
            lines = [
                *self._lines_of(Text(""), width),
                BLANK,
                *self._lines_of(Text(NO_SENTENCES), width),
            ]
        else:
            self.card, lines = self._card((self.sentence_id, self.quote), width)
        note = self._part("note", width)
        links = self._part("links", width)
        head, card = lines[:2], lines[2:]  # the position and the blank line under it
        return [
            *head,
            *note,
            *([BLANK] if note else []),
            *card,
            *([BLANK] if links else []),
            *links,
        ]

    def _shown(self, sentence_id: int, quote: Quote | None) -> Shown:
        """(sentence, quote) with the quote None when it is the sentence's primary one: the
        card rendered ahead for the sentence is the same card."""
        if quote is not None and quote is self._builder.navigator.primary_quote(sentence_id):
            quote = None
        return sentence_id, quote

    def _card(self, shown: Shown, width: int) -> tuple[SourceCard, list[Line]]:
        """The card of a sentence (or of one of its quotes) and its lines (the position, a
        blank line, the card); kept per sentence, quote and width."""
        sentence_id, quote = shown
        key = (sentence_id, quote.id if quote else None, width)
        cached = self._cards.get(key)
        if cached is None:
            card = self._builder.build(sentence_id, quote, dark=self.app.current_theme.dark)
            position = self._lines_of(card.position, width, "position")
            cached = card, [*position, BLANK, *self._lines_of(card.renderable(), width)]
            self._cards.set(key, cached)
        return cached

    def prepare(self, ahead: list[Shown], then: Callable[[], None] | None = None) -> None:
        """Render these cards (a sentence's, or one quote's in it) once the current frame is
        drawn, one at a time (a key press waits for one card at most): the next key is likely
        to show one of them. Then call `then` (unless a newer selection has replaced it)."""
        current = (self.sentence_id, self.quote)
        shown = (self._shown(sentence_id, quote) for sentence_id, quote in ahead)
        self._ahead = [item for item in shown if item != current]
        self._then = then
        self.call_after_refresh(self._prepare_next)

    def _prepare_next(self) -> None:
        if self._ahead and self.content_size.width > 0:
            shown = self._ahead.pop(0)
            self.fitted(lambda width: self._card(shown, width)[1])
            self.call_after_refresh(self._prepare_next)
        elif self._then is not None:
            then, self._then = self._then, None
            then()

    def _part(self, part: str, width: int) -> list[Line]:
        key = (part, width)
        if key not in self._parts:
            self._parts[key] = (
                self._note_lines(width) if part == "note" else self._links_lines(width)
            )
        return self._parts[key]

    def _note_lines(self, width: int) -> list[Line]:
        kind = "highlight" if self.note_card.highlighted else "note"
        box = BoxStyles(
            self._style(f"{kind}-border"),
            self._style(f"{kind}-title"),
            Style(bgcolor=self.rich_style.bgcolor),
        )
        return [
            tuple(strip) for strip in self.note_card.strips(self, width, self.visual_style, box)
        ]

    def _links_lines(self, width: int) -> list[Line]:
        renderable = self.links_card.renderable() if self.links_card else None
        return self._lines_of(renderable, width) if renderable is not None else []

    def _lines_of(self, renderable: RenderableType, width: int, *components: str) -> list[Line]:
        style = self.get_visual_style(*(f"source-panel--{name}" for name in components))
        return [tuple(strip) for strip in render_strips(self, renderable, width, style)]

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"source-panel--{name}")

    # -- Textual -------------------------------------------------------------------------

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.notify_style_update())

    def notify_style_update(self) -> None:
        """New styles (a new theme): render everything again once they are all in place."""
        super().notify_style_update()
        self._cards.clear()
        self._parts.clear()
        if self.is_mounted:
            self.call_later(self._restyle)

    def _restyle(self) -> None:
        """New speaker colours (they follow the theme's darkness) and link badge colours."""
        if self.links_card is not None:
            self.links_card = self._links_card(self.links_card.entries)
        self._cards.clear()
        self._parts.clear()
        self.show_lines()


class SourceFrame(Vertical):
    """The panel's frame: its border, title and progress line. The panel inside draws only its
    rows, so a key that changes them repaints no border (Textual draws a border cell by cell
    on every row it repaints: a third of a key's frame)."""

    DEFAULT_CSS = """
    SourceFrame {
        border: round $primary 60%;
        border-title-color: $text-primary;
        border-title-style: bold;
        border-subtitle-color: $text-accent;
        padding: 0 1;
        background: $surface;
    }
    """

    def __init__(self, panel: SourcePanel, *, id: str | None = None) -> None:
        super().__init__(panel, id=id)
        self.border_title = "Source"

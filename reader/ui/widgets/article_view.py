"""The article pane: a Line API widget that renders only the visible lines."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import events
from textual.cache import LRUCache
from textual.filter import LineFilter
from textual.geometry import Size
from textual.strip import Strip

from reader.core.model import Analysis
from reader.core.pipeline import AT_ONCE
from reader.ui.colours import SpeakerColours
from reader.ui.layout import ArticleLayout
from reader.ui.navigation import Navigator
from reader.ui.search import Matches
from reader.ui.spans import SpanIndex
from reader.ui.widgets.article_moves import ArticleMoves
from reader.ui.widgets.kept_filters import KeptLineFilters
from reader.ui.widgets.line_render import LineRenderer, LineStyles, Mark, resolve_styles
from reader.ui.widgets.scrollbar_thumb import move_thumb

Span = tuple[int, int]  # offsets of a sentence in the article text


class ArticleView(ArticleMoves, can_focus=True):
    """Shows the article; the selection is a sentence id, moved by keys or a click."""

    DEFAULT_CSS = """
    ArticleView {
        scrollbar-gutter: stable;
        scrollbar-size-vertical: 1;
        scrollbar-background: $surface;
        scrollbar-background-hover: $surface;
        scrollbar-background-active: $surface;
        overflow-x: hidden;
        padding: 1 1 0 0;
        background: $surface;
        color: $foreground;
        & > .article-view--title { color: $text; text-style: bold; }
        & > .article-view--byline { color: $text-muted; text-style: italic; }
        & > .article-view--heading { color: $text-primary; text-style: bold; }
        & > .article-view--blockquote { color: $text; text-style: italic; }
        & > .article-view--bar { color: $primary; }
        & > .article-view--gutter { color: $accent; }
        & > .article-view--selected { background: $accent 25%; }
        & > .article-view--neutral { color: $text-muted; text-style: italic; }
        & > .article-view--link { text-style: underline; }
        & > .article-view--noted { background: $primary 20%; }
        & > .article-view--highlighted { background: $success 60%; }
        & > .article-view--note-mark { color: $text-primary; text-style: bold; }
        & > .article-view--highlight-mark { color: $success; }
        & > .article-view--match { background: $warning 35%; }
        & > .article-view--match-current { background: $warning; color: $background; }
        & > .article-view--dimmed { color: $text-disabled; }
    }
    ArticleView:blur > .article-view--selected { background: $accent 15%; }
    """

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        f"article-view--{name}"
        for name in (
            *("title", "byline", "heading", "blockquote", "bar", "gutter", "selected"),
            *("neutral", "link", "noted", "highlighted", "note-mark", "highlight-mark"),
            *("match", "match-current", "dimmed"),
        )
    }

    def __init__(
        self,
        analysis: Analysis,
        navigator: Navigator | None = None,
        *,
        colours: SpeakerColours | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._filters = KeptLineFilters(self)
        self.analysis = analysis
        self.navigator = navigator or Navigator(analysis)
        self._renderer = LineRenderer(analysis, colours or SpeakerColours(analysis.speakers))
        self._layout: ArticleLayout | None = None
        self._strips: LRUCache[tuple[int, Span | None, Span | None], Strip] = LRUCache(2048)
        self.quote_focus: Span | None = None  # the quote underlined in the selected sentence
        self._ahead: list[int] = []  # sentences whose lines to render before they are selected
        self._line_styles: LineStyles | None = None

    @property
    def article_layout(self) -> ArticleLayout | None:
        """The current layout (None until the widget has a size)."""
        return self._layout

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())
        if self.navigator.ids:
            self.selected = self.navigator.ids[0]

    def watch_scroll_y(self, old: float, new: float) -> None:
        if self.show_vertical_scrollbar:
            move_thumb(self.vertical_scrollbar, new)
        if round(old) != round(new):
            self.refresh(self.size.region)

    def validate_selected(self, sentence_id: int) -> int:
        return sentence_id if sentence_id in self.navigator else self.selected

    def watch_selected(self, old: int, new: int) -> None:
        self._refresh_sentence(old)
        self._refresh_sentence(new)
        self.reveal(new)
        self._ahead = self.navigator.neighbours(new) if new in self.navigator else []
        self.call_after_refresh(self._render_ahead)

    # -- layout and rendering ------------------------------------------------------------

    def on_resize(self, _event: events.Resize) -> None:
        self._lay_out(self.scrollable_content_region.width)

    def _lay_out(self, width: int) -> ArticleLayout:
        """The layout at `width`: a long article's opening at once, the rest after the frame."""
        layout = self._layout
        if layout is None or layout.width != width:
            layout = self._use_layout(ArticleLayout(self.analysis, width, until=AT_ONCE))
            self._strips.clear()
            self.call_after_refresh(self.reveal, self.selected)
            if not layout.complete:
                self.call_after_refresh(self._lay_out_rest, width)
        return layout

    def _lay_out_rest(self, width: int) -> None:
        """The whole layout, made in a thread: the opening stays readable and keys answered."""
        analysis = self.analysis

        def lay_out() -> None:
            layout = ArticleLayout(analysis, width)
            self.app.call_from_thread(self._use_whole_layout, layout)

        self.run_worker(lay_out, thread=True, group="layout", exit_on_error=False)

    def _use_whole_layout(self, layout: ArticleLayout) -> None:
        current = self._layout
        if current is not None and current.width == layout.width and not current.complete:
            self._use_layout(layout)  # the opening's lines (and their rendered strips) stay
            self.call_after_refresh(self.reveal, self.selected)  # one chosen past the opening

    def _use_layout(self, layout: ArticleLayout) -> ArticleLayout:
        self._layout = layout
        self.virtual_size = Size(layout.width, len(layout))
        return layout

    def get_line_filters(self) -> Sequence[LineFilter]:
        return self._filters.textual_filters()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._filters.forget()
        self._line_styles = None
        self._strips.clear()

    def _restyle(self) -> None:
        self.notify_style_update()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        layout = self._lay_out(width)  # the first frame comes before the first Resize event
        if not 0 <= index < len(layout):
            return Strip.blank(width, self.rich_style)
        span = self._span_of(self.selected)
        return self._filters.apply(self._kept_line(layout, index, span, self.quote_focus))

    def _kept_line(
        self, layout: ArticleLayout, index: int, selected: Span | None, focus: Span | None = None
    ) -> Strip:
        """Line `index` as it shows with the sentence at `selected` selected (and the quote at
        `focus` in it underlined). Lines are kept by the part of the selection they show, so
        the lines a selection leaves need no new rendering."""
        line = layout.lines[index]
        shown = selected and line.start < selected[1] and selected[0] < line.end
        span = selected if shown else None
        focus = focus if shown else None
        strip = self._strips.get((index, span, focus))
        if strip is None:
            console = self.app.console
            styles, width = self._styles(), layout.width
            strip = self._renderer.render(line, span, styles, width, console, focus)
            self._strips.set((index, span, focus), strip)
        return strip

    def _render_ahead(self) -> None:
        """After a frame, the lines one likely next selection would show (the next or previous
        sentence or quote), one selection per turn: a key waits for one at most."""
        layout = self._layout
        if not self._ahead or layout is None:
            return
        sentence_id = self._ahead.pop(0)
        top = self._top_showing(self.sentence_lines(sentence_id))
        span = self._span_of(sentence_id)
        height = self.scrollable_content_region.height
        for index in range(max(0, top), min(len(layout), top + height)):
            self._kept_line(layout, index, span)
        self.call_after_refresh(self._render_ahead)

    def _styles(self) -> LineStyles:
        if self._line_styles is None:
            self._line_styles = resolve_styles(
                self.get_component_rich_style, self.rich_style, self.app.current_theme.dark
            )
        return self._line_styles

    def _span_of(self, sentence_id: int) -> Span | None:
        if sentence_id not in self.navigator:
            return None
        sentence = self.analysis.sentences[self.navigator.position(sentence_id)]
        return sentence.start, sentence.end

    def sentence_lines(self, sentence_id: int) -> range:
        """The layout lines showing a sentence (empty before the first layout)."""
        if self._layout is None or sentence_id not in self.navigator:
            return range(0)
        sentence = self.analysis.sentences[self.navigator.position(sentence_id)]
        return self._layout.lines_of(sentence.start, sentence.end)

    def set_marks(self, marks: Mapping[int, Mark]) -> None:
        """Show which sentences carry the reader's notes and highlights (sentence id -> mark)."""
        sentences = self.analysis.sentences
        positions = sorted(self.navigator.position(sid) for sid in marks if sid in self.navigator)
        spans = ((sentences[p].start, sentences[p].end, sentences[p].id) for p in positions)
        self._renderer.marks = SpanIndex((a, b, (a, marks[sid])) for a, b, sid in spans)
        self._repaint()

    def show_analysis(self, analysis: Analysis, navigator: Navigator) -> None:
        """The same article with corrected quotes: repaint them, keep the selection."""
        self.analysis, self.navigator = analysis, navigator
        self._renderer.set_quotes(analysis)
        self._repaint()
        if self.selected not in navigator and navigator.ids:  # a first analysis with none
            self.selected = navigator.ids[0]

    def show_matches(self, matches: Matches | None, current: int | None = None) -> None:
        """Paint the search's matches (None: no search), `current` the one gone to."""
        self._renderer.matches, self._renderer.current_match = matches, current
        self._repaint()

    def show_only(self, speaker: str | None) -> None:
        """Mute everything but `speaker`'s quotes (None: nothing muted)."""
        self._renderer.only = speaker
        self._repaint()

    def show_focus(self, quote: Span | None) -> None:
        """Underline the quote the side panel describes (None: none, the sentence holds one)."""
        if quote != self.quote_focus:
            self.quote_focus = quote
            self._refresh_sentence(self.selected)

    def _repaint(self) -> None:
        self._strips.clear()
        self.refresh()

    def _refresh_sentence(self, sentence_id: int) -> None:
        lines = self.sentence_lines(sentence_id)
        if lines:
            self.refresh_lines(lines.start, len(lines))

    def reveal(self, sentence_id: int) -> None:
        """Scroll the least needed to show the sentence, with a little context around it."""
        self.reveal_lines(self.sentence_lines(sentence_id))

    def reveal_span(self, start: int, end: int) -> None:
        """Scroll the least needed to show the words at [start, end) of the article text."""
        if self._layout is not None:
            self.reveal_lines(self._layout.lines_of(start, end))

    def reveal_lines(self, lines: range) -> None:
        top = self._top_showing(lines)
        if top != self.scroll_offset.y:
            self.scroll_to(y=top, animate=False, force=True)

    def _top_showing(self, lines: range) -> int:
        """The first line shown once the least scroll needed shows `lines` with a little
        context around them (the current one if they show already)."""
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        margin = min(2, height // 4)
        if not lines:
            return top
        if lines.start < top + margin:
            return max(0, lines.start - margin)
        if lines.stop > top + height - margin:
            return max(0, min(lines.stop - height + margin, lines.start - margin))
        return top

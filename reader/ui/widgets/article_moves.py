"""The keys and clicks that move an article view's selection, a sentence id; `ArticleView`
lays out and draws the article and its selection."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.reactive import reactive
from textual.scroll_view import ScrollView

from reader.core.model import Analysis
from reader.ui.layout import ArticleLayout
from reader.ui.navigation import Navigator

NO_SELECTION = -1


class ArticleMoves(ScrollView):
    """The selection and what moves it (the base of `ArticleView`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "next_sentence", "Next", tooltip="Next sentence"),
        Binding("down", "next_sentence", "Next sentence", show=False),
        Binding("k", "previous_sentence", "Prev", tooltip="Previous sentence"),
        Binding("up", "previous_sentence", "Previous sentence", show=False),
        Binding("g,home", "first_sentence", "First sentence", show=False),
        Binding("G,end", "last_sentence", "Last sentence", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
    ]

    selected: reactive[int] = reactive(NO_SELECTION, init=False, repaint=False)
    """The id of the selected sentence (NO_SELECTION when the article has no sentences). A new
    one repaints the lines of the old and the new sentence only (`watch_selected`)."""

    analysis: Analysis
    navigator: Navigator
    _layout: ArticleLayout | None

    def sentence_lines(self, sentence_id: int) -> range:
        raise NotImplementedError  # the view's: the layout lines showing the sentence

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._layout is None:
            return
        y = offset.y + self.scroll_offset.y
        position = self._layout.offset_at(y, offset.x, self.analysis.article.text)
        if position is not None:
            self.selected = self.navigator.sentence_at_offset(position)

    def _step(self, delta: int) -> None:
        if self.navigator.ids:
            self.selected = self.navigator.clamp(self.navigator.position(self.selected) + delta)

    def action_next_sentence(self) -> None:
        self._step(1)

    def action_previous_sentence(self) -> None:
        self._step(-1)

    def action_first_sentence(self) -> None:
        if self.navigator.ids:
            self.selected = self.navigator.ids[0]

    def action_last_sentence(self) -> None:
        if self.navigator.ids:
            self.selected = self.navigator.ids[-1]

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def _page(self, direction: int) -> None:
        """Scroll a page and move the selection to the sentence a page away."""
        lines = self.sentence_lines(self.selected)
        if self._layout is None or not lines:
            return
        height = max(1, self.scrollable_content_region.height)
        target = max(0, min(lines.start + direction * height, len(self._layout) - 1))
        line = self._layout.nearest_text_line(target, direction)
        line = self._layout.nearest_text_line(target, -direction) if line is None else line
        self.scroll_to(y=self.scroll_offset.y + direction * height, animate=False, force=True)
        if line is None:
            return
        sentence_id = self.navigator.sentence_at_offset(self._layout.lines[line].start)
        if sentence_id == self.selected:
            self._step(direction)
        else:
            self.selected = sentence_id

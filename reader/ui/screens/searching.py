"""Search (`/`): matches highlighted in the article as you type, Enter / F3 to the next one,
Shift+Enter / Shift+F3 to the previous one, Esc clears.

Going to a match selects the sentence it is in, so the panel follows as it does for n/p.
Searching wraps at either end (as every search bar does) and says so in a notification.
Esc also clears the speaker filter once no search is left to clear.
"""

from __future__ import annotations

from functools import cached_property
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.widgets import Input

from reader.ui.screens.speaking import SpeakingScreen
from reader.ui.search import Matches, Searcher
from reader.ui.text import excerpt
from reader.ui.widgets.search_bar import SearchBar

# F3 / Shift+F3 as in browsers and editors: n/p stay with quotes, ctrl+p is the palette, and
# Shift+Enter reaches the app only in terminals that tell it from Enter.
SEARCH_BINDINGS: list[BindingType] = [
    Binding(
        "slash",
        "search",
        "Search",
        key_display="/",
        tooltip="Search the article: matches light up, Enter goes to the next",
        show=False,
    ),
    Binding("f3", "next_match", "Next match", tooltip="Next match", show=False),
    Binding(
        "shift+f3",
        "previous_match",
        "Previous match",
        tooltip="Previous match (in terminals that send Shift+F3; else ↑ in the bar)",
        show=False,
    ),
    Binding(
        "escape",
        "clear",
        "Clear",
        tooltip="Clear the search; with none, show every speaker again",
        show=False,
    ),
]


class SearchingScreen(SpeakingScreen):
    """Owns the search: the matches of the words in the bar and the one gone to last."""

    BINDINGS: ClassVar[list[BindingType]] = SEARCH_BINDINGS

    matches: Matches | None = None
    """The matches of the words in the bar (None: no search)."""
    current: int | None = None
    """The index of the match gone to last (None: none yet)."""

    @cached_property
    def searcher(self) -> Searcher:
        return Searcher(self.analysis.article.text)  # corrections keep the article's text

    @property
    def search_bar(self) -> SearchBar:
        return self.query_one(SearchBar)

    def action_search(self) -> None:
        self.search_bar.open()

    @on(Input.Changed, "#search-input")
    def _find(self, message: Input.Changed) -> None:
        message.stop()
        self.matches = self.searcher.find(message.value) if message.value else None
        self.current = None
        self._show_matches()

    @on(Input.Submitted, "#search-input")
    def _submitted(self, message: Input.Submitted) -> None:
        message.stop()
        self.action_next_match()

    def action_next_match(self) -> None:
        self._go_match(1)

    def action_previous_match(self) -> None:
        self._go_match(-1)

    def action_clear(self) -> None:
        if self.search_bar.is_open or self.matches is not None:
            self.search_bar.close()
            self.matches, self.current = None, None
            self._show_matches()
            self.article.focus()
        elif self.only is not None:
            self.show_only(None)

    def _go_match(self, direction: int) -> None:
        matches = self.matches
        if matches is None:
            self.action_search()  # F3 before any search: ask for the words
            return
        if not matches:
            self.notify(f"No matches for “{excerpt(matches.query, 40)}”", markup=False)
            return
        self.current = self._target(matches, direction)
        start, end = matches.span(self.current)
        sentence_id = self._sentence_of(start)
        if sentence_id is not None:
            self.article.selected = sentence_id
        self.article.reveal_span(start, end)
        self._show_matches()

    def _target(self, matches: Matches, direction: int) -> int:
        """The match after (before) the current one, or else after (before) the selection."""
        current, selected = self.current, self.article.selected
        if current is not None and self._sentence_of(matches.starts[current]) == selected:
            index: int | None = current + direction
        else:
            sentences = self.analysis.sentences
            start = sentences[self.navigator.position(selected)].start if sentences else 0
            index = matches.first_from(start) if direction > 0 else matches.last_before(start)
        if index is None or not 0 <= index < len(matches):
            index = 0 if direction > 0 else len(matches) - 1
            self.notify(f"Search wrapped to the {'top' if direction > 0 else 'bottom'}")
        return index

    def _sentence_of(self, offset: int) -> int | None:
        return self.navigator.sentence_at_offset(offset) if len(self.navigator) else None

    def _show_matches(self) -> None:
        self.article.show_matches(self.matches, self.current)
        matches = self.matches
        label = "" if matches is None else matches.count_label(self.current)
        self.search_bar.show_count(label)

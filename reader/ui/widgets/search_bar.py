"""The search bar: one line under the article, hidden until `/`.

It only shows things: the words typed and the match count. The screen searches and moves the
selection (Input.Changed and Input.Submitted bubble up to it; the keys below run its actions).
Its parts are made when it first opens: the first screen, which does not show it, does without
them (an Input is one of the costlier widgets to set up).
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Input, Static

# Many terminals send Shift+Enter as a plain Enter: ↑ (here) and Shift+F3 (anywhere) go back too.
SEARCH_BAR_BINDINGS: list[BindingType] = [
    Binding(
        "down",
        "screen.next_match",
        "Next match",
        tooltip="In the search bar: next match (as Enter)",
        show=False,
    ),
    Binding(
        "shift+enter,up",
        "screen.previous_match",
        "Previous match",
        tooltip="In the search bar: previous match (↑ where Shift+Enter comes as Enter)",
        show=False,
    ),
]


class SearchBar(Horizontal):
    """`open` shows it with the cursor in it; `close` hides it; `show_count` says how many."""

    DEFAULT_CSS = """
    SearchBar {
        display: none;
        height: 1;
        background: $panel;
        &.-open { display: block; }
        #search-label { width: auto; padding: 0 1; color: $text-primary; text-style: bold; }
        #search-input {
            width: 1fr;
            height: 1;
            border: none;
            padding: 0;
            background: $panel;
            &:focus { background: $panel; }
        }
        #search-count { width: auto; padding: 0 1; color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = SEARCH_BAR_BINDINGS

    @staticmethod
    def _parts() -> list[Static | Input]:
        return [
            Static("Find", id="search-label"),
            Input(placeholder="words to find · Enter next · Esc clear", id="search-input"),
            Static(id="search-count"),
        ]

    @property
    def field(self) -> Input:
        return self.query_one("#search-input", Input)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    @property
    def words(self) -> str:
        return self.field.value if self.children else ""

    def open(self) -> None:
        if not self.children:
            self.mount_all(self._parts())
        self.add_class("-open")
        self.field.focus()
        self.field.select_all()

    def close(self) -> None:
        self.remove_class("-open")
        self.field.value = ""
        self.show_count("")

    def show_count(self, text: str) -> None:
        self.query_one("#search-count", Static).update(Text(text))

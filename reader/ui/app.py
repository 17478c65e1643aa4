"""The reader TUI: `ReaderApp` shows one `Analysis`; `run_app` runs it."""

from __future__ import annotations

import gc
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.core.model import Analysis
from reader.ui.commands import ReaderCommands
from reader.ui.screens.help import HelpRow, HelpScreen, help_rows
from reader.ui.screens.main import MainScreen
from reader.ui.text import safe_text
from reader.ui.widgets.article_view import ArticleView

EXTRA_HELP: list[HelpRow] = [
    ("Ctrl+P", "Command palette"),
    ("Click", "Select the sentence under the mouse"),
]


class ReaderApp(App[None]):
    """A terminal reader that shows who is speaking."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(self, analysis: Analysis, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.analysis = analysis
        article = analysis.article
        self.sub_title = " ".join(safe_text(article.title or article.source).split())

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.analysis)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        groups = [ArticleView.BINDINGS, MainScreen.BINDINGS, self.BINDINGS]
        self.push_screen(HelpScreen(help_rows(groups) + EXTRA_HELP))


def run_app(analysis: Analysis) -> None:
    """Run the TUI on an analysed article until the user quits."""
    gc.collect()
    gc.freeze()  # the analysis lives as long as the app: keep it out of GC passes
    ReaderApp(analysis).run()

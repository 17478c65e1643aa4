"""The reader TUI: `ReaderApp` shows one `Analysis`; `run_app` runs it."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.core.export_file import default_export_dir
from reader.core.model import Analysis
from reader.ui.commands import ReaderCommands
from reader.ui.link_previews import LinkPreviews
from reader.ui.notes_access import NotesAccess
from reader.ui.screens.annotating import AnnotatingScreen
from reader.ui.screens.help import HelpRow, HelpScreen, help_rows
from reader.ui.screens.linking import LinkingScreen
from reader.ui.screens.main import MainScreen
from reader.ui.text import safe_text
from reader.ui.widgets.article_view import ArticleView

EXTRA_HELP: list[HelpRow] = [
    ("Ctrl+P", "Command palette"),
    ("Click", "Select the sentence under the mouse"),
    ("Ctrl+S / Esc", "In the note editor: save / cancel (Enter is a new line)"),
]


class ReaderApp(App[None]):
    """A terminal reader that shows who is speaking.

    `notes_path` is the notes database (default: the user data dir's) and `export_dir` the folder
    `e` writes Markdown into (default: the user data dir's "exports"). Link previews come from
    the web cache (`cache_path`, default: the user cache dir's), then from the network unless
    `offline`; `refresh` fetches them all again; `cache_days` is how long they stay usable;
    `clock` (seconds since the epoch) dates them in the badges."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        analysis: Analysis,
        *,
        notes_path: Path | None = None,
        export_dir: Path | None = None,
        offline: bool = False,
        refresh: bool = False,
        cache_days: float = 7.0,
        cache_path: Path | None = None,
        clock: Callable[[], float] = time.time,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.analysis = analysis
        self.notes_path = notes_path
        self.export_dir = export_dir or default_export_dir()
        self.notes = NotesAccess(None, "the notes are not open yet")
        self.cache_path = cache_path
        self.links = LinkPreviews(
            analysis, offline=offline, refresh=refresh, days=cache_days, clock=clock
        )
        self._cache_problem: str | None = None
        article = analysis.article
        self.sub_title = " ".join(safe_text(article.title or article.source).split())

    def on_load(self) -> None:
        self.notes = NotesAccess.open(self.analysis, self.notes_path)
        self._cache_problem = self.links.open(self.cache_path)  # the cache only, no network

    def on_mount(self) -> None:
        if self.notes.problem:
            message = f"Notes are unavailable: {self.notes.problem}"
            self.notify(message, severity="warning", timeout=12, markup=False)
        elif self.notes.read_only:
            message = "Notes are read-only: the notes file cannot be written; changes will not save"
            self.notify(message, severity="warning", timeout=12, markup=False)
        if self._cache_problem:
            self.notify(self._cache_problem, title="Links", severity="warning", markup=False)

    def on_unmount(self) -> None:
        self.notes.close()
        self.links.close()

    def get_default_screen(self) -> Screen[None]:
        return MainScreen(self.analysis, self.notes, self.export_dir, self.links)

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        groups = [
            ArticleView.BINDINGS,
            MainScreen.BINDINGS,
            AnnotatingScreen.BINDINGS,
            LinkingScreen.BINDINGS,
        ]
        self.push_screen(HelpScreen(help_rows([*groups, self.BINDINGS]) + EXTRA_HELP))


def run_app(
    analysis: Analysis,
    *,
    notes_path: Path | None = None,
    export_dir: Path | None = None,
    offline: bool = False,
    refresh: bool = False,
    cache_days: float = 7.0,
) -> None:
    """Run the TUI on an analysed article until the user quits."""
    app = ReaderApp(
        analysis,
        notes_path=notes_path,
        export_dir=export_dir,
        offline=offline,
        refresh=refresh,
        cache_days=cache_days,
    )
    gc.collect()
    gc.freeze()  # the analysis lives as long as the app: keep it out of GC passes
    app.run()

"""The reader TUI: `ReaderApp` shows one `Analysis`; `run_app` runs it."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict, Unpack

from textual.app import App
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from reader.core.export_file import default_export_dir
from reader.core.model import Analysis
from reader.ui.background import BackgroundAnalysis
from reader.ui.collector import reading_thresholds
from reader.ui.commands import ReaderCommands
from reader.ui.deferred import Deferred
from reader.ui.keymap import check_keys, check_theme, identify_bindings, normalized, rebound
from reader.ui.screens.annotating import AnnotatingScreen
from reader.ui.screens.correcting import AnalysisChanged, CorrectingScreen
from reader.ui.screens.linking import LinkingScreen
from reader.ui.screens.main import MainScreen
from reader.ui.screens.searching import SearchingScreen
from reader.ui.screens.speaking import SpeakingScreen
from reader.ui.text import safe_text
from reader.ui.theme_state import remember_theme, starting_theme
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.search_bar import SearchBar

if TYPE_CHECKING:
    from reader.ui.link_previews import LinkPreviews
    from reader.ui.notes_access import NotesAccess
    from reader.ui.screens.help import HelpRow

EXTRA_HELP: list[HelpRow] = [
    ("Ctrl+P", "Command palette"),
    ("Click", "Select the sentence under the mouse"),
    ("Ctrl+S / Esc", "In the note editor: save / cancel (Enter is a new line)"),
    ("Enter / f / x", "In the speakers list: first quote / only them / everyone"),
]


class ReaderApp(BackgroundAnalysis, App[None]):
    """A terminal reader that shows who is speaking.

    `notes_path` is the notes database (default: the user data dir's) and `export_dir` the folder
    `e` writes Markdown into (default: the user data dir's "exports"). Link previews come from
    the web cache (`cache_path`, default: the user cache dir's), then from the network unless
    `offline`; `refresh` fetches them all again; `cache_days` is how long they stay usable;
    `clock` (seconds since the epoch) dates them in the badges. `theme` (config.toml's) wins
    over the theme remembered from the last change; `keys` maps action names to keys (config.toml's
    [keys]); a bad one raises SettingsError before anything runs."""

    CSS_PATH = "app.tcss"
    TITLE = "reader"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("f1", "help", "Help", show=False),
        Binding("q", "quit", "Quit"),
        Binding("t", "toggle_theme", "Theme", tooltip="Switch the light/dark theme", show=False),
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
        theme: str | None = None,
        keys: Mapping[str, str] | None = None,
        finish: Callable[[], Analysis] | None = None,
        whole: Callable[[], Analysis] | None = None,
        **kwargs: Any,
    ) -> None:
        """`finish`: attributes the quotes of `analysis` (which has none yet) in the background;
        `whole`: splits the rest of a long article whose `analysis` has only its opening
        sentences, before that."""
        check_theme(theme)
        check_keys(keys or {}, [ArticleView, MainScreen, type(self)])
        super().__init__(**kwargs)
        self.keys = normalized(keys or {})
        self.set_keymap(self.keys)
        self.theme = starting_theme(theme, set(self.available_themes)) or self.theme
        self.analysis = analysis
        self._engine = analysis  # before the reader's corrections: its speakers keep their colours
        self._finish, self._whole = finish, whole
        self._thresholds = gc.get_threshold()  # the collector's, put back on exit
        self.notes_path = notes_path
        self.export_dir = export_dir or default_export_dir()
        self.cache_path = cache_path
        self._cache_problem: str | None = None
        self._notice_until: dict[tuple[str, str, str], float] = {}  # see `notify`
        # The first screen shows neither the notes nor the links: their stores open after the
        # first frame (`_open_stores`), or at once for a key pressed before it.
        self._notes = Deferred(self._open_notes)
        self._links = Deferred(partial(self._open_links, offline, refresh, cache_days, clock))
        article = analysis.article
        self.sub_title = " ".join(safe_text(article.title or article.source).split())

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A message already on screen is not shown again: holding `n` at the last quote would
        otherwise stack a "No more quotes" toast over the article for every press."""
        key = (message, title, severity)
        now = time.monotonic()
        if self._notice_until.get(key, 0.0) > now:
            return
        timeout = self.NOTIFICATION_TIMEOUT if timeout is None else timeout
        self._notice_until = {k: t for k, t in self._notice_until.items() if t > now}
        self._notice_until[key] = now + timeout
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    @property
    def notes(self) -> NotesAccess:
        return self._notes.get()

    @property
    def links(self) -> LinkPreviews:
        return self._links.get()

    def _open_notes(self) -> NotesAccess:
        from reader.ui.notes_access import NotesAccess  # SQLite and the notebook load here

        return NotesAccess.open(self.analysis, self.notes_path)

    def _open_links(
        self, offline: bool, refresh: bool, days: float, clock: Callable[[], float]
    ) -> LinkPreviews:
        from reader.ui.link_previews import LinkPreviews  # the cache and the fetcher load here

        links = LinkPreviews(
            self.analysis, offline=offline, refresh=refresh, days=days, clock=clock
        )
        self._cache_problem = links.open(self.cache_path)  # the cache only, no network
        return links

    def on_load(self) -> None:
        # The reader's corrections, whenever the article is opened. They apply to quotes: an
        # analysis whose quotes are still to be found (the command line's) has none to correct,
        # and its notes open after the first frame; `_analysed` corrects the quotes found.
        if self.analysis.quotes and self.notes.available:
            self.analysis = self.notes.corrected()

    def on_mount(self) -> None:
        self._thresholds = reading_thresholds()  # collections between keys (collector.py)
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.call_after_refresh(self._open_stores)  # before the attribution thread starts
        if self._finish is not None:
            self.start_analysis(self._finish, self._whole)
        if not gc.isenabled():  # the command line turned it off for the start-up
            self.call_after_refresh(collect_and_freeze)

    def _open_stores(self) -> None:
        """After the first frame: the notes and the link cache open (unless a key has opened
        them already), what is wrong with them is said, and the reading screen shows them."""
        notes = self.notes
        self._links.get()  # `_cache_problem` says what is wrong with the cache, if anything
        if notes.problem:
            message = f"Notes are unavailable: {notes.problem}"
            self.notify(message, severity="warning", timeout=12, markup=False)
        elif notes.read_only:
            message = "Notes are read-only: the notes file cannot be written; changes will not save"
            self.notify(message, severity="warning", timeout=12, markup=False)
        if self._cache_problem:
            self.notify(self._cache_problem, title="Links", severity="warning", markup=False)
        screen = self.screen_stack[0]
        if isinstance(screen, MainScreen):
            screen.stores_opened()

    def on_unmount(self) -> None:
        gc.set_threshold(*self._thresholds)
        if self._notes.made:  # never opened just to be closed
            self.notes.close()
        if self._links.made:
            self.links.close()

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def _remember_theme(self, theme: Theme) -> None:
        try:
            remember_theme(theme.name)
        except OSError as error:
            message = f"Cannot remember the theme: {error.strerror or error}"
            self.notify(message, severity="warning", markup=False)

    def on_analysis_changed(self, message: AnalysisChanged) -> None:
        self.analysis = message.analysis  # a correction: screens made from now on show it

    def get_default_screen(self) -> Screen[None]:
        notes, links = self._notes.get, self._links.get
        return MainScreen(self.analysis, notes, self.export_dir, links, engine=self._engine)

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen, help_rows  # the help loads when asked for

        if isinstance(self.screen, HelpScreen):
            return
        groups = [
            ArticleView.BINDINGS,
            MainScreen.BINDINGS,
            SearchingScreen.BINDINGS,
            SearchBar.BINDINGS,
            SpeakingScreen.BINDINGS,
            CorrectingScreen.BINDINGS,
            AnnotatingScreen.BINDINGS,
            LinkingScreen.BINDINGS,
        ]
        bindings = rebound([*groups, self.BINDINGS], self.keys)
        self.push_screen(HelpScreen(help_rows([bindings]) + EXTRA_HELP))


identify_bindings(ArticleView, MainScreen, ReaderApp)  # ids for [keys]: see keymap.py


class RunOptions(TypedDict, total=False):
    """The options `run_app` passes on to `ReaderApp` (whose defaults stand)."""

    notes_path: Path | None
    export_dir: Path | None
    offline: bool
    refresh: bool
    cache_days: float
    theme: str | None
    keys: Mapping[str, str] | None
    finish: Callable[[], Analysis] | None
    whole: Callable[[], Analysis] | None


def run_app(analysis: Analysis, **options: Unpack[RunOptions]) -> None:
    """Run the TUI on an analysed article until the user quits (SettingsError: a bad theme or
    key in the config)."""
    ReaderApp(analysis, **options).run()


def collect_and_freeze() -> None:
    """After the first frame: collect once, then keep what is left (the modules, the analysis,
    the screen; they live as long as the app) out of the collector's passes, and turn it on."""
    gc.collect()
    gc.freeze()
    gc.enable()

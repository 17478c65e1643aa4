"""Finding the quotes after the first paint: the text is readable at once, the quotes arrive.

The command line hands the app an analysis with sentences but no quotes (of a long article, only
its opening sentences), and the functions that split the rest and attribute them. They run in a
thread worker once the first frame is on screen; meanwhile the subtitle says so. Every sentence
is shown as soon as it is split, and the finished analysis (with the reader's corrections)
replaces the empty one in every view.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App
from textual.worker import get_current_worker

from reader.core.attribution.pattern_cache import GRAMMAR
from reader.core.model import Analysis
from reader.ui.screens.correcting import CorrectingScreen
from reader.ui.text import excerpt

if TYPE_CHECKING:
    from reader.ui.notes_access import NotesAccess

FINDING = "finding quotes…"
# a machine's first run compiles the attribution grammar first (reader/core/pattern_store.py)
FIRST_RUN = "First run on this machine: compiling the grammar (about 30 s, once)"
_KEYS_TURN = 0.001  # seconds; Python's default of 5 ms makes a key wait several turns a frame


class BackgroundAnalysis:
    """Mixed into the app: `start_analysis` after mount, `_analysed` on the UI thread."""

    analysis: Analysis
    sub_title: str
    finding = False  # quotes are still being found: "no more quotes" would not be true yet
    first_run = False  # the grammar is being compiled: FIRST_RUN is on screen until the end

    @property
    def notes(self) -> NotesAccess:
        raise NotImplementedError  # the app's

    def start_analysis(
        self, finish: Callable[[], Analysis], whole: Callable[[], Analysis] | None = None
    ) -> None:
        """`whole`: every sentence of an article whose first analysis has only the opening
        ones (a long article); shown as soon as it is split, before the quotes are found."""
        app = self._app()
        self.finding = True
        self.sub_title = f"{self.sub_title} · {FINDING}"
        app.call_after_refresh(
            lambda: app.run_worker(
                lambda: self._attribute(finish, whole),
                thread=True,
                group="analysis",
                exit_on_error=False,
            )
        )

    def _attribute(
        self, finish: Callable[[], Analysis], whole: Callable[[], Analysis] | None
    ) -> None:
        """In the worker's thread. No automatic collection meanwhile: what the analysis builds
        is kept whole, and a pass over it here would hold the interpreter from the keys (up to
        130 ms on 5 MB). `_analysed` collects once and freezes it; it has returned when
        collection comes back on (`call_from_thread` waits for it)."""
        thresholds, interval = gc.get_threshold(), sys.getswitchinterval()
        gc.set_threshold(0)  # automatic collection off, whatever gc.enable() says
        sys.setswitchinterval(_KEYS_TURN)  # the UI thread waits for its turn at most this long
        try:
            self._find(finish, whole)
        finally:
            if gc.get_threshold()[0] == 0:  # not if the app put its own back meanwhile (a quit)
                gc.set_threshold(*thresholds)
            sys.setswitchinterval(interval)

    def _find(self, finish: Callable[[], Analysis], whole: Callable[[], Analysis] | None) -> None:
        app = self._app()
        try:
            if whole is not None:
                app.call_from_thread(self._split, whole())
            with GRAMMAR.when_cold(lambda: app.call_from_thread(self._first_run)):
                analysis = finish()
        except Exception as error:  # the worker's boundary: the text stays readable
            message = f"Could not find the quotes: {excerpt(str(error), 120)}"
            app.call_from_thread(self._failed, message)
            return
        if not get_current_worker().is_cancelled:
            app.call_from_thread(self._analysed, analysis)

    def _failed(self, message: str) -> None:
        self._found()
        self._app().notify(message, severity="error", markup=False)

    def _first_run(self) -> None:
        self.first_run = True
        self._app().notify(FIRST_RUN, title="Finding quotes", timeout=60, markup=False)

    def _found(self) -> None:
        self.finding = False
        if self.first_run:  # its toast goes with the wait it explained
            self.first_run = False
            self._app().clear_notifications()
        self.sub_title = self.sub_title.removesuffix(f" · {FINDING}")

    def _split(self, analysis: Analysis) -> None:
        """Every sentence is in (no quotes yet): selection, search and notes reach them all."""
        self.notes.use_engine_analysis(analysis)
        self._show(analysis)

    def _analysed(self, analysis: Analysis) -> None:
        self._found()
        self.notes.use_engine_analysis(analysis)
        self._show(self.notes.corrected() if self.notes.available else analysis)
        # what the analysis and the layout built now lives as long as the app: keep it out of
        # the collector's passes (on a book, a full pass over it is a 60-340 ms pause per key)
        gc.collect()
        gc.freeze()

    def _show(self, analysis: Analysis) -> None:
        self.analysis = analysis
        screen = self._app().screen_stack[0]
        if isinstance(screen, CorrectingScreen):
            screen.use_analysis(analysis)

    def _app(self) -> App[None]:
        assert isinstance(self, App)
        return self

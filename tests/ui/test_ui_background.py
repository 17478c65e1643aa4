"""The text first, the quotes after: the app attributes in a worker once the first frame is up
(a long article: its opening first, every sentence next)."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest
from ui_pilot import SIZE, messages, panel_text, view

from reader.core.attribution.pattern_cache import GRAMMAR
from reader.core.load import load_path
from reader.core.model import Analysis
from reader.core.notes import NoteStore
from reader.core.notes.notebook import Notebook
from reader.core.pattern_store import COLD_COMPILES
from reader.core.pipeline import Stages, prepare
from reader.ui.app import ReaderApp
from reader.ui.background import FINDING, FIRST_RUN
from reader.ui.collector import READING_YOUNG
from reader.ui.layout import ArticleLayout
from reader.ui.widgets import article_view
from reader.ui.widgets.source_panel import SourcePanel

SAMPLE = Path(__file__).resolve().parents[2] / "articles" / "harbour-strike.txt"


def position(app: ReaderApp) -> str:
    card = app.screen.query_one(SourcePanel).card
    assert card is not None
    return card.position.plain


async def test_the_article_is_readable_before_its_quotes_are_found() -> None:
    prepared, finish = prepare(load_path(SAMPLE))
    release = threading.Event()

    def slow_finish() -> Analysis:
        release.wait(10)  # the engine is still working while the reader reads
        return finish()

    app = ReaderApp(prepared, finish=slow_finish, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.sub_title.endswith(FINDING)
        assert "0 quotes" in panel_text(app)
        await pilot.press("j")  # reading goes on
        await pilot.press("n")
        await pilot.pause()
        assert any(m.startswith("Still finding quotes") for m in messages(app))
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.sub_title.endswith(FINDING)
        assert len(app.analysis.quotes) > 40
        await pilot.press("n")  # quote navigation has the quotes now
        assert "Teodora Vance" in panel_text(app)


async def test_a_failing_analysis_is_a_notification_and_the_text_stays() -> None:
    prepared, _ = prepare(load_path(SAMPLE))

    def broken() -> Analysis:
        raise RuntimeError("engine exploded")

    app = ReaderApp(prepared, finish=broken, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        assert any("Could not find the quotes: engine exploded" in m for m in messages(app))
        assert not app.sub_title.endswith(FINDING)  # no indicator left spinning
        assert not app.finding


async def test_no_collection_while_the_quotes_are_found_and_back_after() -> None:
    prepared, finish = prepare(load_path(SAMPLE))
    seen: list[tuple[int, int, int]] = []

    def watched_finish() -> Analysis:
        seen.append(gc.get_threshold())  # in the worker, while the engine works
        turns.append(sys.getswitchinterval())
        return finish()

    turns: list[float] = []
    interval = sys.getswitchinterval()
    thresholds = gc.get_threshold()
    young, middle, full = thresholds
    app = ReaderApp(prepared, finish=watched_finish, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seen and seen[0][0] == 0  # automatic collection off
        assert gc.get_threshold() == (max(young, READING_YOUNG), middle, full)  # as read with
        assert turns[0] < interval == sys.getswitchinterval()  # short turns, then as before
        assert len(app.analysis.quotes) > 40
    assert gc.get_threshold() == thresholds  # the app put them back


async def test_collection_comes_back_after_a_failing_analysis() -> None:
    prepared, _ = prepare(load_path(SAMPLE))

    def broken() -> Analysis:
        raise RuntimeError("engine exploded")

    thresholds = young, middle, full = gc.get_threshold()
    app = ReaderApp(prepared, finish=broken, offline=True)
    async with app.run_test(size=SIZE):
        await app.workers.wait_for_complete()
        assert gc.get_threshold() == (max(young, READING_YOUNG), middle, full)
    assert gc.get_threshold() == thresholds


async def test_a_long_article_is_read_from_its_opening_and_every_sentence_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its first frame has only the opening laid out and split; the rest of the layout follows
    the frame, every sentence (and a note on a late one) before the quotes, then the quotes."""
    monkeypatch.setattr(article_view, "AT_ONCE", 1500)
    article = load_path(SAMPLE)
    stages = Stages(article, {}, at_once=1500)
    whole = stages.whole()
    late = whole.sentences[-2]
    store = NoteStore(tmp_path / "notes.db")
    Notebook(store, whole).write(late, "check the count")
    store.close()
    stages = Stages(article, {}, at_once=1500)
    release = threading.Event()

    def slow_finish() -> Analysis:
        release.wait(10)
        return stages.attributed()

    app = ReaderApp(
        stages.first,
        finish=slow_finish,
        whole=stages.whole,
        notes_path=tmp_path / "notes.db",
        offline=True,
    )
    async with app.run_test(size=SIZE) as pilot:
        assert len(view(app).navigator.ids) == len(stages.first.sentences) < len(whole.sentences)
        assert f"of {len(stages.first.sentences)}+ ·" in position(app)  # more to come
        for _ in range(40):  # the split and the layout come after the first frame
            await pilot.pause(0.05)
            layout = view(app).article_layout
            split = len(app.analysis.sentences) == len(whole.sentences)
            if split and layout is not None and layout.complete:
                break
        assert layout is not None and layout.complete
        assert len(layout) == len(ArticleLayout(whole, layout.width))
        assert app.sub_title.endswith(FINDING)  # the quotes are still being found
        assert view(app).navigator.ids == [s.id for s in whole.sentences]
        assert f"of {len(whole.sentences)} ·" in position(app)
        assert app.notes.note_on(late.id) is not None  # the note sits on its sentence
        await pilot.press("G")
        assert view(app).selected == whole.sentences[-1].id
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(app.analysis.quotes) > 40
        assert view(app).selected == whole.sentences[-1].id


async def test_a_quit_while_the_quotes_are_found_leaves_the_collector_as_it_was() -> None:
    """The app puts its thresholds back when it quits; a worker still finding the quotes then
    must not put the reading ones back over them when it ends."""
    prepared, finish = prepare(load_path(SAMPLE))
    thresholds = gc.get_threshold()

    def quit_meanwhile() -> Analysis:
        gc.set_threshold(*thresholds)  # what on_unmount does, while the engine still works
        return finish()

    app = ReaderApp(prepared, finish=quit_meanwhile, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):  # the worker starts after the first frame
            await pilot.pause(0.05)
            if not app.finding:
                break
        assert not app.finding and app.analysis.quotes
        assert gc.get_threshold() == thresholds
    assert gc.get_threshold() == thresholds


async def test_a_first_analysis_with_no_sentences_selects_the_first_one_that_comes() -> None:
    article = load_path(SAMPLE)
    stages = Stages(article, {}, at_once=0)
    assert not stages.first.sentences
    app = ReaderApp(stages.first, finish=stages.attributed, whole=stages.whole, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert view(app).selected == stages.whole().sentences[0].id


async def test_a_first_run_says_why_it_waits_until_the_quotes_are_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(GRAMMAR, "compiles", 0)  # as in a new process: none compiled yet
    prepared, finish = prepare(load_path(SAMPLE))
    release = threading.Event()

    def cold_finish() -> Analysis:
        for n in range(COLD_COMPILES):  # a first run: the grammar's patterns are compiled
            GRAMMAR.compiled(rf"cold\s+start\s+{n}\s+{id(release)}")
        release.wait(10)
        return finish()

    app = ReaderApp(prepared, finish=cold_finish, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(50):
            await pilot.pause(0.02)
            if FIRST_RUN in messages(app):
                break
        assert FIRST_RUN in messages(app)
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert FIRST_RUN not in messages(app)  # gone with the wait it explained
        assert len(app.analysis.quotes) > 40
        assert GRAMMAR.cold_notice is None

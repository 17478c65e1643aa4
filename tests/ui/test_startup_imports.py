"""Start-up import hygiene: what the reading screen loads before its first frame, in a fresh
process. Every module kept off that path is start-up time saved; these tests keep it so.

Dialogs, the help, the export, the attribution engine and the fetching libraries load when they
are first used, never before the article is on screen. The notes' store and the link cache (with
SQLite) load and open just after the first frame, or at once for a key pressed before it; the
search bar's field is made when the bar first opens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ui_pilot import SIZE, messages, type_text

from reader.core.load import load_path
from reader.core.notes import NoteStore
from reader.core.notes.notebook import Notebook
from reader.core.pipeline import prepare
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parents[2]

# The first screen of a plain-text article, as `reader ARTICLE` shows it before the quotes
# arrive (no `finish`: the attribution worker is not started here). What is loaded and mounted
# is noted when the app opens its stores, the first thing it does after the first frame.
FIRST_SCREEN = """
import asyncio, json, sys
from textual.widgets import Input
from reader.cli import main as _cli
from reader.core.load import load_path
from reader.core.pipeline import prepare
from reader.ui.app import ReaderApp

seen = {}
open_stores = ReaderApp._open_stores

def noting(app: ReaderApp) -> None:
    seen["first_frame"] = sorted(sys.modules)
    seen["inputs"] = len(app.screen.query(Input))
    open_stores(app)
    seen["stores_open"] = sorted(sys.modules)

ReaderApp._open_stores = noting

async def first_screen() -> None:
    analysis, _finish = prepare(load_path("articles/harbour-strike.txt"))
    app = ReaderApp(analysis, offline=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

asyncio.run(first_screen())
print(json.dumps(seen))
"""

HEAVY_LIBRARIES = (
    "httpx",
    "httpcore",
    "hishel",
    "lxml",
    "trafilatura",
    "rapidfuzz",
    "markdown_it",
    "charset_normalizer",
)
LATER_MODULES = (
    "reader.core.attribution.engine",
    "reader.core.export",
    "reader.core.voice",
    "reader.core.load.html",
    "reader.core.load.markdown",
    "reader.core.load.url",
    "reader.ui.screens.help",
    "reader.ui.screens.confirm",
    "reader.ui.screens.note_editor",
    "reader.ui.screens.notes_list",
    "reader.ui.screens.links_list",
    "reader.ui.screens.correct",
    "reader.ui.screens.roster",
    "reader.ui.screens.voice",
    "reader.ui.link_text",
    "reader.ui.widgets.links_card",
    "textual.widgets._text_area",
    "textual.widgets._data_table",
)
# Opened just after the first frame: the notes' store, the link cache and what they bring.
STORE_MODULES = (
    "sqlite3",
    "reader.core.notes",
    "reader.core.notes.store",
    "reader.core.notes.notebook",
    "reader.core.notes.corrections",
    "reader.core.cache",
    "reader.core.fetch",
    "reader.core.links",
    "reader.core.previews",
    "reader.core.resolver",
    "reader.core.aio",
    "reader.ui.notes_access",
    "reader.ui.link_previews",
    "reader.ui.badges",
)


def first_screen() -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    seen: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return seen


def test_the_first_screen_loads_nothing_it_does_not_show() -> None:
    seen = first_screen()
    modules = set(seen["first_frame"])
    assert "reader.ui.screens.main" in modules  # the probe did reach the reading screen
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY_LIBRARIES)
    assert heavy == []
    assert sorted(modules.intersection(LATER_MODULES)) == []
    assert sorted(modules.intersection(STORE_MODULES)) == []
    assert seen["inputs"] == 0  # the search bar's field is made when the bar first opens
    # ...and the stores do open after the first frame, with no key pressed
    assert set(STORE_MODULES) <= set(seen["stores_open"])


async def test_a_note_written_before_the_stores_open_is_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A key pressed before the app opens its stores (after the first frame) opens them at
    once: here they never open on their own, and the note is saved all the same."""
    monkeypatch.setattr(ReaderApp, "_open_stores", lambda _app: None)
    analysis, _finish = prepare(load_path(str(ROOT / "articles" / "harbour-strike.txt")))
    app = ReaderApp(analysis, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "a")
        await type_text(pilot, "Ask the union")
        await pilot.press("ctrl+s")
        assert "Note saved" in messages(app)
    store = NoteStore()
    try:
        assert [note.body for note in Notebook(store, analysis).notes] == ["Ask the union"]
    finally:
        store.close()

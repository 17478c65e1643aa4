"""Start-up import hygiene: what the reading screen loads before its first frame, in a fresh
process. Every module kept off that path is start-up time saved; these tests keep it so.

Dialogs, the help, the export, the attribution engine and the fetching libraries load when they
are first used, never before the article is on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# The first screen of a plain-text article, as `reader ARTICLE` shows it before the quotes
# arrive (no `finish`: the attribution worker is not started here).
FIRST_SCREEN = """
import asyncio, json, sys
from reader.cli import main as _cli
from reader.core.load import load_path
from reader.core.pipeline import prepare
from reader.ui.app import ReaderApp

async def first_screen() -> None:
    analysis, _finish = prepare(load_path("articles/harbour-strike.txt"))
    app = ReaderApp(analysis, offline=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

asyncio.run(first_screen())
print(json.dumps(sorted(sys.modules)))
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
    "textual.widgets._text_area",
    "textual.widgets._data_table",
)


def first_screen_modules() -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    return set(json.loads(out.stdout.splitlines()[-1]))


def test_the_first_screen_loads_nothing_it_does_not_show() -> None:
    modules = first_screen_modules()
    assert "reader.ui.screens.main" in modules  # the probe did reach the reading screen
    heavy = sorted(m for m in modules if m.split(".")[0] in HEAVY_LIBRARIES)
    assert heavy == []
    assert sorted(modules.intersection(LATER_MODULES)) == []

"""End to end on the bundled sample: load, analyse, open the app, walk the quotes like a reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_pilot import SIZE, panel_text, view

from reader.cli import SAMPLE
from reader.core.model import Analysis
from reader.core.pipeline import analyse_path
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample() -> Analysis:
    return analyse_path(str(SAMPLE), str(ROOT / "sources.toml"))


def attributed_sentences(analysis: Analysis) -> list[int]:
    return sorted({q.sentence_ids[0] for q in analysis.quotes if q.speaker})


async def test_n_walks_every_attributed_quote_in_order(sample: Analysis) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        visited = []
        for _ in attributed_sentences(sample):
            await pilot.press("n")
            visited.append(view(app).selected)
            speakers = {q.speaker for q in sample.quotes_in_sentence(visited[-1]) if q.speaker}
            assert any(name in panel_text(app) for name in speakers)
        assert visited == attributed_sentences(sample)


async def test_first_quote_names_vance_and_her_description(sample: Analysis) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        text = panel_text(app)
        assert "Teodora Vance" in text
        assert "general secretary of the Calloway Dockworkers' Union" in " ".join(text.split())


async def test_bracket_stays_with_the_same_speaker(sample: Analysis) -> None:
    vance = [q.sentence_ids[0] for q in sample.quotes if q.speaker == "Teodora Vance"]
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        seen = [view(app).selected]
        for _ in range(len(set(vance)) - 1):
            await pilot.press("]")
            seen.append(view(app).selected)
        assert seen == sorted(set(vance))
        await pilot.press("[")
        assert view(app).selected == seen[-2]


async def test_q_quits(sample: Analysis) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0

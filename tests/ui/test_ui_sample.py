"""End to end on the bundled sample: load, analyse, open the app, walk the quotes like a reader."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_pilot import SIZE, panel_text, view

from reader.cli import SAMPLE
from reader.core.model import Analysis, Quote, QuoteKind
from reader.core.pipeline import analyse_path
from reader.ui.app import ReaderApp

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample() -> Analysis:
    return analyse_path(str(SAMPLE), str(ROOT / "sources.toml"))


def attributed_quotes(analysis: Analysis, speaker: str | None = None) -> list[Quote]:
    """The stops of n/p in article order (by the sentence each begins in, then by where it
    begins): every attributed quote but a report holding its speaker's quoted words."""
    found = [q for q in analysis.quotes if q.speaker and speaker in (None, q.speaker)]
    held = [
        report
        for report in found
        for words in found
        if report.kind is QuoteKind.INDIRECT
        and words.kind is not QuoteKind.INDIRECT
        and (report.speaker, report.sentence_ids[0]) == (words.speaker, words.sentence_ids[0])
        and report.start <= words.start < words.end <= report.end
    ]
    stops = [q for q in found if q not in held]
    return sorted(stops, key=lambda q: (q.sentence_ids[0], q.start))


async def test_n_walks_every_attributed_quote_in_order(sample: Analysis) -> None:
    quotes = attributed_quotes(sample)
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        for rank, quote in enumerate(quotes, 1):
            await pilot.press("n")
            assert view(app).selected == quote.sentence_ids[0]
            text = panel_text(app)
            assert f"Quote {rank} of {len(quotes)}" in text
            assert quote.speaker is not None and quote.speaker in text
        await pilot.press("n")
        assert view(app).selected == quotes[-1].sentence_ids[0]  # stops at the end
        for rank in range(len(quotes) - 1, 0, -1):
            await pilot.press("p")
            assert view(app).selected == quotes[rank - 1].sentence_ids[0]
            assert f"Quote {rank} of {len(quotes)}" in panel_text(app)


async def test_first_quote_names_vance_and_her_description(sample: Analysis) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        text = panel_text(app)
        assert "Teodora Vance" in text
        assert "general secretary of the Calloway Dockworkers' Union" in " ".join(text.split())


async def test_bracket_stays_with_the_same_speaker(sample: Analysis) -> None:
    vance = attributed_quotes(sample, "Teodora Vance")
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        seen = [(view(app).selected, app.screen.shown_quote())]
        for _ in range(len(vance) - 1):
            await pilot.press("]")
            seen.append((view(app).selected, app.screen.shown_quote()))
        assert seen == [(q.sentence_ids[0], q) for q in vance]
        await pilot.press("[")
        assert app.screen.shown_quote() is vance[-2]


async def test_q_quits(sample: Analysis) -> None:
    app = ReaderApp(sample)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
    assert app.return_code == 0

"""Share of voice (`v`): quoted or reported, named or unnamed, by speaker and by affiliation,
as tables with bars drawn in block characters and scaled to the width."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.style import Style
from textual.widgets import Static
from ui_fixtures import BODY, QuoteSpec, build_analysis, sample_analysis
from ui_pilot import SIZE, run_command

from reader.core.model import Analysis, QuoteKind
from reader.core.voice import share_of_voice
from reader.ui.app import ReaderApp
from reader.ui.screens.main import MainScreen
from reader.ui.screens.voice import VoiceScreen, plain, summary
from reader.ui.widgets.bars import FULL, SLIVER, Bar, bar_text

SnapCompare = Callable[..., bool]


def shown(renderable: object, width: int = 110) -> list[str]:
    console = Console(width=width, record=True, color_system=None)
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def summary_lines(app: ReaderApp, width: int = 110) -> list[str]:
    static = app.screen.query_one("#voice-summary", Static)
    return shown(static.content, width)


def row(lines: list[str], label: str) -> str:
    return next(line for line in lines if line.strip().startswith(label))


async def test_v_shows_the_share_of_voice(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        assert isinstance(app.screen, VoiceScreen)
        lines = summary_lines(app)
        # Ten speech quotes (the scare quote and the title do not count), 63 words.
        assert lines[0].startswith("10 quotes, 63 words of speech.")
        assert row(lines, "quoted words").split()[2:4] == ["8", "80%"]
        assert row(lines, "reported speech").split()[2:4] == ["2", "20%"]
        assert row(lines, "reported speech").split()[5:7] == ["13", "21%"]
        assert row(lines, "named sources").split()[2:4] == ["9", "90%"]
        assert row(lines, "unnamed sources").split()[2:4] == ["1", "10%"]  # "Nobody will…"
        kinds = row(lines, "Quotes by kind:")
        assert "direct 5 · partial 2 · block 1 · Q&A 0 · reported 2" in kinds
        assert "not counted: 2 scare quotes and titles" in kinds
        osei, brandt, reyes, nair = (
            row(lines, name).split()[2:]
            for name in ("Amara Osei", "Lena Brandt", "Tomas Reyes", "Priya Nair")
        )
        assert osei[:2] == ["3", "30%"] and osei[3:5] == ["22", "35%"]
        assert set(osei[2]) == set(osei[5]) == {FULL}  # the largest: a whole bar
        assert brandt[:2] == ["3", "30%"] and brandt[3:5] == ["16", "25%"]
        assert len(brandt[5]) < len(reyes[5]) < len(osei[5])  # 16 < 19 < 22 words
        assert nair[:2] == ["1", "10%"] and nair[3:5] == ["1", "2%"]
        assert row(lines, "EU Delegation to Wenley").split()[4:6] == ["3", "30%"]
        assert row(lines, "unknown").split()[1:3] == ["2", "20%"]  # Reyes: nothing known
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("v", "v")
        assert isinstance(app.screen, MainScreen)


async def test_the_palette_opens_it(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Summary: share of voice")
        assert isinstance(app.screen, VoiceScreen)


async def test_unnamed_speech_counts() -> None:
    texts = ["“We were never told,” one worker said.", "Brandt said the plan was late."]
    specs = [
        QuoteSpec(0, "We were never told,", QuoteKind.DIRECT),
        QuoteSpec(1, "the plan was late", QuoteKind.INDIRECT, "Lena Brandt"),
    ]
    app = ReaderApp(build_analysis([(BODY, texts)], specs))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("v")
        lines = summary_lines(app)
        assert row(lines, "unnamed sources").split()[2:4] == ["1", "50%"]
        assert row(lines, "named sources").split()[2:4] == ["1", "50%"]


def test_an_article_without_speech() -> None:
    voice = share_of_voice(build_analysis([(BODY, ["Nobody speaks."])], []))
    assert shown(summary(voice, plain)) == [
        "Nobody speaks in this article: no quotes and no reported speech."
    ]


def test_bars_are_drawn_in_eighths() -> None:
    assert bar_text(0, 10) == ""
    assert bar_text(1, 10) == FULL * 10
    assert bar_text(0.5, 10) == FULL * 5
    assert bar_text(0.55, 10) == FULL * 5 + "▌"
    assert bar_text(0.0125, 10) == SLIVER
    assert bar_text(0.001, 10) == SLIVER  # above zero is never invisible
    assert bar_text(2, 4) == FULL * 4  # never past the width


def test_bars_scale_to_the_width_they_get() -> None:
    narrow = shown(Bar(1, 2, Style()), width=20)[0]
    wide = shown(Bar(1, 2, Style()), width=80)[0]
    assert (len(narrow), len(wide)) == (10, 40)
    lines = shown(summary(share_of_voice(sample_analysis()), plain), width=160)
    wide_osei = row(lines, "Amara Osei")
    narrow_osei = row(shown(summary(share_of_voice(sample_analysis()), plain), 80), "Amara Osei")
    assert wide_osei.count(FULL) > narrow_osei.count(FULL) > 0


def test_snapshot_share_of_voice(snap_compare: SnapCompare) -> None:
    app = ReaderApp(sample_analysis(), offline=True)
    assert snap_compare(app, terminal_size=SIZE, press=["v"])

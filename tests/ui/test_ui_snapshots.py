"""SVG snapshots of the look (update with `pytest tests/ui --snapshot-update`, then review)."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from ui_fixtures import markup_analysis, sample_analysis

from reader.ui.app import ReaderApp

SIZE = (120, 40)
SnapCompare = Callable[..., bool]


def test_snapshot_first_quote(snap_compare: SnapCompare) -> None:
    assert snap_compare(ReaderApp(sample_analysis()), terminal_size=SIZE, press=["n"])


def test_snapshot_reported_speech_light_theme(snap_compare: SnapCompare) -> None:
    def light(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"

    press = ["n", "right_square_bracket", "right_square_bracket"]
    app = ReaderApp(sample_analysis())
    assert snap_compare(app, terminal_size=SIZE, press=press, run_before=light)


def test_snapshot_help(snap_compare: SnapCompare) -> None:
    assert snap_compare(ReaderApp(sample_analysis()), terminal_size=SIZE, press=["question_mark"])


def test_snapshot_markup_is_literal(snap_compare: SnapCompare) -> None:
    assert snap_compare(ReaderApp(markup_analysis()), terminal_size=SIZE, press=["n"])

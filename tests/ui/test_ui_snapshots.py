"""SVG snapshots of the look (update with `pytest tests/ui --snapshot-update`, then review)."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import TextArea
from ui_fixtures import markup_analysis, sample_analysis, seed_notes
from ui_links import FIXED_URLS, fixed_clock, links_analysis, seed_previews
from ui_pilot import type_text

from reader.core.model import Analysis
from reader.ui.app import ReaderApp

SIZE = (120, 40)
SnapCompare = Callable[..., bool]


def offline_app(analysis: Analysis) -> ReaderApp:
    """The app without a network: no preview fetch races the picture."""
    return ReaderApp(analysis, offline=True)


def test_snapshot_first_quote(snap_compare: SnapCompare) -> None:
    assert snap_compare(offline_app(sample_analysis()), terminal_size=SIZE, press=["n"])


def test_snapshot_reported_speech_light_theme(snap_compare: SnapCompare) -> None:
    def light(pilot: Pilot[None]) -> None:
        pilot.app.theme = "textual-light"

    press = ["n", "right_square_bracket", "right_square_bracket"]
    app = offline_app(sample_analysis())
    assert snap_compare(app, terminal_size=SIZE, press=press, run_before=light)


def test_snapshot_help(snap_compare: SnapCompare) -> None:
    assert snap_compare(offline_app(sample_analysis()), terminal_size=SIZE, press=["question_mark"])


def test_snapshot_markup_is_literal(snap_compare: SnapCompare) -> None:
    assert snap_compare(offline_app(markup_analysis()), terminal_size=SIZE, press=["n"])


async def _write_a_note(pilot: Pilot[None]) -> None:
    await pilot.press("n", "a")
    await type_text(
        pilot, "Check the registry: *envoy* until 2022.\nAsk the [council] press office."
    )
    pilot.app.screen.query_one(TextArea).cursor_blink = False  # a steady cursor, a stable picture


def test_snapshot_note_editor(snap_compare: SnapCompare) -> None:
    app = offline_app(sample_analysis())
    assert snap_compare(app, terminal_size=SIZE, run_before=_write_a_note)


def test_snapshot_notes_list(snap_compare: SnapCompare) -> None:
    analysis = sample_analysis()
    seed_notes(analysis)
    assert snap_compare(offline_app(analysis), terminal_size=SIZE, press=["N"])


def test_snapshot_notes_marked_in_article_and_panel(snap_compare: SnapCompare) -> None:
    analysis = sample_analysis()
    seed_notes(analysis)
    assert snap_compare(offline_app(analysis), terminal_size=SIZE, press=["n"])


def _links_app() -> ReaderApp:
    """Every link already in the cache (nothing to fetch), dated by a fixed clock."""
    seed_previews()
    return ReaderApp(links_analysis(FIXED_URLS), clock=fixed_clock)


def test_snapshot_links_in_the_panel(snap_compare: SnapCompare) -> None:
    # The third sentence: a cached preview with its description, and a cached 404.
    assert snap_compare(_links_app(), terminal_size=SIZE, press=["j", "j"])


def test_snapshot_links_list(snap_compare: SnapCompare) -> None:
    assert snap_compare(_links_app(), terminal_size=SIZE, press=["l"])

"""Correcting the engine (`c`): credit a quote to another speaker (from the article's or a typed
name), mark it "not a quote", undo; stored with the notes, applied at every opening, and shown by
every view: the article, the panel, n/p and ]/[, the roster, the share of voice."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList
from ui_fixtures import BRANDT, MARKUP_SPEAKER, NAIR, OSEI, sample_analysis
from ui_pilot import SIZE, messages, panel_text, run_command, type_text, view

from reader.core import paths
from reader.core.model import Analysis
from reader.core.notes import NotesError, NoteStore, article_id, make_anchor
from reader.core.notes.applied import with_corrections
from reader.core.notes.corrections import SPEAKER, Correction
from reader.core.voice import roster
from reader.ui.app import ReaderApp
from reader.ui.screens.correct import NOT_A_QUOTE, UNDO, CorrectScreen
from reader.ui.screens.main import MainScreen

SnapCompare = Callable[..., bool]
OSEI_QUOTE = "This is the best day the port has had in a generation,"


def stored(analysis: Analysis) -> list[Correction]:
    store = NoteStore()
    try:
        return store.corrections_for(article_id(analysis.article.source, analysis.article.text))
    finally:
        store.close()


def why(app: ReaderApp) -> str:
    return next(line for line in panel_text(app).splitlines() if line.startswith("Why"))


def option_ids(app: ReaderApp) -> list[str]:
    options = app.screen.query_one(OptionList).options
    return [option.id or "" for option in options]


async def choose(pilot: Pilot[None], option_id: str) -> None:
    """Highlight an option of the correction modal by its id (a speaker: by name) and Enter."""
    app = pilot.app
    assert isinstance(app, ReaderApp) and isinstance(app.screen, CorrectScreen)
    if option_id not in (NOT_A_QUOTE, UNDO):
        option_id = f"speaker:{app.screen.request.speakers.index(option_id)}"
    app.screen.query_one(OptionList).highlighted = option_ids(app).index(option_id)
    await pilot.press("enter")
    await pilot.pause()


def speakers_by_quotes(app: ReaderApp) -> dict[str, int]:
    return {row.name: row.quotes for row in roster(app.analysis)}


async def test_c_on_a_sentence_without_a_quote_says_so(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        assert isinstance(app.screen, MainScreen)
        assert "No quote in this sentence to correct" in messages(app)


async def test_reassigning_a_quote_shows_everywhere_and_survives_a_restart(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c")
        assert isinstance(app.screen, CorrectScreen)
        assert app.screen.request.current == OSEI
        assert app.screen.request.speakers[:2] == [OSEI, BRANDT]
        await choose(pilot, BRANDT)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert f"Credited to {BRANDT}" in messages(app)
        assert panel_text(app).splitlines()[1] == BRANDT
        assert why(app) == f"Why corrected by you (the engine said {OSEI})"  # no percentage
        await pilot.press("right_square_bracket")
        assert view(app).selected == 4  # Brandt's next quote
        await pilot.press("left_square_bracket")
        assert view(app).selected == 1
        assert speakers_by_quotes(app) == {BRANDT: 4, OSEI: 2, "Tomas Reyes": 2, NAIR: 1}
    [correction] = stored(analysis)
    assert (correction.speaker, correction.was, correction.anchor.exact) == (
        BRANDT,
        OSEI,
        OSEI_QUOTE,
    )

    again = ReaderApp(sample_analysis())  # a new session, the same data dir
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert view(again).selected == 1
        assert panel_text(again).splitlines()[1] == BRANDT
        assert why(again) == f"Why corrected by you (the engine said {OSEI})"
        await pilot.press("right_square_bracket")
        assert view(again).selected == 4
        await pilot.press("s")
        assert again.screen.query_one("#roster-table").get_row_at(0)[0].plain == BRANDT


async def test_the_article_paints_the_quote_in_its_new_speakers_colour(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        screen = app.screen
        assert isinstance(screen, MainScreen)
        osei, brandt = (screen.colours.colour(name) for name in (OSEI, BRANDT))

        def colour_of(words: str) -> str | None:
            article = view(app)
            for y in range(article.size.height):
                for segment in article.render_line(y):
                    if words in segment.text and segment.style and segment.style.color:
                        return segment.style.color.name
            return None

        assert colour_of("hundreds of jobs") == osei
        await pilot.press("j", "c")
        await choose(pilot, BRANDT)
        assert colour_of("hundreds of jobs") == brandt
        assert screen.colours.colour(OSEI) == osei  # nobody else changes colour


async def test_not_a_quote_takes_it_out_of_navigation_until_undone(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "p")
        assert view(app).selected == 13  # Nair's "optimistic"
        await pilot.press("c")
        await choose(pilot, NOT_A_QUOTE)
        assert "Marked as not a quote" in messages(app)
        assert "No attributed source" in panel_text(app)
        assert "Quote" not in panel_text(app).splitlines()[0]
        await pilot.press("p")
        assert view(app).selected == 12
        await pilot.press("n")
        assert view(app).selected == 12
        assert "No more quotes" in messages(app)
        assert NAIR not in speakers_by_quotes(app)

    again = ReaderApp(sample_analysis())
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("G", "p")
        assert view(again).selected == 12  # still not a quote
        await pilot.press("j", "c")
        assert isinstance(again.screen, CorrectScreen)
        assert option_ids(again) == [UNDO]
        assert not again.screen.query(Input)
        await choose(pilot, UNDO)
        assert "Correction undone" in messages(again)
        assert NAIR in panel_text(again)
        await pilot.press("g", "G", "p")
        assert view(again).selected == 13
    assert stored(analysis) == []


async def test_a_typed_name_is_credited(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c", "tab")
        assert isinstance(app.focused, Input)
        await type_text(pilot, "  Dana   Reyes ")
        await pilot.press("enter")
        assert isinstance(app.screen, MainScreen)
        assert panel_text(app).splitlines()[1] == "Dana Reyes"
        assert speakers_by_quotes(app)["Dana Reyes"] == 1
        await pilot.press("j", "c", "tab")
        await type_text(pilot, "lena BRANDT")  # a known speaker, their own spelling
        await pilot.press("enter")
        assert panel_text(app).splitlines()[1] == BRANDT
        await pilot.press("k", "c")
        assert "Dana Reyes" in app.screen.request.speakers  # type: ignore[attr-defined]


async def test_a_typed_name_with_markup_is_shown_literally(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c", "tab")
        await type_text(pilot, MARKUP_SPEAKER)
        await pilot.press("enter")
        assert panel_text(app).splitlines()[1] == MARKUP_SPEAKER


async def test_undo_gives_the_engine_its_word_back(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c")
        await choose(pilot, BRANDT)
        await pilot.press("c")
        assert option_ids(app)[-1] == UNDO
        await choose(pilot, UNDO)
        assert panel_text(app).splitlines()[1] == OSEI
        assert why(app) == "Why speech verb beside a named person (92%)"
    assert stored(analysis) == []


async def test_choosing_the_same_speaker_or_escape_changes_nothing(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c", "escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("c")
        await choose(pilot, OSEI)
        assert f"No change: the quote is already credited to {OSEI}" in messages(app)
    assert stored(analysis) == []


async def test_a_failed_save_keeps_the_modal_and_what_was_typed(
    analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> Correction:
        raise NotesError("notes.sqlite3: cannot save the note (disk full)")

    monkeypatch.setattr(NoteStore, "save_correction", refuse)
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c", "tab")
        await type_text(pilot, "Dana Reyes")
        await pilot.press("enter")
        assert isinstance(app.screen, CorrectScreen)
        assert app.screen.query_one(Input).value == "Dana Reyes"
        [error] = [n for n in app._notifications if n.severity == "error"]
        assert "disk full" in error.message and error.title == "Correction not saved"
        await pilot.press("escape")
        assert panel_text(app).splitlines()[1] == OSEI


async def test_without_notes_there_is_nothing_to_correct_into(analysis: Analysis) -> None:
    path = paths.data_dir() / "notes.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database\n" * 100)
    app = ReaderApp(analysis, offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "c")
        assert isinstance(app.screen, MainScreen)
        assert messages(app)[-1].startswith("Notes are unavailable")


async def test_an_analysis_corrected_before_the_app_is_not_corrected_twice(
    analysis: Analysis,
) -> None:
    """The command line applies the corrections before the app does (`with_corrections`)."""
    quote = analysis.quotes[0]
    store = NoteStore()
    anchor = make_anchor(analysis.article.text, quote.start, quote.end)
    key = article_id(analysis.article.source, analysis.article.text)
    store.save_correction(key, Correction(anchor, SPEAKER, BRANDT, was=OSEI))
    store.close()
    corrected, warning = with_corrections(sample_analysis())
    assert warning is None and corrected.quotes[0].speaker == BRANDT
    app = ReaderApp(corrected)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert panel_text(app).splitlines()[1] == BRANDT
        assert why(app) == f"Why corrected by you (the engine said {OSEI})"  # not "said Brandt"
        assert speakers_by_quotes(app)[BRANDT] == 4
        await pilot.press("c")
        await choose(pilot, UNDO)
        assert messages(app)[-1] == (
            "Correction undone; the engine's attribution comes back when the article is "
            "opened again"
        )
    assert with_corrections(sample_analysis())[0].quotes[0].speaker == OSEI


async def test_the_share_of_voice_counts_the_correction(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "p", "c")
        await choose(pilot, OSEI)
        await pilot.press("v")
        screen = app.screen
        assert [(s.label, s.quotes) for s in screen.voice.speakers][:2] == [  # type: ignore[attr-defined]
            (OSEI, 4),
            (BRANDT, 3),
        ]


async def test_the_palette_opens_the_correction(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        await run_command(pilot, "Quote: correct speaker")
        assert isinstance(app.screen, CorrectScreen)


def test_snapshot_correct_modal(snap_compare: SnapCompare) -> None:
    app = ReaderApp(sample_analysis(), offline=True)
    assert snap_compare(app, terminal_size=SIZE, press=["n", "c"])

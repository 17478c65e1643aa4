"""Pilot tests of notes: the editor, highlights, deleting with confirmation, the notes list,
export, copying a quote, and a notes database that cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import OptionList, TextArea
from ui_fixtures import ORPHAN_WORDS, sample_analysis, seed_notes
from ui_pilot import SIZE, messages, note_card, run_command, screen_lines, type_text, view

from reader.core import paths
from reader.core.export import export_markdown
from reader.core.model import Analysis
from reader.core.notes import NotesError, NoteStore
from reader.core.notes.notebook import Notebook
from reader.ui.app import ReaderApp
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.screens.note_editor import NoteEditor
from reader.ui.screens.notes_list import ORPHAN_LABEL, NotesListScreen

NOTE = "First thought [b]bold?[/b]\nSecond line"


def stored_bodies(analysis: Analysis) -> list[str]:
    store = NoteStore()
    try:
        return [note.body for note in Notebook(store, analysis).notes]
    finally:
        store.close()


def gutter(app: ReaderApp, sentence_id: int) -> str:
    """The gutter of the line where the sentence begins (the article is not scrolled)."""
    return screen_lines(app)[view(app).sentence_lines(sentence_id).start][:2]


def option_texts(app: ReaderApp) -> list[str]:
    options = app.screen.query_one(OptionList).options
    return [str(getattr(option.prompt, "plain", option.prompt)) for option in options]


async def test_a_note_of_several_lines_is_saved_and_found_again(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "a")
        assert isinstance(app.screen, NoteEditor)
        await type_text(pilot, NOTE)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, MainScreen)
        assert "Note saved" in messages(app)
        assert note_card(app) == f"Your note\n{NOTE}"  # markup shown literally
    assert stored_bodies(analysis) == [NOTE]

    again = ReaderApp(sample_analysis())  # a new session on the same article
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert note_card(again) == ""  # sentence 0 has no note
        await pilot.press("j", "j")  # off the line sentence 1 shares with sentence 0
        assert gutter(again, 1) == "✎ "
        await pilot.press("g")
        await pilot.press("N")
        assert isinstance(again.screen, NotesListScreen)
        [entry] = option_texts(again)
        assert entry.startswith("Sentence 2\n“This is the best day")
        assert entry.endswith("\n✎ First thought [b]bold?[/b]\n  Second line")  # literally
        await pilot.press("enter")
        assert isinstance(again.screen, MainScreen)
        assert view(again).selected == 1
        assert note_card(again) == f"Your note\n{NOTE}"
        await pilot.press("a")
        assert again.screen.query_one(TextArea).text == NOTE  # editing starts from the note


async def test_escape_cancels_and_asks_only_when_something_was_typed(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("a")
        await type_text(pilot, "draft")
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep editing: the text is still there
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "draft"
        await pilot.press("escape", "y")
        assert isinstance(app.screen, MainScreen)
        assert note_card(app) == ""
    assert stored_bodies(analysis) == []


async def test_a_failed_save_keeps_the_editor_and_the_text(
    analysis: Analysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise NotesError("/data/notes.sqlite3: cannot save the note (disk I/O error)")

    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        assert app.notes.notebook is not None
        monkeypatch.setattr(app.notes.notebook.store, "save", refuse)
        await pilot.press("a")
        await type_text(pilot, "precious\nwords")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "precious\nwords"
        assert any("disk I/O error" in message for message in messages(app))
        assert app.is_running


async def test_h_toggles_a_highlight(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("h")
        assert note_card(app).startswith("Highlighted")
        await pilot.press("j")
        assert gutter(app, 0) == "▍ "  # unselected now: the highlight shows in the gutter
        await pilot.press("k", "h")
        assert note_card(app) == ""
        await pilot.press("j")
        assert gutter(app, 0) == "  "
        assert "Highlight removed" in messages(app)
    assert stored_bodies(analysis) == []


async def test_h_on_a_note_keeps_the_note(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "x", "ctrl+s", "h")
        assert note_card(app) == "Your note · highlighted\nx"
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        assert app.screen.question == "Delete this note and its highlight?"
        await pilot.press("n", "h")
        assert note_card(app) == "Your note\nx"


async def test_d_asks_first_n_keeps_and_y_deletes(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert "This sentence has no note or highlight" in messages(app)
        await pilot.press("a", "k", "e", "e", "p", "ctrl+s", "d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert note_card(app) == "Your note\nkeep"
        await pilot.press("d", "escape")
        assert note_card(app) == "Your note\nkeep"
        await pilot.press("d", "x", "j")  # other keys do nothing while it asks
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert isinstance(app.screen, MainScreen)
        assert note_card(app) == ""
        await pilot.press("h", "d", "enter")  # enter confirms too
        assert note_card(app) == ""
    assert stored_bodies(analysis) == []


async def test_notes_list_is_in_article_order_with_orphans_last(analysis: Analysis) -> None:
    seed_notes(analysis)
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("N")
        entries = option_texts(app)
        assert [entry.splitlines()[0] for entry in entries] == [
            "Sentence 2 · highlighted",
            "Sentence 5 · highlighted",
            "Sentence 10",
            ORPHAN_LABEL,
        ]
        assert ORPHAN_WORDS in entries[3]
        await pilot.press("end", "enter")  # an orphan has nowhere to jump to
        assert isinstance(app.screen, NotesListScreen)
        assert any("no longer in the article" in message for message in messages(app))
        await pilot.press("home", "down", "down", "enter")
        assert isinstance(app.screen, MainScreen)
        assert view(app).selected == 9


async def test_notes_list_when_there_are_none(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("N")
        assert isinstance(app.screen, NotesListScreen)
        assert not app.screen.query(OptionList)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_help_lists_the_note_keys(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = [keys for keys, _ in app.screen.rows]
        assert {"a", "h", "d", "N", "e", "y", "Ctrl+S / Esc"} <= set(keys)


# -- export, copy, a database that cannot be used ------------------------------------------


async def test_e_exports_the_markdown_of_the_notebook(analysis: Analysis, tmp_path: Path) -> None:
    seed_notes(analysis)
    folder = tmp_path / "vault"
    app = ReaderApp(analysis, export_dir=folder)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
    written = folder / "harbour-expansion-divides-port-wenley.md"
    store = NoteStore()
    assert written.read_text(encoding="utf-8") == export_markdown(Notebook(store, analysis))
    store.close()
    assert f"4 notes exported to {written}" in messages(app)
    assert [path.name for path in folder.iterdir()] == [written.name]  # no temporary file left


async def test_a_failed_export_is_an_error_and_the_app_goes_on(
    analysis: Analysis, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the export folder should be")
    app = ReaderApp(analysis, export_dir=blocker)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "j")
        assert any(message.startswith("Export failed:") for message in messages(app))
        assert app.is_running and view(app).selected == 1


OSEI_QUOTE = "“This is the best day the port has had in a generation” — Amara Osei, "
BRANDT_REPORTED = "Brandt said the council had ignored the fishermen. (reported speech: "
FIRST_SENTENCE = "The council voted on Tuesday to expand the harbour at Port Wenley, "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (1, OSEI_QUOTE + "EU Delegation to Wenley"),  # the registry's affiliation
        (9, "“It is a promise” — Tomas Reyes, told the author"),
        (5, BRANDT_REPORTED + "Lena Brandt, who runs the fish market on the quay)"),
        (6, "The so-called “green harbour” plan was first floated in 2021."),  # a scare quote
        (0, FIRST_SENTENCE + "ending a debate that ran for three years."),  # no quote
    ],
)
async def test_y_copies_the_quote_with_its_attribution(
    analysis: Analysis, sentence: int, expected: str
) -> None:
    app = ReaderApp(analysis, offline=True)  # no link preview notification beside the one here
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        view(app).selected = sentence
        await pilot.press("y")
        assert copied == [expected]
        [message] = messages(app)  # run_test has no terminal: it says so
        assert "within reader only" in message and "no terminal" in message


async def test_a_database_that_is_not_sqlite_leaves_notes_unavailable(analysis: Analysis) -> None:
    path = paths.data_dir() / "notes.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"these are not the notes you are looking for\n" * 100)
    app = ReaderApp(analysis, offline=True)  # the notes warning is the only notification
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        [warning] = list(app._notifications)
        assert warning.severity == "warning" and warning.message.startswith("Notes are unavailable")
        assert str(path) in warning.message and "\n" not in warning.message
        for key in ("a", "h", "d", "N", "e"):
            await pilot.press(key)
            assert isinstance(app.screen, MainScreen)
            assert messages(app)[-1] == warning.message
        await pilot.press("n", "y")  # reading and copying still work
        assert view(app).selected == 1 and "Copied" in messages(app)[-1]
    assert path.read_bytes().startswith(b"these are not the notes")


async def test_palette_commands_reach_the_notes(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Notes: toggle highlight")
        assert note_card(app).startswith("Highlighted")
        await run_command(pilot, "Notes: add or edit note")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        await run_command(pilot, "Notes: list notes")
        assert isinstance(app.screen, NotesListScreen)


async def test_a_burst_of_typing_then_ctrl_s_saves_every_character(analysis: Analysis) -> None:
    """Keys that arrive faster than the editor handles them (a quick typist, a terminal's paste)
    are all in the note Ctrl+S saves: the save waits its turn behind them."""
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "a")
        burst = "Check the rent figures"
        for char in burst:  # posted at once, none handled before the next arrives
            app.post_message(events.Key(char, char))
        app.post_message(events.Key("ctrl+s", None))
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    assert stored_bodies(analysis) == [burst]

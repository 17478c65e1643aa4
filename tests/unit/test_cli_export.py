"""`reader export ARTICLE [-o FILE]`: the notes the TUI saved, as Markdown, and clear failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.notes import NoteStore
from reader.core.notes.notebook import Notebook
from reader.core.notes.store import default_path
from reader.core.pipeline import analyse_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "articles" / "harbour-strike.txt")


def _note_on_sample(body: str) -> None:
    analysis = analyse_path(SAMPLE)
    store = NoteStore()
    Notebook(store, analysis).write(analysis.sentences[3], body)
    store.close()


def test_export_prints_the_notes(capsys: pytest.CaptureFixture[str]) -> None:
    _note_on_sample("A slideshow is not an offer.")
    assert main(["export", SAMPLE]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---\ntitle: Dockers walk out")
    assert "A slideshow is not an offer." in out
    assert "> — Teodora Vance, Calloway Dockworkers' Union" in out


def test_export_to_a_file_matches_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _note_on_sample("Same bytes either way.")
    main(["export", SAMPLE])
    printed = capsys.readouterr().out
    target = tmp_path / "vault" / "notes.md"
    assert main(["export", SAMPLE, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == printed
    assert f"wrote {target}" in capsys.readouterr().err


def test_a_broken_notes_database_is_one_line_and_kept(capsys: pytest.CaptureFixture[str]) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not sqlite at all, but somebody's file" * 10)
    assert main(["export", SAMPLE]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a notes database" in err
    assert path.read_bytes().startswith(b"not sqlite at all")


def test_a_newer_notes_database_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 42")
    db.close()
    assert main(["export", SAMPLE]) == 1
    assert "newer reader" in capsys.readouterr().err


def test_an_unwritable_output_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["export", SAMPLE, "-o", str(blocker / "notes.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: ") and "cannot write" in err and err.count("\n") == 1

"""The notes database: saves, updates, refusals, a SIGKILL mid-loop and two writers at once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.notes import ArticleId, Note, NotesError, NoteStore, make_anchor

TEXT = "First sentence here. Second sentence there."
ARTICLE = ArticleId("/tmp/article.txt", "digest")


def _note(body: str = "a thought", start: int = 0, end: int = 20) -> Note:
    return Note(make_anchor(TEXT, start, end), body=body)


def test_default_path_is_in_the_data_dir(tmp_path: Path) -> None:
    store = NoteStore()
    assert "xdg_data_home" in str(store.path)
    store.close()


def test_save_then_read_back(tmp_path: Path) -> None:
    store = NoteStore(tmp_path / "notes.db", clock=lambda: "2026-01-02T03:04:05Z")
    saved = store.save(ARTICLE, _note())
    assert saved.id is not None and saved.created == "2026-01-02T03:04:05Z"
    again = NoteStore(tmp_path / "notes.db").notes_for(ARTICLE)
    assert [(n.id, n.body, n.anchor.exact) for n in again] == [(saved.id, "a thought", TEXT[:20])]


def test_update_keeps_the_id_and_creation_time(tmp_path: Path) -> None:
    times = iter(["2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"])
    store = NoteStore(tmp_path / "notes.db", clock=lambda: next(times))
    first = store.save(ARTICLE, _note())
    second = store.save(ARTICLE, Note(first.anchor, "changed", True, first.id, first.created))
    [stored] = store.notes_for(ARTICLE)
    assert stored.id == first.id == second.id
    assert (stored.body, stored.highlight) == ("changed", True)
    assert (stored.created, stored.updated) == ("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")


def test_notes_are_per_article_and_deletable(tmp_path: Path) -> None:
    store = NoteStore(tmp_path / "notes.db")
    other = ArticleId("https://example.org/a", "x")
    mine = store.save(ARTICLE, _note())
    store.save(other, _note("elsewhere"))
    store.delete(mine.id or 0)
    assert store.notes_for(ARTICLE) == []
    assert [n.body for n in store.notes_for(other)] == ["elsewhere"]


def test_database_uses_wal(tmp_path: Path) -> None:
    NoteStore(tmp_path / "notes.db").close()
    mode = sqlite3.connect(tmp_path / "notes.db").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (precious TEXT)")
    db.execute("INSERT INTO notes VALUES ('keep me')")
    db.execute("PRAGMA user_version = 99")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(NotesError, match="newer reader"):
        NoteStore(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my handwritten notes, not a database" * 20)
    with pytest.raises(NotesError, match="not a notes database") as error:
        NoteStore(path)
    assert "\n" not in str(error.value) and str(path) in str(error.value)
    assert path.read_bytes().startswith(b"these are my handwritten notes")


def test_unwritable_place_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(NotesError, match="cannot open"):
        NoteStore(blocker / "sub" / "notes.db")


_SAVER = textwrap.dedent(
    """
    import sys
    from reader.core.notes import ArticleId, Note, NoteStore, make_anchor
    store = NoteStore(__import__("pathlib").Path(sys.argv[1]))
    article = ArticleId(sys.argv[2], "d")
    text = "x" * 100
    for i in range(int(sys.argv[3])):
        note = store.save(article, Note(make_anchor(text, i % 50, i % 50 + 10), body=f"note {i}"))
        print(note.id, flush=True)
    """
)


def _saver(path: Path, key: str, count: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(path), key, str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_sigkill_in_a_loop_of_saves_loses_no_returned_save(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    saver = _saver(path, "killed", 100_000)
    assert saver.stdout is not None
    confirmed = [int(saver.stdout.readline()) for _ in range(200)]
    saver.send_signal(signal.SIGKILL)
    confirmed += [int(line) for line in saver.stdout.read().split()]  # printed before death
    saver.wait()
    stored = {n.id for n in NoteStore(path).notes_for(ArticleId("killed", "d"))}
    assert set(confirmed) <= stored


def test_two_processes_saving_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"  # created by whichever process gets there first
    savers = [_saver(path, f"writer{i}", 150) for i in range(2)]
    outputs = [s.communicate(timeout=120)[0] for s in savers]
    assert [s.returncode for s in savers] == [0, 0]
    store = NoteStore(path)
    for i, output in enumerate(outputs):
        ids = {int(x) for x in output.split()}
        assert len(ids) == 150
        assert {n.id for n in store.notes_for(ArticleId(f"writer{i}", "d"))} == ids


def test_a_read_only_notes_file_is_shown_but_not_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "notes.db"
    writer = NoteStore(path)
    writer.save(ARTICLE, _note("kept"))
    writer.close()

    def refuse(*_: object) -> None:  # what SQLite says for a file the user cannot write
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr("reader.core.notes.store._prepare", refuse)
    store = NoteStore(path)
    assert store.read_only
    assert [n.body for n in store.notes_for(ARTICLE)] == ["kept"]
    with pytest.raises(NotesError, match="read-only"):
        store.save(ARTICLE, _note("new"))
    assert [n.body for n in NoteStore(path).notes_for(ARTICLE)] == ["kept"]

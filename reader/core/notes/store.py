"""Notes and highlights in SQLite: one file in the user data dir, WAL, one transaction per save.

A save that returned is on disk (synchronous=FULL), so a killed process loses nothing it had
confirmed, and two reader processes writing at once wait for each other (busy_timeout) instead
of failing. A database this version cannot read is refused with a clear error, never rewritten:
the notes in it belong to the user.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from reader.core import paths
from reader.core.notes.anchor import Anchor
from reader.core.notes.corrections import Correction
from reader.core.notes.model import ArticleId, Note, NotesError

SCHEMA_VERSION = 2  # 2: corrections
_SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    digest TEXT NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    highlight INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_article ON notes (article);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    start INTEGER NOT NULL,
    stop INTEGER NOT NULL,
    action TEXT NOT NULL,
    speaker TEXT,
    was TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS corrections_by_article ON corrections (article);
"""
_CORRECTION_COLUMNS = (
    "id, exact, prefix, suffix, start, stop, action, speaker, was, created, updated"
)
_COLUMNS = "id, exact, prefix, suffix, start, stop, body, highlight, created, updated"


def default_path() -> Path:
    return paths.data_dir() / "notes.sqlite3"


def utc_now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class NoteStore:
    def __init__(self, path: Path | None = None, clock: Callable[[], str] = utc_now) -> None:
        self.path = path or default_path()
        self._clock = clock
        self._db, self.read_only = _connect(self.path)

    def close(self) -> None:
        self._db.close()

    def notes_for(self, article: ArticleId) -> list[Note]:
        """Every note of the article, in the order they were made (placing them is the caller's)."""
        rows = self._rows_of(article, "notes", _COLUMNS)
        return [_note_from_row(row) for row in rows]

    def save(self, article: ArticleId, note: Note) -> Note:
        """Insert a new note or update one by id; returns it with its id and times set."""
        now = self._clock()
        anchor = note.anchor
        values = (anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end)
        with self._transaction() as db:
            if note.id is None:
                cursor = db.execute(
                    "INSERT INTO notes (article, digest, exact, prefix, suffix, start, stop, "
                    "body, highlight, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article.key, article.digest, *values, note.body, note.highlight, now, now),
                )
                return note.saved(cursor.lastrowid or 0, now, now)
            db.execute(
                "UPDATE notes SET digest = ?, exact = ?, prefix = ?, suffix = ?, start = ?, "
                "stop = ?, body = ?, highlight = ?, updated = ? WHERE id = ?",
                (article.digest, *values, note.body, note.highlight, now, note.id),
            )
            return note.saved(note.id, note.created or now, now)

    def corrections_for(self, article: ArticleId) -> list[Correction]:
        rows = self._rows_of(article, "corrections", _CORRECTION_COLUMNS)
        return [_correction_from_row(row) for row in rows]

    def _rows_of(self, article: ArticleId, table: str, columns: str) -> list[tuple[object, ...]]:
        """The article's rows of `table` (one of ours), oldest first."""
        try:
            return self._db.execute(
                f"SELECT {columns} FROM {table} WHERE article = ? ORDER BY id", (article.key,)
            ).fetchall()
        except sqlite3.Error as error:
            raise NotesError(f"{self.path}: cannot read the {table} ({error})") from error

    def save_correction(self, article: ArticleId, correction: Correction) -> Correction:
        """One correction per quote: a new one replaces any earlier one on the same words."""
        now = self._clock()
        anchor = correction.anchor
        with self._transaction() as db:
            db.execute(
                "DELETE FROM corrections "
                "WHERE article = ? AND start = ? AND stop = ? AND exact = ?",
                (article.key, anchor.start, anchor.end, anchor.exact),
            )
            cursor = db.execute(
                "INSERT INTO corrections (article, exact, prefix, suffix, start, stop, action, "
                "speaker, was, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.key,
                    anchor.exact,
                    anchor.prefix,
                    anchor.suffix,
                    anchor.start,
                    anchor.end,
                    correction.action,
                    correction.speaker,
                    correction.was,
                    now,
                    now,
                ),
            )
        return replace(correction, id=cursor.lastrowid, created=now, updated=now)

    def delete_correction(self, correction_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM corrections WHERE id = ?", (correction_id,))

    def delete(self, note_id: int) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise NotesError(f"{self.path}: the notes file is read-only; nothing was changed")
        try:
            with self._db:
                yield self._db
        except sqlite3.Error as error:
            raise NotesError(f"{self.path}: cannot save the note ({error})") from error


def _connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """The open database and whether it is read-only (a file or folder the user cannot write:
    their notes are shown, and saving says why it cannot)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
    except (OSError, sqlite3.Error) as error:
        if path.is_file():
            return _connect_read_only(path), True
        raise NotesError(f"{path}: cannot open the notes database ({error})") from error
    try:
        _prepare(db, path)
    except sqlite3.OperationalError as error:
        db.close()
        if path.is_file() and ("readonly" in str(error) or "unable to open" in str(error)):
            return _connect_read_only(path), True
        raise NotesError(f"{path}: cannot use the notes database ({error})") from error
    except sqlite3.Error as error:
        db.close()
        raise NotesError(f"{path}: not a notes database ({error})") from error
    except NotesError:
        db.close()
        raise
    db.isolation_level = "DEFERRED"  # `with db:` now opens and commits one transaction per save
    return db, False


def _connect_read_only(path: Path) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        _refuse_newer(db, path)
        db.execute("SELECT count(*) FROM notes").fetchone()
    except sqlite3.Error as error:
        raise NotesError(f"{path}: not a notes database ({error})") from error
    return db


def _prepare(db: sqlite3.Connection, path: Path) -> None:
    db.execute("PRAGMA busy_timeout = 10000")
    _refuse_newer(db, path)  # before anything that writes to the file
    _switch_to_wal(db)
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN IMMEDIATE")  # a second process creating the file waits here, then sees it
    try:
        version = _refuse_newer(db, path)
        if version < SCHEMA_VERSION:
            for statement in _SCHEMA.split(";"):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def _refuse_newer(db: sqlite3.Connection, path: Path) -> int:
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise NotesError(
            f"{path}: written by a newer reader (schema {version}; this one reads up to "
            f"{SCHEMA_VERSION}); leaving it untouched"
        )
    return version


def _switch_to_wal(db: sqlite3.Connection) -> None:
    """Changing the journal mode can report "locked" without waiting while another process opens
    the same file, so it is retried for a while."""
    deadline = time.monotonic() + 10
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _note_from_row(row: tuple[object, ...]) -> Note:
    note_id, exact, prefix, suffix, start, stop, body, highlight, created, updated = row
    anchor = Anchor(str(exact), str(prefix), str(suffix), int(str(start)), int(str(stop)))
    return Note(
        anchor=anchor,
        body=str(body),
        highlight=bool(highlight),
        id=int(str(note_id)),
        created=str(created),
        updated=str(updated),
    )


def _correction_from_row(row: tuple[object, ...]) -> Correction:
    cid, exact, prefix, suffix, start, stop, action, speaker, was, created, updated = row
    anchor = Anchor(str(exact), str(prefix), str(suffix), int(str(start)), int(str(stop)))
    return Correction(
        anchor=anchor,
        action=str(action),
        speaker=None if speaker is None else str(speaker),
        was=None if was is None else str(was),
        id=int(str(cid)),
        created=str(created),
        updated=str(updated),
    )

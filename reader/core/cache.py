"""The on-disk cache of fetched articles and link previews: one SQLite file in the user cache dir.

What is kept, and for how long, is ours to decide, whatever the origin's cache headers say:
successful entries for `days` days (7 by default, `--cache-days`), failures for ten minutes, so a
dead link is not asked again on every opening but is retried soon. Entries are opaque to this
module: a kind ("preview", "page"), a URL, an ok flag, JSON metadata and an optional body.

Fail-soft and versioned: the schema version lives in `PRAGMA user_version`; a file that is not
SQLite, is damaged, or has another version is moved aside (`*.broken`) and the cache starts
empty. Any other trouble (an unwritable directory, a full disk, a lock held too long) means
running without the cache for that operation, never a crash. Two processes may use the file at
once: WAL mode, short `BEGIN IMMEDIATE` transactions and a busy timeout.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from reader.core import paths

SCHEMA_VERSION = 1
DEFAULT_DAYS = 7.0
FAILURE_SECONDS = 600.0
BUSY_SECONDS = 5.0
_BROKEN = frozenset({"SQLITE_NOTADB", "SQLITE_CORRUPT"})
_CREATE = """
CREATE TABLE entries (
    kind TEXT NOT NULL,
    url TEXT NOT NULL,
    ok INTEGER NOT NULL,
    stored_at REAL NOT NULL,
    meta TEXT NOT NULL,
    body BLOB,
    PRIMARY KEY (kind, url)
)
"""


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    url: str
    ok: bool
    meta: str  # JSON text; its shape belongs to the caller
    body: bytes | None = None
    stored_at: float = 0.0  # set by the cache when stored


class _NotOurs(Exception):
    """A SQLite file that is not this cache (another schema version, or other tables)."""


class Cache:
    """Fresh entries in, fresh entries out. A cache with no connection stores nothing."""

    def __init__(
        self,
        connection: sqlite3.Connection | None,
        *,
        days: float = DEFAULT_DAYS,
        failure_seconds: float = FAILURE_SECONDS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._connection = connection
        self._lock = threading.Lock()
        self.days = days
        self.failure_seconds = failure_seconds
        self.clock = clock

    @property
    def enabled(self) -> bool:
        return self._connection is not None

    def get(self, kind: str, url: str) -> Entry | None:
        """The entry for `url` if it is still fresh (ok: `days`; failure: `failure_seconds`)."""
        row = self._read(kind, url)
        if row is None:
            return None
        entry = Entry(kind, url, bool(row[0]), str(row[2]), _bytes(row[3]), float(row[1]))
        return entry if self.is_fresh(entry) else None

    def is_fresh(self, entry: Entry) -> bool:
        return self.clock() - entry.stored_at < self._keep(entry.ok)

    def _keep(self, ok: bool) -> float:
        """Seconds an entry stays fresh; a failure never outlives a success (`days` 0: none)."""
        days = self.days * 86400
        return days if ok else min(days, self.failure_seconds)

    def put(self, entries: Iterable[Entry]) -> None:
        """Store (or replace) entries in one short transaction; a failure stores nothing."""
        now = self.clock()
        rows = [(e.kind, e.url, int(e.ok), now, e.meta, e.body) for e in entries]
        if rows:
            self._write("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?)", rows)

    def purge(self) -> None:
        """Delete what is no longer fresh."""
        now = self.clock()
        sql = "DELETE FROM entries WHERE stored_at < (CASE WHEN ok THEN ? ELSE ? END)"
        self._write(sql, [(now - self._keep(True), now - self._keep(False))])

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> Cache:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _read(self, kind: str, url: str) -> tuple[Any, ...] | None:
        sql = "SELECT ok, stored_at, meta, body FROM entries WHERE kind = ? AND url = ?"
        with self._lock:
            if self._connection is None:
                return None
            try:
                row: tuple[Any, ...] | None = self._connection.execute(sql, (kind, url)).fetchone()
            except sqlite3.Error as err:
                self._trouble(err)
                return None
        return row

    def _write(self, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
        with self._lock:
            if self._connection is None:
                return
            try:
                with _transaction(self._connection):
                    self._connection.executemany(sql, rows)
            except sqlite3.Error as err:
                self._trouble(err)

    def _trouble(self, err: sqlite3.Error) -> None:
        """A damaged file: stop using it (the next start moves it aside). Else skip this one."""
        if _is_broken(err) and self._connection is not None:
            self._connection.close()
            self._connection = None


def open_cache(
    path: Path | None = None, *, days: float = DEFAULT_DAYS, clock: Callable[[], float] = time.time
) -> Cache:
    """The cache at `path` (default: the user cache dir's), or a disabled one if it cannot be."""
    path = path or paths.web_cache_file()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        connection = _connect(path)
    except (OSError, sqlite3.Error, _NotOurs):
        return Cache(None, days=days, clock=clock)
    cache = Cache(connection, days=days, clock=clock)
    cache.purge()
    return cache


def _connect(path: Path) -> sqlite3.Connection:
    try:
        return _open(path)
    except (sqlite3.DatabaseError, _NotOurs) as err:
        if not _is_broken(err):
            raise
    move_aside(path)
    return _open(path)


def _open(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False
    )
    try:
        _prepare(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare(connection: sqlite3.Connection) -> None:
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
    # Persistent, set once per file. Locked by another process setting it up: that one does it.
    with suppress(sqlite3.OperationalError):
        connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    if _version(connection) != SCHEMA_VERSION:
        _create(connection)


def _create(connection: sqlite3.Connection) -> None:
    with _transaction(connection):
        version = _version(connection)
        if version == SCHEMA_VERSION:
            return  # another process made it meanwhile
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version != 0 or tables:
            raise _NotOurs(f"schema version {version}")
        connection.execute(_CREATE)
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.rollback()
        raise


def _is_broken(err: BaseException) -> bool:
    return isinstance(err, _NotOurs) or getattr(err, "sqlite_errorname", "") in _BROKEN


def move_aside(path: Path) -> None:
    """Keep one copy of a broken cache as `*.broken` (for a bug report) and start afresh."""
    try:
        path.replace(path.with_name(path.name + ".broken"))
    except OSError:
        path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _bytes(value: object) -> bytes | None:
    return bytes(value) if isinstance(value, bytes | bytearray | memoryview) else None

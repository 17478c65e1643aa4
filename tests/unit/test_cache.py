"""The on-disk cache: fresh entries, expiry, a broken file, no place to write, two writers."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reader.core import paths
from reader.core.cache import SCHEMA_VERSION, Cache, Entry, open_cache

WRITER = """
import sys, time
from pathlib import Path
from reader.core.cache import Entry, open_cache
name, path, start = sys.argv[1], Path(sys.argv[2]), float(sys.argv[3])
time.sleep(max(0.0, start - time.time()))  # both begin at the same moment
for n in range(200):
    with open_cache(path) as cache:
        assert cache.enabled
        cache.put([Entry("preview", f"http://{name}/{n}", True, "{}", b"x" * 2000)])
        assert cache.get("preview", f"http://{name}/{n}") is not None
"""


def entry(url: str = "http://a.example/", ok: bool = True) -> Entry:
    return Entry("preview", url, ok, '{"title": "A"}', b"body")


def test_an_entry_comes_back_while_fresh(cache: Cache) -> None:
    cache.put([entry()])
    got = cache.get("preview", "http://a.example/")
    assert got is not None and got.meta == '{"title": "A"}' and got.body == b"body"
    assert cache.get("page", "http://a.example/") is None
    cache.clock = lambda: time.time() + 8 * 86400
    assert cache.get("preview", "http://a.example/") is None


def test_failures_are_kept_ten_minutes(cache: Cache) -> None:
    cache.put([entry(ok=False)])
    cache.clock = lambda: time.time() + 9 * 60
    assert cache.get("preview", "http://a.example/") is not None
    cache.clock = lambda: time.time() + 11 * 60
    assert cache.get("preview", "http://a.example/") is None


def test_the_days_are_a_parameter(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with open_cache(path, days=1) as cache:
        cache.put([entry()])
        cache.clock = lambda: time.time() + 2 * 86400
        assert cache.get("preview", "http://a.example/") is None
    with open_cache(path, days=3, clock=lambda: time.time() + 2 * 86400) as cache:
        assert cache.get("preview", "http://a.example/") is not None


def test_stale_entries_are_purged_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with open_cache(path) as cache:
        cache.put([entry("http://old.example/"), entry("http://dead.example/", ok=False)])
    with open_cache(path, clock=lambda: time.time() + 3600):
        pass
    rows = sqlite3.connect(path).execute("SELECT url FROM entries").fetchall()
    assert rows == [("http://old.example/",)]


def test_the_file_is_versioned_sqlite_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    open_cache(path).close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_it_lives_in_the_user_cache_dir() -> None:
    with open_cache() as cache:
        cache.put([entry()])
    assert paths.web_cache_file().is_file()
    assert "xdg_cache_home" in str(paths.web_cache_file())  # tests/conftest.py's temp dir


def test_a_file_that_is_not_sqlite_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database\n" * 200)
    with open_cache(path) as cache:
        assert cache.enabled and cache.get("preview", "http://a.example/") is None
        cache.put([entry()])
        assert cache.get("preview", "http://a.example/") is not None
    assert path.with_name("c.sqlite3.broken").read_bytes().startswith(b"this is not")


def test_another_schema_version_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE entries (x)")
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()
    with open_cache(path) as cache:
        cache.put([entry()])
        assert cache.get("preview", "http://a.example/") is not None
    assert path.with_name("c.sqlite3.broken").exists()


def test_a_truncated_file_is_a_miss_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with open_cache(path) as cache:
        cache.put([entry(f"http://a.example/{n}") for n in range(200)])
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\xff" * 500 + data[600:4096])
    with open_cache(path) as cache:
        cache.get("preview", "http://a.example/3")
        cache.put([entry()])


def test_damage_while_open_is_survived(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with open_cache(path) as cache:
        cache.put([entry()])
        for name in (path.name, path.name + "-wal"):
            (tmp_path / name).write_bytes(b"garbage" * 1000)
        cache.get("preview", "http://b.example/")
        cache.put([entry("http://b.example/")])


def test_no_writable_place_means_no_cache_and_no_crash(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    with open_cache(blocker / "reader" / "c.sqlite3") as cache:
        assert not cache.enabled
        cache.put([entry()])
        assert cache.get("preview", "http://a.example/") is None


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite3"
    start = str(time.time() + 0.6)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, name, str(path), start], stderr=subprocess.PIPE
        )
        for name in ("one.example", "two.example")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err.decode()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] == 400

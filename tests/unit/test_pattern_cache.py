"""The on-disk cache of compiled attribution patterns: what it hands back behaves exactly as
`re.compile` would, it lives in the user's cache dir, and a damaged file costs only speed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.attribution import pattern_cache
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution.cues import MENTION
from reader.core.paths import cache_dir

PATTERNS = [
    (rf"(?P<who>{MENTION})\s+(?P<verb>said|told)\b", 0),
    (r"^(?:[Tt]he\s+)?(?P<org>[A-Z]\w+)(?=\s)", re.MULTILINE),
    (r"so[- ]called\W*$", re.IGNORECASE),
]
TEXTS = [
    "Dr. Ada Lindqvist, the chief executive, said the plan would fail.",
    "The union told reporters on Monday.\nOsterley Bank said so",
    "what the so-called ",
    "nothing here",
]


@pytest.fixture
def fresh_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty in-memory cache, so each test reads and writes the temp cache dir itself."""
    monkeypatch.setattr(pattern_cache, "_entries", None)
    monkeypatch.setattr(pattern_cache, "_added", False)
    monkeypatch.setattr(pattern_cache, "_registered", True)  # no atexit hook from tests


def _same(cached: re.Pattern[str], plain: re.Pattern[str]) -> None:
    assert (cached.pattern, cached.flags, cached.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groupindex,
    )
    for text in TEXTS:
        found = [(m.span(), m.groupdict()) for m in cached.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


@pytest.mark.usefixtures("fresh_cache")
def test_patterns_from_the_file_behave_as_compiled_ones() -> None:
    for pattern, flags in PATTERNS:
        _same(pattern_cache.compiled(pattern, flags), re.compile(pattern, flags))
    pattern_cache.save()
    files = list(cache_dir().glob("patterns-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    pattern_cache._entries = None  # a later run: everything comes from the file
    for pattern, flags in PATTERNS:
        _same(pattern_cache.compiled(pattern, flags), re.compile(pattern, flags))
    assert not pattern_cache._added  # nothing new to write


@pytest.mark.usefixtures("fresh_cache")
def test_a_damaged_file_is_compiled_past_and_replaced() -> None:
    path: Path = pattern_cache._cache_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00not marshal at all")
    pattern, flags = PATTERNS[0]
    _same(pattern_cache.compiled(pattern, flags), re.compile(pattern, flags))
    pattern_cache.save()
    pattern_cache._entries = None
    assert pattern_cache._load()  # the new file holds the pattern


@pytest.mark.usefixtures("fresh_cache")
def test_a_private_api_surprise_falls_back_to_re_compile(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(pattern: str, flags: int) -> object:
        raise AttributeError("re._compiler._code has moved")

    monkeypatch.setattr(pattern_cache, "_compile_entry", broken)
    pattern, flags = PATTERNS[1]
    _same(pattern_cache.compiled(pattern, flags), re.compile(pattern, flags))


def test_the_engine_compiles_its_grammar_through_the_cache() -> None:
    """A large pattern of the engine, as loaded, is the one `re.compile` makes of its text."""
    lead = rp.LEAD if isinstance(rp.LEAD, re.Pattern) else rp.LEAD._get()
    _same(lead, re.compile(lead.pattern, lead.flags & ~re.UNICODE))


@pytest.mark.usefixtures("fresh_cache")
def test_an_older_grammar_does_not_pile_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "_used", set())
    for n in range(5):  # five patterns of a grammar since changed
        pattern_cache.compiled(rf"old{n}\s+said", 0)
    pattern_cache.save()
    pattern_cache._entries = None
    pattern_cache._used.clear()
    pattern_cache.compiled(r"new\s+said", 0)  # this run's grammar: one pattern
    pattern_cache.save()
    pattern_cache._entries = None
    assert len(pattern_cache._load()) == 1


def test_the_grammar_is_the_same_text_in_every_process(tmp_path: Path) -> None:
    """A pattern built from a set in its iteration order changed with Python's hash seed, so
    every run missed the file for it, compiled it again and rewrote the file at exit."""
    script = (
        "from pathlib import Path\n"
        "from reader.core.attribution import pattern_cache\n"
        "from reader.core.load import load_path\n"
        "from reader.core.pipeline import analyse\n"
        "for name in ('harbour-strike.txt', 'water-pact.md', 'transit-levy.html'):\n"
        "    analyse(load_path(str(Path('articles') / name)))\n"
        "print(sorted(key.hex() for key in pattern_cache._used))\n"
    )
    root = Path(__file__).resolve().parents[2]
    keys = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "XDG_CACHE_HOME": str(tmp_path / seed)}
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr[-500:]
        keys.append(done.stdout)
    assert keys[0] == keys[1]

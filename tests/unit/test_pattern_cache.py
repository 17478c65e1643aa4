"""The on-disk stores of compiled patterns (the attribution grammar's, the page's): what they hand
back behaves exactly as `re.compile` would, they live in the user's cache dir, and a damaged file
costs only speed."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core import pattern_store
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


@pytest.fixture(autouse=True)
def _stores_in_the_cache_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests are about the user's cache dir: no shared store for the test run."""
    monkeypatch.delenv(pattern_store.STORE_DIR_VARIABLE, raising=False)


@pytest.fixture
def store() -> pattern_store.PatternStore:
    """A store not yet read, so each test reads and writes the temp cache dir itself."""
    fresh = pattern_store.PatternStore("patterns")
    fresh.save_at_exit = False  # no atexit hook from tests
    return fresh


def _same(cached: re.Pattern[str], plain: re.Pattern[str]) -> None:
    assert (cached.pattern, cached.flags, cached.groupindex) == (
        plain.pattern,
        plain.flags,
        plain.groupindex,
    )
    for text in TEXTS:
        found = [(m.span(), m.groupdict()) for m in cached.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)], text


def test_patterns_from_the_file_behave_as_compiled_ones(store: pattern_store.PatternStore) -> None:
    for pattern, flags in PATTERNS:
        _same(store.compiled(pattern, flags), re.compile(pattern, flags))
    store.save()
    files = list(cache_dir().glob("patterns-*.marshal"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    store.entries = None  # a later run: everything comes from the file
    for pattern, flags in PATTERNS:
        _same(store.compiled(pattern, flags), re.compile(pattern, flags))
    assert not store.added  # nothing new to write


def test_a_damaged_file_is_compiled_past_and_replaced(store: pattern_store.PatternStore) -> None:
    path: Path = store.file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00not marshal at all")
    pattern, flags = PATTERNS[0]
    _same(store.compiled(pattern, flags), re.compile(pattern, flags))
    store.save()
    store.entries = None
    assert store.load()  # the new file holds the pattern


def test_a_private_api_surprise_falls_back_to_re_compile(
    store: pattern_store.PatternStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(pattern: str, flags: int) -> object:
        raise AttributeError("re._compiler._code has moved")

    monkeypatch.setattr(pattern_store, "compile_entry", broken)
    pattern, flags = PATTERNS[1]
    _same(store.compiled(pattern, flags), re.compile(pattern, flags))


def test_the_engine_compiles_its_grammar_through_the_cache() -> None:
    """A large pattern of the engine, as loaded, is the one `re.compile` makes of its text."""
    lead = rp.LEAD if isinstance(rp.LEAD, re.Pattern) else rp.LEAD._get()
    _same(lead, re.compile(lead.pattern, lead.flags & ~re.UNICODE))


def test_an_older_grammar_does_not_pile_up(store: pattern_store.PatternStore) -> None:
    for n in range(5):  # five patterns of a grammar since changed
        store.compiled(rf"old{n}\s+said", 0)
    store.save()
    store.entries = None
    store.used.clear()
    store.compiled(r"new\s+said", 0)  # this run's grammar: one pattern
    store.save()
    store.entries = None
    assert len(store.load()) == 1


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
        "print(sorted(key.hex() for key in pattern_cache.GRAMMAR.used))\n"
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


def test_the_page_store_is_its_own_small_file(store: pattern_store.PatternStore) -> None:
    """The first screen reads only the page's patterns, not the attribution grammar's 5 MB."""
    page = pattern_store.PatternStore("page-patterns")
    page.save_at_exit = False
    _same(page.compiled(*PATTERNS[2]), re.compile(*PATTERNS[2]))
    _same(store.compiled(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    page.save()
    store.save()
    assert page.file() != store.file()
    page.entries = None
    assert len(page.load()) == 1


def test_loading_and_splitting_compile_through_the_page_store() -> None:
    """The patterns the first screen needs come from the page store: a second start compiles
    none of them (about 25 ms of pure-Python compiling before the first screen)."""
    script = (
        "import json, re, sys\n"
        "from reader.core.pattern_store import PAGE\n"
        "plain, by_reader = re._compile, []\n"
        "def counting(pattern, flags):\n"
        "    caller = sys._getframe(2).f_globals.get('__name__', '')\n"  # re.compile's caller
        "    if caller.startswith('reader.') and (type(pattern), pattern, flags)"
        " not in re._cache:\n"
        "        by_reader.append(caller)\n"
        "    return plain(pattern, flags)\n"
        "re._compile = counting\n"
        "from reader.core.load import load_path\n"
        "from reader.core.segment import split_sentences\n"
        "import reader.core.safe, reader.ui.layout\n"
        "for name in ('harbour-strike.txt', 'water-pact.md'):\n"
        "    split_sentences(load_path('articles/' + name))\n"
        "new = len(PAGE.entries or ()) if PAGE.added else 0\n"
        "PAGE.save()\n"
        "print(json.dumps({'new': new, 'by_reader': sorted(set(by_reader))}))\n"
    )
    root = Path(__file__).resolve().parents[2]
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=root, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr[-800:]
        runs.append(json.loads(done.stdout))
    assert runs[0]["new"] > 40  # the first run compiled them and kept them …
    assert runs[1]["new"] == 0  # … and the second found every one in the file
    # and none is compiled the ordinary way but an author bio's, made of the article's names
    assert runs[1]["by_reader"] == ["reader.core.load.junk"], runs


def test_a_bytes_pattern_is_kept_apart_from_the_same_text(
    store: pattern_store.PatternStore,
) -> None:
    as_bytes = store.compiled(rb"charset=(\w+)", re.I)
    as_text = store.compiled(r"charset=(\w+)", re.I)
    assert as_bytes.search(b"x charset=utf-8")[1] == b"utf"  # type: ignore[index]
    assert as_text.search("x charset=utf-8")[1] == "utf"  # type: ignore[index]
    assert len(store.load()) == 2


def test_the_tui_pipeline_keeps_its_patterns_even_if_killed(tmp_path: Path) -> None:
    """The app is often ended by closing its terminal, and then no exit handler runs: the
    patterns are written once the quotes are found, not only at exit."""
    script = (
        "import os\n"
        "from reader.core.load import load_path\n"
        "from reader.core.pipeline import Stages\n"
        "Stages(load_path('articles/harbour-strike.txt'), {}, 100_000).attributed()\n"
        "os._exit(0)\n"  # as a hang-up would: no atexit
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True)
    assert done.returncode == 0, done.stderr[-800:]
    names = sorted(path.name.split("-cpython")[0] for path in tmp_path.rglob("*.marshal"))
    assert names == ["page-patterns", "patterns"]


def test_the_exit_hook_is_registered_once_however_often_the_store_saves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hooks: list[object] = []
    monkeypatch.setattr(pattern_store.atexit, "register", hooks.append)
    store = pattern_store.PatternStore("patterns")
    for n in range(3):  # compile, save (as the TUI does when the quotes are found), again
        store.compiled(rf"hook{n}\s+said", 0)
        store.save()
    assert len(hooks) == 1


def test_an_early_save_writes_the_file_once_per_run(store: pattern_store.PatternStore) -> None:
    """A batch of analyses saves after the first one only; what later ones add waits for the exit
    save (each save writes the whole file, so one per analysis made a batch quadratic)."""
    store.compiled(r"first\s+pattern")
    store.save_early()
    store.compiled(r"second\s+pattern")
    store.save_early()
    on_disk = pattern_store.PatternStore("patterns").load()
    assert len(on_disk) == 1
    store.save()  # the exit hook's save
    assert len(pattern_store.PatternStore("patterns").load()) == 2


def test_a_cold_store_calls_its_notice_once_and_a_warm_one_never(
    store: pattern_store.PatternStore,
) -> None:
    heard: list[str] = []
    with store.when_cold(lambda: heard.append("cold")):
        few = [rf"first\s+run\s+{n}" for n in range(pattern_store.COLD_COMPILES - 1)]
        for pattern in few:  # an article's own few name patterns: no notice
            store.compiled(pattern)
        assert heard == []
        for n in range(pattern_store.COLD_COMPILES, 3 * pattern_store.COLD_COMPILES):
            store.compiled(rf"first\s+run\s+{n}")
    assert heard == ["cold"]
    assert store.cold_notice is None  # the block's end stops it
    store.save()
    warm = pattern_store.PatternStore("patterns")
    warm.save_at_exit = False
    with warm.when_cold(lambda: heard.append("warm")):
        for n in range(3 * pattern_store.COLD_COMPILES):
            warm.compiled(rf"first\s+run\s+{n}")
    assert heard == ["cold"]  # every pattern came from the file

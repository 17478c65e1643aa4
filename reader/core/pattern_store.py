"""Regular expressions compiled once per machine rather than once per run.

Python compiles a pattern in pure Python: parse -> instruction list -> `_sre.compile`, and the
last step is the cheap one. The attribution grammar (about 820 patterns, 20 million
instructions) costs about 35 s that way on a 2-core machine; the ~80 patterns that load and
split an article cost about 25 ms before the TUI's first screen. So each store keeps the
instruction lists in a file of the user's cache directory, keyed by the pattern, and a later run
hands them straight to `_sre.compile`.

There are two stores, each its own file, so the first screen reads only the small one: `PAGE`
(loading, sentence splitting, layout) and the attribution grammar's (`attribution/pattern_cache`).

The parse and instruction steps are the standard library's private modules (`re._parser`,
`re._compiler`): a file is named after the Python version and the regex engine's version, and
anything unexpected (another interpreter, a changed API, an unreadable file) falls back to
`re.compile`, so the worst case is the plain speed, never a wrong pattern.
"""

from __future__ import annotations

import array
import atexit
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, AnyStr

from reader.core.paths import cache_dir

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
STORE_DIR_VARIABLE = "READER_PATTERN_DIR"  # where the stores live, if not the user's cache dir
_STORES: list[PatternStore] = []
# a run that compiles this many patterns the file lacks is a first run (or a new grammar's),
# not an article's own few name patterns
COLD_COMPILES = 20


class PatternStore:
    """Compiled patterns kept in `<cache dir>/<name>-<python>-<engine>.marshal`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.entries: dict[bytes, Entry] | None = None  # read from the file on first use
        self.added = False  # compiled something the file does not hold yet
        self.save_at_exit = True
        self._registered = False  # the exit hook is in place
        self.used: set[bytes] = set()  # the keys this run asked for
        self.saved_early = False  # `save_early` wrote the file once already
        self.compiles = 0  # patterns this run compiled because the file lacks them
        self.cold_notice: Callable[[], None] | None = None  # see `when_cold`
        _STORES.append(self)

    @contextmanager
    def when_cold(self, notice: Callable[[], None] | None) -> Iterator[None]:
        """Within the block, call `notice` once this run has compiled COLD_COMPILES patterns
        itself: the user may be told why the first run on a machine waits (compiling the grammar
        takes half a minute). `None`: no notice."""
        self.cold_notice = notice
        try:
            yield
        finally:
            self.cold_notice = None

    def compiled(self, pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
        """`re.compile(pattern, flags)`, from the file when it holds the pattern."""
        try:
            return self._from_file(pattern, flags)
        except Exception:  # any surprise from the private API: compile the ordinary way
            return re.compile(pattern, flags)

    def _from_file(self, pattern: AnyStr, flags: int) -> re.Pattern[AnyStr]:
        import _sre  # the regex engine itself: no pattern is compiled without it

        entries = self.load()
        if isinstance(pattern, str):
            key = _key(f"{int(flags)}\0{pattern}".encode())
        else:
            key = _key(f"{int(flags)}\0bytes\0".encode() + pattern)
        self.used.add(key)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = compile_entry(pattern, flags)
            self._note_added()
        final_flags, code_bytes, groups, groupindex, indexgroup = entry
        code = array.array(_CODE_TYPE)
        code.frombytes(code_bytes)
        compiled_pattern: re.Pattern[AnyStr] = _sre.compile(
            pattern, final_flags, code.tolist(), groups, groupindex, indexgroup
        )
        return compiled_pattern

    def load(self) -> dict[bytes, Entry]:
        if self.entries is None:
            self.entries = {}
            try:
                loaded: Any = marshal.loads(self.file().read_bytes())
                if isinstance(loaded, dict):
                    self.entries = loaded
            except (OSError, ValueError, EOFError, TypeError):
                pass  # no file yet, or one this Python cannot read: compile and write a new one
        return self.entries

    def _note_added(self) -> None:
        # once per run: `save` clears `added` (the TUI saves when the quotes are found), and a
        # later compile would otherwise register the same exit hook again
        if self.save_at_exit and not self._registered:
            self._registered = True
            atexit.register(self.save)
        self.added = True
        self.compiles += 1
        if self.compiles == COLD_COMPILES and self.cold_notice is not None:
            self.cold_notice()

    def save(self) -> None:
        """Write the file (at exit, once a run compiled something new); a failure costs only
        speed."""
        if self.entries is None or not self.added:
            return
        self.added = False
        entries = dict(self.entries)  # a copy: another thread may compile meanwhile
        path = self.file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps(self._kept(entries)))
            os.replace(temporary, path)  # whole or not at all, even with two runs writing
        except (OSError, ValueError):
            pass

    def save_early(self) -> None:
        """`save`, the first time only: a process that analyses article after article (a batch
        script, the evaluation) would otherwise write the whole file after each one, as the
        names of each article make a pattern of their own; the rest is written at exit."""
        if not self.saved_early:
            self.saved_early = True
            self.save()

    def _kept(self, entries: dict[bytes, Entry]) -> dict[bytes, Entry]:
        """Every entry, unless most are for patterns this run never asked for (an older
        grammar's): then only this run's, so the file does not grow with each change."""
        if len(entries) <= 2 * len(self.used):
            return entries
        return {key: entry for key, entry in entries.items() if key in self.used}

    def file(self) -> Path:
        import _sre

        version = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
        # (the test suite points every test's own temp home at one shared store: each `reader`
        # process a test starts would otherwise compile the grammar and save 16 MB of its own)
        directory = os.environ.get(STORE_DIR_VARIABLE)
        return (Path(directory) if directory else cache_dir()) / f"{self.name}-{version}.marshal"


def save_stores() -> None:
    """Write every store that compiled something new, now rather than at exit: the TUI does so
    once the quotes are found, so a terminal closed under it (no exit handlers run) still
    leaves the patterns for the next start. Once per run: later patterns are written at exit."""
    for store in _STORES:
        store.save_early()


def compile_entry(pattern: str | bytes, flags: int) -> Entry:
    """What `re._compiler.compile` hands to `_sre.compile`, with the instructions as bytes."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code_bytes = array.array(_CODE_TYPE, code).tobytes()
    return (
        int(flags | parsed.state.flags),
        code_bytes,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _key(data: bytes) -> bytes:
    # `_blake2` directly: `hashlib` would first load OpenSSL (~1.5 ms before the first screen)
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b
    return blake2b(data, digest_size=16).digest()


def _code_type() -> str:
    """The array type whose items are as wide as the engine's instructions (4 bytes here)."""
    try:
        import _sre

        return next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
    except (ImportError, StopIteration):
        return "I"  # `compiled` then fails on its first use and falls back to `re.compile`


_CODE_TYPE = _code_type()
PAGE = PatternStore("page-patterns")  # loading, sentence splitting and layout
page_pattern = PAGE.compiled

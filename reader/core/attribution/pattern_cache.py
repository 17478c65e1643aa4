"""The attribution grammar's regular expressions, compiled once per machine rather than per run.

The cue grammar is large (about 220 patterns, a million instructions once compiled), and Python
compiles a pattern in pure Python: about 1.1 s on every start of `reader quotes`, before any
article is read. Compiling is parse -> instruction list -> `_sre.compile`; the last step takes
~0.1 ms. So the instruction lists are kept in the user's cache directory, keyed by the pattern, and
a later run hands them straight to `_sre.compile`.

The parse and instruction steps are the standard library's private modules (`re._parser`,
`re._compiler`): the cache file is named after the Python version and the regex engine's
version, and anything unexpected (another interpreter, a changed API, an unreadable file) falls
back to `re.compile`, so the worst case is today's speed, never a wrong pattern.
"""

from __future__ import annotations

import array
import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

from reader.core.paths import cache_dir

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_entries: dict[bytes, Entry] | None = None
_added = False  # compiled something the file does not hold yet
_registered = False
_used: set[bytes] = set()  # the keys this run asked for


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the on-disk cache when it holds the pattern."""
    try:
        return _from_cache(pattern, flags)
    except Exception:  # any surprise from the private API: compile the ordinary way
        return re.compile(pattern, flags)


def _from_cache(pattern: str, flags: int) -> re.Pattern[str]:
    import _sre  # the regex engine itself: no pattern is compiled without it

    entries = _load()
    key = hashlib.blake2b(f"{int(flags)}\0{pattern}".encode(), digest_size=16).digest()
    _used.add(key)
    entry = entries.get(key)
    if entry is None:
        entry = entries[key] = _compile_entry(pattern, flags)
        _note_added()
    final_flags, code_bytes, groups, groupindex, indexgroup = entry
    code = array.array(_CODE_TYPE)
    code.frombytes(code_bytes)
    compiled_pattern: re.Pattern[str] = _sre.compile(
        pattern, final_flags, code.tolist(), groups, groupindex, indexgroup
    )
    return compiled_pattern


def _compile_entry(pattern: str, flags: int) -> Entry:
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


def _load() -> dict[bytes, Entry]:
    global _entries
    if _entries is None:
        _entries = {}
        try:
            loaded: Any = marshal.loads(_cache_file().read_bytes())
            if isinstance(loaded, dict):
                _entries = loaded
        except (OSError, ValueError, EOFError, TypeError):
            pass  # no cache yet, or one this Python cannot read: compile and write a new one
    return _entries


def _note_added() -> None:
    global _added, _registered
    _added = True
    if not _registered:
        _registered = True
        atexit.register(save)


def save() -> None:
    """Write the cache (at exit, once a run compiled something new); a failure costs only speed."""
    global _added
    if _entries is None or not _added:
        return
    _added = False
    path = _cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        temporary.write_bytes(marshal.dumps(_kept(_entries)))
        os.replace(temporary, path)  # whole or not at all, even with two runs writing at once
    except (OSError, ValueError):
        pass


def _kept(entries: dict[bytes, Entry]) -> dict[bytes, Entry]:
    """Every entry, unless most are for patterns this run never asked for (an older grammar's):
    then only this run's, so the file does not grow with each change to the grammar."""
    if len(entries) <= 2 * len(_used):
        return entries
    return {key: entry for key, entry in entries.items() if key in _used}


def _cache_file() -> Path:
    import _sre

    version = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
    return cache_dir() / f"patterns-{version}.marshal"


def _code_type() -> str:
    """The array type whose items are as wide as the engine's instructions (4 bytes here)."""
    try:
        import _sre

        return next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
    except (ImportError, StopIteration):
        return "I"  # `compiled` then fails on its first use and falls back to `re.compile`


_CODE_TYPE = _code_type()

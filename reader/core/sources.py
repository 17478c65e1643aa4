"""The sources.toml registry: people, organisations and outlets, with aliases, roles and urls.

Lookup order (later files fill in, earlier ones win): `--sources FILE`, `./sources.toml`, the user
config dir, then the bundled registry. A broken file is refused with `FILE:LINE: message`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from reader.core.model import SourceEntry

_SECTIONS = {
    "person": "person",
    "people": "person",
    "organisation": "organisation",
    "organization": "organisation",
    "outlet": "outlet",
}


class SourcesError(Exception):
    """A registry file that cannot be read; str() is `FILE:LINE: message`."""


def load_registry(paths: Iterable[Path]) -> dict[str, SourceEntry]:
    """Merge the registries that exist, first path first; entries merge by name or alias."""
    merged: dict[str, SourceEntry] = {}
    for path in paths:
        if path.is_file():
            for entry in read_sources(path):
                _merge(merged, entry)
    return merged


def read_sources(path: Path) -> list[SourceEntry]:
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as err:
        raise SourcesError(f"{path}:{_line_of(err, raw)}: {_message_of(err)}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SourcesError(f"{path}:1: cannot read ({err.__class__.__name__})") from None
    entries = []
    for section, kind in _SECTIONS.items():
        items = data.get(section, [])
        if not isinstance(items, list):
            raise SourcesError(
                f"{path}:{_find_line(raw, section)}: [{section}] must be [[{section}]]"
            )
        for number, item in enumerate(items):
            entries.append(_entry(path, raw, section, number, kind, item))
    return entries


def _entry(path: Path, raw: str, section: str, number: int, kind: str, item: Any) -> SourceEntry:
    # The entry's line is looked for only to report an error: looking for every entry's took
    # half the time of reading the registry, before the reader's first screen.
    name = item.get("name") if isinstance(item, dict) else None
    if not isinstance(name, str) or not name.strip():
        line = _header_line(raw, section, number)
        raise SourcesError(f"{path}:{line}: [[{section}]] entry has no name")
    aliases = item.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        at = _key_line(raw, _header_line(raw, section, number), "aliases")
        raise SourcesError(f"{path}:{at}: aliases of {name!r} must be a list of strings")
    fields = {k: str(item[k]) for k in ("role", "affiliation", "url", "notes") if k in item}
    return SourceEntry(name=name.strip(), aliases=tuple(aliases), kind=kind, **fields)


def _merge(merged: dict[str, SourceEntry], entry: SourceEntry) -> None:
    """The same source when one's name is the other's name or alias. Two people who only share
    an alias ("Reyes" for Dana and Luis Reyes) stay two entries."""
    existing = next(
        (
            e
            for e in merged.values()
            if entry.name in {e.name, *e.aliases} or e.name in entry.aliases
        ),
        None,
    )
    if existing is None:
        merged[entry.name] = entry
        return
    fill = {
        f: getattr(existing, f) or getattr(entry, f)
        for f in ("role", "affiliation", "url", "notes")
    }
    aliases = tuple(dict.fromkeys([*existing.aliases, *entry.aliases]))
    merged[existing.name] = SourceEntry(existing.name, aliases, existing.kind, **fill)


def _line_of(err: tomllib.TOMLDecodeError, raw: str) -> int:
    line = getattr(err, "lineno", None)
    if isinstance(line, int):
        return line
    match = re.search(r"line (\d+)", str(err))
    if match:
        return int(match.group(1))
    return raw.count("\n") + 1 if "end of document" in str(err) else 1


def _message_of(err: tomllib.TOMLDecodeError) -> str:
    message = getattr(err, "msg", None) or str(err)
    return re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", str(message))


def _header_line(raw: str, section: str, number: int) -> int:
    """The line of the `number`-th `[[section]]` header: where that entry starts."""
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(section)}[ \t]*\]\]", re.M)
    headers = [m.start() for m in header.finditer(raw)]
    at = headers[number] if number < len(headers) else 0
    return raw.count("\n", 0, at) + 1


def _key_line(raw: str, from_line: int, key: str) -> int:
    """The line where `key =` is set, at or after the entry's header."""
    lines = raw.splitlines()
    for number in range(from_line - 1, len(lines)):
        if re.match(rf"\s*{re.escape(key)}\s*=", lines[number]):
            return number + 1
    return from_line


def _find_line(raw: str, needle: str) -> int:
    index = raw.find(needle)
    return raw.count("\n", 0, index) + 1 if index >= 0 else 1

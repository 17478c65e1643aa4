"""Entries of sources.toml in an article's cast: only those the article names, and only by a
name, not by a generic alias."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.attribution.capitals import find_names
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import SourceEntry

if TYPE_CHECKING:
    from reader.core.attribution.cast import Cast

_GENERIC_ALIAS = compiled(r"(?:the|a|an)\s+[a-z][\w\s’'-]*")  # "the union", not "the Record"


def add_registry(cast: Cast, registry: dict[str, SourceEntry], text: str) -> None:
    """Registry entries the article mentions (by name or alias) help resolve its mentions;
    the others say nothing about this article and are left out."""
    # "the union" is any union: only a name ("Calloway Dockworkers' Union", "the Record") says
    # the article is about this one, so only names are looked for
    names_of = {
        key: [n for n in (entry.name, *entry.aliases) if not _GENERIC_ALIAS.fullmatch(n)]
        for key, entry in registry.items()
    }
    first_seen = _first_mentions(text, [n for names in names_of.values() for n in names])
    for key, entry in registry.items():
        found = [first_seen[n] for n in names_of[key] if n in first_seen]
        if not found or _aliases_taken(cast, entry):
            continue
        cast.add(entry.name, min(found), entry.kind)
        if entry.name not in first_seen:
            cast.registry_only.add(entry.name)  # the article says "Pell"; sources.toml the rest
        for alias in entry.aliases:
            cast.add_alias(alias, entry.name)


def _aliases_taken(cast: Cast, entry: SourceEntry) -> bool:
    """An entry the article names only by an alias that is already the surname of someone it
    names in full: "Mr. Lindahl" after "Everett Lindahl" is Everett, not the registry's Sofia
    Lindahl from another story."""
    if entry.name in cast.entities:
        return False
    taken = {a for a in entry.aliases if (cast.alias_of(a) or entry.name) != entry.name}
    return bool(taken) and taken == set(entry.aliases)


def _first_mentions(text: str, names: list[str]) -> dict[str, int]:
    """Where each name first occurs in the text, in one pass."""
    if not names:
        return {}
    first: dict[str, int] = {}
    for match in find_names(names, text):
        first.setdefault(match.group(), match.start())
    return first

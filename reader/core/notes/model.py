"""What a note is: words of an article anchored so they can be found again, and what was said."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from reader.core.notes.anchor import Anchor, Placement


class NotesError(Exception):
    """The notes database cannot be used; the message is one line naming the file."""


@dataclass(frozen=True, slots=True)
class ArticleId:
    """An article's identity: its URL, or its absolute path (or "stdin"), with a hash of its text.

    Notes are found by `key`; the digest tells whether the text changed since a note was made."""

    key: str
    digest: str


def article_id(source: str, text: str) -> ArticleId:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    if source.startswith(("http://", "https://")):
        return ArticleId(source, digest)
    if source in ("-", "<stdin>", ""):
        return ArticleId(f"stdin:{digest}", digest)  # piped text has no home but its words
    return ArticleId(str(Path(source).resolve()), digest)


@dataclass(frozen=True, slots=True)
class Note:
    anchor: Anchor
    body: str = ""  # empty for a highlight with no note
    highlight: bool = False
    id: int | None = None
    created: str = ""
    updated: str = ""
    placement: Placement | None = None  # where it sits in the current text; None: an orphan

    @property
    def is_orphan(self) -> bool:
        return self.placement is None

    def saved(self, note_id: int, created: str, updated: str) -> Note:
        return replace(self, id=note_id, created=created, updated=updated)

    def placed(self, placement: Placement | None) -> Note:
        return replace(self, placement=placement)

"""Notes and highlights: anchoring, storage and placing them on an article's current text."""

from reader.core.notes.anchor import Anchor, Placement, make_anchor, place
from reader.core.notes.model import ArticleId, Note, NotesError, article_id
from reader.core.notes.store import NoteStore

__all__ = [
    "Anchor",
    "ArticleId",
    "Note",
    "NoteStore",
    "NotesError",
    "Placement",
    "article_id",
    "make_anchor",
    "place",
]

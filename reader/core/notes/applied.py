"""An analysis with the reader's stored corrections applied, for the command line's views."""

from __future__ import annotations

from pathlib import Path

from reader.core.model import Analysis
from reader.core.notes.corrections import apply_corrections
from reader.core.notes.model import NotesError, article_id
from reader.core.notes.store import NoteStore, default_path


def with_corrections(analysis: Analysis, path: Path | None = None) -> tuple[Analysis, str | None]:
    """The corrected analysis, and a one-line warning when the corrections could not be read.

    A missing notes file means no corrections; it is not created just to find that out."""
    path = path or default_path()
    if not path.exists():
        return analysis, None
    try:
        store = NoteStore(path)
    except NotesError as error:
        return analysis, f"corrections not applied: {error}"
    try:
        corrections = store.corrections_for(
            article_id(analysis.article.source, analysis.article.text)
        )
    except NotesError as error:
        return analysis, f"corrections not applied: {error}"
    finally:
        store.close()
    return apply_corrections(analysis, corrections), None

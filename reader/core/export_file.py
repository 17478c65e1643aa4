"""Writing the notes export to a file named after the article, replaced atomically (TUI `e`
and `reader export -o`)."""

from __future__ import annotations

import os
import tempfile
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core import paths
from reader.core.pattern_store import page_pattern

if TYPE_CHECKING:
    from reader.core.notes.notebook import Notebook

SLUG_LIMIT = 80
_NOT_WORD = page_pattern(r"[\W_]+")


def default_export_dir() -> Path:
    return paths.data_dir() / "exports"


def slug(title: str) -> str:
    """ "Dockers walk out at Port Calloway" -> "dockers-walk-out-at-port-calloway".

    Accents are dropped (café -> cafe), letters of other scripts kept; never empty."""
    decomposed = unicodedata.normalize("NFKD", title)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _NOT_WORD.sub("-", plain.lower()).strip("-")
    if len(words) > SLUG_LIMIT:
        cut = words.rfind("-", 0, SLUG_LIMIT + 1)
        words = words[: cut if cut > 0 else SLUG_LIMIT]
    return words or "article"


def export_name(notebook: Notebook) -> str:
    article = notebook.analysis.article
    return slug(article.title or Path(article.source).stem) + ".md"


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename it over `path` (all or nothing).

    A new file is private to the user (0600, as notes are); a replaced one keeps its mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        if path.exists():
            os.chmod(temporary, path.stat().st_mode & 0o777)
        with os.fdopen(handle, "w", encoding="utf-8", errors="replace", newline="\n") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def export_notes(notebook: Notebook, folder: Path) -> Path:
    """Write the notebook's Markdown into `folder`; returns the path (raises OSError)."""
    from reader.core.export import export_markdown  # the TUI's start-up need not load it

    path = folder / export_name(notebook)
    write_atomically(path, export_markdown(notebook))
    return path

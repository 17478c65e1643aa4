"""`reader export ARTICLE [-o FILE]`: the article's notes and highlights as Markdown.

Without `-o` the Markdown goes to standard output, so it can be piped into a vault or a script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.model import Analysis


class ExportFailed(Exception):
    """One line for stderr: the notes could not be read or the file not written."""


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("article", metavar="ARTICLE")
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE (replaced atomically), not stdout"
    )
    return parser


def export(analysis: Analysis, output: str | None) -> int:
    from reader.core.export import export_markdown
    from reader.core.export_file import write_atomically
    from reader.core.notes import NotesError, NoteStore, article_id
    from reader.core.notes.corrections import apply_corrections
    from reader.core.notes.notebook import Notebook

    try:
        store = NoteStore()
    except NotesError as err:
        raise ExportFailed(str(err)) from None
    try:
        ident = article_id(analysis.article.source, analysis.article.text)
        analysis = apply_corrections(analysis, store.corrections_for(ident))
        markdown = export_markdown(Notebook(store, analysis))
    except NotesError as err:
        raise ExportFailed(str(err)) from None
    finally:
        store.close()
    if output is None:
        sys.stdout.write(markdown)
        return 0
    try:
        write_atomically(Path(output), markdown)
    except OSError as err:
        raise ExportFailed(f"{output}: cannot write ({err.strerror or err})") from None
    print(f"reader: wrote {output}", file=sys.stderr)
    return 0

"""The loaders' entry points: a path, bytes or text in, one `Article` out."""

from __future__ import annotations

import os
from collections.abc import Callable

from reader.core.load.decode import decode
from reader.core.load.detect import FORMATS, format_from_name, sniff
from reader.core.load.errors import LoadError
from reader.core.model import Article


def load_path(path: str | os.PathLike[str]) -> Article:
    """Read and load a file; every failure is a LoadError naming the file."""
    name = os.fspath(path)
    return load_bytes(_read(name), name)


def load_bytes(data: bytes, source: str, fmt: str | None = None) -> Article:
    """Decode `data` (encoding detected from the bytes) and load it; `fmt` as in `load_text`."""
    return load_text(decode(data, source), source, fmt)


def load_text(text: str, source: str, fmt: str | None = None) -> Article:
    """Load decoded text. `fmt` is "text", "markdown" or "html"; None decides by the name of
    `source`, then by the content."""
    if fmt is not None and fmt not in FORMATS:
        raise LoadError(source, f"unknown format {fmt!r} (expected text, markdown or html)")
    chosen = fmt or format_from_name(source) or sniff(text)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise LoadError(source, "no readable text (only whitespace)")
    article = _parser(chosen)(text, source)
    if not article.paragraphs:
        raise LoadError(source, "no readable text")
    return article


def _read(name: str) -> bytes:
    if os.path.isdir(name):
        raise LoadError(name, "is a directory")
    try:
        with open(name, "rb") as file:
            return file.read()
    except FileNotFoundError:
        raise LoadError(name, "no such file") from None
    except PermissionError:
        raise LoadError(name, "permission denied") from None
    except OSError as err:
        raise LoadError(name, f"cannot read ({err.strerror or err})") from None


def _parser(fmt: str) -> Callable[[str, str], Article]:
    # Imported on demand: markdown-it and trafilatura cost time the other formats need not pay.
    if fmt == "html":
        from reader.core.load.html import parse_html

        return parse_html
    if fmt == "markdown":
        from reader.core.load.markdown import parse_markdown

        return parse_markdown
    from reader.core.load.text import parse_text

    return parse_text

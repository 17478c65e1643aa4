"""The loaders' entry points: a path, bytes or text in, one `Article` out."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import BinaryIO

from reader.core.load.decode import decode, normalise_newlines
from reader.core.load.detect import FORMATS, format_from_name, sniff
from reader.core.load.errors import LoadError, TooLarge
from reader.core.model import Article

# The largest input read by default. The analysis takes about 1.2 s a megabyte (2 cores), so
# 20 MB (six times a long novel) opens in under half a minute; a bigger file is refused at once
# with its size, unless the caller raises the limit (`reader --max-size MB`).
MAX_BYTES = 20_000_000
_CHUNK = 1 << 20


def load_path(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Article:
    """Read and load a file; every failure is a LoadError naming the file. A file larger than
    `max_bytes` is refused (`TooLarge`) before it is read."""
    name = os.fspath(path)
    return load_bytes(_read(name, max_bytes), name)


def load_stream(stream: BinaryIO, source: str, max_bytes: int = MAX_BYTES) -> Article:
    """Read and load a stream (standard input: `source` "-"), refusing it (`TooLarge`) as soon
    as more than `max_bytes` have arrived."""
    try:
        data = read_capped(stream, source, max_bytes)
    except OSError as err:
        raise LoadError(source, f"cannot read ({err.strerror or err})") from None
    return load_bytes(data, source)


def read_capped(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """All of `stream`, or `TooLarge` once it passes `max_bytes` (an endless device or pipe
    never fills the memory)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(source, None, max_bytes)
    return b"".join(chunks)


def load_bytes(data: bytes, source: str, fmt: str | None = None) -> Article:
    """Decode `data` (encoding detected from the bytes) and load it; `fmt` as in `load_text`."""
    return load_text(decode(data, source), source, fmt)


def load_text(text: str, source: str, fmt: str | None = None) -> Article:
    """Load decoded text. `fmt` is "text", "markdown" or "html"; None decides by the name of
    `source`, then by the content."""
    if fmt is not None and fmt not in FORMATS:
        raise LoadError(source, f"unknown format {fmt!r} (expected text, markdown or html)")
    text = normalise_newlines(text.lstrip("\ufeff"))  # "\r\n", "\r", U+2028 as from bytes
    chosen = fmt or format_from_name(source) or sniff(text)
    if not text.strip():
        raise LoadError(source, "no readable text (only whitespace)")
    article = _parser(chosen)(text, source)
    if not article.paragraphs:
        raise LoadError(source, "no readable text")
    return article


def _read(name: str, max_bytes: int) -> bytes:
    if os.path.isdir(name):
        raise LoadError(name, "is a directory")
    try:
        with open(name, "rb") as file:
            size = os.fstat(file.fileno()).st_size  # 0 for a pipe or a device: read to see
            if size > max_bytes:
                raise TooLarge(name, size, max_bytes)
            return read_capped(file, name, max_bytes)
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

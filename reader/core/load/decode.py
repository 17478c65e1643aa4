"""Bytes -> str, with the encoding detected from the bytes themselves (never from the file name).

Order: a byte-order mark; strict UTF-8; an HTML `<meta charset>` declaration; Windows-1252 when
its reading is plainly Western text (short texts fool statistical detectors); charset-normalizer
for the rest. Binary data is refused. Line endings come out as "\\n". Text that was decoded
wrongly before it was saved ("PeÃ±a Nieto", "â€œ") is repaired with ftfy.
"""

from __future__ import annotations

import codecs
import re

from reader.core.load.errors import LoadError
from reader.core.pattern_store import page_pattern

# UTF-32 first: its little-endian BOM begins with the UTF-16 little-endian one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 65536
_BINARY = "not a text file (binary data)"
# C0 controls other than tab, newline, vertical tab, form feed and carriage return, plus DEL.
_CONTROL = page_pattern(r"[\x00-\x08\x0e-\x1f\x7f]")
# Real text may carry a few escape sequences (hostile or pasted from a terminal): those are made
# safe for display later. Binary data is mostly controls once NUL bytes are ruled out.
_MAX_CONTROL_RATIO = 0.10
_META_CHARSET = page_pattern(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LINE_BREAK = page_pattern(r"\r\n?|[\u2028\x85]")
_BREAK_MARKS = ("\r", "\u2028", "\x85", "\u2029")
# What a Western European text decoded as Windows-1252 may contain beyond ASCII: Latin-1
# letters, typographic punctuation and the usual symbols. Anything else (box drawing, C1
# controls, odd fractions) means the guess is wrong.
_WESTERN_EXTRAS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u00a0-\u00a3\u00a5\u00a7\u00a9-\u00ab\u00ae\u00b0\u00b1\u00b4\u00b5\u00b7\u00ba-\u00be"
    "\u00bf\u00d7"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u20ac\u2122"
)
_NOT_WESTERN = page_pattern(f"[^\x00-\x7f{_WESTERN_EXTRAS}]")
_NON_ASCII_LETTER = page_pattern(r"[^\x00-\x7f\W\d_]")
_ASCII_LETTER = page_pattern(r"[A-Za-z]")
# Accented letters are a minority in French, Spanish, German...; a "Western" reading made
# mostly of them is really Cyrillic or Greek in the wrong code page.
_MAX_ACCENTED_RATIO = 0.3


def decode(data: bytes, source: str) -> str:
    """Decode `data` to text with "\\n" line endings; raise LoadError for empty or binary data."""
    if not data:
        raise LoadError(source, "empty file")
    text = _decode_bom(data)
    if text is None:
        if b"\x00" in data[:_SAMPLE]:
            raise LoadError(source, _BINARY)
        text = _decode_unmarked(data, source)
    if _looks_binary(text):
        raise LoadError(source, _BINARY)
    return normalise_newlines(_mojibake_repaired(text))


def _mojibake_repaired(text: str) -> str:
    """UTF-8 read as Windows-1252 somewhere upstream, then saved: "Ã±" for "ñ", "â€œ" for "“".
    ftfy is imported only for text that shows the signs (most text never does)."""
    if not shows_mojibake(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


# A lead byte of UTF-8 (Ã, Â, â€) read as Windows-1252 and followed by a continuation byte
_MOJIBAKE = page_pattern("[ÃÂ][\u0080-\u00bf]|â€")


def shows_mojibake(text: str) -> bool:
    """Whether decoded text shows the signs of an earlier wrong decoding (and is repaired)."""
    if "Ã" not in text and "Â" not in text and "â€" not in text:
        return False  # `in` scans a book in a few ms; the pattern takes ~60 ms on 5 MB
    return _MOJIBAKE.search(text) is not None


def normalise_newlines(text: str) -> str:
    if not any(mark in text for mark in _BREAK_MARKS):  # the usual case, ~20 times faster
        return text
    return _LINE_BREAK.sub("\n", text).replace("\u2029", "\n\n")


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                if encoding.startswith("utf-32"):
                    continue  # FF FE 00 00 is also UTF-16 text that starts with a NUL
                return data[len(bom) :].decode(encoding, errors="replace")
    return None


def _decode_unmarked(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for decoder in (_decode_declared, _decode_western, _decode_detected):
        text = decoder(data)
        if text is not None:
            return text
    raise LoadError(source, _BINARY)


def _decode_declared(data: bytes) -> str | None:
    """An HTML page that names its charset (and is not UTF-8, which was tried first)."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    # As browsers do (WHATWG Encoding): the Latin-1 labels mean Windows-1252.
    if name in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        name = "cp1252"
    try:
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_western(data: bytes) -> str | None:
    """Windows-1252 (which extends Latin-1's printable range) if the result reads as Western."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    sample = text[:_SAMPLE]
    if _NOT_WESTERN.search(sample):
        return None
    accented = len(_NON_ASCII_LETTER.findall(sample))
    plain = len(_ASCII_LETTER.findall(sample))
    if accented > _MAX_ACCENTED_RATIO * (accented + plain):
        return None
    return text


def _decode_detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazy: only for unusual encodings

    best = from_bytes(data).best()
    if best is None:
        return None
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > _MAX_CONTROL_RATIO * max(len(sample), 1)

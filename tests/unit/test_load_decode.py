"""Encoding detection from the bytes, line endings, binary data."""

from __future__ import annotations

import codecs

import pytest

from reader.core.load import LoadError, load_bytes
from reader.core.load.decode import decode

SAMPLE = "café “quoted” — dash"
FRENCH = "Le café était plein. « Non », dit-elle — puis elle partit à l’aube."
GERMAN = "Die Straßenbahn fährt über die Brücke; Müller grüßt."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SAMPLE.encode("utf-8"), SAMPLE),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), SAMPLE),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE),
        (codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le"), SAMPLE),
        (codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be"), SAMPLE),
        (SAMPLE.encode("cp1252"), SAMPLE),
        (FRENCH.encode("cp1252"), FRENCH),
        (GERMAN.encode("latin-1"), GERMAN),
        ("naïve façade, déjà vu".encode("latin-1"), "naïve façade, déjà vu"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf32le-bom",
        "utf32be-bom",
        "cp1252-short",
        "cp1252-french",
        "latin1-german",
        "latin1-short",
    ],
)
def test_encodings_are_detected_from_the_bytes(data: bytes, expected: str) -> None:
    assert decode(data, "x.txt") == expected


def test_a_non_western_legacy_encoding_is_not_forced_into_cp1252() -> None:
    text = "Совет депутатов утвердил новый бюджет города на следующий год."
    assert decode(text.encode("cp1251"), "x.txt") == text


def test_html_meta_charset_is_honoured_when_the_page_is_not_utf8() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>“Oui” — café</p></body></html>'
    assert decode(page.encode("cp1252"), "x.html") == page


def test_the_extension_does_not_choose_the_encoding() -> None:
    data = SAMPLE.encode("cp1252")
    assert decode(data, "x.md") == decode(data, "x.html") == SAMPLE


def test_line_endings_are_normalised() -> None:
    assert decode(b"one\r\ntwo\rthree\nfour\r\n", "x.txt") == "one\ntwo\nthree\nfour\n"


def test_mixed_line_endings_make_the_same_article_as_unix_ones() -> None:
    unix = "Title of the piece\n\nFirst paragraph goes\non here.\n\nSecond paragraph.\n"
    mixed = "Title of the piece\r\n\rFirst paragraph goes\r\non here.\n\r\nSecond paragraph.\r"
    a = load_bytes(unix.encode(), "x.txt")
    b = load_bytes(mixed.encode(), "x.txt")
    assert b.text == a.text == "First paragraph goes on here.\n\nSecond paragraph."
    assert b.title == a.title == "Title of the piece"


def test_utf16_article_loads_end_to_end() -> None:
    text = "Harbour wall vote\n\nCouncillors voted — narrowly — for the “new” wall.\r\n"
    article = load_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "x.txt")
    assert article.title == "Harbour wall vote"
    assert article.text == "Councillors voted — narrowly — for the “new” wall."


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        bytes(range(256)) * 4,
        b"text then a NUL\x00 and more",
        bytes([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0E, 0x0F]) * 20,
    ],
    ids=["png", "all-bytes", "nul", "controls"],
)
def test_binary_data_is_refused_with_one_line(data: bytes) -> None:
    with pytest.raises(LoadError) as info:
        decode(data, "articles/x.txt")
    assert str(info.value) == "articles/x.txt: not a text file (binary data)"


def test_empty_bytes_are_refused() -> None:
    with pytest.raises(LoadError, match=r"^in\.txt: empty file$"):
        decode(b"", "in.txt")


def test_mojibake_saved_into_the_text_is_repaired() -> None:
    saved = "PeÃ±a Nieto said GuantÃ¡namo was â€œa mistake.â€\x9d".encode()
    assert decode(saved, "page.txt") == "Peña Nieto said Guantánamo was “a mistake.”"


def test_text_without_mojibake_is_left_as_it_is() -> None:
    for text in (SAMPLE, FRENCH, GERMAN, "Ã as a capital letter alone stays"):
        assert decode(text.encode("utf-8"), "page.txt") == text

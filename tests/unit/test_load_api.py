"""Public API of reader.core.load: paths, errors, format choice, import cost, speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.load import LoadError, load_bytes, load_path, load_text
from reader.core.load.detect import format_from_name, sniff
from reader.core.model import ParagraphKind

DATA = Path(__file__).resolve().parents[1] / "data" / "load"


def _error(path: Path | str) -> str:
    with pytest.raises(LoadError) as info:
        load_path(path)
    message = str(info.value)
    assert "\n" not in message
    return message


# --- errors ---------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert _error(path) == f"{path}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert _error(tmp_path) == f"{tmp_path}: is a directory"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read any file"
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Some text.\n")
    path.chmod(0)
    try:
        assert _error(path) == f"{path}: permission denied"
    finally:
        path.chmod(0o644)


def test_unreadable_file_via_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.load.loader as loader

    path = tmp_path / "locked.txt"
    path.write_text("Some text.\n")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader, "open", refuse, raising=False)
    assert _error(path) == f"{path}: permission denied"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"IHDR")
    assert _error(path) == f"{path}: not a text file (binary data)"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    assert _error(path) == f"{path}: empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b"  \n\n\t\r\n")
    assert _error(path) == f"{path}: no readable text (only whitespace)"


def test_file_of_nothing_but_junk_has_no_text(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("Skip to content\nMenu\nSign in\nSubscribe\nAdvertisement\n")
    assert _error(path) == f"{path}: no readable text"


def test_unknown_format_is_a_load_error() -> None:
    with pytest.raises(LoadError, match=r"^x: unknown format 'pdf'"):
        load_text("Hello.", "x", "pdf")


def test_relative_path_is_named_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert _error("articles/x.txt") == "articles/x.txt: no such file"


# --- format choice --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "fmt"),
    [
        ("a.txt", "text"),
        ("a.TXT", "text"),
        ("dir.v2/a.md", "markdown"),
        ("a.markdown", "markdown"),
        ("a.html", "html"),
        ("a.htm", "html"),
        ("https://news.example/2026/story.html?page=2", "html"),
        ("https://news.example/2026/story", None),
        ("-", None),
        ("notes", None),
    ],
)
def test_format_from_name(source: str, fmt: str | None) -> None:
    assert format_from_name(source) == fmt


@pytest.mark.parametrize(
    ("content", "fmt"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("\n  <html lang='en'><body>x</body></html>", "html"),
        ("<!-- saved --><!doctype html><p>x</p>", "html"),
        ("---\ntitle: A\n---\n\nBody.", "markdown"),
        ("Intro\n\n## A heading\n\nBody.", "markdown"),
        ("See [the report](https://x.example/r) for more.", "markdown"),
        ("Title\n\nPlain text with a # sign and [brackets] only.", "text"),
        ("---\n\nA rule, then text.\n\n---\n", "text"),
    ],
)
def test_sniffing(content: str, fmt: str) -> None:
    assert sniff(content) == fmt


def test_extension_decides_before_content() -> None:
    article = load_text("# Not a heading here\n\nBody text.", "notes.txt")
    assert article.title == "# Not a heading here"


def test_explicit_format_wins_over_extension() -> None:
    article = load_text("# Real heading\n\nBody text.", "notes.txt", "markdown")
    assert article.title == "Real heading"
    assert article.text == "Body text."


def test_content_is_sniffed_without_an_extension() -> None:
    html = (DATA / "page.html").read_bytes()
    article = load_bytes(html, "-")
    assert article.title == "Harbour town votes to rebuild its sea wall"
    assert article.paragraphs[0].kind == ParagraphKind.BODY


def test_load_path_reads_each_fixture_format() -> None:
    titles = {name: load_path(DATA / name).title for name in ("scraped.txt", "article.md")}
    assert titles == {
        "scraped.txt": "Harbour town votes to rebuild its sea wall",
        "article.md": "Night trains return to the valley line",
    }


# --- cost -----------------------------------------------------------------------------------


def test_importing_the_loaders_is_cheap() -> None:
    code = (
        "import sys, reader.core.load; "
        "print(sorted(m for m in ('trafilatura', 'markdown_it', 'charset_normalizer', 'textual')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

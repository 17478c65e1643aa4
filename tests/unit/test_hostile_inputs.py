"""Hostile and broken input through the command line: one line on stderr naming the problem and
the file, a non-zero exit, never a traceback, never a hang; and nothing lost that could be read.

Big inputs are made at test time in temporary dirs. Most commands run in-process (`main`), the
ones about process behaviour (timing, a size limit on a real file) in a subprocess.
"""

from __future__ import annotations

import codecs
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import reader_bytes as reader
from local_server import Server

from reader.cli import main
from reader.core import paths
from reader.core.load import MAX_BYTES, LoadError, load_path, load_text
from reader.core.load.errors import megabytes
from reader.core.notes.store import default_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "articles" / "harbour-strike.txt")
ARTICLE = (
    "Café owners protest\n\n"
    "“We cannot pay these rents,” said José Martín, who runs a café on the square.\n\n"
    "The council meets on Tuesday.\n"
)
COMMANDS = [["quotes"], ["quotes", "--json"], ["links", "--offline"], ["export"], []]
ROOT_CAN_READ = not hasattr(os, "geteuid") or os.geteuid() == 0


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`reader ARGS` in this process: (exit status, stdout, stderr)."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line(code: int, out: str, err: str, *needles: str) -> None:
    assert code == 1, err
    assert out == ""
    assert err.startswith("reader: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err, err


def quotes_json(capsys: pytest.CaptureFixture[str], path: Path | str) -> dict[str, object]:
    code, out, err = run(capsys, "quotes", str(path), "--json")
    assert code == 0, err
    data: dict[str, object] = json.loads(out)
    return data


# --- files ----------------------------------------------------------------------------------


def _missing(d: Path) -> Path:
    return d / "missing.txt"


def _directory(d: Path) -> Path:
    (d / "folder.txt").mkdir()
    return d / "folder.txt"


def _binary(d: Path) -> Path:
    (d / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return d / "photo.txt"


def _controls_only(d: Path) -> Path:
    (d / "noise.txt").write_bytes(bytes(range(1, 9)) * 200)  # no NUL, yet not text
    return d / "noise.txt"


def _empty(d: Path) -> Path:
    (d / "empty.txt").write_bytes(b"")
    return d / "empty.txt"


def _blank(d: Path) -> Path:
    (d / "blank.md").write_bytes(b" \r\n\t\n\n")
    return d / "blank.md"


BAD_FILES: list[tuple[Callable[[Path], Path], str]] = [
    (_missing, "no such file"),
    (_directory, "is a directory"),
    (_binary, "not a text file (binary data)"),
    (_controls_only, "not a text file (binary data)"),
    (_empty, "empty file"),
    (_blank, "no readable text"),
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(("make", "problem"), BAD_FILES, ids=[p for _, p in BAD_FILES])
def test_a_bad_file_is_one_line_naming_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    make: Callable[[Path], Path],
    problem: str,
) -> None:
    path = make(tmp_path)
    code, out, err = run(capsys, *command, str(path))  # [] is the TUI: it fails before starting
    assert_one_line(code, out, err, f"reader: {path}: {problem}")


def test_an_unreadable_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.core.load.loader as loader

    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")  # what chmod 000 gives a non-root user

    monkeypatch.setattr(loader, "open", refuse, raising=False)
    for command in COMMANDS:
        assert_one_line(*run(capsys, *command, str(path)), f"{path}: permission denied")


@pytest.mark.skipif(ROOT_CAN_READ, reason="root reads a file whatever its permissions")
def test_an_unreadable_file_for_real(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        result = reader("quotes", str(path))
    finally:
        path.chmod(0o644)
    assert result.returncode == 1
    assert result.stderr.decode() == f"reader: {path}: permission denied\n"


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("cp1252"),
        lambda t: t.replace("“", '"').replace("”", '"').encode("latin-1"),
        lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
        lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
        lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    ],
    ids=["cp1252", "latin-1", "utf-16-le-bom", "utf-16-be-bom", "utf-8-bom"],
)
def test_legacy_and_utf16_encodings_read_like_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encode: Callable[[str], bytes]
) -> None:
    path = tmp_path / "cafe.txt"
    path.write_bytes(encode(ARTICLE))
    data = quotes_json(capsys, path)
    assert data["title"] == "Café owners protest"
    quotes = data["quotes"]
    assert isinstance(quotes, list)
    assert [(q["text"], q["speaker"]) for q in quotes] == [
        ("We cannot pay these rents,", "José Martín")
    ]


def test_mixed_line_endings_make_the_same_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unix = tmp_path / "unix.txt"
    unix.write_text(ARTICLE, encoding="utf-8")
    mixed = tmp_path / "mixed.txt"
    first, second, third = ARTICLE.split("\n\n")
    mixed.write_bytes(f"{first}\r\n\r\n{second}\r\r{third}".encode())
    expected, got = quotes_json(capsys, unix), quotes_json(capsys, mixed)
    assert {**got, "source": None} == {**expected, "source": None}


def test_a_60_megabyte_file_is_refused_at_once_with_the_way_to_raise_the_limit(
    tmp_path: Path,
) -> None:
    big = tmp_path / "book.txt"
    paragraph = ("“We go on,” said Ana Ruiz. " * 36 + "\n\n").encode()
    with big.open("wb") as file:
        for _ in range(60_000_000 // len(paragraph) + 1):
            file.write(paragraph)
    size = big.stat().st_size
    started = time.perf_counter()
    result = reader("quotes", str(big))
    assert time.perf_counter() - started < 10
    assert result.returncode == 1 and result.stdout == b""
    err = result.stderr.decode()
    assert err == (
        f"reader: {big}: too large to read ({megabytes(size)} is over the 20 MB limit); "
        f"--max-size {-(-size // 1_000_000)} reads it anyway\n"
    )
    assert megabytes(60_000_000) == "60 MB" and megabytes(67_740_000) == "67.7 MB"


def test_max_size_raises_and_lowers_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE * 40, encoding="utf-8")  # about 5 kB
    code, out, err = run(capsys, "quotes", "--max-size", "0.001", str(path))
    assert_one_line(code, out, err, "too large to read", "--max-size 1 reads it anyway")
    code, out, err = run(capsys, "quotes", "--max-size", "0.01", str(path))
    assert code == 0 and "José Martín" in out
    assert MAX_BYTES == 20_000_000


@pytest.mark.parametrize("value", ["0", "-1", "lots", "inf", "nan"])
def test_a_bad_max_size_is_a_usage_error(value: str) -> None:
    result = reader("quotes", "--max-size", value, SAMPLE)
    assert result.returncode == 2 and b"--max-size" in result.stderr
    assert b"Traceback" not in result.stderr


def test_an_endless_device_or_pipe_is_refused_past_the_limit() -> None:
    started = time.perf_counter()
    result = reader("quotes", "/dev/zero")
    assert result.returncode == 1
    assert result.stderr.decode().startswith("reader: /dev/zero: too large to read (it is over")
    piped = reader("quotes", "--max-size", "0.5", "-", stdin=b"word " * 200_000)
    assert piped.returncode == 1 and b"-: too large to read" in piped.stderr
    assert b"a larger --max-size reads it anyway" in piped.stderr
    assert time.perf_counter() - started < 20


def test_one_5_megabyte_line_without_spaces_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "line.txt"
    path.write_text("A long line\n\n" + "x" * 5_000_000 + "\n", encoding="utf-8")
    started = time.perf_counter()
    result = reader("quotes", str(path), "--json")
    assert time.perf_counter() - started < 30
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert sum(len(s["text"]) for s in data["sentences"]) == 5_000_000
    listing = reader("quotes", str(path))
    assert listing.returncode == 0 and len(listing.stdout) < 1000  # no quote, nothing to list


DEEP_HTML = {
    "5000 nested divs": "<html><body>" + "<div>" * 5000 + "<p>{quote}</p>" + "</div>" * 5000
    + "<p>The end of the page.</p></body></html>",
    "100000 unclosed tags": "<html><body>" + "<div><span>" * 100_000 + "<p>{quote}</p>",
    "3000 nested blockquotes": "<html><body><article><p>An opening paragraph of the story.</p>"
    + "<blockquote>" * 3000 + "<p>{quote}</p>" + "</blockquote>" * 3000
    + "<p>The end of the page.</p></article></body></html>",
    "paragraphs in unclosed divs": "<html><body>"
    + "".join(f"<div>Paragraph {n} of the story. " for n in range(3000))
    + "<div><p>{quote}</p></body></html>",
}  # fmt: skip
QUOTE = "“We held the line,” said Ana Ruiz, who leads the union."


@pytest.mark.parametrize("page", DEEP_HTML.values(), ids=DEEP_HTML.keys())
def test_deeply_nested_html_loses_no_words(tmp_path: Path, page: str) -> None:
    path = tmp_path / "deep.html"
    path.write_text(page.replace("{quote}", QUOTE), encoding="utf-8")
    started = time.perf_counter()
    article = load_path(path)
    assert time.perf_counter() - started < 10
    assert QUOTE in article.text
    if "Paragraph 0 " in page:
        assert all(f"Paragraph {n} of the story." in article.text for n in range(3000))


def test_deeply_nested_html_through_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "deep.html"
    path.write_text(DEEP_HTML["5000 nested divs"].replace("{quote}", QUOTE), encoding="utf-8")
    data = quotes_json(capsys, path)
    quotes = data["quotes"]
    assert isinstance(quotes, list)
    assert [(q["text"], q["speaker"]) for q in quotes] == [("We held the line,", "Ana Ruiz")]


DEEP_MARKDOWN = {
    "11-level list": "".join("  " * n + f"- item {n}\n" for n in range(11)) + "\n{quote}\n",
    "5000 block quote marks": ">" * 5000 + " {quote}\n\nThe end.\n",
    "2000-level list": "".join("  " * n + "- item\n" for n in range(2000)) + "\n{quote}\n",
    "one line of 3000 list markers": "- " * 3000 + "{quote}\n",
}


@pytest.mark.parametrize("body", DEEP_MARKDOWN.values(), ids=DEEP_MARKDOWN.keys())
def test_deeply_nested_markdown_loses_no_words(body: str) -> None:
    front = "---\ntitle: Deep\nauthors:\n  - name: Jo Bloggs\n---\n\n"
    article = load_text(front + body.replace("{quote}", QUOTE), "deep.md")
    assert QUOTE in article.text
    assert (article.title, article.author) == ("Deep", "Jo Bloggs")
    if "item 10" in body:
        assert all(f"item {n}" in article.text for n in range(11))


def test_html_with_control_character_references_is_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Bell&#7; and escape&#x1b;[31m</title></head><body><div><figure>"
        "</figure>&#27;[2J</div><p>Raw \x1b]0;title\x07 controls and &#0; a NUL.</p>"
        f"<p>{QUOTE}</p></body></html>",
        encoding="utf-8",
    )
    article = load_path(path)
    assert QUOTE in article.text and "controls and" in article.text


def test_headline_like_lines_alone_are_the_text_not_a_header() -> None:
    article = load_text("Harbour news\n\nDockers walk out\n", "short.txt")
    assert article.text == "Harbour news\n\nDockers walk out"


# --- configuration and state ------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        (b'[[person]]\nname = "A"\naliases = [\n', 4, ""),
        (b'[[person]]\nname = "Ana Ruiz"\naliases = "Ruiz"\n', 3, "must be a list of strings"),
        (b"[person]\nname = 'x'\n", 1, "[person] must be [[person]]"),
        (b"\xff\xfe\x00 not utf-8", 1, "cannot read"),
    ],
    ids=["unclosed", "aliases", "table", "encoding"],
)
def test_a_broken_sources_file_is_file_line_message(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
    content: bytes,
    line: int,
    problem: str,
) -> None:
    broken = tmp_path / "sources.toml"
    broken.write_bytes(content)
    code, out, err = run(capsys, *command, SAMPLE, "--sources", str(broken))
    assert_one_line(code, out, err, f"reader: {broken}:{line}: ", problem)


def test_a_broken_sources_file_found_in_the_current_dir_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sources.toml").write_text("[[person]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "quotes", SAMPLE)
    assert_one_line(code, out, err, f"reader: {tmp_path / 'sources.toml'}:1: ")


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"not sqlite at all, but somebody's notes" * 20, "not a notes database"), (None, "newer")],
    ids=["not-sqlite", "newer-schema"],
)
def test_a_notes_database_reader_cannot_use(
    capsys: pytest.CaptureFixture[str], content: bytes | None, problem: str
) -> None:
    import sqlite3

    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if content is None:
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA user_version = 7")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    assert_one_line(*run(capsys, "export", SAMPLE), str(path), problem)
    code, out, err = run(capsys, "quotes", SAMPLE)  # the analysis does not depend on notes
    assert code == 0 and "Teodora Vance" in out
    assert err.count("\n") <= 1 and "Traceback" not in err
    assert path.read_bytes() == before  # the user's file is never rewritten


def test_a_corrupt_cache_file_is_moved_aside_and_the_command_works(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cache = paths.web_cache_file()
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(b"\x00garbage, not SQLite" * 100)
    code, out, err = run(capsys, "links", "--offline", "--json", SAMPLE)
    assert code == 0 and err == ""
    assert json.loads(out)["links"]
    assert cache.with_name("web.sqlite3.broken").exists()


@pytest.fixture
def unwritable_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Data and cache dirs below a regular file: unwritable for root too (chmod is not)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    return blocker


def test_unwritable_dirs_quotes_still_works(
    unwritable_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "quotes", SAMPLE, "--json")
    assert code == 0 and err == ""
    assert json.loads(out)["quotes"]


def test_unwritable_cache_dir_links_warns_once_and_works(
    unwritable_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "links", "--offline", SAMPLE)
    assert code == 0 and "not in the cache (offline)" in out
    assert err == (
        f"reader: warning: {unwritable_dirs}/cache/reader/web.sqlite3: cannot use the cache; "
        "nothing is cached\n"
    )


def test_unwritable_data_dir_export_says_why(
    unwritable_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", SAMPLE)
    notes = f"{unwritable_dirs}/data/reader/notes.sqlite3"
    assert_one_line(code, out, err, f"reader: {notes}: cannot open the notes database")


_UPDATER = """
import sys
from pathlib import Path
from reader.core.notes import ArticleId, Note, NoteStore, make_anchor
store = NoteStore(Path(sys.argv[1]))
article = ArticleId("killed", "d")
note = store.save(article, Note(make_anchor("x" * 100, 0, 10), body="0"))
print(note.id, flush=True)
for i in range(1, 10_000_000):
    note = store.save(article, Note(note.anchor, str(i), i % 2 == 1, note.id, note.created))
    print(i, flush=True)
"""


def test_sigkill_during_a_loop_of_note_updates_keeps_the_last_returned_one(
    tmp_path: Path,
) -> None:
    """With test_notes_store's loop of new notes: a returned save survives SIGKILL, whole."""
    import signal

    from reader.core.notes import ArticleId, NoteStore

    path = tmp_path / "notes.sqlite3"
    saver = subprocess.Popen(
        [sys.executable, "-c", _UPDATER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert saver.stdout is not None
    note_id = int(saver.stdout.readline())
    confirmed = [int(saver.stdout.readline()) for _ in range(150)]
    saver.send_signal(signal.SIGKILL)
    confirmed += [int(line) for line in saver.stdout.read().split()]  # printed before death
    saver.wait()
    store = NoteStore(path)
    [note] = store.notes_for(ArticleId("killed", "d"))
    store.close()
    assert note.id == note_id
    assert int(note.body) >= confirmed[-1]  # the last returned save, or one just after it
    assert note.highlight == (int(note.body) % 2 == 1)  # body and highlight from one save


# --- URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda s: s.page("/x", b"\x89PNG\r\n\x1a\n\x00\x00" * 50, content_type=""), "binary"),
        (lambda s: s.page("/logo", b"\x89PNG\r\n", content_type="image/png"), "not an HTML page"),
        (lambda s: s.endless("/endless"), "larger than 2 MB"),
        (lambda s: (s.redirect("/a", "/b"), s.redirect("/b", "/a"))[0], "redirect loop"),
        (lambda s: s.redirect("/evil", "file:///etc/passwd"), "not http(s)"),
        (lambda s: f"https://127.0.0.1:{s.port}/", "TLS error"),
    ],
    ids=["binary", "image", "too-big", "redirect-loop", "file-redirect", "tls"],
)
def test_a_failing_url_is_one_line_naming_it(
    server: Server,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Server], str],
    problem: str,
) -> None:
    url = make(server)
    started = time.perf_counter()
    code, out, err = run(capsys, "quotes", url)
    assert time.perf_counter() - started < 20
    assert_one_line(code, out, err, f"reader: {url}: ", problem)


def test_an_unreachable_host_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    url = "http://nowhere.invalid/story"
    code, out, err = run(capsys, "quotes", url)
    assert_one_line(code, out, err)
    assert err == f"reader: {url}: unreachable host (name not found)\n"


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x", "data:,hi"]
)
def test_an_article_address_of_another_scheme_is_never_fetched(
    capsys: pytest.CaptureFixture[str], url: str
) -> None:
    code, out, err = run(capsys, "quotes", url)
    assert_one_line(code, out, err, f"reader: {url}: no such file")


def test_load_errors_are_one_line() -> None:
    with pytest.raises(LoadError) as caught:
        load_text(" \n\t", "blank.txt")
    assert str(caught.value) == "blank.txt: no readable text (only whitespace)"

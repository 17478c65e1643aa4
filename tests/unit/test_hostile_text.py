"""Hostile text in an article: terminal control sequences never reach the terminal raw, and
Rich/Textual markup is shown as the characters it is.

Checked on every way out of the command line: the `reader quotes` listing and JSON, the
`reader links` listing and JSON, and `reader export` Markdown. (The TUI's own checks are in
tests/ui/test_ui_robustness.py and tests/ui/test_ui_layout.py.)
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from local_server import Server

from reader.cli import main
from reader.core.notes import NoteStore
from reader.core.notes.notebook import Notebook
from reader.core.pipeline import analyse
from reader.core.safe import REPLACEMENT, safe_json, safe_text

ROOT = Path(__file__).resolve().parents[2]

ESCAPES = {
    "CSI colour": "\x1b[31m",
    "CSI clear screen": "\x1b[2J",
    "OSC 8 hyperlink": "\x1b]8;;http://evil.example/\x07",
    "OSC 52 clipboard": "\x1b]52;c;cHduZWQ=\x07",
    "OSC title, ST-terminated": "\x1b]0;pwned\x1b\\",
    "BEL": "\x07",
    "C1 CSI": "\x9b2J",
    "C1 OSC": "\x9d0;x\x9c",
    "DEL": "\x7f",
    "NUL-free C0": "\x01\x02\x08",
    "RLO override": "\u202e",
    "LRO/PDF": "\u202d\u202c",
    "isolates": "\u2066\u2067\u2068\u2069",
}
HOSTILE = "".join(ESCAPES.values())
ANCHOR_COMMENT = re.compile(r"<!-- reader-anchor .*? -->", re.S)
MARKUP = ["[bold red]loud[/]", "[link=http://evil.example]here[/link]", "[@click=app.quit]quit[/]"]


def unsafe(text: str) -> list[str]:
    """The characters a terminal would act on (tab and newline are layout, not control)."""
    return sorted(
        {
            f"U+{ord(c):04X}"
            for c in text
            if (ord(c) < 0x20 and c not in "\n\t")
            or 0x7F <= ord(c) <= 0x9F
            or 0x202A <= ord(c) <= 0x202E
            or 0x2066 <= ord(c) <= 0x2069
        }
    )


def run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not unsafe(err)
    return out


def article(tmp_path: Path, suffix: str) -> Path:
    words = f"Run {HOSTILE} now {' '.join(MARKUP)}"
    if suffix == ".html":
        body = (
            f"<html><head><title>Port news {HOSTILE}</title></head><body><article>"
            f"<h1>Port news {HOSTILE}</h1><p>“{words},” said Teodora Vance of the union.</p>"
            f'<p>She cited <a href="https://example.org/report">the {HOSTILE} report</a> '
            "as the reason for the strike, which began on Monday.</p></article></body></html>"
        )
    else:
        link_text = "the \x9b2J\u202ereport\x07 [x]"  # no "]" or "[" unbalanced: still a link
        body = (
            f"Port news {HOSTILE}\n\n"
            f"“{words},” said Teodora Vance of the union.\n\n"
            f"She cited [{link_text}](https://example.org/report) as the reason for the strike.\n"
        )
    path = tmp_path / f"hostile{suffix}"
    path.write_text(body, encoding="utf-8")
    return path


FORMATS = [".txt", ".md", ".html"]


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_quotes_listing_shows_no_control_and_keeps_markup_literal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = run(capsys, "quotes", str(article(tmp_path, suffix)))
    assert unsafe(out) == []
    unwrapped = " ".join(line.strip() for line in out.splitlines())
    assert "Teodora Vance" in out and "“Run " in unwrapped and " now " in unwrapped
    for markup in MARKUP:
        assert markup in unwrapped  # as characters: nothing interpreted them
    assert REPLACEMENT in out  # made visible, not silently dropped


@pytest.mark.parametrize("suffix", FORMATS)
def test_the_quotes_json_escapes_every_control(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    out = run(capsys, "quotes", str(article(tmp_path, suffix)), "--json")
    assert unsafe(out) == []
    data = json.loads(out)
    [quote] = [
        q for q in data["quotes"] if q["speaker"] == "Teodora Vance" and q["kind"] == "direct"
    ]
    assert all(markup in quote["text"] for markup in MARKUP)
    if suffix != ".html":  # the JSON keeps the article's characters, escaped (\u001b, \u009b)
        assert HOSTILE in quote["text"]
        sentence = data["sentences"][quote["sentence_ids"][0]]
        assert HOSTILE in sentence["text"]


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_the_links_listing_and_json_show_no_control(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    path = article(tmp_path, suffix)
    listing = run(capsys, "links", "--offline", str(path))
    assert unsafe(listing) == []
    assert "https://example.org/report" in listing and "report" in listing
    out = run(capsys, "links", "--offline", "--json", str(path))
    assert unsafe(out) == []
    texts = [link["text"] for link in json.loads(out)["links"] if link["text"]]
    assert any("report" in text for text in texts)


def test_a_preview_full_of_controls_is_shown_safely(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], server: Server
) -> None:
    url = server.page(
        "/evil",
        "<html><head><title>Evil &#27;[31m title \x1b]0;x\x07 \u202e</title>"
        "<meta property='og:description' content='desc &#x9b;2J \x07 [bold]x[/bold]'>"
        "</head><body><p>Para</p></body></html>",
    )
    path = tmp_path / "links.md"
    path.write_text(f"# Links\n\nRead [the page]({url}) before the vote on Monday.\n")
    listing = run(capsys, "links", str(path))
    assert unsafe(listing) == [] and "Evil" in listing and "[bold]x[/bold]" in listing
    out = run(capsys, "links", "--json", str(path))
    assert unsafe(out) == []
    [link] = json.loads(out)["links"]
    assert link["title"].startswith("Evil \x1b[31m")  # the data is kept, escaped in the JSON


def test_the_export_markdown_shows_no_control(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.load import load_path

    path = article(tmp_path, ".txt")
    analysis = analyse(load_path(path))
    store = NoteStore()
    quoted = next(s for s in analysis.sentences if "Teodora Vance" in s.text)
    Notebook(store, analysis).write(quoted, "my note")
    store.close()
    out = run(capsys, "export", str(path))
    shown = ANCHOR_COMMENT.sub("", out)
    assert unsafe(shown) == []
    assert "my note" in shown and "Teodora Vance" in shown and "“Run " in shown
    assert "\\[bold red\\]loud\\[/\\]" in shown  # Markdown shows the brackets as brackets


def test_the_export_anchor_comment_shows_no_control(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.core.load import load_path

    path = article(tmp_path, ".txt")
    analysis = analyse(load_path(path))
    store = NoteStore()
    Notebook(store, analysis).write(analysis.sentences[0], "")
    store.close()
    comments = ANCHOR_COMMENT.findall(run(capsys, "export", str(path)))
    assert comments and unsafe("".join(comments)) == []


def test_the_title_and_byline_are_made_safe_once_loaded() -> None:
    from reader.core.load import load_text

    loaded = load_text(
        f"Port news {HOSTILE}\n\nBy Ana Ruiz\n\nThe strike began on Monday.\n", "t.txt"
    )
    assert loaded.title is not None and unsafe(loaded.title) == []
    assert loaded.title.startswith("Port news ") and REPLACEMENT in loaded.title


def test_json_stays_safe_on_a_terminal_that_is_not_utf8(tmp_path: Path) -> None:
    path = article(tmp_path, ".txt")
    for encoding in ("utf-8", "ascii", "latin-1"):
        result = subprocess.run(
            [sys.executable, "-m", "reader", "quotes", str(path), "--json"],
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding},
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        raw = result.stdout
        assert not any(b in raw for b in (b"\x1b", b"\x07", b"\x7f", b"\xc2\x9b", b"\x9b"))
        assert b"\xe2\x80\xae" not in raw  # U+202E in UTF-8
        quotes = json.loads(raw.decode(encoding))["quotes"]
        [quote] = [q for q in quotes if q["kind"] == "direct"]
        assert HOSTILE in quote["text"]  # escaped on the way out, the same characters back


# --- the two functions everything goes through ------------------------------------------------


@pytest.mark.parametrize("sequence", ESCAPES.values(), ids=ESCAPES.keys())
def test_safe_text_replaces_one_for_one(sequence: str) -> None:
    text = f"before {sequence} after"
    shown = safe_text(text)
    assert len(shown) == len(text)  # offsets into the article stay valid for the display
    assert unsafe(shown) == []
    assert shown.startswith("before ") and shown.endswith(" after")


def test_safe_text_turns_whitespace_controls_into_spaces_and_keeps_the_rest() -> None:
    assert safe_text("a\tb\nc\rd\x0be\x0cf") == "a b c d e f"
    kept = "Ünïcödé “quotes” — ‘marks’ 中文 עברית العربية 🙂 [bold]x[/bold]"
    assert safe_text(kept) is kept


@pytest.mark.parametrize("sequence", ESCAPES.values(), ids=ESCAPES.keys())
def test_safe_json_escapes_what_json_dumps_leaves_raw(sequence: str) -> None:
    value = {"text": f"a{sequence}b", "list": [sequence]}
    dumped = safe_json(json.dumps(value, ensure_ascii=False))
    assert unsafe(dumped) == []
    assert json.loads(dumped) == value

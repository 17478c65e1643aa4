"""The command line contract: `reader quotes`, JSON and JSON Lines, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import reader

from reader import __version__

ROOT = Path(__file__).resolve().parents[2]
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
SAMPLES = ["articles/harbour-strike.txt", "articles/water-pact.md", "articles/transit-levy.html"]


def test_quotes_json_object_follows_the_contract() -> None:
    result = reader("quotes", SAMPLES[1], "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    keys = {"source", "title", "author", "published", "sentences", "quotes", "speakers"}
    assert set(data) >= keys
    quote = data["quotes"][0]
    assert set(quote) >= {
        "id",
        "kind",
        "text",
        "speaker",
        "mention",
        "cue",
        "venue",
        "sentence_ids",
        "start",
        "end",
        "reason",
    }
    assert {s["name"] for s in data["speakers"]} >= {"Harriet Quaye", "Joaquín Ferrer"}


def test_several_articles_give_json_lines_in_order() -> None:
    result = reader("quotes", *SAMPLES, "--json")
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == SAMPLES


def test_listing_without_json_names_speakers() -> None:
    result = reader("quotes", SAMPLES[0])
    assert result.returncode == 0
    assert "Teodora Vance" in result.stdout and "why:" in result.stdout


def test_article_from_standard_input() -> None:
    text = "Port strike ends\n\n“We are going back,” said Teodora Vance of the union.\n"
    result = reader("quotes", "-", "--json", stdin=text)
    data = json.loads(result.stdout)
    assert data["title"] == "Port strike ends"
    assert [q["speaker"] for q in data["quotes"]] == ["Teodora Vance"]


def test_version() -> None:
    assert reader("--version").stdout.strip() == f"reader {__version__}"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: _write(d / "x.bin", PNG_HEADER + bytes(range(256))), "binary"),
        (lambda d: _write(d / "empty.txt", b""), "empty"),
    ],
)
def test_bad_input_is_one_line_and_exit_1(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    result = reader("quotes", str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr and str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_error_exits_2() -> None:
    result = reader("quotes")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_missing_sources_file_is_refused() -> None:
    result = reader("quotes", SAMPLES[0], "--sources", "nope.toml")
    assert result.returncode == 1 and "nope.toml" in result.stderr


def test_broken_sources_file_names_the_line(tmp_path: Path) -> None:
    broken = _write(tmp_path / "sources.toml", b'[[person]]\nname = "A"\naliases = [\n')
    result = reader("quotes", str(ROOT / SAMPLES[0]), "--sources", str(broken))
    assert result.returncode == 1
    assert result.stderr.startswith(f"reader: {broken}:4:")


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_listing_never_prints_control_sequences_or_markup(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Title \x1b]0;pwned\x07 here\n\n"
        "“Run \x1b[31mred\x1b[0m [bold]now[/bold],” said Teodora Vance.\n",
        encoding="utf-8",
    )
    result = reader("quotes", str(article))
    assert result.returncode == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "[bold]now[/bold]" in result.stdout


def test_global_options_before_the_command() -> None:
    result = reader("--sources", "sources.toml", "quotes", SAMPLES[1])
    assert result.returncode == 0 and "Harriet Quaye" in result.stdout


def test_output_that_cannot_be_written_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "reader", "quotes", SAMPLES[0]],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    assert result.returncode == 1
    assert (
        result.stderr.startswith("reader: cannot write output") and "Traceback" not in result.stderr
    )


def test_a_terminal_without_utf8_still_gets_valid_json() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "ascii"}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "quotes", SAMPLES[1], "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert result.returncode == 0
    assert "Joaquín Ferrer" in json.dumps(json.loads(result.stdout), ensure_ascii=False)

"""The UI's helpers for notes, without an app: export file names and writes, copy wording."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from reader.core.export_file import SLUG_LIMIT, slug, write_atomically
from reader.ui.clipboard import clipboard_problem
from reader.ui.screens.annotating import OSC52_HONEST


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Harbour expansion divides Port Wenley", "harbour-expansion-divides-port-wenley"),
        ("Café crème: ½ price, 'today' only!", "cafe-creme-1-2-price-today-only"),
        ("Ярмарка в Порт-Уэнли", "ярмарка-в-порт-уэнли"),
        ("../../etc/passwd", "etc-passwd"),
        ("[bold]\x1b[31m", "bold-31m"),
        ("?!…", "article"),
        ("", "article"),
    ],
)
def test_slug(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_a_long_slug_is_cut_at_a_word() -> None:
    cut = slug("word " * 40)
    assert len(cut) <= SLUG_LIMIT and cut.endswith("word") and "--" not in cut


def test_write_atomically_replaces_and_keeps_the_mode(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "notes.md"
    write_atomically(target, "first\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # notes are private by default
    os.chmod(target, 0o644)
    write_atomically(target, "second “words”\n")
    assert target.read_text(encoding="utf-8") == "second “words”\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [path.name for path in target.parent.iterdir()] == ["notes.md"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("old")

    def fail(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(target, "new")
    assert target.read_text() == "old"
    assert [path.name for path in tmp_path.iterdir()] == ["notes.md"]


def test_the_copy_message_is_honest_about_osc_52() -> None:
    assert "if your terminal allows OSC 52" in OSC52_HONEST
    assert clipboard_problem(headless=False, is_tty=True, environ={}) is None
    assert clipboard_problem(headless=True, is_tty=True, environ={})
    assert clipboard_problem(headless=False, is_tty=False, environ={})
    apple = {"TERM_PROGRAM": "Apple_Terminal"}
    assert "ignores OSC 52" in (clipboard_problem(headless=False, is_tty=True, environ=apple) or "")

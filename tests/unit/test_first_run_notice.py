"""A machine's first run compiles the attribution grammar (about 30 s): `reader quotes` says so in
one line on a terminal's stderr, and says nothing to a script or on a later run."""

from __future__ import annotations

import io
import itertools

import pytest

from reader import cli_input
from reader.core.attribution.pattern_cache import GRAMMAR
from reader.core.pattern_store import COLD_COMPILES

_FRESH = itertools.count()


@pytest.fixture(autouse=True)
def _a_new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count of patterns compiled is per process; this one's tests compiled many already."""
    monkeypatch.setattr(GRAMMAR, "compiles", 0)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def compile_new_patterns(count: int) -> None:
    """Patterns no store holds yet, as the grammar's modules compile on a first run."""
    for _ in range(count):
        GRAMMAR.compiled(rf"first-run\s+probe\s+{next(_FRESH)}")


@pytest.mark.parametrize("stderr", [Terminal(), io.StringIO()], ids=["terminal", "script"])
def test_the_first_run_notice_is_one_line_on_a_terminal_only(
    stderr: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stderr", stderr)
    with cli_input._first_run_notice():
        compile_new_patterns(3 * COLD_COMPILES)
    expected = f"{cli_input.FIRST_RUN_NOTICE}\n" if stderr.isatty() else ""
    assert stderr.getvalue() == expected
    assert GRAMMAR.cold_notice is None  # nothing is left hooked after the analysis


def test_a_warm_run_says_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with cli_input._first_run_notice():
        compile_new_patterns(COLD_COMPILES - 1)  # an article's own few name patterns
    assert terminal.getvalue() == ""

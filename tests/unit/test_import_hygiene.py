"""The core never imports Textual and `reader quotes` never loads the UI (in a fresh process)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
{statement}
tops = {{'textual', 'rich', 'httpx'}}
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in tops)))
"""


def modules_after(statement: str) -> list[str]:
    code = PROBE.format(statement=statement)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return list(json.loads(out.stdout))


@pytest.mark.parametrize(
    "statement",
    [
        "import reader.core.pipeline, reader.core.report, reader.core.attribution",
        "import reader.core.load, reader.core.segment, reader.core.sources, reader.core.model",
    ],
)
def test_core_imports_no_textual(statement: str) -> None:
    assert [m for m in modules_after(statement) if m.startswith("textual")] == []


def test_quotes_command_loads_no_ui(tmp_path: object) -> None:
    statement = (
        "import io, contextlib; from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['quotes', '--json', 'articles/water-pact.md'])"
    )
    assert [m for m in modules_after(statement) if m.startswith(("textual", "rich"))] == []

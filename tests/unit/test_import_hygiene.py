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


def test_the_link_and_cache_modules_import_no_httpx() -> None:
    statement = (
        "import reader.core.links, reader.core.cache, reader.core.resolver, reader.core.fetch, "
        "reader.core.previews, reader.core.links_report, reader.core.load.url, reader.cli"
    )
    assert modules_after(statement) == []


def test_quotes_of_a_file_and_offline_links_load_no_httpx() -> None:
    statement = (
        "import io, contextlib; from reader.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['quotes', 'articles/water-pact.md'])\n"
        "    main(['links', '--offline', 'articles/water-pact.md'])"
    )
    assert [m for m in modules_after(statement) if m.startswith("httpx")] == []

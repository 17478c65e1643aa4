"""The start-up baseline: a bare Textual app showing a text file in one Static.

`python benchmarks/bare_app.py FILE`; `q` quits. Nothing but Textual is imported, and the file is
shown as it is (no analysis), so this is the least any Textual reader of FILE can cost.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static


class BareApp(App[None]):
    BINDINGS = [("q", "quit", "Quit")]  # noqa: RUF012 (Textual's own idiom)

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.text, markup=False)


if __name__ == "__main__":
    BareApp(Path(sys.argv[1]).read_text(encoding="utf-8")).run()

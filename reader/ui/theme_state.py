"""The theme the reader last chose, remembered in a small state file in the user data dir.

`state.json` holds `{"theme": "textual-light"}` (other keys are kept as found). It is written
atomically and read fail-soft: a missing, damaged or unreadable file means no remembered theme.
The user's config.toml is never written; its `theme` wins over the remembered one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from reader.core import paths
from reader.core.export_file import write_atomically


def state_file() -> Path:
    return paths.data_dir() / "state.json"


def remembered_theme(path: Path | None = None) -> str | None:
    theme = _read(path or state_file()).get("theme")
    return theme if isinstance(theme, str) and theme else None


def remember_theme(theme: str, path: Path | None = None) -> None:
    """Store `theme` for the next start. Raises OSError when the file cannot be written."""
    path = path or state_file()
    state = _read(path)
    if state.get("theme") == theme:
        return
    state["theme"] = theme
    write_atomically(path, json.dumps(state, indent=2, sort_keys=True) + "\n")


def starting_theme(configured: str | None, available: set[str], path: Path | None = None) -> str:
    """The theme to start with: config.toml's, else the remembered one if it still exists,
    else "" (Textual's default)."""
    if configured:
        return configured
    remembered = remembered_theme(path)
    return remembered if remembered in available else ""


def _read(path: Path) -> dict[str, Any]:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}

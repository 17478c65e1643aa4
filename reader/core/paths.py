"""Every user directory reader touches, in one place (platformdirs; XDG_* variables honoured)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_path, user_config_path, user_data_path

APP = "reader"


def config_dir() -> Path:
    return _xdg("XDG_CONFIG_HOME") or user_config_path(APP, appauthor=False)


def data_dir() -> Path:
    return _xdg("XDG_DATA_HOME") or user_data_path(APP, appauthor=False)


def cache_dir() -> Path:
    return _xdg("XDG_CACHE_HOME") or user_cache_path(APP, appauthor=False)


def web_cache_file() -> Path:
    """The SQLite cache of fetched articles and link previews."""
    return cache_dir() / "web.sqlite3"


def _xdg(variable: str) -> Path | None:
    """platformdirs ignores XDG_* on macOS and Windows; a user who sets one means it everywhere."""
    value = os.environ.get(variable)
    return Path(value) / APP if value else None

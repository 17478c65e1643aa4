"""The user's config file: defaults for the command line and the TUI, and key overrides.

`config.toml` in the user config dir (`$XDG_CONFIG_HOME/reader/`, else the platform's). A missing
file means the defaults; a broken one is refused with `FILE:LINE: message`, as sources.toml is.
The file is only read, never written: the TUI remembers the theme in a state file of its own.

    offline = false                  # as --offline
    cache_days = 7                   # as --cache-days
    export_dir = "~/notes/reader"    # where `e` writes Markdown (`reader export` keeps stdout)
    theme = "textual-light"          # wins over the theme the TUI remembers

    [keys]                           # action name = key(s), comma-separated or a list
    next_quote = "ctrl+down"

Which action names exist is the TUI's business (it checks them when it starts); here a key
string only has to look like one.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

from reader.core import paths
from reader.core.sources import _key_line, _line_of, _message_of

FILE_NAME = "config.toml"
SETTINGS = ("offline", "cache_days", "export_dir", "theme", "keys")


class ConfigError(Exception):
    """A config file that cannot be used; str() is `FILE:LINE: message`."""


@dataclass(frozen=True)
class Config:
    """The settings, defaults filled in. `keys` maps an action name to Textual key names,
    comma-separated ("ctrl+down,n"). `path` is the file they came from (None: defaults)."""

    offline: bool = False
    cache_days: float = 7.0
    export_dir: Path | None = None
    theme: str | None = None
    keys: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    lines: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def where(self, setting: str) -> str:
        """`FILE:LINE` of a setting ("theme", "keys.next_quote"), for error messages."""
        if self.path is None:
            return FILE_NAME
        return f"{self.path}:{self.lines.get(setting, 1)}"


def config_file() -> Path:
    return paths.config_dir() / FILE_NAME


def load_config(path: Path | None = None) -> Config:
    """The settings in `path` (default: the user config dir's config.toml); defaults if the
    file does not exist. Raises ConfigError."""
    path = config_file() if path is None else path
    if not path.exists():
        return Config()
    try:
        raw = path.read_text(encoding="utf-8")
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}:{_line_of(err, raw)}: {_message_of(err)}") from None
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}:1: cannot read ({_reason(err)})") from None
    return _Reader(path, raw).config(data)


def _reason(err: Exception) -> str:
    if isinstance(err, OSError) and err.strerror:
        return err.strerror.lower()
    return err.__class__.__name__


class _Reader:
    """Checks one parsed file, setting by setting, and remembers where each was set."""

    def __init__(self, path: Path, raw: str) -> None:
        self.path = path
        self.raw = raw
        self.lines: dict[str, int] = {}

    def config(self, data: dict[str, Any]) -> Config:
        for name in data:
            if name not in SETTINGS:
                known = ", ".join(SETTINGS[:-1]) + " and [keys]"
                self.fail(name, f"unknown setting {name!r} (the settings are {known})")
        return Config(
            offline=self.boolean(data, "offline", False),
            cache_days=self.days(data),
            export_dir=self.folder(data),
            theme=self.text(data, "theme"),
            keys=self.keys(data.get("keys", {})),
            path=self.path,
            lines=self.lines,
        )

    def line(self, setting: str, start: int = 1) -> int:
        key = setting.rpartition(".")[2]
        number = _key_line(self.raw, start, key)
        self.lines[setting] = number
        return number

    def fail(self, setting: str, message: str, start: int = 1) -> NoReturn:
        raise ConfigError(f"{self.path}:{self.line(setting, start)}: {message}")

    def boolean(self, data: dict[str, Any], name: str, default: bool) -> bool:
        value = data.get(name, default)
        if not isinstance(value, bool):
            self.fail(name, f"{name} must be true or false, not {_shown(value)}")
        self.line(name)
        return bool(value)

    def days(self, data: dict[str, Any]) -> float:
        value = data.get("cache_days", 7.0)
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not (value >= 0 and math.isfinite(value)):
            wrong = _shown(value)
            self.fail("cache_days", f"cache_days must be a number of days (0 or more), not {wrong}")
        self.line("cache_days")
        return float(value)

    def text(self, data: dict[str, Any], name: str) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.fail(name, f"{name} must be a non-empty string, not {_shown(value)}")
        self.line(name)
        return str(value).strip()

    def folder(self, data: dict[str, Any]) -> Path | None:
        value = self.text(data, "export_dir")
        if value is None:
            return None
        folder = Path(value).expanduser()
        if not folder.is_absolute():
            message = f"export_dir must be an absolute path or start with ~, not {value!r}"
            self.fail("export_dir", message)
        return folder

    def keys(self, table: Any) -> dict[str, str]:
        header = self.line("keys")
        if not isinstance(table, dict):
            example = 'next_quote = "ctrl+down"'
            self.fail("keys", f"keys must be a table: [keys], then lines such as {example}")
        return {name: self.key(name, value, header) for name, value in table.items()}

    def key(self, name: str, value: Any, header: int) -> str:
        setting = f"keys.{name}"
        self.line(setting, header)
        parts = value if isinstance(value, list) else [value]
        if not parts or not all(isinstance(part, str) for part in parts):
            message = f'the key of {name} must be a string such as "ctrl+n", not {_shown(value)}'
            self.fail(setting, message, header)
        keys = [key.strip() for part in parts for key in part.split(",")]
        for key in keys:
            if not key or any(char.isspace() for char in key):
                message = (
                    f"{_shown(value)} is not a key for {name} (keys look like "
                    '"n", "ctrl+down" or "f5"; several are separated by commas)'
                )
                self.fail(setting, message, header)
        return ",".join(keys)


def _shown(value: Any) -> str:
    """A value as the user wrote it in TOML, shortened."""
    if isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, dict):
        text = "a table"
    else:
        text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."

"""config.toml: defaults, errors with FILE:LINE, and the command line over the file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import reader as run_reader

from reader import cli, cli_serve
from reader.core.config import Config, ConfigError, config_file, load_config

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "articles" / "water-pact.md")


def write_config(text: str) -> Path:
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def error_of(text: str) -> str:
    write_config(text)
    with pytest.raises(ConfigError) as caught:
        load_config()
    return str(caught.value)


def test_no_file_means_the_defaults() -> None:
    assert not config_file().exists()
    config = load_config()
    assert config == Config()
    assert (config.offline, config.cache_days, config.export_dir) == (False, 7.0, None)
    assert (config.theme, config.keys, config.path) == (None, {}, None)


def test_every_setting_is_read() -> None:
    path = write_config(
        "offline = true\ncache_days = 2.5\nexport_dir = '~/notes'\ntheme = 'nord'\n\n"
        "[keys]\nnext_quote = 'ctrl+down, n'\nquit = ['x', 'ctrl+x']\n"
    )
    config = load_config()
    assert config.offline is True
    assert config.cache_days == 2.5
    assert config.export_dir == Path("~/notes").expanduser()
    assert config.theme == "nord"
    assert config.keys == {"next_quote": "ctrl+down,n", "quit": "x,ctrl+x"}
    assert config.path == path
    assert config.where("keys.quit") == f"{path}:8"
    assert config.where("theme") == f"{path}:4"


def test_a_whole_number_of_days_is_fine() -> None:
    write_config("cache_days = 0\n")
    assert load_config().cache_days == 0.0


def test_the_example_in_docs_is_a_valid_config() -> None:
    config = load_config(ROOT / "docs" / "config.example.toml")
    assert (config.offline, config.cache_days, config.keys) == (False, 7.0, {})


def test_broken_toml_is_file_and_line() -> None:
    message = error_of("offline = true\ncache_days = 3\ntheme = nord\n")
    assert message.startswith(f"{config_file()}:3: ")
    assert "\n" not in message


def test_an_unknown_setting_is_named_with_its_line() -> None:
    message = error_of("offline = true\n\ncolour = 'blue'\n")
    assert message.startswith(f"{config_file()}:3: unknown setting 'colour'")
    assert "offline, cache_days, export_dir, theme and [keys]" in message


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("offline = 'yes'\n", 1, "offline must be true or false, not 'yes'"),
        ("\ncache_days = -1\n", 2, "cache_days must be a number of days (0 or more), not -1"),
        ("cache_days = nan\n", 1, "cache_days must be a number of days"),
        ("cache_days = true\n", 1, "not true"),
        ("theme = 3\n", 1, "theme must be a non-empty string, not 3"),
        ("theme = ' '\n", 1, "theme must be a non-empty string"),
        ("export_dir = 'notes/out'\n", 1, "export_dir must be an absolute path or start with ~"),
        ("keys = 'n'\n", 1, "keys must be a table"),
        ("[keys]\nnext_quote = 3\n", 2, "the key of next_quote must be a string"),
        ("[keys]\n\nnext_quote = 'ctrl down'\n", 3, "is not a key for next_quote"),
        ("[keys]\nnext_quote = 'n,,p'\n", 2, "is not a key for next_quote"),
        ("[keys]\nnext_quote = []\n", 2, "the key of next_quote must be a string"),
    ],
)
def test_wrong_types_are_clear(text: str, line: int, words: str) -> None:
    message = error_of(text)
    assert message.startswith(f"{config_file()}:{line}: ")
    assert words in message


def test_an_unreadable_file_is_an_error_not_the_defaults() -> None:
    path = config_file()
    path.mkdir(parents=True)  # a directory where the file should be
    with pytest.raises(ConfigError, match=r"config\.toml:1: cannot read"):
        load_config()


def test_not_utf8_is_an_error() -> None:
    path = write_config("")
    path.write_bytes(b"theme = '\xff'\n")
    with pytest.raises(ConfigError, match="cannot read"):
        load_config()


# -- the command line ------------------------------------------------------------------------


def parsed(*args: str) -> Any:
    return cli._parse(cli._main_parser(), list(args))


def test_the_config_fills_in_what_the_command_line_leaves_out() -> None:
    write_config("offline = true\ncache_days = 3\n")
    args = parsed("article.txt")
    assert (args.offline, args.refresh, args.cache_days) == (True, False, 3.0)


def test_flags_override_the_config() -> None:
    write_config("offline = true\ncache_days = 3\n")
    assert parsed("--cache-days", "1", "a.txt").cache_days == 1.0
    refreshed = parsed("--refresh", "a.txt")
    assert (refreshed.offline, refreshed.refresh) == (False, True)


def test_without_a_config_the_defaults_stand() -> None:
    args = parsed("a.txt")
    assert (args.offline, args.cache_days) == (False, 7.0)
    assert parsed("--offline", "a.txt").offline is True


def test_the_tui_gets_export_dir_theme_and_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    write_config("export_dir = '/tmp/exports'\ntheme = 'nord'\n[keys]\nnext_quote = 'x'\n")
    seen: dict[str, Any] = {}
    monkeypatch.setattr("reader.ui.app.run_app", lambda analysis, **kwargs: seen.update(kwargs))
    assert cli.main([SAMPLE, "--cache-days", "2"]) == 0
    assert seen["export_dir"] == Path("/tmp/exports")
    assert (seen["theme"], seen["keys"]) == ("nord", {"next_quote": "x"})
    assert (seen["cache_days"], seen["offline"]) == (2.0, False)


def test_a_bad_theme_or_key_is_one_line_before_the_app_starts(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = write_config("theme = 'nord'\n\n[keys]\nnext_quote = 'n'\nfly = 'f'\n")
    assert cli.main([SAMPLE]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"reader: {path}:5: [keys] fly: no such action (the actions are ")
    assert error.count("\n") == 1
    write_config("theme = 'paisley'\n")
    assert cli.main([SAMPLE]) == 1
    assert capsys.readouterr().err.startswith(f"reader: {path}:1: theme: no theme 'paisley'")


def test_a_key_two_actions_would_share_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    path = write_config("[keys]\nnext_quote = 'j'\n")
    assert cli.main([SAMPLE]) == 1
    assert capsys.readouterr().err == (
        f"reader: {path}:2: [keys] next_quote: j is also the key of next_sentence; "
        "rebind next_sentence too\n"
    )


@pytest.mark.parametrize(
    "command",
    [["quotes", SAMPLE], ["links", "--offline", SAMPLE], ["export", SAMPLE], [SAMPLE]],
)
def test_a_broken_config_stops_every_command(command: list[str]) -> None:
    path = write_config("[keys\n")
    result = run_reader(*command)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"reader: {path}:1: ")
    assert result.stderr.count("\n") == 1


def test_help_and_version_work_with_a_broken_config() -> None:
    write_config("[keys\n")
    assert run_reader("--version").returncode == 0
    assert run_reader("quotes", "--help").returncode == 0


# -- --serve ---------------------------------------------------------------------------------


def test_serve_without_textual_serve_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "textual_serve", None)  # import fails
    assert cli.main(["--serve", SAMPLE]) == 1
    assert capsys.readouterr().err == (
        "reader: --serve needs textual-serve: pip install 'reader[serve]' "
        "(or pip install textual-serve)\n"
    )


def test_serve_refuses_standard_input_and_port_alone(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--serve", "-"]) == 1
    assert "--serve cannot read the article from standard input" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        cli.main(["--port", "8000", SAMPLE])
    assert exited.value.code == 2
    with pytest.raises(SystemExit):
        cli.main(["--serve", "--port", "0", SAMPLE])


def test_the_served_command_is_this_reader_without_serve() -> None:
    write_config("cache_days = 3\n")
    args = parsed("--serve", "--port", "8123", "--offline", "--sources", "sources.toml", "a.txt")
    command = cli_serve._served_command(args, "a.txt")
    assert command[:3] == [sys.executable, "-m", "reader"]
    assert "--serve" not in command and "--port" not in command
    assert command[3:] == [
        "--cache-days",
        "3.0",
        "--sources",
        str(Path("sources.toml").resolve()),
        "--offline",
        str(Path("a.txt").resolve()),
    ]
    url = "https://example.org/a"
    assert cli_serve._served_command(parsed("--refresh", url), url)[-2:] == ["--refresh", url]

"""Themes remembered between runs, config.toml's theme and [keys] in the running app."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from ui_pilot import SIZE, messages, run_command, view

from reader.core import paths
from reader.core.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.keymap import SettingsError, default_keys
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.main import MainScreen
from reader.ui.theme_state import remembered_theme, state_file
from reader.ui.widgets.article_view import ArticleView

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "config.example.toml"


async def test_a_chosen_theme_is_there_at_the_next_start(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-dark"
        app.theme = "nord"  # what ctrl+p "Change theme" does
        await pilot.pause()
    assert remembered_theme() == "nord"
    again = ReaderApp(analysis)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == "nord"


async def test_the_palettes_theme_command_is_remembered(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await run_command(pilot, "Theme")  # Textual's own: a second palette lists the themes
        await run_command(pilot, "gruvbox", open_palette=False)
        assert app.theme == "gruvbox"
    assert remembered_theme() == "gruvbox"


async def test_t_toggles_light_and_dark_and_is_remembered(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        assert app.theme == "textual-light"
        await pilot.press("t")
        assert app.theme == "textual-dark"
        await pilot.press("t")
    assert json.loads(state_file().read_text()) == {"theme": "textual-light"}
    again = ReaderApp(analysis)
    async with again.run_test(size=SIZE):
        assert again.theme == "textual-light"
        assert not again.current_theme.dark


async def test_the_config_theme_wins_over_the_remembered_one(analysis: Analysis) -> None:
    state_file().parent.mkdir(parents=True)
    state_file().write_text('{"theme": "nord"}')
    app = ReaderApp(analysis, theme="gruvbox")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "gruvbox"
    assert remembered_theme() == "nord"  # starting with the config's theme changes nothing


@pytest.mark.parametrize("content", ["{not json", '["nord"]', '{"theme": "paisley"}', ""])
async def test_a_damaged_or_stale_state_file_means_the_default(
    analysis: Analysis, content: str
) -> None:
    state_file().parent.mkdir(parents=True)
    state_file().write_text(content)
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE):
        assert app.theme == "textual-dark"


async def test_a_theme_that_cannot_be_saved_is_a_notification(analysis: Analysis) -> None:
    paths.data_dir().parent.mkdir(parents=True, exist_ok=True)
    paths.data_dir().write_text("a file where the data dir should be")
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert app.theme == "textual-light"
        assert any(message.startswith("Cannot remember the theme") for message in messages(app))
        await pilot.press("j")
        assert view(app).selected == 1  # still reading


def test_the_config_theme_must_exist(analysis: Analysis) -> None:
    with pytest.raises(SettingsError) as caught:
        ReaderApp(analysis, theme="paisley")
    assert caught.value.setting == "theme"
    assert "no theme 'paisley'" in caught.value.message


# -- [keys] ----------------------------------------------------------------------------------


async def test_a_rebound_key_does_the_action_and_the_old_one_does_not(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis, keys={"next_quote": "ctrl+down", "next_sentence": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+down")
        assert view(app).selected == 1  # the first attributed quote
        await pilot.press("n")
        assert view(app).selected == 1
        await pilot.press("x")
        assert view(app).selected == 2
        await pilot.press("j", "down")
        assert view(app).selected == 2


async def test_several_keys_and_the_help_shows_them(analysis: Analysis) -> None:
    app = ReaderApp(analysis, keys={"next_quote": "ctrl+down,?", "help": "f2"})
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert view(app).selected == 1
        await pilot.press("f2")
        assert isinstance(app.screen, HelpScreen)
        rows = dict((text, keys) for keys, text in app.screen.rows)
        shown = rows["Next attributed quote"].split(" / ")
        assert len(shown) == 2 and shown[0].startswith("Ctrl+") and shown[1] == "?"
        assert rows["Help"] in {"f2", "F2"}


@pytest.mark.parametrize(
    ("keys", "words"),
    [
        ({"fly": "f"}, "[keys] fly: no such action"),
        ({"next_quote": "k"}, "k is also the key of previous_sentence"),
        ({"next_quote": "ctrl+q"}, "ctrl+q is Textual's quit key"),
        ({"next_quote": "ctrl+p"}, "ctrl+p is Textual's command palette key"),
    ],
)
def test_bad_keys_are_refused_before_the_app_runs(
    analysis: Analysis, keys: dict[str, str], words: str
) -> None:
    with pytest.raises(SettingsError) as caught:
        ReaderApp(analysis, keys=keys)
    assert words in caught.value.message
    assert caught.value.setting == f"keys.{next(iter(keys))}"


def test_swapping_two_keys_is_fine(analysis: Analysis) -> None:
    ReaderApp(analysis, keys={"next_quote": "p", "previous_quote": "n"})


def test_every_action_is_in_the_example_config() -> None:
    """docs/config.example.toml lists every action with its default keys: it cannot drift."""
    section = EXAMPLE.read_text().partition("\n[keys]\n")[2]
    listed = dict(re.findall(r'^# (\w+) = "(.*)"$', section, flags=re.M))
    defaults = default_keys([ArticleView, MainScreen, ReaderApp])
    assert set(listed) == set(defaults)
    for action, keys in defaults.items():
        spelled = ReaderApp._normalize_keymap({action: listed[action]})[action]
        assert set(spelled.split(",")) == set(keys), action

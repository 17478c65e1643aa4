"""Helpers for Pilot tests: find the widgets and read what they show."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

from reader.ui.app import ReaderApp
from reader.ui.widgets.article_view import ArticleView
from reader.ui.widgets.source_panel import SourcePanel

SIZE = (120, 40)


def view(app: ReaderApp) -> ArticleView:
    return app.screen.query_one(ArticleView)


def panel_text(app: ReaderApp) -> str:
    card = app.screen.query_one(SourcePanel).card
    assert card is not None
    return card.plain


def screen_lines(app: ReaderApp) -> list[str]:
    article = view(app)
    return [article.render_line(y).text for y in range(article.size.height)]


def note_card(app: ReaderApp) -> str:
    """What the panel's note card shows ("" when hidden)."""
    return app.screen.query_one(SourcePanel).note_card.plain


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Type `text` key by key; a newline is the enter key."""
    keys = ["enter" if char == "\n" else char for char in text]
    await pilot.press(*keys)


def messages(app: ReaderApp) -> list[str]:
    return [notification.message for notification in app._notifications]


async def run_command(pilot: Pilot[None], query: str, open_palette: bool = True) -> None:
    """Open the palette (unless open already), search for `query` and run the best hit."""
    if open_palette:
        await pilot.press("ctrl+p")
    assert isinstance(pilot.app.screen, CommandPalette)
    pilot.app.screen.query_one(Input).value = query
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()

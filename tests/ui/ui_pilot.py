"""Helpers for Pilot tests: find the widgets and read what they show."""

from __future__ import annotations

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

"""Pilot tests of robustness: untrusted text, themes, resizing, empty and very long articles."""

from __future__ import annotations

from ui_fixtures import MARKUP_SENTENCE, MARKUP_SPEAKER, MARKUP_TITLE, markup_analysis
from ui_pilot import SIZE, panel_text, screen_lines, view

from reader.core.model import Analysis, Article
from reader.ui.app import ReaderApp
from reader.ui.colours import DARK_PALETTE, LIGHT_PALETTE
from reader.ui.widgets.article_moves import NO_SELECTION
from reader.ui.widgets.article_view import ArticleView


async def test_markup_in_the_article_is_shown_literally() -> None:
    app = ReaderApp(markup_analysis())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        text = "\n".join(screen_lines(app))
        assert MARKUP_TITLE in text
        assert "[bold red]x[/]" in text
        assert "[@click=app.quit]click me[/]" in text
        assert "\x1b" not in text and "\u202e" not in text
        assert "[u]Me[/u]" in text
        assert MARKUP_SENTENCE.startswith("Tricky [bold red]x[/]")
        article = view(app)
        line = article.sentence_lines(0).start
        top = article.content_region.y - article.region.y
        await pilot.click(ArticleView, offset=(30, top + line))  # on the fake click action
        assert app.is_running and app.return_code is None
        await pilot.press("n")
        shown = panel_text(app)
        assert MARKUP_SPEAKER in shown
        assert "[reverse]a description[/reverse]" in shown
        assert "[link=https://evil.example]the source[/link]" in shown
        await pilot.press("right_square_bracket")  # notification names the speaker literally
        assert any(MARKUP_SPEAKER in n.message for n in app._notifications)


async def test_a_20000_sentence_article_opens_and_navigates(big_analysis: Analysis) -> None:
    app = ReaderApp(big_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article = view(app)
        await pilot.press("j", "j", "n")
        assert article.selected == 3
        assert "Quote 2 of" in panel_text(app)
        await pilot.press("right_square_bracket")
        assert article.selected == 15  # the same speaker, four quotes on
        await pilot.press("space")
        assert article.selected > 15 and article.scroll_offset.y > 0
        await pilot.press("G")
        assert article.selected == 19_999
        lines = article.sentence_lines(19_999)
        top = article.scroll_offset.y
        assert top <= lines.start < top + article.scrollable_content_region.height
        await pilot.press("b", "k", "p")
        assert article.selected < 19_999


async def test_theme_switch_recolours_speakers(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        article = view(app)
        line = article.sentence_lines(1).start - article.scroll_offset.y

        def colours() -> set[str]:
            return {
                segment.style.color.name
                for segment in article.render_line(line)
                if segment.style and segment.style.color
            }

        assert DARK_PALETTE[0] in colours()
        app.theme = "textual-light"
        await pilot.pause()
        assert LIGHT_PALETTE[0] in colours()
        assert DARK_PALETTE[0] not in colours()


async def test_resize_relayouts_and_keeps_the_selection_visible(big_analysis: Analysis) -> None:
    app = ReaderApp(big_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("space", "space")
        article = view(app)
        layout = article.article_layout
        assert layout is not None
        await pilot.resize_terminal(70, 24)
        await pilot.pause()
        assert article.article_layout is not layout
        assert article.article_layout is not None and article.article_layout.width < layout.width
        lines = article.sentence_lines(article.selected)
        top = article.scroll_offset.y
        assert top <= lines.start < top + article.scrollable_content_region.height


async def test_an_empty_article_opens_and_ignores_keys() -> None:
    app = ReaderApp(Analysis(Article("empty.txt", "", []), [], [], []))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "n", "right_square_bracket", "G", "space", "b")
        await pilot.click(ArticleView, offset=(5, 5))
        assert view(app).selected == NO_SELECTION
        assert app.is_running

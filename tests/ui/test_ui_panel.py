"""The side panel as drawn: its rows follow the selection however fast the keys come and from
whatever it rendered ahead, a key lays nothing out again, the wheel scrolls a long card, and a
new theme redraws it."""

from __future__ import annotations

from textual import events
from ui_fixtures import BRANDT, OSEI
from ui_pilot import SIZE, panel_text, view

from reader.core.model import Analysis
from reader.ui.app import ReaderApp
from reader.ui.colours import SpeakerColours
from reader.ui.navigation import Navigator
from reader.ui.source_card import CardBuilder
from reader.ui.widgets.source_panel import SourcePanel


def panel(app: ReaderApp) -> SourcePanel:
    return app.screen.query_one(SourcePanel)


def panel_rows(app: ReaderApp) -> list[str]:
    """The panel's rows as drawn (inside its border and padding)."""
    shown = panel(app)
    return [shown.render_line(y).text for y in range(shown.content_size.height)]


def flat(rows: list[str]) -> str:
    return " ".join(" ".join(rows).split())


async def test_fast_presses_end_on_the_last_sentences_card(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for _ in range(5):  # a held key: no frame, no wait between the presses
            app.post_message(events.Key("j", "j"))
        await pilot.pause()
        assert view(app).selected == 5
        rows = panel_rows(app)
        assert rows[0].startswith("Sentence 6 of 15")
        assert f"Source: {BRANDT} (reported speech)" in flat(rows)
        assert f"Source: {BRANDT} (reported speech)" in panel_text(app)


async def test_every_card_shown_is_the_selected_sentences(analysis: Analysis) -> None:
    """Down and back up: cards rendered ahead (and kept) are the right ones."""
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        shown = app.analysis
        fresh = CardBuilder(shown, Navigator(shown), SpeakerColours(shown.speakers))
        order = [*range(len(shown.sentences)), *reversed(range(len(shown.sentences) - 1))]
        for step, position in enumerate(order):
            if step:
                await pilot.press("j" if position > order[step - 1] else "k")
            sentence_id = shown.sentences[position].id
            card = fresh.build(sentence_id)
            assert view(app).selected == sentence_id
            assert panel_text(app) == card.plain
            rows = panel_rows(app)
            assert rows[0].startswith(f"Sentence {position + 1} of ")
            assert " ".join(card.heading.plain.split()) in flat(rows)


async def test_a_key_lays_nothing_out_again(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        layouts = []
        screen = app.screen
        refresh_layout = screen._refresh_layout

        def counted(*args: object, **kwargs: object) -> None:
            layouts.append(args)
            refresh_layout(*args, **kwargs)  # type: ignore[arg-type]

        screen._refresh_layout = counted  # type: ignore[method-assign]
        await pilot.press("n", "j", "j", "n", "p", "k")
        await pilot.pause()
        assert layouts == []
        assert OSEI in panel_text(app) or BRANDT in panel_text(app)


async def test_the_wheel_scrolls_a_long_card_and_a_new_sentence_starts_at_the_top(
    analysis: Analysis,
) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.press("n")  # Osei: description, fields, registry entry, other quotes
        side = panel(app)
        first = panel_rows(app)
        assert first[0].startswith("Sentence 2 of 15")
        assert len(first[0]) == side.content_size.width  # a scrollbar drawn beside the lines
        for _ in range(3):
            side.post_message(events.MouseScrollDown(side, 1, 1, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert side.top > 0
        assert panel_rows(app) != first
        await pilot.press("j")
        assert side.top == 0
        assert panel_rows(app)[0].startswith("Sentence 3 of 15")


async def test_a_new_theme_redraws_the_card(analysis: Analysis) -> None:
    app = ReaderApp(analysis)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        before = list(panel(app).render_line(2))  # the speaker's name, in their colour
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        after = list(panel(app).render_line(2))
        assert "".join(s.text for s in after) == "".join(s.text for s in before)
        assert [s.style for s in after] != [s.style for s in before]
        assert OSEI in panel_text(app)

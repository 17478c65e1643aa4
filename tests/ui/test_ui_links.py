"""Pilot tests of links on a real local HTTP server: previews fetched in a worker while the
article stays readable, the cache on the second run, offline, the link list (`l`), opening a
link (`o`), failures as badges and notifications, never a crash."""

from __future__ import annotations

import re
import time

import pytest
from rich.text import Text
from textual.widgets import DataTable
from ui_links import (
    EVIL_TITLE,
    FILE_URL,
    OSEI_TITLE,
    PLAN_SITE,
    PLAN_TITLE,
    links_analysis,
    links_card,
    progress,
    serve_links,
    settled,
)
from ui_pilot import SIZE, messages, run_command, view
from ui_server import Server

from reader.ui.app import ReaderApp
from reader.ui.screens.help import HelpScreen
from reader.ui.screens.links_list import LinksListScreen
from reader.ui.screens.main import MainScreen
from reader.ui.text import excerpt


def rows(app: ReaderApp) -> list[list[str]]:
    table: DataTable[Text] = app.screen.query_one(DataTable)
    return [[cell.plain for cell in table.get_row_at(i)] for i in range(table.row_count)]


def spy_browser(app: ReaderApp) -> list[str]:
    opened: list[str] = []
    app.open_url = lambda url, *, new_tab=True: opened.append(url)  # type: ignore[method-assign]
    return opened


async def test_previews_arrive_from_a_worker_while_the_article_stays_readable(
    server: Server,
) -> None:
    urls = serve_links(server, plan_delay=2.0)
    app = ReaderApp(links_analysis(urls))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # the file: link is never fetched; the fast links may already have landed
        assert re.fullmatch(r"fetching [1-5] of 6 links…", progress(app))
        assert links_card(app).endswith("fetching…")
        await pilot.press("j")  # reading goes on meanwhile
        assert view(app).selected == 1
        while progress(app) != "fetching 1 of 6 links…":  # only the slow /plan is left
            await pilot.pause(0.02)
        assert OSEI_TITLE in links_card(app)  # a slow link holds back no other preview
        await settled(pilot)
        assert progress(app) == ""
        assert OSEI_TITLE in links_card(app)  # the speaker's registry url
        await pilot.press("k")
        card = links_card(app)
        assert card.startswith("“its harbour plan”\n" + PLAN_TITLE)
        assert f"{PLAN_SITE} · fetched just now" in card
        assert "the cost of each phase" in card
    assert server.hits == {"/plan": 1, "/people/osei": 1, "/study": 1, "/gone": 1}


async def test_failures_are_badges_and_a_warning_never_a_crash(server: Server) -> None:
    app = ReaderApp(links_analysis(serve_links(server)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.is_running
        [warning] = [n for n in app._notifications if n.title == "Links"]
        assert warning.severity == "warning"
        assert warning.message.startswith("Could not preview 2 of 5 links")
        view(app).selected = 2
        await pilot.pause()
        assert "“an older report”" in links_card(app)
        assert links_card(app).endswith("not fetched: HTTP 404 Not Found")
        view(app).selected = 4
        await pilot.pause()
        assert links_card(app).endswith("not fetched: connection refused")
        view(app).selected = 5
        await pilot.pause()
        assert f"{FILE_URL}\nnot fetched: scheme file" in links_card(app)


async def test_the_second_run_is_served_from_the_cache(server: Server) -> None:
    urls = serve_links(server)
    async with ReaderApp(links_analysis(urls)).run_test(size=SIZE) as pilot:
        await settled(pilot)
    hits = server.total_hits
    app = ReaderApp(links_analysis(urls))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.links.batches == 0  # nothing left to fetch
        assert f"{PLAN_SITE} · cached just now" in links_card(app)
        view(app).selected = 2
        await pilot.pause()
        assert links_card(app).endswith("not fetched: HTTP 404 Not Found")  # failures too
    assert server.total_hits == hits


async def test_offline_never_touches_the_server(server: Server) -> None:
    urls = serve_links(server)
    app = ReaderApp(links_analysis(urls), offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert links_card(app).endswith("not fetched: not in the cache (offline)")
        await run_command(pilot, "Links: refresh previews")
        assert messages(app)[-1] == "Offline: previews come from the cache only"
    assert server.total_hits == 0
    async with ReaderApp(links_analysis(urls)).run_test(size=SIZE) as pilot:
        await settled(pilot)  # online, once: the cache has them now
    hits = server.total_hits
    app = ReaderApp(links_analysis(urls), offline=True)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "offline: cached just now" in links_card(app)
    assert server.total_hits == hits


async def test_refresh_fetches_again_whatever_the_cache_holds(server: Server) -> None:
    urls = serve_links(server)
    async with ReaderApp(links_analysis(urls)).run_test(size=SIZE) as pilot:
        await settled(pilot)
    assert server.hits["/plan"] == 1
    app = ReaderApp(links_analysis(urls), refresh=True)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert server.hits["/plan"] == 2
        assert "fetched just now" in links_card(app)
        await run_command(pilot, "Links: refresh previews")
        await settled(pilot)
        assert server.hits["/plan"] == 3


async def test_l_lists_every_link_and_enter_jumps_to_it(server: Server) -> None:
    app = ReaderApp(links_analysis(serve_links(server)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("l")
        assert isinstance(app.screen, LinksListScreen)
        listed = rows(app)
        assert [row[0] for row in listed[::2]] == [PLAN_TITLE, server.url("/gone"), FILE_URL]
        assert listed[1][0] == excerpt(EVIL_TITLE, 44)  # page text literally, never markup
        assert listed[0][1:] == [PLAN_SITE, "fetched just now", "sentence 1"]
        assert listed[2][2] == "not fetched: HTTP 404 Not Found"
        assert listed[4][2] == "not fetched: scheme file"
        assert listed[5] == [
            OSEI_TITLE,
            "127.0.0.1",
            "fetched just now",
            "sources.toml",
        ]
        await pilot.press("down", "enter")  # the study, in the third sentence
        assert isinstance(app.screen, MainScreen)
        assert view(app).selected == 2
        await pilot.press("l", "ctrl+end", "enter")  # a registry url: the speaker's first quote
        assert view(app).selected == 1
        await pilot.press("l", "escape")
        assert isinstance(app.screen, MainScreen) and view(app).selected == 1


async def test_the_list_follows_previews_as_they_arrive(server: Server) -> None:
    app = ReaderApp(links_analysis(serve_links(server, plan_delay=2.0)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("l")
        assert rows(app)[0][2] == "fetching…"
        title = app.screen.query_one("#links").border_title
        assert re.fullmatch(r"Links \(6\) · fetching [1-5] of 6 links…", str(title))
        await settled(pilot)
        assert rows(app)[0][0] == PLAN_TITLE
        assert app.screen.query_one("#links").border_title == "Links (6)"


async def test_o_opens_the_sentences_link_and_only_http(server: Server) -> None:
    urls = serve_links(server)
    app = ReaderApp(links_analysis(urls))
    opened = spy_browser(app)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("o")  # one link in the first sentence: opened at once
        await app.workers.wait_for_complete()
        assert opened == [urls.plan]
        assert messages(app)[-1] == f"Opened {urls.plan}"
        view(app).selected = 6
        await pilot.press("o")
        assert messages(app)[-1] == "No link in this sentence"
        view(app).selected = 2
        await pilot.press("o")  # two links: the reader picks one
        assert isinstance(app.screen, LinksListScreen)
        assert app.screen.query_one("#links").border_title.startswith("Links in sentence 3 (2)")
        await pilot.press("down", "o")
        await app.workers.wait_for_complete()
        assert opened == [urls.plan, urls.gone]
        await pilot.press("escape")
        view(app).selected = 5
        await pilot.press("o", "o")  # the file: link is highlighted first
        assert "Not opened: only http and https" in messages(app)[-1]
        await app.workers.wait_for_complete()
        assert opened == [urls.plan, urls.gone]


async def test_opening_that_fails_is_an_error_notification(server: Server) -> None:
    app = ReaderApp(links_analysis(serve_links(server)))

    def broken(url: str, *, new_tab: bool = True) -> None:
        raise OSError("no browser here")

    app.open_url = broken  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
        [failure] = [n for n in app._notifications if n.severity == "error"]
        assert failure.message.endswith(": no browser here")


async def test_a_batch_that_breaks_is_an_error_and_reading_goes_on(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("the resolver fell over")

    monkeypatch.setattr("reader.ui.link_previews.LinkPreviews._resolve_now", broken)
    app = ReaderApp(links_analysis(serve_links(server)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        [failure] = [n for n in app._notifications if n.severity == "error"]
        assert failure.message == "Link previews failed: the resolver fell over"
        assert progress(app) == "" and links_card(app).endswith("not fetched yet")
        await pilot.press("j", "n")
        assert app.is_running and view(app).selected == 3


async def test_quitting_while_a_fetch_is_in_flight_does_not_wait_for_it(server: Server) -> None:
    app = ReaderApp(links_analysis(serve_links(server, plan_delay=5)))
    started = time.monotonic()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert progress(app).startswith("fetching")
        await pilot.press("q")
    assert time.monotonic() - started < 2.5
    assert app.return_code == 0


async def test_a_cache_that_cannot_be_used_still_gives_previews(
    server: Server, tmp_path: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"  # type: ignore[operator]
    blocked.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    app = ReaderApp(links_analysis(serve_links(server)))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert any("link previews are not cached" in message for message in messages(app))
        assert PLAN_TITLE in links_card(app)


async def test_the_keys_are_in_the_help_and_the_palette(server: Server) -> None:
    app = ReaderApp(links_analysis(serve_links(server)))
    opened = spy_browser(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = dict(app.screen.rows)
        assert keys["l"].startswith("List every link")
        assert (
            keys["o"] == "Open the sentence's link in the browser (several: pick one from a list)"
        )
        await pilot.press("escape")
        await run_command(pilot, "Links: list links")
        assert isinstance(app.screen, LinksListScreen)
        await pilot.press("escape")
        await run_command(pilot, "Links: open link in browser")
        await app.workers.wait_for_complete()
        assert opened == [app.links.links[0].url]

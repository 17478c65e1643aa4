"""Articles by URL: fetched once through the HTML loader, then opened from the cache."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_helpers import reader
from local_server import Server

from reader.core.cache import Cache
from reader.core.fetch import Limits
from reader.core.load import LoadError
from reader.core.load.url import load_url, load_url_async

ROOT = Path(__file__).resolve().parents[2]
SAVED_PAGE = (ROOT / "articles" / "transit-levy.html").read_bytes()
STORY = """<!doctype html><html><head><title>Ferry fares rise</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Ferry fares rise</h1>
<p>Fares on the harbour ferry will rise in March, the operator said on Tuesday, citing the
price of fuel and <a href="costs.html">its published costs</a> for the year.</p>
<p>“We held them for three years,” said Mara Voss, who runs the ferry company. “We cannot
hold them for a fourth.”</p></article></body></html>"""


def test_a_page_is_read_like_a_saved_one_and_cached(server: Server, cache: Cache) -> None:
    url = server.page("/transit-levy", SAVED_PAGE)
    article = load_url(url, cache)
    assert article.source == url and article.title
    assert any("levy" in article.paragraph_text(p).lower() for p in article.paragraphs)
    again = load_url(url, cache)
    assert again.text == article.text and server.total_hits == 1
    assert load_url(url, cache, offline=True).text == article.text
    load_url(url, cache, refresh=True)
    assert server.total_hits == 2


def test_relative_links_point_where_the_page_ended_up(server: Server, cache: Cache) -> None:
    server.redirect("/latest", "/news/ferry-fares")
    server.page("/news/ferry-fares", STORY)
    article = load_url(server.url("/latest"), cache)
    assert [link.url for link in article.links] == [server.url("/news/costs.html")]


def test_offline_without_a_cached_copy_is_refused(server: Server, cache: Cache) -> None:
    url = server.page("/story", STORY)
    with pytest.raises(LoadError, match="not in the cache"):
        load_url(url, cache, offline=True)
    assert server.total_hits == 0


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda s: s.page("/f.pdf", b"%PDF-1.7", content_type="application/pdf"), "not an HTML"),
        (lambda s: s.page("/x", b"\x89PNG\r\n\x1a\n\x00\x00", content_type=""), "binary"),
        (lambda s: s.url("/missing"), "HTTP 404 Not Found"),
        (lambda s: s.endless("/endless"), "larger than 2 MB"),
        (lambda s: (s.redirect("/a", "/b"), s.redirect("/b", "/a"))[0], "redirect loop"),
    ],
)
def test_failures_are_load_errors_naming_the_url(
    server: Server, cache: Cache, make: Callable[[Server], str], problem: str
) -> None:
    url = make(server)
    with pytest.raises(LoadError) as caught:
        load_url(url, cache)
    assert str(caught.value).startswith(f"{url}: ") and problem in str(caught.value)
    assert cache.get("page", url) is None  # a failure is not kept as the article


async def test_a_slow_page_gives_up_within_its_limits(server: Server, cache: Cache) -> None:
    url = server.page("/slow", STORY, delay=3)
    started = time.perf_counter()
    with pytest.raises(LoadError, match="timed out"):
        await load_url_async(url, cache, limits=Limits(read=0.2))
    assert time.perf_counter() - started < 1.5


def test_quotes_of_a_url_then_again_without_network(server: Server) -> None:
    url = server.page("/story", STORY)
    first = reader("quotes", url, "--json")
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)
    assert data["source"] == url and data["title"] == "Ferry fares rise"
    assert "Mara Voss" in {q["speaker"] for q in data["quotes"]}
    second = reader("quotes", url, "--json", "--offline")
    assert json.loads(second.stdout) == data and server.total_hits == 1


@pytest.mark.parametrize(
    ("command", "path", "problem"),
    [
        (["quotes"], "/missing", "HTTP 404"),
        (["quotes", "--json"], "/doc.pdf", "not an HTML page (application/pdf)"),
        ([], "/missing", "HTTP 404"),  # the reader itself: fails before the app starts
    ],
)
def test_a_failing_url_is_one_line_and_exit_1(
    server: Server, command: list[str], path: str, problem: str
) -> None:
    server.page("/doc.pdf", b"%PDF-1.7", content_type="application/pdf")
    url = server.url(path)
    started = time.perf_counter()
    result = reader(*command, url)
    assert time.perf_counter() - started < 25
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.startswith(f"reader: {url}: ") and problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_refused_connection_is_one_line() -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = reader("quotes", f"http://127.0.0.1:{port}/story")
    assert result.returncode == 1
    assert result.stderr.strip() == f"reader: http://127.0.0.1:{port}/story: connection refused"


HANGING_RESOLVER = """
import socket, time
socket.getaddrinfo = lambda *a, **k: time.sleep(300)
from reader.core.cache import open_cache
from reader.core.fetch import Limits
from reader.core.load import LoadError
from reader.core.load.url import load_url
try:
    load_url("http://hangs.example/", open_cache(), limits=Limits(per_url=0.3))
except LoadError as err:
    print(err)
"""


def test_a_hanging_name_lookup_does_not_keep_the_process_alive() -> None:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", HANGING_RESOLVER], capture_output=True, text=True, timeout=30
    )
    assert result.stdout.strip() == "http://hangs.example/: timed out after 0.3 s"
    assert time.perf_counter() - started < 10

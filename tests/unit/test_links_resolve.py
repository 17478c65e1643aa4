"""Resolving previews against a local server: cache, offline, refresh, failures, bounds."""

from __future__ import annotations

import time

from local_server import Server

from reader.core.cache import Cache
from reader.core.fetch import Limits
from reader.core.resolver import (
    BATCH_DEADLINE,
    OFFLINE,
    cached_previews,
    resolve_previews,
    resolve_previews_sync,
)

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def pages(server: Server, count: int = 3, delay: float = 0.0) -> list[str]:
    return [
        server.page(f"/p{n}", f'<meta property="og:title" content="Page {n}">', delay=delay)
        for n in range(count)
    ]


async def test_previews_come_back_in_order_one_per_url(server: Server, cache: Cache) -> None:
    urls = pages(server)
    previews = await resolve_previews([urls[1], urls[0], urls[1], urls[2]], cache)
    assert [p.title for p in previews] == ["Page 1", "Page 0", "Page 2"]
    assert all(p.status == 200 and not p.from_cache and p.fetched_at for p in previews)
    assert server.total_hits == 3


async def test_a_second_run_is_served_from_the_cache(server: Server, cache: Cache) -> None:
    urls = pages(server)
    await resolve_previews(urls, cache)
    again = await resolve_previews(urls, cache)
    assert server.total_hits == 3
    assert [p.title for p in again] == ["Page 0", "Page 1", "Page 2"]
    assert all(p.from_cache for p in again)
    assert set(cached_previews(urls, cache)) == set(urls)


async def test_offline_never_touches_the_network(server: Server, cache: Cache) -> None:
    urls = pages(server)
    previews = await resolve_previews(urls, cache, offline=True)
    assert [p.error for p in previews] == [OFFLINE] * 3
    assert server.total_hits == 0
    await resolve_previews(urls[:1], cache)
    previews = await resolve_previews(urls, cache, offline=True)
    assert previews[0].title == "Page 0" and previews[0].from_cache
    assert server.total_hits == 1


async def test_refresh_fetches_again(server: Server, cache: Cache) -> None:
    urls = pages(server)
    await resolve_previews(urls, cache)
    previews = await resolve_previews(urls, cache, refresh=True)
    assert server.total_hits == 6 and not any(p.from_cache for p in previews)


async def test_failures_are_remembered_for_minutes_only(server: Server, cache: Cache) -> None:
    url = server.url("/gone")
    first = await resolve_previews([url], cache)
    assert first[0].error == "HTTP 404 Not Found" and first[0].status == 404
    second = await resolve_previews([url], cache)
    assert second[0].from_cache and server.total_hits == 1
    cache.clock = lambda: time.time() + 11 * 60
    await resolve_previews([url], cache)
    assert server.total_hits == 2


async def test_previews_are_kept_for_the_configured_days(server: Server, cache: Cache) -> None:
    urls = pages(server, 1)
    await resolve_previews(urls, cache)
    cache.clock = lambda: time.time() + 6 * 86400
    assert (await resolve_previews(urls, cache, offline=True))[0].title == "Page 0"
    cache.clock = lambda: time.time() + 8 * 86400
    assert (await resolve_previews(urls, cache, offline=True))[0].error == OFFLINE
    cache.days = 30
    assert (await resolve_previews(urls, cache, offline=True))[0].title == "Page 0"
    assert server.total_hits == 1


async def test_other_schemes_are_listed_but_never_fetched(server: Server, cache: Cache) -> None:
    server.redirect("/to-file", "file:///etc/passwd")
    urls = [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "ftp://127.0.0.1/x",
        server.url("/to-file"),
    ]
    previews = await resolve_previews(urls, cache)
    assert [p.error for p in previews[:3]] == [
        "not fetched: scheme file",
        "not fetched: scheme javascript",
        "not fetched: scheme ftp",
    ]
    assert previews[3].error is not None and "not http(s)" in previews[3].error
    assert dict(server.hits) == {"/to-file": 1}


async def test_binary_links_get_a_preview_without_a_title(server: Server, cache: Cache) -> None:
    url = server.page("/doc.pdf", PNG, content_type="application/pdf")
    (preview,) = await resolve_previews([url], cache)
    assert preview.ok and preview.title is None and preview.content_type == "application/pdf"


async def test_requests_at_once_are_bounded(server: Server, cache: Cache) -> None:
    urls = pages(server, 24, delay=0.1)
    previews = await resolve_previews(urls, cache, limits=Limits(concurrency=8))
    assert all(p.ok for p in previews)
    assert 2 <= server.most_in_flight <= 8


async def test_a_batch_has_a_deadline(server: Server, cache: Cache) -> None:
    urls = pages(server, 2, delay=3)
    started = time.perf_counter()
    previews = await resolve_previews(urls, cache, limits=Limits(batch=0.3))
    assert time.perf_counter() - started < 1.5
    assert [p.error for p in previews] == [BATCH_DEADLINE] * 2
    assert cached_previews(urls, cache) == {}  # never tried to the end: not remembered


def test_the_sync_wrapper(server: Server, cache: Cache) -> None:
    urls = pages(server, 2)
    assert [p.title for p in resolve_previews_sync(urls, cache)] == ["Page 0", "Page 1"]

"""Link previews for a list of URLs: from the cache when fresh, else fetched (bounded at once).

    previews = await resolve_previews(urls, cache, offline=False, refresh=False)
    previews = resolve_previews_sync(urls, cache)           # the same, from synchronous code
    known = cached_previews(urls, cache)                    # no network, ever: {url: Preview}

One `Preview` per distinct URL, in first-seen order. A URL that is not http(s) gets an error
("not fetched: scheme file") and is never requested. Fetching uses one httpx client, at most
`limits.concurrency` requests at once, the limits of `reader.core.fetch`, and a deadline for
the whole batch; what it gets is stored in the cache (failures included, for minutes).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.aio import run_sync
from reader.core.cache import Cache, Entry
from reader.core.fetch import Fetched, Limits, fetch, make_client, scheme_problem
from reader.core.previews import Preview, preview_of

if TYPE_CHECKING:
    import httpx

KIND = "preview"
OFFLINE = "not in the cache (offline)"
BATCH_DEADLINE = "not fetched: the batch deadline passed"


async def resolve_previews(
    urls: Iterable[str],
    cache: Cache,
    *,
    offline: bool = False,
    refresh: bool = False,
    limits: Limits | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    on_preview: Callable[[Preview], None] | None = None,
) -> list[Preview]:
    """Previews of `urls`. `offline`: the cache only; `refresh`: ignore what is cached.
    `on_preview` hears of each fetched preview as it lands (a slow link holds back no other)."""
    wanted = list(dict.fromkeys(urls))
    known = {url: p for url in wanted if (p := _without_network(url, cache, offline, refresh))}
    missing = [url for url in wanted if url not in known]
    if missing:
        fetched = await fetch_previews(missing, limits or Limits(), transport, on_preview)
        cache.put(to_entry(p) for p in fetched if p.error != BATCH_DEADLINE)
        known.update((p.url, p) for p in fetched)
    return [known[url] for url in wanted]


def resolve_previews_sync(
    urls: Iterable[str],
    cache: Cache,
    *,
    offline: bool = False,
    refresh: bool = False,
    limits: Limits | None = None,
) -> list[Preview]:
    return run_sync(resolve_previews(urls, cache, offline=offline, refresh=refresh, limits=limits))


def cached_preview(url: str, cache: Cache) -> Preview | None:
    """The fresh cached preview of `url` (failures within minutes count), without network."""
    entry = cache.get(KIND, url)
    if entry is None:
        return None
    try:
        return replace(Preview.from_json(entry.meta), from_cache=True)
    except (ValueError, TypeError):
        return None  # written by something else: a miss


def cached_previews(urls: Iterable[str], cache: Cache) -> dict[str, Preview]:
    """The fresh cached previews among `urls`, by URL; never touches the network."""
    return {url: p for url in dict.fromkeys(urls) if (p := cached_preview(url, cache))}


def to_entry(preview: Preview) -> Entry:
    return Entry(KIND, preview.url, preview.ok, replace(preview, from_cache=False).to_json())


def _without_network(url: str, cache: Cache, offline: bool, refresh: bool) -> Preview | None:
    """What a URL gets without a request: a refusal, the cached preview, or the offline miss."""
    problem = scheme_problem(url)
    if problem:
        return Preview(url, error=problem)
    cached = None if refresh else cached_preview(url, cache)
    if cached is None and offline:
        return Preview(url, error=OFFLINE)
    return cached


async def fetch_previews(
    urls: list[str],
    limits: Limits,
    transport: httpx.AsyncBaseTransport | None = None,
    on_preview: Callable[[Preview], None] | None = None,
) -> list[Preview]:
    """Fetch and parse, at most `limits.concurrency` at once, within `limits.batch` seconds."""
    semaphore = asyncio.Semaphore(max(limits.concurrency, 1))
    async with make_client(limits, transport) as client:
        tasks = [
            asyncio.create_task(_preview(client, semaphore, url, limits, on_preview))
            for url in urls
        ]
        try:
            await asyncio.wait(tasks, timeout=limits.batch)
        finally:
            for task in tasks:
                task.cancel()  # no-op for the finished ones
            await asyncio.gather(*tasks, return_exceptions=True)
    return [_result(task, url) for task, url in zip(tasks, urls, strict=True)]


async def _preview(
    client: httpx.AsyncClient,
    semaphore: asyncio.Semaphore,
    url: str,
    limits: Limits,
    on_preview: Callable[[Preview], None] | None,
) -> Preview:
    async with semaphore:
        fetched: Fetched = await fetch(client, url, limits)
    if fetched.body:
        preview = await asyncio.to_thread(preview_of, fetched)  # lxml off the event loop
    else:
        preview = preview_of(fetched)
    if on_preview is not None:
        on_preview(preview)
    return preview


def _result(task: asyncio.Task[Preview], url: str) -> Preview:
    if task.cancelled():
        return Preview(url, error=BATCH_DEADLINE)
    return task.result()

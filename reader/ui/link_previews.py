"""The TUI's hold on the article's links and what is known of the pages they point to.

`open` reads the cache only, never the network: the cached previews at once, a refusal for
what is never fetched (`file:`, `javascript:`) and, offline, "not in the cache" for the rest.
`resolve` then fetches a batch in a daemon thread with its own event loop (`reader.core.aio`):
Textual's loop never waits on a DNS lookup or an SQLite write, and quitting never waits for a
fetch in flight (an abandoned batch still lands in the cache, or finds it closed: a no-op).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.core.aio import DaemonExecutor, run_sync
from reader.core.cache import DEFAULT_DAYS, Cache, open_cache
from reader.core.fetch import scheme_problem
from reader.core.links import LinkRef, collect_links
from reader.core.model import Analysis
from reader.core.paths import web_cache_file
from reader.core.previews import Preview
from reader.core.resolver import OFFLINE, cached_previews, resolve_previews
from reader.ui.badges import Badge, badge


@dataclass(frozen=True, slots=True)
class LinkEntry:
    """One link as the UI shows it: where it is, what its page says, how fresh that is."""

    link: LinkRef
    preview: Preview | None
    badge: Badge


@dataclass(frozen=True, slots=True)
class Batch:
    """URLs being fetched together; only the latest batch counts as in flight."""

    number: int
    urls: tuple[str, ...]
    refresh: bool


class LinkPreviews:
    """The links of one article, their previews so far, and the batch in flight."""

    def __init__(
        self,
        analysis: Analysis,
        *,
        offline: bool = False,
        refresh: bool = False,
        days: float = DEFAULT_DAYS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.offline = offline
        self.refresh = refresh
        self.days = days
        self.clock = clock
        self.cache = Cache(None, days=days)  # disabled until `open`
        self.pending: frozenset[str] = frozenset()
        self.batches = 0
        self._known: dict[str, Preview] = {}
        self._set_links(analysis)
        self._executor = DaemonExecutor()

    def _set_links(self, analysis: Analysis) -> None:
        self.links = collect_links(analysis)
        self._by_sentence: dict[int, list[LinkRef]] = {}
        for link in self.links:
            for sentence_id in link.sentence_ids:
                self._by_sentence.setdefault(sentence_id, []).append(link)

    def use_analysis(self, analysis: Analysis) -> bool:
        """The same article with corrected quotes: the speakers' registry urls follow them.
        A url new to this session takes what the cache holds (no network); True if one of
        them is still to be fetched."""
        self._set_links(analysis)
        self._take_cached([url for url in self.urls if url not in self._known])
        return bool(self.to_fetch())

    @property
    def urls(self) -> list[str]:
        return [link.url for link in self.links]

    def open(self, path: Path | None = None) -> str | None:
        """Open the cache and take what it holds (no network). Returns why the previews will
        not be cached, or None."""
        self.cache = open_cache(path, days=self.days)
        self._known = {}
        self._take_cached(self.urls)
        if self.cache.enabled or not self.links:
            return None
        return f"cannot use {path or web_cache_file()}; link previews are not cached"

    def close(self) -> None:
        self.cache.close()

    def _take_cached(self, urls: list[str]) -> None:
        self._known.update(cached_previews(urls, self.cache))
        for url in urls:
            refusal = None if url in self._known else self._refusal(url)
            if refusal is not None:
                self._known[url] = refusal

    def _refusal(self, url: str) -> Preview | None:
        """What a URL gets without a request: never fetched, or offline and not cached."""
        problem = scheme_problem(url)
        if problem:
            return Preview(url, error=problem)
        return Preview(url, error=OFFLINE) if self.offline else None

    # -- what the UI shows ---------------------------------------------------------------

    def links_in(self, sentence_id: int) -> list[LinkRef]:
        """The sentence's links and the registry urls of the speakers quoted in it."""
        return self._by_sentence.get(sentence_id, [])

    def entry(self, link: LinkRef) -> LinkEntry:
        preview = self._known.get(link.url)
        pending = link.url in self.pending
        found = badge(
            preview, now=self.clock(), days=self.days, offline=self.offline, pending=pending
        )
        return LinkEntry(link, preview, found)

    def entries(self, links: list[LinkRef]) -> list[LinkEntry]:
        return [self.entry(link) for link in links]

    def progress(self) -> str:
        """The progress line, "fetching 3 of 12 links…", while a batch is in flight; else ""."""
        if not self.pending:
            return ""
        total = len(self.links)
        return f"fetching {len(self.pending)} of {total} link{'s' * (total != 1)}…"

    # -- fetching ------------------------------------------------------------------------

    def to_fetch(self, refresh: bool = False) -> list[str]:
        """The URLs a batch should fetch: the unknown ones (all the fetchable ones with
        `refresh`); none offline."""
        if self.offline:
            return []
        fetchable = [url for url in self.urls if scheme_problem(url) is None]
        return fetchable if refresh else [url for url in fetchable if url not in self._known]

    def start(self, urls: list[str], *, refresh: bool = False) -> Batch:
        """A new batch, in flight from now on (an earlier one no longer counts)."""
        self.batches += 1
        self.pending = frozenset(urls)
        return Batch(self.batches, tuple(urls), refresh)

    async def resolve(
        self, batch: Batch, arrived: Callable[[], None] | None = None
    ) -> list[Preview]:
        """Fetch the batch off the event loop; each preview is known as soon as it lands, and
        `arrived` (called from the fetching thread) hears of it."""
        job = self._executor.submit(self._resolve_now, batch, arrived)
        try:
            previews = await asyncio.wrap_future(job)
        finally:
            if batch.number == self.batches:
                self.pending = frozenset()
        self._known.update((preview.url, preview) for preview in previews)
        return previews

    def _resolve_now(self, batch: Batch, arrived: Callable[[], None] | None) -> list[Preview]:
        """In the batch's own thread: the core's bounded fetch, with its own event loop."""

        def landed(preview: Preview) -> None:
            self._known[preview.url] = preview
            if batch.number == self.batches:
                self.pending = self.pending - {preview.url}
            if arrived is not None:
                arrived()

        coroutine = resolve_previews(
            batch.urls, self.cache, refresh=batch.refresh, on_preview=landed
        )
        return run_sync(coroutine)

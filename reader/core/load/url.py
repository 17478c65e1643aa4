"""Articles by URL: fetch the page (the limits of `reader.core.fetch`), keep it in the cache,
and read it through the same HTML path as a saved page.

    article = await load_url_async(url, cache, offline=False, refresh=False)
    article = load_url(url, cache)               # the same, from synchronous code

A page fetched within the cache's `days` opens again with no network; `refresh` fetches anew,
`offline` never fetches. Every failure is a `LoadError` whose text names the URL and the
problem (timed out, connection refused, not an HTML page, larger than 2 MB, redirect loop, ...).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from reader.core.aio import run_sync
from reader.core.cache import Cache, Entry
from reader.core.fetch import HTML_TYPES, Fetched, Limits, fetch, make_client, wants_html
from reader.core.load.decode import decode, normalise_newlines
from reader.core.load.detect import sniff
from reader.core.load.errors import LoadError
from reader.core.load.loader import load_text
from reader.core.model import Article, Link

if TYPE_CHECKING:
    import httpx

KIND = "page"


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched HTML page, as the cache keeps it."""

    url: str
    final_url: str
    content_type: str | None
    charset: str | None
    body: bytes
    fetched_at: str
    from_cache: bool = False


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


async def load_url_async(
    url: str,
    cache: Cache,
    *,
    offline: bool = False,
    refresh: bool = False,
    limits: Limits | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Article:
    page = await fetch_page(
        url, cache, offline=offline, refresh=refresh, limits=limits, transport=transport
    )
    article = article_of(page)
    if not page.from_cache:
        cache.put([_entry(page)])  # only a page that gave an article is kept
    return article


def load_url(
    url: str,
    cache: Cache,
    *,
    offline: bool = False,
    refresh: bool = False,
    limits: Limits | None = None,
) -> Article:
    return run_sync(load_url_async(url, cache, offline=offline, refresh=refresh, limits=limits))


async def fetch_page(
    url: str,
    cache: Cache,
    *,
    offline: bool = False,
    refresh: bool = False,
    limits: Limits | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Page:
    """The page from the cache when fresh (and not `refresh`), else from the network (not
    stored here: `load_url_async` stores it once it has given an article)."""
    cached = None if refresh else cached_page(url, cache)
    if cached is not None:
        return cached
    if offline:
        raise LoadError(url, "not in the cache, and --offline forbids fetching it")
    limits = limits or Limits()
    async with make_client(limits, transport) as client:
        fetched = await fetch(client, url, limits, read_body=wants_html)
    return _page_of(fetched)


def cached_page(url: str, cache: Cache) -> Page | None:
    entry = cache.get(KIND, url)
    if entry is None or entry.body is None:
        return None
    try:
        meta: Any = json.loads(entry.meta)
        return Page(url, body=entry.body, from_cache=True, **meta)
    except (ValueError, TypeError):
        return None  # not what this version stores: a miss


def article_of(page: Page) -> Article:
    """The article in the page; relative links made absolute against where the page ended up."""
    article = load_text(_text_of(page), page.url, "html")
    article.links = [_absolute(link, page.final_url) for link in article.links]
    return article


def _page_of(fetched: Fetched) -> Page:
    if fetched.error:
        raise LoadError(fetched.url, fetched.error)
    if fetched.content_type is not None and fetched.content_type not in HTML_TYPES:
        raise LoadError(fetched.url, f"not an HTML page ({fetched.content_type})")
    if not fetched.body:
        raise LoadError(fetched.url, "the server sent an empty page")
    return Page(
        fetched.url,
        fetched.final_url,
        fetched.content_type,
        fetched.charset,
        fetched.body,
        fetched.fetched_at,
    )


def _text_of(page: Page) -> str:
    """The page's text: its declared charset when that reads cleanly, else detected."""
    text = _declared(page.body, page.charset)
    if text is None:
        text = decode(page.body, page.url)  # LoadError for binary data
    if page.content_type is None and sniff(text) != "html":
        raise LoadError(page.url, "not an HTML page (no content type, and no HTML inside)")
    return text


def _declared(body: bytes, charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        text = body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    return None if "\x00" in text else normalise_newlines(text)


def _absolute(link: Link, base: str) -> Link:
    try:
        absolute = bool(urlsplit(link.url).scheme) or link.url.startswith("#")
        return link if absolute else Link(urljoin(base, link.url), link.start, link.end, link.text)
    except ValueError:
        return link  # malformed: listed as it is, never fetched


def _entry(page: Page) -> Entry:
    meta = {
        "final_url": page.final_url,
        "content_type": page.content_type,
        "charset": page.charset,
        "fetched_at": page.fetched_at,
    }
    return Entry(KIND, page.url, True, json.dumps(meta), page.body)

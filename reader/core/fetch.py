"""One GET with the limits every fetch obeys (link previews and articles by URL alike).

- http and https only, checked for the URL and again for every redirect hop;
- redirects followed here, not by httpx: at most `max_redirects`, a loop is an error;
- connect/read timeouts, and a deadline for the whole URL (redirects and body included);
- the body read as a stream and abandoned past `max_bytes`;
- a User-Agent naming reader and its version.

Every failure comes back as a `Fetched` with `error` set (one line, no traceback).
httpx is imported inside the functions: `import reader.core.fetch` does not load it.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import urldefrag, urljoin, urlsplit

from reader import __version__
from reader.core.pattern_store import page_pattern

if TYPE_CHECKING:
    import httpx

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_CHARSET = page_pattern(r"""charset\s*=\s*["']?([\w.:-]+)""", re.I)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_DNS_WORDS = (
    "name or service not known",
    "nodename nor servname",
    "name resolution",
    "getaddrinfo",
)


@dataclass(frozen=True, slots=True)
class Limits:
    """Every bound on fetching. Seconds, bytes and counts; the defaults are the product's."""

    connect: float = 5.0
    read: float = 10.0
    per_url: float = 20.0  # one URL, all its redirects and its body
    batch: float = 30.0  # a whole `resolve_previews` call
    max_bytes: int = 2_000_000
    max_redirects: int = 10
    concurrency: int = 16


@dataclass(frozen=True, slots=True)
class Fetched:
    """What one GET gave: the body only when it was wanted and within the size cap."""

    url: str
    final_url: str
    status: int | None = None
    content_type: str | None = None  # the media type, lower case, no parameters
    charset: str | None = None
    body: bytes = b""
    fetched_at: str = ""
    error: str | None = None


class FetchProblem(Exception):
    """A refusal of ours (a bad redirect target); str() is the one-line reason."""


def scheme_problem(url: str) -> str | None:
    """Why `url` is never fetched ("not fetched: scheme file"), or None for an http(s) URL."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return "not fetched: malformed URL"
    scheme = parts.scheme.lower()
    if not scheme:
        return "not fetched: not an absolute URL"
    if scheme not in ("http", "https"):
        return f"not fetched: scheme {scheme}"
    return None if host else "not fetched: no host"


def user_agent() -> str:
    return f"reader/{__version__} (terminal news reader; python-httpx)"


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wants_html(content_type: str | None) -> bool:
    """Read the body of an HTML page, or of one that does not say what it is."""
    return content_type is None or content_type in HTML_TYPES


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:g} MB"


def make_client(
    limits: Limits, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The one client a batch shares. `transport` is for tests (httpx.MockTransport)."""
    import httpx

    return httpx.AsyncClient(
        timeout=httpx.Timeout(
            connect=limits.connect, read=limits.read, write=limits.read, pool=limits.connect
        ),
        limits=httpx.Limits(max_connections=max(limits.concurrency, 1)),
        follow_redirects=False,
        headers={
            "User-Agent": user_agent(),
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
        },
        event_hooks={"response": [_check_redirect]},
        transport=transport,
    )


async def fetch(
    client: httpx.AsyncClient,
    url: str,
    limits: Limits,
    read_body: Callable[[str | None], bool] = wants_html,
) -> Fetched:
    """GET `url` within `limits`; `read_body(content_type)` says whether the body is wanted."""
    problem = scheme_problem(url)
    if problem:
        return Fetched(url, url, error=problem)
    try:
        return await asyncio.wait_for(_follow(client, url, limits, read_body), limits.per_url)
    except TimeoutError:
        return Fetched(url, url, error=f"timed out after {limits.per_url:g} s")
    except Exception as err:  # the network boundary: every failure becomes one line
        return Fetched(url, url, error=describe_error(err))


async def _follow(
    client: httpx.AsyncClient, url: str, limits: Limits, read_body: Callable[[str | None], bool]
) -> Fetched:
    seen = {_normal(url)}
    current = url
    for _ in range(limits.max_redirects + 1):
        async with client.stream("GET", current) as response:
            target = redirect_target(response)
            if target is None:
                return await _complete(url, response, limits, read_body)
        if _normal(target) in seen:
            return Fetched(url, current, response.status_code, error=f"redirect loop at {target}")
        seen.add(_normal(target))
        current = target
    return Fetched(url, current, error=f"more than {limits.max_redirects} redirects")


def redirect_target(response: httpx.Response) -> str | None:
    """The absolute URL a redirect points to (fragment dropped), or None for no redirect."""
    location = response.headers.get("location")
    if response.status_code not in _REDIRECTS or not location:
        return None
    target = str(urldefrag(urljoin(str(response.url), location.strip())).url)
    problem = scheme_problem(target)
    if problem:
        raise FetchProblem(f"redirected to a URL that is not http(s): {target[:80]}")
    return target


async def _check_redirect(response: httpx.Response) -> None:
    """A response hook: refuse a bad Location before httpx builds the next request from it."""
    redirect_target(response)


def _normal(url: str) -> str:
    import httpx

    return str(httpx.URL(url))


async def _complete(
    url: str, response: httpx.Response, limits: Limits, read_body: Callable[[str | None], bool]
) -> Fetched:
    media, charset = parse_content_type(response.headers.get("content-type"))
    done = Fetched(url, str(response.url), response.status_code, media, charset, b"", now_iso())
    status = response.status_code
    if not 200 <= status < 300:
        return replace(done, error=f"HTTP {status} {response.reason_phrase}".strip())
    if not read_body(media):
        return done
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        return replace(done, error=f"larger than {megabytes(limits.max_bytes)}")
    body = await read_capped(response, limits.max_bytes)
    if body is None:
        return replace(done, error=f"larger than {megabytes(limits.max_bytes)}")
    return replace(done, body=body)


async def read_capped(response: httpx.Response, cap: int) -> bytes | None:
    """The body, or None as soon as it grows past `cap` bytes (the rest is never read)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"; None for what is missing."""
    if not value:
        return None, None
    media = value.split(";", 1)[0].strip().lower() or None
    match = _CHARSET.search(value)
    return media, str(match.group(1)).lower() if match else None


def describe_error(err: BaseException) -> str:
    """One line for a failed fetch: "connection refused", "TLS error (...)", "timed out ..."."""
    import httpx

    if isinstance(err, FetchProblem):
        return str(err)
    if isinstance(err, httpx.ConnectTimeout | httpx.PoolTimeout):
        return "timed out connecting"
    if isinstance(err, httpx.TimeoutException):
        return "timed out waiting for the server"
    if isinstance(err, httpx.ConnectError | OSError):
        return _connect_problem(err)
    if isinstance(err, httpx.InvalidURL | httpx.UnsupportedProtocol | ValueError):
        return f"invalid URL ({_one_line(err)})"
    if isinstance(err, httpx.RemoteProtocolError):
        return f"the server broke the HTTP protocol ({_one_line(err)})"
    return f"failed ({type(err).__name__}: {_one_line(err)})"


def _connect_problem(err: BaseException) -> str:
    import socket
    import ssl

    chain = list(_causes(err))
    text = " ".join(_one_line(e) for e in chain).lower()
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "certificate" in text:
        return f"TLS error ({_one_line(chain[-1])})"
    if any(isinstance(e, socket.gaierror) for e in chain) or any(w in text for w in _DNS_WORDS):
        return "unreachable host (name not found)"
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "refused" in text:
        return "connection refused"
    if "unreachable" in text or "no route" in text:
        return "unreachable host (no route)"
    return f"cannot connect ({_one_line(err)})"


def _causes(err: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = err
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split())[:160] or type(err).__name__

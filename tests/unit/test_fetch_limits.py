"""One GET within limits, against a real server on 127.0.0.1: redirects, loops, sizes, time."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable

import httpx
import pytest
from local_server import Server

from reader import __version__
from reader.core.fetch import Fetched, Limits, fetch, make_client, scheme_problem, wants_html

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


async def get(
    url: str,
    limits: Limits | None = None,
    read_body: Callable[[str | None], bool] = wants_html,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Fetched:
    limits = limits or Limits()
    async with make_client(limits, transport) as client:
        return await fetch(client, url, limits, read_body)


async def test_redirects_are_followed_to_the_final_page(server: Server) -> None:
    server.redirect("/old", "/moved")  # relative
    server.redirect("/moved", server.url("/story"), status=301)  # absolute
    server.page("/story", "<title>Story</title>")
    fetched = await get(server.url("/old"))
    assert fetched.error is None and fetched.status == 200
    assert fetched.url == server.url("/old") and fetched.final_url == server.url("/story")
    assert b"Story" in fetched.body
    assert dict(server.hits) == {"/old": 1, "/moved": 1, "/story": 1}


async def test_a_redirect_loop_is_detected(server: Server) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    fetched = await get(server.url("/a"))
    assert fetched.error is not None and fetched.error.startswith("redirect loop")
    assert server.total_hits == 2


async def test_at_most_ten_redirects(server: Server) -> None:
    for n in range(12):
        server.redirect(f"/r{n}", f"/r{n + 1}")
    fetched = await get(server.url("/r0"))
    assert fetched.error == "more than 10 redirects"
    assert server.total_hits == 11


async def test_not_found_is_an_error_with_its_status(server: Server) -> None:
    fetched = await get(server.url("/missing"))
    assert fetched.status == 404 and fetched.error == "HTTP 404 Not Found"
    assert fetched.body == b""


async def test_a_slow_server_times_out(server: Server) -> None:
    url = server.page("/slow", "<title>late</title>", delay=3)
    started = time.perf_counter()
    fetched = await get(url, Limits(read=0.2))
    assert fetched.error == "timed out waiting for the server"
    assert time.perf_counter() - started < 1.5


async def test_one_url_has_an_overall_deadline(server: Server) -> None:
    # Each chunk arrives in time for the read timeout; only the deadline stops it.
    url = server.endless("/drip", drip=0.02)
    started = time.perf_counter()
    fetched = await get(url, Limits(per_url=0.4, max_bytes=10**10))
    assert fetched.error == "timed out after 0.4 s"
    assert time.perf_counter() - started < 1.5


async def test_an_endless_body_stops_past_two_megabytes(server: Server) -> None:
    started = time.perf_counter()
    fetched = await get(server.endless("/endless"))
    assert fetched.error == "larger than 2 MB" and fetched.body == b""
    assert time.perf_counter() - started < 5


async def test_a_declared_length_over_the_cap_is_not_read(server: Server) -> None:
    url = server.page("/big", "<p>" + "x" * 5000 + "</p>")
    fetched = await get(url, Limits(max_bytes=1000))
    assert fetched.error == "larger than 0.001 MB"


async def test_binary_content_is_not_downloaded(server: Server) -> None:
    fetched = await get(server.page("/logo.png", PNG, content_type="image/png"))
    assert fetched.error is None and fetched.status == 200
    assert fetched.content_type == "image/png" and fetched.body == b""


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "javascript:alert(1)", "ftp://127.0.0.1/x", "data:,hi"]
)
async def test_a_redirect_to_another_scheme_is_refused(server: Server, target: str) -> None:
    fetched = await get(server.redirect("/sneaky", target))
    assert fetched.error is not None and "not http(s)" in fetched.error
    assert dict(server.hits) == {"/sneaky": 1}


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("file:///etc/passwd", "not fetched: scheme file"),
        ("javascript:alert(1)", "not fetched: scheme javascript"),
        ("mailto:desk@example.org", "not fetched: scheme mailto"),
        ("ftp://example.org/file", "not fetched: scheme ftp"),
        ("/relative/path", "not fetched: not an absolute URL"),
        ("http://", "not fetched: no host"),
    ],
)
async def test_only_http_and_https_are_fetched(url: str, problem: str) -> None:
    assert scheme_problem(url) == problem
    assert (await get(url)).error == problem


async def test_the_user_agent_names_reader_and_its_version(server: Server) -> None:
    await get(server.page("/ua", "<title>ua</title>"))
    assert server.user_agents[0].startswith(f"reader/{__version__} ")


async def test_a_refused_connection_is_named() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fetched = await get(f"http://127.0.0.1:{port}/")
    assert fetched.error == "connection refused"


async def test_a_tls_failure_is_named(server: Server) -> None:
    fetched = await get(f"https://127.0.0.1:{server.port}/")  # a plain HTTP server
    assert fetched.error is not None and fetched.error.startswith("TLS error")


async def test_an_unknown_host_is_named() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    fetched = await get("http://nowhere.invalid/", transport=httpx.MockTransport(refuse))
    assert fetched.error == "unreachable host (name not found)"


def test_limits_meet_the_contract() -> None:
    limits = Limits()
    assert limits.concurrency >= 8 and limits.max_redirects == 10
    assert limits.max_bytes == 2_000_000 and limits.per_url <= 20

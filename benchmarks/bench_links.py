"""Link previews: 50 links on a local server that answers each request after 200 ms.

A cold run (empty cache) resolves all 50 through the real resolver (one httpx client, bounded
concurrency, lxml parsing, SQLite cache); a warm run must then make zero requests. Two baselines
are measured in the same run: the ideal time, ceil(50 / concurrency) * 0.2 s, and sequential
fetching (concurrency 1, measured on 5 links and scaled to 50). Target: the cold run <= 1.5 s.
Medians of BENCH_RUNS runs (default 3), each with a fresh cache and fresh URLs.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from reader.core.cache import open_cache
from reader.core.fetch import Limits
from reader.core.resolver import resolve_previews_sync

LINKS = 50
DELAY = 0.2
TARGET = 1.5
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
PAGE = b"""<html><head><meta property="og:title" content="A linked page">
<meta name="description" content="What the linked page is about."></head>
<body><p>Some text.</p></body></html>"""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        with self.server.lock:
            self.server.hits[self.path] += 1
        time.sleep(DELAY)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()

    def urls(self, prefix: str, count: int) -> list[str]:
        port = self.server_address[1]
        return [f"http://127.0.0.1:{port}/{prefix}/{n}" for n in range(count)]

    def total(self) -> int:
        with self.lock:
            return sum(self.hits.values())


def timed_run(
    server: _Server, urls: list[str], cache_file: Path, limits: Limits
) -> tuple[float, int]:
    """Seconds to resolve `urls` and the requests the server got meanwhile."""
    before = server.total()
    with open_cache(cache_file) as cache:
        started = time.perf_counter()
        previews = resolve_previews_sync(urls, cache, limits=limits)
        elapsed = time.perf_counter() - started
    failed = [p for p in previews if not p.ok or p.title != "A linked page"]
    if failed:
        raise SystemExit(f"bench_links: {len(failed)} previews failed, e.g. {failed[0]}")
    return elapsed, server.total() - before


def main() -> int:
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, {sys.platform}")
    started = time.perf_counter()
    import httpx  # noqa: F401  (the resolver imports it lazily; timed apart)

    print(f"httpx import: {time.perf_counter() - started:.2f} s (not counted below)")
    limits = Limits()
    server = _Server()
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    ).start()
    cold, warm, cold_hits, warm_hits = [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(RUNS):
            urls = server.urls(f"run{run}", LINKS)
            cache_file = Path(tmp) / f"run{run}.sqlite3"
            seconds, hits = timed_run(server, urls, cache_file, limits)
            cold.append(seconds)
            cold_hits.append(hits)
            seconds, hits = timed_run(server, urls, cache_file, limits)
            warm.append(seconds)
            warm_hits.append(hits)
        sample = 5
        sequential, _ = timed_run(
            server,
            server.urls("sequential", sample),
            Path(tmp) / "seq.sqlite3",
            Limits(concurrency=1),
        )
    server.shutdown()
    report(
        limits,
        statistics.median(cold),
        statistics.median(warm),
        cold_hits,
        warm_hits,
        sequential * LINKS / sample,
    )
    return 0


def report(
    limits: Limits,
    cold: float,
    warm: float,
    cold_hits: list[int],
    warm_hits: list[int],
    sequential: float,
) -> None:
    ideal = math.ceil(LINKS / limits.concurrency) * DELAY
    print(
        f"{LINKS} links, server answers after {DELAY * 1000:.0f} ms, concurrency "
        f"{limits.concurrency}, median of {RUNS} runs\n"
    )
    print(f"cold cache: {cold:.2f} s  ({sorted(set(cold_hits))} requests per run)")
    print(
        f"  ideal ceil({LINKS}/{limits.concurrency}) x {DELAY} s = {ideal:.2f} s   "
        f"cold / ideal = {cold / ideal:.2f}"
    )
    print(
        f"  sequential (measured on 5 links, x {LINKS // 5}) = {sequential:.2f} s   "
        f"speed-up {sequential / cold:.1f}x"
    )
    print(
        f"warm cache: {warm * 1000:.1f} ms  ({sorted(set(warm_hits))} requests per run; target 0)"
    )
    verdict = "met" if cold <= TARGET and not any(warm_hits) else "MISSED"
    print(f"\ntarget: {LINKS} links in <= {TARGET} s, zero requests when cached: {verdict}")


if __name__ == "__main__":
    raise SystemExit(main())

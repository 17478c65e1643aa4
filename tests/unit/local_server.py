"""A real HTTP server on 127.0.0.1 for the fetching tests: routes, hit counts, no internet.

server.page("/a", "<title>A</title>")          200 with a body (HTML by default)
server.redirect("/r", "/a")                     302 to another path or URL
server.endless("/big")                          a body that never ends
server.page("/slow", ..., delay=2)              answers after `delay` seconds
server.hits["/a"]                               how many requests a path got
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def do_GET(self) -> None:
        app = self.server.app
        app.enter(self)
        try:
            app.routes.get(self.path.split("?", 1)[0], _not_found)(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up: expected for limits
        finally:
            app.leave()

    def send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # 50 links at once must not wait in the kernel's backlog
    app: Server

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (a refused body, a cut-off download) is expected here;
        the default prints a traceback to stderr, where the next test's capsys would read it."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class Server:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.in_flight = 0
        self.most_in_flight = 0
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._http = _HTTPServer(("127.0.0.1", 0), Handler)
        self._http.app = self
        self._thread = threading.Thread(
            target=self._http.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._http.server_address[1])

    @property
    def total_hits(self) -> int:
        return sum(self.hits.values())

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> Server:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._http.shutdown()
        self._http.server_close()

    def enter(self, handler: Handler) -> None:
        with self._lock:
            self.hits[handler.path.split("?", 1)[0]] += 1
            self.user_agents.append(handler.headers.get("User-Agent", ""))
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def page(
        self,
        path: str,
        body: str | bytes,
        *,
        status: int = 200,
        content_type: str = "text/html; charset=utf-8",
        delay: float = 0.0,
        headers: dict[str, str] | None = None,
    ) -> str:
        data = body.encode() if isinstance(body, str) else body

        def route(handler: Handler) -> None:
            if delay:
                self.stopping.wait(delay)
            handler.send(status, data, {"Content-Type": content_type, **(headers or {})})

        self.routes[path] = route
        return self.url(path)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        self.routes[path] = lambda h: h.send(status, b"", {"Location": location})
        return self.url(path)

    def endless(self, path: str, content_type: str = "text/html", drip: float = 0.0) -> str:
        """A body with no length that never ends (`drip`: seconds between chunks)."""

        def route(handler: Handler) -> None:
            handler.send_response(200)
            handler.send_header("Content-Type", content_type)
            handler.send_header("Connection", "close")
            handler.end_headers()
            handler.close_connection = True
            chunk = b"<p>" + b"la " * 20_000 + b"</p>\n"
            while not self.stopping.is_set():
                handler.wfile.write(chunk)
                if drip:
                    time.sleep(drip)

        self.routes[path] = route
        return self.url(path)


def _not_found(handler: Handler) -> None:
    handler.send(404, b"<title>Not here</title>", {"Content-Type": "text/html"})


PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy")


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    """A real server on 127.0.0.1, reached directly (never through a proxy); the unit and UI
    conftests both import this fixture."""
    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    local = Server().start()
    yield local
    local.stop()

"""`reader links ARTICLE [--json]` with --offline, --refresh and --cache-days, end to end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cli_helpers import reader
from local_server import Server

from reader.core import paths

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = {
    "url",
    "final_url",
    "status",
    "title",
    "description",
    "site_name",
    "from_cache",
    "fetched_at",
    "error",
}


def article(tmp_path: Path, server: Server) -> Path:
    server.page("/report", '<meta property="og:title" content="The report"><p>Findings.</p>')
    server.redirect("/short", "/report")
    server.page("/chart.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    path = tmp_path / "story.md"
    path.write_text(
        "# Port report\n\n"
        f"The [port report]({server.url('/short')}) was published on Monday.\n\n"
        f"A [chart]({server.url('/chart.png')}) shows it, a [dead link]({server.url('/gone')}) "
        "does not, and [an FTP file](ftp://127.0.0.1/x) is never read.\n",
        encoding="utf-8",
    )
    return path


def links_of(result: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
    assert result.returncode == 0, result.stderr
    links: list[dict[str, object]] = json.loads(result.stdout)["links"]
    return links


def test_links_json_follows_the_contract(tmp_path: Path, server: Server) -> None:
    links = links_of(reader("links", str(article(tmp_path, server)), "--json"))
    assert all(set(link) >= CONTRACT for link in links)
    report, chart, dead, local = links
    assert report["title"] == "The report" and report["status"] == 200
    assert report["final_url"] == server.url("/report") and report["text"] == "port report"
    assert chart["content_type"] == "image/png" and chart["error"] is None
    assert dead["error"] == "HTTP 404 Not Found" and dead["status"] == 404
    assert local["error"] == "not fetched: scheme ftp"
    assert report["sentence_ids"] == [0] and not report["from_cache"]


def test_the_second_run_uses_no_network(tmp_path: Path, server: Server) -> None:
    path = str(article(tmp_path, server))
    reader("links", path, "--json")
    hits = server.total_hits
    second = links_of(reader("links", path, "--json"))
    assert server.total_hits == hits
    assert all(link["from_cache"] for link in second[:3])
    refreshed = links_of(reader("--refresh", "links", path, "--json"))
    assert server.total_hits == 2 * hits and not any(link["from_cache"] for link in refreshed)


def test_offline_never_touches_the_network(tmp_path: Path, server: Server) -> None:
    links = links_of(reader("links", str(article(tmp_path, server)), "--offline", "--json"))
    assert server.total_hits == 0
    assert [link["error"] for link in links[:3]] == ["not in the cache (offline)"] * 3


def test_cache_days_zero_keeps_nothing(tmp_path: Path, server: Server) -> None:
    path = str(article(tmp_path, server))
    reader("links", path, "--cache-days", "0")
    hits = server.total_hits
    reader("links", path, "--cache-days", "0")
    assert server.total_hits == 2 * hits


def test_the_listing_names_titles_and_errors(tmp_path: Path, server: Server) -> None:
    result = reader("links", str(article(tmp_path, server)))
    assert result.returncode == 0
    assert result.stdout.startswith("4 links, 2 previews, 2 failed")
    assert "The report" in result.stdout and "error: HTTP 404 Not Found" in result.stdout
    assert "“port report”" in result.stdout


def test_a_corrupt_cache_file_is_no_crash(tmp_path: Path, server: Server) -> None:
    paths.web_cache_file().parent.mkdir(parents=True)
    paths.web_cache_file().write_bytes(b"\x00garbage" * 1000)
    links = links_of(reader("links", str(article(tmp_path, server)), "--json"))
    assert links[0]["title"] == "The report"


def test_two_processes_at_once_share_the_cache(tmp_path: Path, server: Server) -> None:
    path = str(article(tmp_path, server))
    command = [sys.executable, "-m", "reader", "links", path, "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
        for _ in range(2)
    ]
    outputs = [run.communicate(timeout=60) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], [err for _, err in outputs]
    for out, _ in outputs:
        assert json.loads(out)["links"][0]["title"] == "The report"
    hits = server.total_hits
    assert all(link["from_cache"] for link in links_of(reader("links", path, "--json"))[:3])
    assert server.total_hits == hits


def test_links_of_an_article_by_url(server: Server) -> None:
    server.page("/about", "<title>About us</title>")
    url = server.page("/story", '<html><body><p>Read <a href="/about">about us</a>.</p>')
    links = links_of(reader("links", url, "--json"))
    assert [(link["url"], link["title"]) for link in links] == [(server.url("/about"), "About us")]


def test_bad_options_are_usage_errors() -> None:
    for args in (["--offline", "--refresh"], ["--cache-days", "-1"], ["--cache-days", "x"]):
        result = reader("links", "articles/water-pact.md", *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr


def test_links_with_other_schemes_are_listed_never_fetched(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><article><h1>Budget</h1><p>The council published "
        '<a href="file:///etc/passwd">a local file</a>, <a href="javascript:alert(1)">a script'
        '</a> and <a href="ftp://127.0.0.1/f">an FTP file</a> about the harbour budget.</p>'
        "<p>Another paragraph, so that the page reads as an article.</p></article></body></html>",
        encoding="utf-8",
    )
    links = links_of(reader("links", str(page), "--json"))
    assert [link["error"] for link in links] == [
        "not fetched: scheme file",
        "not fetched: scheme javascript",
        "not fetched: scheme ftp",
    ]
    assert all(link["status"] is None and link["title"] is None for link in links)

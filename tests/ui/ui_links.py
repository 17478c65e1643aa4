"""An article with links for the UI tests, the pages a local server serves for them, and
previews seeded in the cache (fixed dates) for the snapshots."""

from __future__ import annotations

import socket
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from textual.pilot import Pilot
from ui_fixtures import BODY, BRANDT, OSEI, QuoteSpec, build_analysis
from ui_server import Server

from reader.core.cache import open_cache
from reader.core.model import Analysis, Link, QuoteKind, SourceEntry
from reader.core.previews import Preview
from reader.core.resolver import to_entry
from reader.ui.app import ReaderApp
from reader.ui.widgets.source_panel import SourceFrame, SourcePanel

PLAN_TITLE = "Tides of Change: the harbour plan"
PLAN_SITE = "Wenley Council"
PLAN_DESCRIPTION = (
    "The council's ten-year plan for the harbour at Port Wenley: new quays, a ferry terminal "
    "and the cost of each phase, with the votes of every member and the objections received."
)
OSEI_TITLE = "Amara Osei — EU Delegation to Wenley"
EVIL_TITLE = "[bold red]Study[/] of [@click=app.quit]ports[/]"
FILE_URL = "file:///etc/passwd"

SENTENCES = [
    "The council published its harbour plan on Tuesday.",
    "“This is the best day the port has had,” said Amara Osei, a former trade envoy.",
    "Critics cited a university study and an older report.",
    "Lena Brandt said the fishermen were never asked.",
    "The port's archive page has been down for weeks.",
    "Osei said the plan would bring jobs, as her own notes put it.",
    "Nobody has replied to our letters.",
]
# (sentence, anchor words, key of the url)
ANCHORS = [
    (0, "its harbour plan", "plan"),
    (2, "a university study", "study"),
    (2, "an older report", "gone"),
    (4, "archive page", "archive"),
    (5, "her own notes", "file"),
]


@dataclass(frozen=True)
class LinkUrls:
    plan: str
    osei: str
    study: str
    gone: str
    archive: str
    file: str = FILE_URL


def links_analysis(urls: LinkUrls) -> Analysis:
    specs = [
        QuoteSpec(
            1, "This is the best day the port has had,", QuoteKind.DIRECT, OSEI, OSEI, "said"
        ),
        QuoteSpec(3, "the fishermen were never asked", QuoteKind.INDIRECT, BRANDT, BRANDT, "said"),
        QuoteSpec(5, "the plan would bring jobs", QuoteKind.INDIRECT, OSEI, "Osei", "said"),
    ]
    registry = {OSEI: SourceEntry(OSEI, role="Former trade envoy", url=urls.osei)}
    paragraphs = [(BODY, SENTENCES[:2]), (BODY, SENTENCES[2:])]
    analysis = build_analysis(paragraphs, specs, registry=registry, title="Links at the harbour")
    for sentence_id, words, key in ANCHORS:
        sentence = analysis.sentences[sentence_id]
        start = sentence.start + sentence.text.index(words)
        url = getattr(urls, key)
        analysis.article.links.append(Link(url, start, start + len(words), words))
    return analysis


def refused_url() -> str:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/archive"


def _page(title: str, description: str = "", site: str = "") -> str:
    meta = f'<meta property="og:title" content="{title}">'
    meta += f'<meta property="og:description" content="{description}">' if description else ""
    meta += f'<meta property="og:site_name" content="{site}">' if site else ""
    return f"<html><head>{meta}</head><body><p>Body text.</p></body></html>"


def serve_links(server: Server, *, plan_delay: float = 0.0) -> LinkUrls:
    """The pages of `links_analysis` on the server; /gone is not there (404)."""
    return LinkUrls(
        plan=server.page("/plan", _page(PLAN_TITLE, PLAN_DESCRIPTION, PLAN_SITE), delay=plan_delay),
        osei=server.page("/people/osei", f"<title>{OSEI_TITLE}</title><p>Her page.</p>"),
        study=server.page("/study", f"<title>{EVIL_TITLE}</title><p>A study.</p>"),
        gone=server.url("/gone"),
        archive=refused_url(),
    )


# -- the snapshots: fixed urls, previews seeded in the cache, a fixed clock ------------------

FIXED_URLS = LinkUrls(
    plan="https://wenley.example/plan",
    osei="https://example.org/people/osei",
    study="https://uni.example/study",
    gone="https://wenley.example/gone",
    archive="https://archive.example/port",
)
FETCHED_AT = "2026-03-01T09:00:00Z"
NOW = datetime(2026, 3, 4, 10, 0, tzinfo=UTC).timestamp()  # 3 days and an hour later


def fixed_clock() -> float:
    return NOW


def seed_previews(urls: LinkUrls = FIXED_URLS) -> None:
    """Every http(s) link of `links_analysis` in the default cache, as an earlier run left it."""
    found = Preview(urls.plan, status=200, content_type="text/html", fetched_at=FETCHED_AT)
    previews = [
        replace(found, title=PLAN_TITLE, description=PLAN_DESCRIPTION, site_name=PLAN_SITE),
        replace(found, url=urls.osei, title=OSEI_TITLE, site_name="example.org"),
        replace(
            found,
            url=urls.study,
            title="Ports and their towns",
            description="How harbour towns grew, and shrank, with their ports.",
            site_name="uni.example",
        ),
        Preview(urls.gone, status=404, fetched_at=FETCHED_AT, error="HTTP 404 Not Found"),
        Preview(urls.archive, fetched_at=FETCHED_AT, error="connection refused"),
    ]
    with open_cache() as cache:
        cache.put(to_entry(preview) for preview in previews)


# -- reading the app ----------------------------------------------------------------------


async def settled(pilot: Pilot[None]) -> None:
    """Wait for the preview batch (started when the screen mounts) and what it redraws."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def links_card(app: ReaderApp) -> str:
    card = app.screen.query_one(SourcePanel).links_card
    return card.plain if card is not None else ""


def progress(app: ReaderApp) -> str:
    return str(app.screen.query_one(SourceFrame).border_subtitle)

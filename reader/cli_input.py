"""The command line's inputs: an article from a file, standard input or a URL, its registry,
and the reader's corrections; every failure becomes a one-line `UsageError`."""

from __future__ import annotations

import argparse
import math
import sys
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.cache import Cache
    from reader.core.model import Analysis, Article, SourceEntry
    from reader.core.pipeline import Stages


FIRST_RUN_NOTICE = "reader: first run on this machine: compiling the grammar (about 30 s, once)"


class UsageError(Exception):
    """Bad input from the user: one line on stderr, no traceback."""


def corrected(analysis: Analysis) -> Analysis:
    """The reader's stored corrections applied (`reader quotes --json` marks them)."""
    from reader.core.notes.applied import with_corrections

    analysis, warning = with_corrections(analysis)
    if warning:
        print(f"reader: {warning}", file=sys.stderr)
    return analysis


def analysed(path: str, args: argparse.Namespace) -> Analysis:
    from reader.core.pipeline import analyse

    article, registry = _loaded(path, args)
    with _first_run_notice():
        return analyse(article, registry)


def _first_run_notice() -> AbstractContextManager[None]:
    """One line on a terminal's stderr while a machine's first run compiles the attribution
    grammar (about half a minute, once: reader/core/pattern_store.py), so the wait has a why."""
    from reader.core.attribution.pattern_cache import GRAMMAR

    def notice() -> None:
        print(FIRST_RUN_NOTICE, file=sys.stderr, flush=True)

    return GRAMMAR.when_cold(notice if sys.stderr.isatty() else None)


def _article(path: str, args: argparse.Namespace) -> Article:
    """A URL (fetched, or from the cache), standard input ("-") or a file, within the size
    limit (`--max-size`, in megabytes)."""
    from reader.core.load import MAX_BYTES, load_path, load_stream

    if path.lower().startswith(("http://", "https://")):
        return _fetch_article(path, args)
    limit = MAX_BYTES if args.max_size is None else int(args.max_size * 1_000_000)
    if path == "-":
        return load_stream(sys.stdin.buffer, "-", limit)
    return load_path(path, limit)


def _fetch_article(url: str, args: argparse.Namespace) -> Article:
    """The article at `url`: from the cache when fresh, else fetched (httpx loads only then)."""
    from reader.core.load.url import load_url

    with open_web_cache(args) as cache:
        return load_url(url, cache, offline=args.offline, refresh=args.refresh)


def open_web_cache(args: argparse.Namespace) -> Cache:
    """The web cache; one that cannot be used (a cache dir that cannot be written) is a warning
    on stderr, and reader goes on without it."""
    from reader.core.cache import open_cache
    from reader.core.paths import web_cache_file

    cache = open_cache(days=args.cache_days)
    if not cache.enabled:
        print(
            f"reader: warning: {web_cache_file()}: cannot use the cache; nothing is cached",
            file=sys.stderr,
        )
    return cache


def prepared(path: str, args: argparse.Namespace) -> Stages:
    """The article split into sentences at once (a long one, its opening), and the rest of the
    work to run later: the TUI shows the text first and finds the quotes in the background."""
    from reader.core.pipeline import AT_ONCE, Stages

    article, registry = _loaded(path, args)
    return Stages(article, registry, AT_ONCE)


def _loaded(path: str, args: argparse.Namespace) -> tuple[Article, dict[str, SourceEntry]]:
    from reader.core.load import LoadError, TooLarge
    from reader.core.pipeline import registry_paths
    from reader.core.sources import SourcesError, load_registry

    sources = args.sources
    if sources and not Path(sources).is_file():
        raise UsageError(f"{sources}: no such sources file")
    try:
        return _article(path, args), load_registry(registry_paths(sources))
    except TooLarge as err:
        more = f"--max-size {math.ceil(err.size / 1e6)}" if err.size else "a larger --max-size"
        raise UsageError(f"{err}; {more} reads it anyway") from None
    except (LoadError, SourcesError) as err:
        raise UsageError(str(err)) from None

"""The command line: argument parsing only. It calls the core, prints, or starts the app.

Textual is imported only when the TUI is started, so `reader quotes` stays light.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.core.model import Analysis, Article

COMMANDS = ("quotes", "links", "export")
VALUE_OPTIONS = ("--sources", "--cache-days")
SAMPLE = Path(__file__).resolve().parent.parent / "articles" / "harbour-strike.txt"


class UsageError(Exception):
    """Bad input from the user: one line on stderr, no traceback."""


def main(argv: Sequence[str] | None = None) -> int:
    command, args = _split_command(list(sys.argv[1:] if argv is None else argv))
    try:
        if command == "quotes":
            return _quotes(_parse(_quotes_parser(), args))
        if command == "links":
            return _links(_parse(_links_parser(), args))
        if command == "export":
            return _export(_parse(_export_parser(), args))
        return _read(_parse(_main_parser(), args))
    except UsageError as err:
        print(f"reader: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader of our output went away (`| head`): not an error
        return 0
    except OSError as err:  # a full disk, a closed terminal: say so, no traceback
        print(f"reader: cannot write output: {err.strerror or err}", file=sys.stderr)
        return 1


def _split_command(args: list[str]) -> tuple[str | None, list[str]]:
    """The command wherever it stands after global options: `reader --sources F quotes A`."""
    skip_value = False
    for index, arg in enumerate(args):
        if skip_value:
            skip_value = False
        elif arg in VALUE_OPTIONS:
            skip_value = True
        elif arg in COMMANDS:
            return arg, args[:index] + args[index + 1 :]
        elif not arg.startswith("-") or arg == "-":
            break  # an article: the reader itself
    return None, args


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--sources", metavar="FILE", help="a sources.toml registry to use first")
    parser.add_argument(
        "--offline", action="store_true", help="never use the network: cached pages only"
    )
    parser.add_argument(
        "--refresh", action="store_true", help="fetch pages and previews again, ignoring the cache"
    )
    parser.add_argument(
        "--cache-days",
        type=_days,
        default=7.0,
        metavar="N",
        help="keep fetched pages and previews usable for N days (default 7)",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def _days(value: str) -> float:
    try:
        days = float(value)
    except ValueError:
        days = -1.0
    if not days >= 0 or days == float("inf"):
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of days (0 or more)")
    return days


def _parse(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace:
    parsed = parser.parse_args(args)
    if parsed.offline and parsed.refresh:
        parser.error("--offline and --refresh cannot be used together")
    return parsed


def _main_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read a news article in the terminal and see who is speaking.",
        epilog=(
            "commands: reader quotes ARTICLE... [--json]   (reader quotes --help)\n"
            "          reader links ARTICLE [--json]       (reader links --help)\n"
            "          reader export ARTICLE [-o FILE]     (reader export --help)"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "article",
        nargs="?",
        help="a .txt, .md or .html file, an http(s) URL, or - (default: the sample)",
    )
    return _common(parser)


def _quotes_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader quotes", description="List the quotes of articles and who said them."
    )
    parser.add_argument("articles", nargs="+", metavar="ARTICLE")
    parser.add_argument(
        "--json", action="store_true", help="JSON: one object, or JSON Lines for several"
    )
    return _common(parser)


def _links_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader links",
        description="List the links of an article (and its speakers' registry urls) with "
        "previews of the pages they point to, fetched once and cached.",
    )
    parser.add_argument("article", metavar="ARTICLE")
    parser.add_argument("--json", action="store_true", help='JSON: {"links": [...]}')
    return _common(parser)


def _export_parser() -> argparse.ArgumentParser:
    from reader.cli_export import add_arguments

    parser = argparse.ArgumentParser(
        prog="reader export", description="Export an article's notes and highlights as Markdown."
    )
    return _common(add_arguments(parser))


def _export(args: argparse.Namespace) -> int:
    from reader.cli_export import ExportFailed, export

    try:
        return export(_analyse(args.article, args), args.output)
    except ExportFailed as err:
        raise UsageError(str(err)) from None


def _read(args: argparse.Namespace) -> int:
    analysis = _analyse(args.article or str(SAMPLE), args)
    if args.article == "-":
        _keys_from_terminal()
    from reader.ui.app import run_app  # Textual loads only for the TUI

    run_app(analysis)
    return 0


def _keys_from_terminal() -> None:
    """The article came down a pipe; the app's keys must come from the terminal instead."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise UsageError(
            "-: the article came from standard input and there is no terminal "
            "to read keys from; use `reader quotes -`"
        ) from None
    os.dup2(tty, sys.stdin.fileno())
    os.close(tty)


def _quotes(args: argparse.Namespace) -> int:
    from reader.core.report import listing, to_json

    utf8 = _prepare_stdout()
    for path in args.articles:
        analysis = _analyse(path, args)
        if args.json:
            indent = 2 if len(args.articles) == 1 else None
            print(json.dumps(to_json(analysis), ensure_ascii=not utf8, indent=indent))
        else:
            sys.stdout.write(listing(analysis))
    return 0


def _links(args: argparse.Namespace) -> int:
    from reader.core.cache import open_cache
    from reader.core.links import collect_links
    from reader.core.links_report import links_json, links_listing
    from reader.core.resolver import resolve_previews_sync

    links = collect_links(_analyse(args.article, args))
    with open_cache(days=args.cache_days) as cache:
        previews = resolve_previews_sync(
            [link.url for link in links], cache, offline=args.offline, refresh=args.refresh
        )
    utf8 = _prepare_stdout()
    if args.json:
        print(json.dumps(links_json(links, previews), ensure_ascii=not utf8, indent=2))
    else:
        sys.stdout.write(links_listing(links, previews))
    return 0


def _prepare_stdout() -> bool:
    """Whether stdout takes UTF-8. One that cannot still gets everything: JSON as \\u escapes,
    listings with unencodable characters replaced."""
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    if not utf8 and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    return utf8


def _analyse(path: str, args: argparse.Namespace) -> Analysis:
    from reader.core.load import LoadError
    from reader.core.pipeline import analyse, analyse_path, registry_paths
    from reader.core.sources import SourcesError, load_registry

    sources = args.sources
    if sources and not Path(sources).is_file():
        raise UsageError(f"{sources}: no such sources file")
    try:
        if path.lower().startswith(("http://", "https://")):
            return analyse(_fetch_article(path, args), load_registry(registry_paths(sources)))
        return analyse_path(path, sources)
    except (LoadError, SourcesError) as err:
        raise UsageError(str(err)) from None


def _fetch_article(url: str, args: argparse.Namespace) -> Article:
    """The article at `url`: from the cache when fresh, else fetched (httpx loads only then)."""
    from reader.core.cache import open_cache
    from reader.core.load.url import load_url

    with open_cache(days=args.cache_days) as cache:
        return load_url(url, cache, offline=args.offline, refresh=args.refresh)

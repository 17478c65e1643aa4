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
    from reader.core.model import Analysis

COMMANDS = ("quotes",)
SAMPLE = Path(__file__).resolve().parent.parent / "articles" / "harbour-strike.txt"


class UsageError(Exception):
    """Bad input from the user: one line on stderr, no traceback."""


def main(argv: Sequence[str] | None = None) -> int:
    command, args = _split_command(list(sys.argv[1:] if argv is None else argv))
    try:
        if command == "quotes":
            return _quotes(_quotes_parser().parse_args(args))
        return _read(_main_parser().parse_args(args))
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
        elif arg == "--sources":
            skip_value = True
        elif arg in COMMANDS:
            return arg, args[:index] + args[index + 1 :]
        elif not arg.startswith("-") or arg == "-":
            break  # an article: the reader itself
    return None, args


def _common(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--sources", metavar="FILE", help="a sources.toml registry to use first")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    return parser


def _main_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read a news article in the terminal and see who is speaking.",
        epilog="commands: reader quotes ARTICLE... [--json]   (reader quotes --help)",
    )
    parser.add_argument(
        "article", nargs="?", help="a .txt, .md or .html file (default: the sample)"
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


def _read(args: argparse.Namespace) -> int:
    analysis = _analyse(args.article or str(SAMPLE), args.sources)
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

    # A terminal or pipe that cannot take UTF-8 still gets every quote: JSON as \u escapes,
    # the listing with unencodable characters replaced.
    utf8 = (sys.stdout.encoding or "").lower().replace("-", "") == "utf8"
    if not utf8 and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    for path in args.articles:
        analysis = _analyse(path, args.sources)
        if args.json:
            indent = 2 if len(args.articles) == 1 else None
            print(json.dumps(to_json(analysis), ensure_ascii=not utf8, indent=indent))
        else:
            sys.stdout.write(listing(analysis))
    return 0


def _analyse(path: str, sources: str | None) -> Analysis:
    from reader.core.load import LoadError
    from reader.core.pipeline import analyse_path
    from reader.core.sources import SourcesError

    if sources and not Path(sources).is_file():
        raise UsageError(f"{sources}: no such sources file")
    if path.startswith(("http://", "https://")):
        raise UsageError(
            f"{path}: reading articles by URL is not supported yet; save the page and open the file"
        )
    try:
        return analyse_path(path, sources)
    except (LoadError, SourcesError) as err:
        raise UsageError(str(err)) from None

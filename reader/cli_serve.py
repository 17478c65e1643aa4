"""`reader --serve`: the same reader in a web browser through textual-serve (127.0.0.1 only)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli_input import UsageError, analysed


def port_number(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port (1-65535)")
    return int(value)


def serve_article(args: argparse.Namespace, sample: str) -> int:
    """`reader --serve`: each browser tab runs this reader again, without --serve, on the same
    article with the same options. The article and the settings are checked here first, so a
    mistake is one line in the terminal rather than a browser session that ends at once."""
    from reader.ui import serve
    from reader.ui.keymap import SettingsError

    if args.article == "-":
        raise UsageError("-: --serve cannot read the article from standard input; save it first")
    try:
        serve.textual_serve()
        serve.check_settings(args.config.theme, args.config.keys)
        port = args.port or serve.DEFAULT_PORT
        serve.check_port(port)
    except serve.ServeError as err:
        raise UsageError(str(err)) from None
    except SettingsError as err:
        raise UsageError(f"{args.config.where(err.setting)}: {err.message}") from None
    article = args.article or sample
    analysis = analysed(article, args)
    print(f"reader: serving {article} on {serve.url(port)} (Ctrl+C stops)", flush=True)
    title = f"reader — {analysis.article.title or analysis.article.source}"
    try:
        serve.serve(_served_command(args, article), port, title)
    except serve.ServeError as err:
        raise UsageError(str(err)) from None
    return 0


def _served_command(args: argparse.Namespace, article: str) -> list[str]:
    """This reader's command line without --serve and --port (paths made absolute)."""
    command = [sys.executable, "-m", "reader", "--cache-days", str(args.cache_days)]
    if args.sources:
        command += ["--sources", str(Path(args.sources).resolve())]
    if args.max_size is not None:
        command += ["--max-size", str(args.max_size)]
    command += ["--offline"] if args.offline else ["--refresh"] if args.refresh else []
    is_url = article.lower().startswith(("http://", "https://"))
    return [*command, article if is_url else str(Path(article).resolve())]

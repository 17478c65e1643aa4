"""What `y` copies, and whether the terminal can be asked to put it on the clipboard.

Textual copies with OSC 52, a request the terminal may honour or silently ignore; nothing tells
the app which. So the UI promises only what it knows: the request was sent, or it could not be.
"""

from __future__ import annotations

from collections.abc import Mapping

from reader.core.attribution_text import attribution_line
from reader.core.model import Analysis, Quote, QuoteKind, Sentence
from reader.ui.text import safe_text

_NOT_SPOKEN = (QuoteKind.SCARE, QuoteKind.TITLE)
_SAID_PUNCTUATION = ",;: "  # the writer's, before "she said": not part of the quote


def flat(text: str) -> str:
    """One line, no control characters: safe to paste anywhere."""
    return " ".join(safe_text(text).split())


def clip_text(analysis: Analysis, quote: Quote | None, sentence: Sentence) -> tuple[str, str]:
    """(text to copy, what it is): the quote with its attribution, else the sentence."""
    credit = attribution_line(analysis, quote) if quote and quote.kind not in _NOT_SPOKEN else None
    if quote is None or credit is None:
        return flat(sentence.text), "sentence"
    if quote.kind is QuoteKind.INDIRECT:  # the writer's words: never dressed up as a quote
        text = f"{flat(sentence.text)} (reported speech: {flat(credit)})"
        return text, "reported speech with its attribution"
    words = flat(quote.text).rstrip(_SAID_PUNCTUATION)
    return f"“{words}” — {flat(credit)}", "quote with its attribution"


def clipboard_problem(*, headless: bool, is_tty: bool, environ: Mapping[str, str]) -> str | None:
    """Why an OSC 52 copy certainly cannot reach the system clipboard, or None if it may."""
    if headless:
        return "there is no terminal to pass it to"
    if not is_tty:
        return "the output is not a terminal"
    if environ.get("TERM_PROGRAM") == "Apple_Terminal":
        return "macOS Terminal ignores OSC 52 clipboard requests"
    return None

"""Helpers shared by the attribution tests: analyse small articles and pick quotes by text."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.model import Article, Quote, QuoteKind
from reader.core.pipeline import analyse

Make = Callable[..., Article]


def found(make: Make, *paragraphs: str, **kw: object) -> list[Quote]:
    """Every quote of an article made of these paragraphs."""
    return analyse(make(*paragraphs, **kw)).quotes


def one(quotes: list[Quote], text: str) -> Quote:
    """The quote with exactly this text (the assertion lists what there was)."""
    matches = [q for q in quotes if q.text == text]
    assert matches, f"{text!r} not among {[q.text for q in quotes]}"
    return matches[0]


def marked(quotes: list[Quote]) -> list[str]:
    """The texts of the quotes in marks (not reported speech)."""
    return [q.text for q in quotes if q.kind is not QuoteKind.INDIRECT]


def reported(make: Make, *paragraphs: str) -> list[tuple[str, str | None]]:
    """(content, speaker) of each piece of reported speech."""
    return [(q.text, q.speaker) for q in found(make, *paragraphs) if q.kind is QuoteKind.INDIRECT]


def report_opening(quotes: list[Quote], opening: str) -> Quote:
    """The reported speech whose text opens with these words."""
    reports = [q for q in quotes if q.kind is QuoteKind.INDIRECT and q.text.startswith(opening)]
    assert reports, f"no report opening {opening!r} among {[q.text for q in quotes]}"
    return reports[0]

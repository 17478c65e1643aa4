"""The headline of a text: its headings, and a first line that reads as one when the text has no
title. US headlines quote in singles what the story quotes in doubles, and a headline's words
are no quote of their own."""

from __future__ import annotations

from reader.core.model import Article, ParagraphKind


def headline_paragraphs(article: Article) -> set[int]:
    """Headings, and a first line that reads as the headline of an untitled text: US headlines
    quote in singles what the story quotes in doubles ("State calls 22 emails of Clinton 'top
    secret.'"), and are no quote of their own."""
    found = {p.index for p in article.paragraphs if p.kind is ParagraphKind.HEADING}
    if article.title is None and article.paragraphs:
        first = article.paragraph_text(article.paragraphs[0])
        if (len(first.split()) <= _HEADLINE_WORDS and ". " not in first) or _title_case(first):
            found.add(article.paragraphs[0].index)
    return found


_HEADLINE_WORDS = 14  # a lede runs to 20 words or more


def _title_case(line: str) -> bool:
    """A headline in title case ("Don’t Let The Media And Marco Rubio Tell You He ‘Won’ By …"):
    four words in five of more than three letters open with a capital."""
    words = [w.strip("‘’'\"“”") for w in line.split()]
    long = [w for w in words if len(w) > 3]
    return len(long) >= 4 and sum(w[:1].isupper() for w in long) >= 0.8 * len(long)

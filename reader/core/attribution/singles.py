"""British-style single quotation marks, told apart from apostrophes.

`'This was not easy,' said Cllr Tully.` is a quote; `don't`, `Dublin's`, `the '90s`, `rock 'n' roll`
and `the workers' canteen` are not. A mark between two letters or digits is an apostrophe, as are
the elisions `'90s`, `'n'`, `'em`, and an `s'` followed by a lower-case word (a plural possessive).
"""

from __future__ import annotations

import re

from reader.core.attribution.headlines import headline_paragraphs
from reader.core.attribution.marks import MarkedSpan
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import Article, Paragraph

# `(?<!')['‘’](?!')` written to open with the mark, so the engine can skip ahead to marks: the
# look-behind, taken after the mark, reads the same character before it.
SINGLE = compiled(r"['‘’](?<!'[\s\S])(?!')")
_ELISION = compiled(r"['‘’](?:\d0s|n['’]|em\b|til\b|cause\b|tis\b|twas\b)", re.IGNORECASE)
_WORD = compiled(r"[a-z]+")
_CLAUSE_WORDS = set(
    "when while and but or as because if after before since that which who whom to for in on at "
    "by with from of than until unless though although so yet then is was are were".split()
)
_BEFORE_OPEN = set(' \t\n([{—–-/:;"“') | {""}
_AFTER_CLOSE = set(' \t\n)]}.,;:!?—–-"”') | {""}


def single_quote_spans(text: str, paragraph: Paragraph) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    for match in SINGLE.finditer(text, paragraph.start, paragraph.end):
        at = match.start()
        role = _role(text, at, paragraph, quote_open=open_at is not None)
        if role == "open" and open_at is None:
            open_at = at
        elif role == "close" and open_at is not None:
            spans.append(MarkedSpan(paragraph.index, open_at + 1, at, open_at, at))
            open_at = None
    if open_at is not None:
        end = paragraph.end
        while end > open_at + 1 and text[end - 1].isspace():
            end -= 1
        spans.append(MarkedSpan(paragraph.index, open_at + 1, end, open_at, None))
    return [s for s in spans if text[s.start : s.end].strip()]


def _role(text: str, at: int, paragraph: Paragraph, quote_open: bool = False) -> str:
    """ "open", "close" or "apostrophe", from the characters on either side of the mark."""
    before = text[at - 1] if at > paragraph.start else ""
    after = text[at + 1] if at + 1 < paragraph.end else ""
    if before.isalnum() and after.isalnum():
        return "apostrophe"  # don't, Dublin's
    if _ELISION.match(text, at) and not (before.isalnum() and not after.isalnum()):
        return "apostrophe"  # the '90s, rock 'n' roll
    if text[at - 2 : at] in ("'n", "’n", "‘n") and not text[at - 3 : at - 2].isalnum():
        return "apostrophe"  # the second mark of 'n'
    mark = text[at]
    if before in _BEFORE_OPEN and after not in _AFTER_CLOSE and mark != "’":
        return "open"
    if quote_open and before == '"' and after in _AFTER_CLOSE and mark != "‘":
        return "close"  # 'My gran used to say, "Never trust a thin cook,"' she laughs
    if after in _AFTER_CLOSE and before not in _BEFORE_OPEN and mark != "‘":
        if before in "sz" and after == " " and text[at + 2 : at + 3].islower():
            # "the workers' canteen" is a possessive; "in three days' when they rang" closes
            # the quote that is open (a clause word follows, not the thing possessed)
            next_word = _WORD.match(text, at + 2)
            clause = next_word is not None and next_word.group() in _CLAUSE_WORDS
            closes = clause or _next_mark_opens(text, at, paragraph)
            if not (quote_open and (closes or _last_closer(text, at, paragraph))):
                return "apostrophe"
        return "close"
    return "apostrophe"


def _next_mark_opens(text: str, at: int, paragraph: Paragraph) -> bool:
    """Whether the next single mark in the paragraph opens a quote: then the open one closes at
    `at` ("said the case raised 'serious questions' about how … said: 'I've waited …'"), which
    would otherwise read as a plural possessive."""
    following = SINGLE.search(text, at + 1, paragraph.end)
    return following is not None and _role(text, following.start(), paragraph) == "open"


def _last_closer(text: str, at: int, paragraph: Paragraph) -> bool:
    """Whether no mark after `at` in the paragraph could close the open quote: then this one
    does ("say the ‘palliatives’ announced by the local government": not a possessive)."""
    for following in SINGLE.finditer(text, at + 1, paragraph.end):
        after = text[following.start() + 1 : following.start() + 2]
        if following.group() != "‘" and after in _AFTER_CLOSE:
            return False
    return True


def with_single_words(article: Article, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """A writer who quotes in doubles still puts a jibe, a term or a title in singles (the
    'nepo baby' jibes, the novel ‘The Salt Ledger’): a closed single-quoted span of a few words
    in a paragraph with no double of its own is a quote too (curly ones after a lower-case word:
    not a headline's "‘Black Lives Matter’ Sends …")."""
    text = article.text
    doubled: dict[int, list[MarkedSpan]] = {}
    for span in spans:
        doubled.setdefault(span.paragraph, []).append(span)
    headlines = headline_paragraphs(article)
    words = [
        s
        for p in article.paragraphs
        if p.index not in headlines and _may_hold_singles(text, p)
        for s in single_quote_spans(text, p)
        if s.closed and _quotes_in_singles(text, s, p, doubled.get(p.index))
    ]
    return sorted(spans + words, key=lambda s: s.open_at) if words else spans


def _quotes_in_singles(
    text: str, span: MarkedSpan, paragraph: Paragraph, doubles: list[MarkedSpan] | None
) -> bool:
    """A cued utterance, or a few words after the paragraph's start; in a paragraph that holds
    doubles too, only a cued utterance outside them ("'The river used to be …,' said barangay
    captain Baltazar "Bal" Yumul")."""
    if doubles is not None:
        inside = any(d.open_at <= span.open_at <= (d.close_at or d.end) for d in doubles)
        return not inside and _cued(text, span)
    return _cued(text, span) or (span.open_at > paragraph.start and _few_words(text, span))


def _may_hold_singles(text: str, paragraph: Paragraph) -> bool:
    """A cheap test: an opening single mark after a space, a curly one, or one that opens the
    paragraph ("'I've never cheated …,' Shauna Devlin said")."""
    return (
        text.find(" '", paragraph.start, paragraph.end) >= 0
        or text.find("‘", paragraph.start, paragraph.end) >= 0
        or text.startswith("'", paragraph.start)
    )


def _few_words(text: str, span: MarkedSpan) -> bool:
    """A jibe or a title: a few words (curly ones after a lower-case word)."""
    return len(text[span.start : span.end].split()) <= _FEW_WORDS and (
        text[span.open_at] != "‘"
        or bool(_AFTER_LOWER.search(text, max(0, span.open_at - 3), span.open_at))
    )


def _cued(text: str, span: MarkedSpan) -> bool:
    """An utterance in singles where the rest of the article quotes in doubles: a speech cue
    sits at its edge ("X said: 'It's not about money. …'", "'I've never cheated …,' Shauna
    Devlin said")."""
    close = span.close_at if span.close_at is not None else span.end
    return bool(
        _CUE_BEFORE.search(text, max(0, span.open_at - _CUE_REACH), span.open_at)
        or _CUE_AFTER.match(text, close + 1)
    )


_FEW_WORDS = 4
_AFTER_LOWER = compiled(r"[a-z]\s$")
_CUE_REACH = 60
_SPEECH_VERB = (
    r"(?:said|says|added|adds|told|tells|explained|replied|insisted|warned|admitted|recalled)"
)
_CUE_BEFORE = compiled(
    rf"\b{_SPEECH_VERB}(?:\s+[\w’'.-]+){{0,4}}?\s*[,:]\s$"
    # "calling this year's tapping 'the most important harvest …'", "described it as '…'"
    r"|\b(?:calling|called|describing|described|branding|branded|dubbing|dubbed)"
    r"(?:\s+[\w’'-]+){0,4}?(?:\s+as)?\s$"
)
_CUE_AFTER = compiled(
    r"\s+(?:(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+)?"
    rf"{_SPEECH_VERB}\b"
)

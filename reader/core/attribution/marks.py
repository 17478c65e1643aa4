"""Find quoted spans in each paragraph: curly, straight and NYT-style doubles, or British singles.

Marks are paired per paragraph. News style lets a quote that runs over several paragraphs leave
each paragraph open and reopen the next one; scraped text loses marks. So an opening mark that is
never closed runs to the end of its paragraph (`closed=False`), and an opening mark found while a
quote is still open ends the earlier quote at the last sentence end before it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from reader.core.attribution.pattern_cache import compiled
from reader.core.model import Article, Paragraph, ParagraphKind

# (and guillemets, as translated and European copy writes them: "« Je suis là, » she said")
_MARK = compiled(r"''|``|[“”„\"«»]")
_OPENERS = {"“", "„", "``", "«"}
_CLOSERS = {"”", "»"}
_SENTENCE_END = compiled(r"[.!?]\s+(?=[A-Z“\"])")
_CUE_INSIDE = compiled(
    r"[,?!](?=\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:said|says|added|asked|"
    r"told|explained|replied|insisted|warned)\b"
    # inverted: "“This is not a protest against the school, said Deborah Fenn, …. “It's …"
    r"|\s+(?:said|says|added|asked|explained|replied|insisted|warned)\s+(?:[A-Z]|the\s|one\s))"
)
_BEFORE_OPEN = set(" \t\n([{—–-/:;,") | {""}


# Not frozen (never changed after it is made): a frozen dataclass's __init__ sets each field
# through object.__setattr__, 4x slower, and a book has tens of thousands of spans.
# unsafe_hash keeps the hash (and ==) a frozen dataclass has.
@dataclass(slots=True, unsafe_hash=True)
class MarkedSpan:
    """Words between quote marks. `start`/`end` exclude the marks; `open_at` is the opening mark."""

    paragraph: int
    start: int
    end: int
    open_at: int
    close_at: int | None

    @property
    def closed(self) -> bool:
        return self.close_at is not None


def find_marked_spans(article: Article) -> list[MarkedSpan]:
    """Quotes in the article's primary marks: doubles, or singles in British house style.

    Marks of the other kind are nested quotes inside those and are not quotes of their own.
    """
    from reader.core.attribution.singles import (  # singles builds on this module
        single_quote_spans,
        with_single_words,
    )

    text, paragraphs = article.text, article.paragraphs
    marks = _marks_by_paragraph(text, paragraphs)
    doubles = [
        s
        for p, found in zip(paragraphs, marks, strict=True)
        for s in _paragraph_spans(text, p, found)
    ]
    if not singles_may_outnumber(text, paragraphs, len(doubles)):
        # only a paragraph with a curly opening single may hold a single-quoted quote then
        curly = [p for p in paragraphs if text.find("‘", p.start, p.end) >= 0]
        sure = _with_sure_singles(doubles, [s for p in curly for s in single_quote_spans(text, p)])
        return with_single_words(article, sure)
    singles = [s for p in article.paragraphs for s in single_quote_spans(article.text, p)]
    outside = [
        d
        for d in doubles
        if not any(s.open_at < d.open_at < (s.close_at or s.end) for s in singles)
    ]
    # British style wins with more quotes, or when every double is nested in a single (‘… said
    # “you have my word”. …,’ she said)
    if not singles or (len(singles) <= len(doubles) and outside):
        return with_single_words(article, _with_sure_singles(doubles, singles))
    # a single quote inside one of those doubles is nested in it, not a quote of its own
    singles = [
        s
        for s in singles
        if not any(d.open_at < s.open_at < (d.close_at or d.end) for d in outside)
    ]
    return sorted(singles + outside, key=lambda s: s.open_at)


def _with_sure_singles(doubles: list[MarkedSpan], singles: list[MarkedSpan]) -> list[MarkedSpan]:
    """Doubles win, but a closed single-quoted span that holds a whole double is a quote too: a
    writer who puts a speaker's words in singles nests doubles in them (‘They call me “the
    Professor”,’ he said), whatever the rest of the article does. So are the singles that open
    and close in the same paragraph, and a single left open in the paragraph before."""
    doubles = sorted(doubles, key=lambda d: d.open_at)
    opens = [d.open_at for d in doubles]
    sure = [s for s in singles if _doubles_inside(s, doubles, opens)]
    if not sure:
        return doubles
    paragraphs = {s.paragraph for s in sure}
    first_parts = {s.paragraph - 1 for s in sure}
    chosen = set(sure)
    sure += [
        s
        for s in singles
        if s not in chosen
        and (
            (s.closed and s.paragraph in paragraphs)
            or (not s.closed and s.paragraph in first_parts)
        )
    ]
    held = {d for s in sure for d in _doubles_inside(s, doubles, opens)}
    kept = [d for d in doubles if d not in held]
    return sorted(kept + sure, key=lambda s: s.open_at)


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


def _doubles_inside(
    outer: MarkedSpan, doubles: list[MarkedSpan], opens: list[int]
) -> list[MarkedSpan]:
    """The doubles `outer` holds; `opens` are the doubles' opening marks, in order (a bisect, not
    a scan of every double for every single: a book has thousands of each)."""
    if outer.close_at is None:
        return []
    inside = []
    at = bisect.bisect_right(opens, outer.open_at)
    while at < len(doubles) and opens[at] < outer.close_at:
        if _holds(outer, doubles[at]):
            inside.append(doubles[at])
        at += 1
    return inside


def _holds(outer: MarkedSpan, inner: MarkedSpan) -> bool:
    """Both marks of `inner` sit inside `outer`, itself closed."""
    if outer.close_at is None or inner.close_at is None:
        return False
    return outer.open_at < inner.open_at and inner.close_at < outer.close_at


def singles_may_outnumber(text: str, paragraphs: list[Paragraph], doubles: int) -> bool:
    """Whether the single-quoted spans could outnumber `doubles`, or hold them all. Each opens
    at its own ' or ‘ (singles.py never opens a quote at ’), so where there are fewer of those
    in the text than double-quoted spans, the singles need not be looked for (paragraphs that
    overlap could count a mark twice: then they are looked for)."""
    reach = 0  # where the paragraphs so far end
    for paragraph in paragraphs:
        if paragraph.start < reach:
            return True
        reach = max(reach, paragraph.end)
    openers = text.count("'") + text.count("‘")
    return openers > doubles or 0 < openers == doubles  # a tie: the doubles may be nested


def _marks_by_paragraph(text: str, paragraphs: list[Paragraph]) -> list[list[tuple[int, str]]]:
    """(where, mark) of each match of `_MARK.finditer(text, p.start, p.end)`, for each paragraph,
    shared out from one search of the whole text (a finditer per paragraph cost more than the
    search). Where a two-character mark ("''") runs over a paragraph's edge, the two could
    disagree, and that paragraph is scanned on its own."""
    found = _all_marks(text)
    starts = [at for at, _ in found]
    marks = []
    for p in paragraphs:
        first, stop = bisect.bisect_left(starts, p.start), bisect.bisect_left(starts, p.end)
        if (first and _end(found[first - 1]) > p.start) or (stop and _end(found[stop - 1]) > p.end):
            marks.append([(m.start(), m.group()) for m in _MARK.finditer(text, p.start, p.end)])
        else:
            marks.append(found[first:stop])
    return marks


def _all_marks(text: str) -> list[tuple[int, str]]:
    """`_MARK.finditer(text)` as (where, mark), found with `str.find`: 3x quicker than the
    engine's scan. The alternatives share no character, so they never overlap; a run of
    apostrophes pairs up from its left, as the engine's "''" does."""
    found: list[tuple[int, str]] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at >= 0:
            found.append((at, mark))
            at = text.find(mark, at + len(mark))
    found.sort()
    return found


_MARKS = ("''", "``", "“", "”", "„", '"', "«", "»")  # what _MARK matches


def _end(mark: tuple[int, str]) -> int:
    return mark[0] + len(mark[1])


def _paragraph_spans(
    text: str, paragraph: Paragraph, marks: list[tuple[int, str]]
) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    open_len = 0
    for at, mark in marks:
        if _is_opening(text, mark, at, open_at is not None, paragraph):
            if open_at is not None:
                spans.append(_cut_unclosed(text, paragraph.index, open_at, open_len, at))
            open_at, open_len = at, len(mark)
        elif open_at is not None:
            start, end = _inside_spaces(text, open_at + open_len, at)  # "« Bonjour »"
            spans.append(MarkedSpan(paragraph.index, start, end, open_at, at))
            open_at = None
        elif mark == "”" and text[at - 1 : at] in ",.?!":
            spans.append(_lost_opening(text, paragraph, spans, at))
    if open_at is not None:
        end = _rstrip(text, open_at + open_len, paragraph.end)
        spans.append(_closed_by_cue(text, paragraph.index, open_at, open_len, end))
    return [s for s in spans if text[s.start : s.end].strip()]


def _lost_opening(
    text: str, paragraph: Paragraph, spans: list[MarkedSpan], close: int
) -> MarkedSpan:
    """`It was a good-natured crowd,” he said.` (the opening mark lost in scraping): the quote
    began where its sentence did."""
    floor = max([paragraph.start] + [(s.close_at or s.end) + 1 for s in spans])
    stops = list(_SENTENCE_END.finditer(text, floor, close))
    start = stops[-1].end() if stops else floor
    while start < close and text[start].isspace():
        start += 1
    return MarkedSpan(paragraph.index, start, close, start, close)


def _closed_by_cue(text: str, index: int, open_at: int, open_len: int, end: int) -> MarkedSpan:
    """`“Every one is a family, she said. “Every…`: the closing mark was lost before the cue."""
    cue = _CUE_INSIDE.search(text, open_at + open_len, end)
    if cue is None:
        return MarkedSpan(index, open_at + open_len, end, open_at, None)
    return MarkedSpan(index, open_at + open_len, cue.start() + 1, open_at, cue.start() + 1)


def _is_opening(text: str, mark: str, at: int, inside: bool, paragraph: Paragraph) -> bool:
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    # A straight mark (or the NYT's two apostrophes, used both ways): decide by its neighbours,
    # then by whether a quote is open.
    before = text[at - 1] if at > paragraph.start else ""
    after = text[at + len(mark)] if at + len(mark) < paragraph.end else ""
    closes_here = after == "" or after.isspace() or after in ".,;:!?)]"
    if before in _BEFORE_OPEN and not closes_here:
        return True
    return not inside and not closes_here


def _cut_unclosed(text: str, index: int, open_at: int, open_len: int, next_open: int) -> MarkedSpan:
    """An opened quote that meets another opening mark: end it before a cue inside it, or at its
    last sentence end."""
    start = open_at + open_len
    if _CUE_INSIDE.search(text, start, next_open):
        return _closed_by_cue(text, index, open_at, open_len, next_open)
    region = text[start:next_open]
    last_stop = max(region.rfind(". "), region.rfind("? "), region.rfind("! "))
    end = start + last_stop + 1 if last_stop > 0 else _rstrip(text, start, next_open)
    return MarkedSpan(index, start, end, open_at, None)


def _inside_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without the spaces French style sets inside guillemets."""
    while start < end and text[start] in _INNER_SPACES:
        start += 1
    while end > start and text[end - 1] in _INNER_SPACES:
        end -= 1
    return start, end


_INNER_SPACES = " \u00a0\u202f\u2009"


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end

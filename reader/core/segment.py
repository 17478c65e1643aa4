"""Paragraphs -> sentences with offsets into the article text.

Splitting is sentencex's (fast, keeps multi-sentence quotes whole); we split paragraphs first so
page structure never runs into a sentence, and repair the few boundaries it gets wrong in news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from sentencex import get_sentence_boundaries

from reader.core.calendar_words import WEEKDAYS
from reader.core.model import Article, Paragraph, Sentence
from reader.core.pattern_store import page_pattern

# A boundary right after one of these is not the end of a sentence when the next word continues
# a name or a date ("St. Mary's", "Feb. 12", "No. 10").
_NON_FINAL = page_pattern(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|St|Mt|Ft|Jr|Sr|Rev|Rt|Hon|Barr|Messrs|Coun|Smt|Tmt|Engr|Eng|Atty|Adv|Ma|"
    # ranks and a Virginia or Maryland delegate: "said Del. Carter Blaine, R-Fauquier"
    r"Del|Det|Supt|Insp|Cmdr|Adm|Maj|Brig|Cpl|Pvt|Const|Cst|Ven|"  # "the Ven. X", an archdeacon
    r"Comr|"  # an Indonesian police commissioner: "Sr. Comr. Bagus Wiratmaja"
    r"P(?:Gen|LtGen|MGen|BGen|Col|LtCol|Maj|Capt|Cpt|Lt)|"  # Philippine police: "PBGen. X"
    r"Ald|"  # a Chicago alderman: "said Ald. Roberto Galindo (25th)"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|Fig|vs|approx|est)"
    r"|\b[A-Z])\.\s*$"
)
# (a name may hold any letter: "Const. Raphaël Okimaw-Pelletier", "Dr. Zoë Hart")
_CONTINUES = page_pattern(r"^[\s\"“”'‘’(]*(?:[a-z0-9]|[A-Z][^\W\d_]*\b)")
_LONGEST_NON_FINAL = len("Messrs.")
_TIME_OF_DAY = page_pattern(r"\b[ap]\.m\.\s*$")
_DAY_AFTER = page_pattern(
    rf"(?:{'|'.join(WEEKDAYS)}|ET|EST|EDT|CT|PT|GMT|BST|UTC"
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic|Greenwich)\s+(?:time|Time|Standard|Daylight)"
    # "from 6:40 a.m. Pacific until …": the zone alone, the sentence going on in lower case
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic)"
    r"(?=,?\s+(?:until|to|and|on|when|before|after|through|time)\b))\b"
)
_CLOSING_MARKS = '”"'
# `“…never see?” Mr. Haldane said.` The cue after a ?/! quote belongs to the quote's sentence;
# so does `‘You don’t think, do you?’ said the 34-year-old` (an apostrophe inside the British
# quote can lead sentencex to split after its closing mark)
_QUESTION_QUOTE_END = page_pattern(r"[?!](?:[”\"’']|'')\s*$")  # also the NYT's closing ''


@cache
def _cue_start() -> re.Pattern[str]:
    """A speaker and a reporting verb opening a sentence (compiled when first needed: it is
    large, and most articles never ask)."""
    from reader.core.attribution import cues
    from reader.core.attribution.pattern_cache import compiled

    # ("Rep. Clementine Achebe-Ward of Maryland said", "Sen. Chuck Schumer (D-N.Y.) said")
    return compiled(
        rf"^{cues.PERSON}(?:,[^,]{{2,80}},|\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}"
        r"|\s*\([^()]{1,30}\))?"
        rf"\s+{cues.SPEECH_VERB}\b"
    )


def split_sentences(
    article: Article, paragraphs: Sequence[Paragraph] | None = None, first_id: int = 0
) -> list[Sentence]:
    """Every sentence of every paragraph (or of `paragraphs`), in order, ids from `first_id`."""
    sentences: list[Sentence] = []
    text = article.text
    for paragraph in article.paragraphs if paragraphs is None else paragraphs:
        for start, end in _paragraph_spans(text, paragraph.start, paragraph.end):
            sentence_id = first_id + len(sentences)
            sentences.append(Sentence(sentence_id, paragraph.index, start, end, text[start:end]))
    return sentences


def _paragraph_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    spans: list[tuple[int, int]] = []
    for boundary in get_sentence_boundaries("en", chunk):
        span = _trimmed(chunk, boundary["start_index"], boundary["end_index"])
        if span is None:
            continue  # sentencex yields whitespace-only segments for blank runs
        if spans and _should_join(chunk, spans[-1], span):
            spans[-1] = (spans[-1][0], span[1])
        else:
            spans.append(span)
    if not spans and chunk.strip():
        spans.append(_trimmed(chunk, 0, len(chunk)) or (0, len(chunk)))
    if len(spans) > 1:
        _move_opening_marks(chunk, spans)
    if ".)" in chunk or "?)" in chunk or "!)" in chunk:
        spans = [part for span in spans for part in _split_at(_AFTER_BRACKETS, chunk, span)]
    if "May. " in chunk:
        spans = [part for span in spans for part in _split_at(_AFTER_MAY, chunk, span)]
    if "me.” " in chunk or 'me." ' in chunk:
        spans = [part for span in spans for part in _split_at(_AFTER_ME, chunk, span)]
    return [(start + a, start + b) for a, b in spans]


def _move_opening_marks(chunk: str, spans: list[tuple[int, int]]) -> None:
    """An opening mark left at a sentence's end goes to the next sentence, whose quote it opens:
    sentencex ends "… said it was bad. “" when the quote after it is not closed in the
    paragraph."""
    for i in range(len(spans) - 1):
        a, b = spans[i]
        if b - a > 2 and chunk[b - 1] in _OPENING_MARKS and chunk[b - 2].isspace():
            spans[i] = _trimmed(chunk, a, b - 1) or (a, b - 1)
            spans[i + 1] = (b - 1, spans[i + 1][1])


_OPENING_MARKS = '“"‘'


# "(She says she would have broken down.) The leaders …": sentencex keeps going after a
# sentence in brackets (not a bracketed title: "Chief (Mrs.) Funmilayo Adeoti-Martins")
_AFTER_BRACKETS = page_pattern(
    r"(?<=[.!?]\))(?<!\(Mrs\.\))(?<!\(Mr\.\))(?<!\(Dr\.\))"
    r"(?<!\(res\.\))(?<!\(retd\.\))(?<!\(ret\.\))(?<!\(rtd\.\))"  # "Sgt. Maj. (res.) X"
    r"(?<!\(Maj\.\))(?<!\(Capt\.\))(?<!\(Col\.\))(?<!\(Lt\.\))"  # "Chaplain (Maj.) X"
    r"\s+(?=[A-Z“\"‘(])"
)
# "… flowering by late May. Mr. Lisowski said …": sentencex reads the month as an abbreviation
# before a capitalised word, but May is never shortened
_AFTER_MAY = page_pattern(r"(?<=\bMay\.)\s+(?=[A-Z“\"‘(])")
# "… least of all me.” That is how …": sentencex reads "me." as Maine's abbreviation before a
# closing mark, and runs the quote into the next sentence
_AFTER_ME = page_pattern(r"(?<=\bme\.[”\"])\s+(?=[A-Z“\"‘(])")


def _split_at(gaps: re.Pattern[str], chunk: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    parts, a = [], span[0]
    for gap in gaps.finditer(chunk, span[0], span[1]):
        parts.append((a, gap.start()))
        a = gap.end()
    parts.append((a, span[1]))
    return parts


def _trimmed(chunk: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and chunk[a].isspace():
        a += 1
    while b > a and chunk[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def _should_join(chunk: str, previous: tuple[int, int], current: tuple[int, int]) -> bool:
    before = chunk[previous[0] : previous[1]]
    after = chunk[current[0] : current[1]]
    last = before.rstrip()[-1:]
    closes_single = last in "’'" and _ends_with(_QUESTION_QUOTE_END, before, 3)
    if closes_single or last in _CLOSING_MARKS or before.rstrip().endswith("''"):
        # only the ?/! quote rule
        return _ends_with(_QUESTION_QUOTE_END, before, 3) and (
            after[:1].islower() or bool(_cue_start().match(after))
        )
    if _inside_short_quote(before, after):
        return True
    if _DATELINE_STATE.fullmatch(before) and after[:1] in "—–-":
        return True  # "QUEENSTOWN, Tas. — …": a dateline's state, not a sentence
    if last == "." and _ends_with(_TIME_OF_DAY, before, 5) and _DAY_AFTER.match(after):
        return True  # "at about 3:40 a.m. Wednesday.", "at 8 a.m. Pacific time"
    # "Dr." / "Feb." / an initial followed by a name or number: sentencex split too early.
    return (
        last == "."
        and _ends_with(_NON_FINAL, before, _LONGEST_NON_FINAL)
        and _continues_name(before, after)
    )


_DATELINE_STATE = page_pattern(r"[A-Z][A-Z .'’-]+,\s+[A-Z][a-z]{1,5}\.\s*")


def _ends_with(pattern: re.Pattern[str], text: str, longest: int) -> bool:
    """`pattern` (anchored at the end by `\\s*$`, at most `longest` characters before any
    trailing space) matches: searched from there only, not across the whole sentence. (A search
    from `pos` still sees the characters before it, for `\\b`.)"""
    return pattern.search(text, max(0, len(text.rstrip()) - longest)) is not None


def _continues_name(before: str, after: str) -> bool:
    if not _CONTINUES.match(after):
        return False
    first = after.lstrip("\"“”'‘’( ")
    if _SENTENCE_OPENER.match(first) and _LETTER_BEFORE_STOP.search(before):
        return False  # "… never been above Double-A. He says:": a word, not an initial, ended
    # An initial ("J.") only joins a following capitalised word; a title joins names and numbers.
    return bool(first[:1].isupper() or first[:1].isdigit() or not before.rstrip().endswith("."))


# a sentence's usual first words, which follow no initial of a name ("J. He" aside)
_SENTENCE_OPENER = page_pattern(r"(?:He|She|They|It|We|The|This|That|There|But|And)\b")
_LETTER_BEFORE_STOP = page_pattern(r"[\w-]-[A-Z]\.\s*$")  # "Double-A.", "Triple-A."


def _inside_short_quote(before: str, after: str) -> bool:
    """A boundary inside an opened double quote that closes a few words later (a quoted title)."""
    marks = before.count("“") + before.count("”") + before.count('"')
    if marks % 2 == 0 or before.rstrip()[-1:] in _CLOSING_MARKS:
        return False
    close = re.search(r"[”\"]", after)
    return close is not None and len(after[: close.start()].split()) <= 6

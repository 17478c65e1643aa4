"""Article metadata written as text: bylines ("By Jane Doe | Reuters") and date lines.

Shared by the loaders: plain text finds its byline and date this way, markdown and HTML use it
for a byline or date line left at the top of the body and to normalise dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from reader.core.pattern_store import page_pattern

# One name: capitalised words, with the particles of many surnames (de, van, bin, ...).
# (Latin Extended too: "By Radu Ștefănescu-Moldovan")
_WORD = r"[A-Z\u00c0-\u00de\u0100-\u024f][\w'’.-]*"
_NAME = rf"{_WORD}(?:\s+(?:{_WORD}|de|del|della|der|den|di|da|dos|du|la|le|van|von|bin|al|el|ibn))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|\band\b)\s*{_NAME})*"
_ROLE_WORDS = (
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer"
    r"|analyst|staff|critic|champion|chief|desk|team|bureau)s?"
)
_ROLE = rf"(?:[A-Z][a-z]+\s+){{0,3}}{_ROLE_WORDS}"
# "By Harriet Mossop, restaurant critic": a desk in lower case after the name
_LOWER_ROLE = rf"[a-z]+(?:\s+[a-z]+){{0,2}}\s+{_ROLE_WORDS}"
# "By Jane Doe", "By Jane Doe and John Roe | Reuters", "Words by Jane Doe, Staff Writer".
_BY_LINE = page_pattern(
    rf"(?i:by|words by|written by|story by|text by|interview by|reporting by)\s+(?P<names>{_NAMES})"
    rf"(?:\s*(?:[|,·•–—-]|\bfor\b)\s*(?P<rest>{_WORD}(?:\s+(?:{_WORD}|of|the|and|for|in|at))*"
    rf"|(?<=,\s){_LOWER_ROLE}))?"
    # "By Corinne Aldous | Opinion | Nov. 4, 2026": a section, then the date
    r"(?:\s*[|·•]\s*(?P<date>[^|·•]{6,40}))?",
)
# "Jane Doe, Staff Writer", "Jane Doe — Political Correspondent".
_ROLE_LINE = page_pattern(rf"(?P<names>{_NAMES})\s*[,|–—-]\s*{_ROLE}(?:\s*[,|–—-].{{0,60}})?")
# "COMMENT | Niamh Corrigan, third-year history", "Opinion: Jane Doe": a section's label first
# ("MARKET WATCH | By Clarissa Ng": any column's name, then a bar and "By")
_SECTION_LINE = page_pattern(
    r"(?:(?i:comment|opinion|column|viewpoint|op-ed|analysis)\s*[|:–—-]\s*(?i:by\s+)?"
    rf"|(?:[A-Z][\w&'’-]*\s+){{0,3}}[A-Z][\w&'’-]*\s*[|:–—]\s*(?i:by)\s+)(?P<names>{_NAMES})"
    r"(?:\s*[,|–—-].{0,60})?"
)
# "Theo Lindgren · March 12, 2026 · 7 min read": a blog's byline is the name, then the date
_NAME_DATE_LINE = page_pattern(rf"(?P<names>{_NAMES})\s*[·•|]\s*(?P<date>.{{6,80}})")
_SECTION_WORDS = frozenset(
    "World News Middle East West North South Sport Sports Cup Politics Business Opinion Culture "
    "Tech Science Health Europe Asia Africa Americas Australia Markets Travel Arts".split()
)
_NAME_SEPARATOR = page_pattern(r"\s*(?:,|&|\band\b)\s*")
# An agency or outlet after the names is not a person: "Reuters", "AP", "Staff".
_NOT_A_PERSON = page_pattern(
    r"(?i:(?:the )?(?:reuters|associated press|afp|ap|agencies|agency))"
    rf"|(?:\w+\s+){{0,3}}{_ROLE_WORDS}"
)
_INITIAL = page_pattern(r"\b[A-Z]\.$")

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE = page_pattern(
    rf"(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?",
    re.I,
)
_DATE_LABEL = page_pattern(
    r"(?P<label>(?:first |last )?(?:published|updated|posted|modified|date)(?: on| at)?)\s*:?\s*",
    re.I,
)
# What may surround a date on a date line: weekdays, times, time zones, labels ("March 14,
# 2025 | Updated 6:20 p.m."), "at", punctuation.
_DATE_FILLER = page_pattern(
    r"(?i:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\bat\b|\bon\b"
    r"|\b(?:first |last )?(?:published|updated|posted|modified)\b|\b\d+\s*min(?:ute)?s?\s+read\b)"
    r"|\b[A-Z]{2,5}\b(?:[+-]\d{1,2})?|[\s,|·•–—()/:-]+",
)
_MAX_DATE_LINE = 100


@dataclass(frozen=True, slots=True)
class Byline:
    """The people in a byline (none for "By Reuters"); `text` joins them as the author."""

    names: tuple[str, ...]
    published: str | None = None  # a date on the byline's own line

    @property
    def text(self) -> str:
        return join_names(self.names)


def parse_byline(line: str) -> Byline | None:
    """The names in a byline line, or None when the line is not a byline."""
    if len(line) > 150:
        return None
    match = _BY_LINE.fullmatch(line) or _ROLE_LINE.fullmatch(line) or _SECTION_LINE.fullmatch(line)
    dated = match.groupdict().get("date") if match else None
    published = parse_date_line(dated) if dated else None
    if match is None and (match := _NAME_DATE_LINE.fullmatch(line)) is not None:
        published = parse_date_line(match["date"])
        if published is None or not _SECTION_WORDS.isdisjoint(match["names"].split()):
            return None  # "Home | News | Sport", "Middle East | 12 March 2026": no byline
    if match is None:
        return None
    names: list[str] = []
    for part in _NAME_SEPARATOR.split(match.group("names")):
        name = part if _INITIAL.search(part) else part.rstrip(".")
        if _NOT_A_PERSON.fullmatch(name):
            continue  # "By Reuters": a byline, but no person to name
        if len(name.split()) < 2:
            return None  # "By Tuesday, ...": a sentence, not a byline
        names.append(name)
    return Byline(tuple(names), published)


def join_names(names: Iterable[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    items = [name.strip() for name in names if name.strip()]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def parse_date_line(line: str) -> str | None:
    """The date of a line that is only a date ("Updated 14:02 GMT, 3 March 2026"), else None.

    The result is ISO (YYYY-MM-DD) when the date is easily parsed, otherwise the line's own
    words after its label ("Published ...").
    """
    if len(line) > _MAX_DATE_LINE:
        return None
    label = _DATE_LABEL.match(line)
    rest = line[label.end() :] if label else line
    match = _DATE.search(rest)
    if match is None:
        has_digits = any(ch.isdigit() for ch in rest)
        return rest.strip() if label and has_digits and rest.strip() else None
    outside = rest[: match.start()] + " " + rest[match.end() :]
    if _DATE_FILLER.sub("", _DATE.sub("", outside)).strip():
        return None
    return _iso(match) or rest.strip()


def normalise_date(value: str) -> str:
    """ISO for a date written out ("March 3, 2026" -> "2026-03-03"); ISO text stays as it is."""
    value = value.strip()
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return parse_date_line(value) or value
    return value


def _iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    for year, month, day in (("y1", "m1", "d1"), ("y2", "m2", "d2"), ("y3", "m3", "d3")):
        if groups[year] is None:
            continue
        month_text = groups[month].lower().rstrip(".")
        number = int(month_text) if month_text.isdigit() else _MONTHS[month_text]
        try:
            return dt.date(int(groups[year]), number, int(groups[day])).isoformat()
        except ValueError:
            return None
    return None


@dataclass(slots=True)
class LeadingMeta:
    """A byline and a date found in the first paragraphs of a body, and which ones they were."""

    byline: Byline | None = None
    published: str | None = None
    used: set[int] = field(default_factory=set)

    def author_names(self, metadata_author: str | None) -> tuple[str, ...]:
        """The byline's names, else the page's own author field."""
        if self.byline is not None:
            return self.byline.names
        return (metadata_author,) if metadata_author else ()


def read_leading_meta(paragraphs: Sequence[str], limit: int = 3) -> LeadingMeta:
    """Byline and date paragraphs at the top of a body ("By Jane Doe", "March 3, 2026")."""
    found = LeadingMeta()
    standfirst = False  # a first paragraph over the byline ("*Port Haldane's own numbers …*")
    for i, text in enumerate(paragraphs[:limit]):
        if found.byline is None and (byline := parse_byline(text)) is not None:
            found.byline = byline
            found.published = found.published or byline.published
        elif (
            found.published is None
            and (found.byline or not standfirst)
            and (date := parse_date_line(text)) is not None
        ):
            found.published = date
        elif i == 0:
            standfirst = True
            continue
        else:
            break
        found.used.add(i)
    return found

"""Page furniture that copying or scraping a news page drags along with the article.

Two kinds of rules:
- a table of line patterns (`junk_rules`; each matches a WHOLE line, so a body sentence that
  merely starts with "Share prices" or mentions "subscribe" is never touched);
- structural rules (here): menu-like lines (short items between separators, or section names),
  a "Related stories" heading and the list under it, the author's bio. (The plain-text loader
  adds the line-neighbourhood ones: address blocks, wrapped lines, list blocks.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.core.load.junk_rules import MAX_JUNK_LINE, ends_sentence, match_line_rule
from reader.core.load.meta import parse_byline
from reader.core.pattern_store import page_pattern

__all__ = [
    "bio_drops",
    "comments_start",
    "ends_sentence",
    "has_words",
    "is_body_like",
    "is_headline_like",
    "is_menu_line",
    "is_related_heading",
    "line_junk",
    "related_drops",
    "strip_language_switcher",
]


# Native names of languages, as a site's language switcher lists them.
_LANGUAGES = (
    "English|Español|Espanol|Français|Francais|Deutsch|Italiano|Português|Portugues|Nederlands"
    "|Polski|Türkçe|Русский|Українська|Ελληνικά|中文|简体中文|繁體中文|日本語|한국어|العربية"
    "|فارسی|עברית|हिन्दी|Bahasa Indonesia|Bahasa Melayu|Tiếng Việt|Svenska|Norsk|Dansk|Suomi"
    "|Čeština|Magyar|Română|Català|Galego|Euskara|Kiswahili|Hausa|Afaan Oromoo|Srpski|Hrvatski"
)
# Two or more language names in a row, run together or separated by spaces or bars, and not
# running into a lowercase letter ("EnglishDeutsche Bank" is not a switcher).
_LANGUAGE_SWITCHER = page_pattern(rf"(?:(?:{_LANGUAGES})(?:\s*[|·•/]\s*|\s+)?){{2,}}(?![a-zà-ÿ])")

_MENU_MARK = page_pattern(r"[|•·»›]|\s[/>]\s")
_MAX_MENU_WORDS = 16
_MENU_SEPARATOR = page_pattern(r"\s*[|•·»›]\s*|\s+[/>]\s+")
# Section names that make up menus ("Home World Business Tech").
_SECTION_WORDS = frozenset(
    (
        "home|news|world|uk|us|europe|asia|africa|americas|australia|middle|east|business"
        "|markets|economy|money|tech|technology|science|health|climate|environment|politics"
        "|opinion|sport|sports|football|culture|arts|books|music|film|tv|travel|food|style"
        "|lifestyle|entertainment|video|videos|podcast|podcasts|newsletters|live|latest|local"
        "|national|international|weather|education|obituaries|puzzles|crosswords|games"
        "|magazine|more|menu|search|sections|subscribe|account"
    ).split("|")
)

_RELATED_HEADING = page_pattern(
    r"(?:related(?: stories| articles| content| coverage| topics| reading| links)?|read more"
    r"|read next|more (?:from|on|about|in) [^.]{1,60}|more (?:stories|news|like this)"
    r"|most (?:read|popular|viewed|shared|watched)|recommended(?: for you| stories| reading)?"
    r"|you (?:may|might) (?:also )?(?:like|be interested in|have missed)"
    r"|trending(?: now| stories| on \S{1,40})?"
    r"|popular (?:now|stories)|what to read next|top stories|latest (?:news|stories)"
    r"|key updates"  # a live blog's list of its own headlines (not "Key events": a timeline)
    r"|editor'?s picks|elsewhere on [^.]{1,40}|(?:from )?around the web|don'?t miss)\s*:?",
    re.IGNORECASE,
)

_BIO_VERB = r"\s+(?:is|was|has been|writes|covers|reports)\b"


def line_junk(line: str) -> str | None:
    """The name of the junk rule a whole line matches ("menu" for menus), or None for text."""
    rule = match_line_rule(line)
    if rule is None and len(line) <= MAX_JUNK_LINE and is_menu_line(line):
        # not "Theo Lindgren · March 12, 2026 · 7 min read", a byline set out like a menu
        return None if parse_byline(line) is not None else "menu"
    return rule


def strip_language_switcher(line: str) -> str:
    """The line without a leading run of language names ("EnglishEspañolFrançaisThe city ...")."""
    match = _LANGUAGE_SWITCHER.match(line)
    return line[match.end() :].lstrip() if match else line


def is_menu_line(line: str) -> bool:
    """Short items between separators ("Home | World | Business"), or a run of section names."""
    if ends_sentence(line):
        return False
    if _MENU_MARK.search(line):
        items = [item for item in _MENU_SEPARATOR.split(line) if item]
        if len(items) >= 3 and all(_is_menu_item(item) for item in items):
            return True
    words = line.split()
    if not 3 <= len(words) <= _MAX_MENU_WORDS:
        return False
    unknown_allowed = len(words) // 4
    for word in words:
        if word.strip("|•·,").lower() not in _SECTION_WORDS:
            unknown_allowed -= 1
            if unknown_allowed < 0:
                return False  # prose gives up after a word or two
    return True


def _is_menu_item(item: str) -> bool:
    return len(item) <= 30 and len(item.split()) <= 4 and not ends_sentence(item)


def is_related_heading(line: str) -> bool:
    return len(line) <= 80 and _RELATED_HEADING.fullmatch(line) is not None


def is_body_like(text: str) -> bool:
    """Reads as an article paragraph: several words and a sentence ending."""
    return ends_sentence(text) and has_words(text, 12)


def has_words(text: str, count: int) -> bool:
    """At least `count` words (counting no further than that)."""
    return len(text.split(None, count - 1)) >= count


def is_headline_like(text: str) -> bool:
    """Reads as an item of a "Related stories" list: a short line without a full stop."""
    return len(text.split()) <= 20 and not text.rstrip().endswith(".")


def related_drops(paragraphs: Sequence[str]) -> set[int]:
    """Indexes of paragraphs in "Related"/"Most read" lists, headings included.

    Near the end (fewer than three real paragraphs follow) everything after the heading goes;
    a box in the middle of the article loses only the short headline-like items under it.
    """
    if not any(is_related_heading(paragraph) for paragraph in paragraphs):
        return set()  # the usual case: no need to count the body paragraphs
    body_after = [0] * (len(paragraphs) + 1)
    for i in range(len(paragraphs) - 1, -1, -1):
        body_after[i] = body_after[i + 1] + is_body_like(paragraphs[i])
    drops: set[int] = set()
    i = 0
    while i < len(paragraphs):
        if not is_related_heading(paragraphs[i]):
            i += 1
            continue
        if body_after[i + 1] < 3:
            drops.update(range(i, len(paragraphs)))
            break
        drops.add(i)
        i += 1
        while i < len(paragraphs) and is_headline_like(paragraphs[i]):
            drops.add(i)
            i += 1
    return drops


def bio_drops(paragraphs: Sequence[str], authors: Sequence[str], window: int = 3) -> set[int]:
    """Indexes of an author bio ("Jane Doe is a reporter at ...") among the last paragraphs.
    Only a person's name opens one: "Reuters was not able to verify …" is the story."""
    people = [name for name in authors if len(name.split()) > 1]
    if not people:
        return set()
    names = "|".join(re.escape(name) for name in people)
    bio = re.compile(rf"(?:{names}){_BIO_VERB}")
    start = max(len(paragraphs) - window, 0)
    return {i for i in range(start, len(paragraphs)) if bio.match(paragraphs[i])}


_COMMENTS_HEADING = page_pattern(
    r"(?:\d+ )?(?:reader )?comments?(?: \(\d+\))?|join the (?:conversation|discussion)"
    r"|(?:show|view|read) (?:all )?\d* ?comments?",
    re.IGNORECASE,
)


def comments_start(lines: Sequence[str]) -> int:
    """Where readers' comments begin ("Comments (37)" in the last third of the page): everything
    from there on is theirs, not the article's. `len(lines)` when there is no such heading."""
    for i in range(len(lines) - 1, (2 * len(lines)) // 3 - 1, -1):
        if _COMMENTS_HEADING.fullmatch(lines[i].strip()):
            return i
    return len(lines)

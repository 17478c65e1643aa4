"""A body known by its initials after the article spelt its name out: "the SEC's complaint"
after "the Securities and Exchange Commission", "NHTSA said" after "the National Highway Traffic
Safety Administration"."""

from __future__ import annotations

import re

from reader.core.attribution.pattern_cache import compiled

# (up to eight letters: "CHINADA")
_ACRONYM = compiled(r"(?:[Tt]he\s+)?(?P<letters>(?:[A-Z]\.){2,6}|[A-Z]{2,8})(?:['’]s)?")
_SMALL_WORDS = frozenset("and of the for on in & to".split())


def spelled_out(words: str, organisations: list[tuple[int, str]]) -> str | None:
    """The organisation named in full whose initials `words` ("the SEC") are, the one named
    last if several are."""
    return named_by_initials(words, initials_index(organisations))


def initials_index(organisations: list[tuple[int, str]], text: str = "") -> dict[str, str]:
    """Initials -> the organisation with them named last: built once, so each "the SEC" in a
    book is a lookup, not a pass over every body named. Letters the text gives in brackets after
    a name are that body's whatever they spell ("National Anticorruption Directorate (DNA)")."""
    index = {letters: name for _, name in organisations for letters in _spellings(name)}
    for at, name in organisations:
        if text.startswith(name, at) and (given := _BRACKETED.match(text, at + len(name))):
            index.setdefault(given["letters"], name)
    return index


def named_by_initials(words: str, index: dict[str, str]) -> str | None:
    match = _ACRONYM.fullmatch(words.strip())
    return index.get(match["letters"].replace(".", "")) if match else None


def _spellings(name: str) -> tuple[str, str]:
    """A name's initials by both readings of a hyphen: "Pan-Meridian Space Administration" is
    "PMSA" and "PSA"."""
    return _initials(name.replace("-", " ")), _initials(name)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS and w[0].isupper())


_BRACKETED = compiled(r"\s*\((?P<letters>[A-Z]{2,8})\)")


def abbreviates(letters: str, words: str) -> bool:
    """Whether capitals of three or more ("APC") are the initials of a run of `words` ("a
    chieftain of the All Progressives Congress"), in any case."""
    if len(letters) < 3 or not letters.isupper() or not letters.isalpha():
        return False
    heads = "".join(w[0] for w in words.lower().split() if w not in _SMALL_WORDS)
    return letters.lower() in heads


def initials_follow(text: str, end: int, name: str) -> bool:
    """ "Tamsin Gas Transmission (TGT)": a name with its own initials in brackets after it is a
    body's (no one writes a person so)."""
    if text.startswith(" UK", end) and not text[end + 3 : end + 4].isalpha():
        return True  # "Cancer Research UK", "Universities UK": a national body's name
    after = _BRACKETED.match(text, end)
    return after is not None and len(name.split()) > 1 and after["letters"] in _spellings(name)


# "The Pakistan Tehreek-i-Insaf (PTI)": a name its own initials follow in brackets, with no head
# word ("Party", "Council") to make it a body's
_INITIALLED = compiled(
    r"\b(?:[A-Z][\w’'-]*\s+){1,6}[A-Z][\w’'-]*(?=\s*\((?P<letters>[A-Z]{2,8})\))"
)


def initialled_names(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Bodies named in full before their initials in brackets that `found` lacks (the words
    before the name that the initials leave out, "The" or a dateline's, dropped)."""
    if "(" not in text:
        return []
    taken = {start for start, _ in found}
    named = []
    for match in _INITIALLED.finditer(text):
        words = match.group(0).split()
        for first in range(len(words) - 1):
            if words[first].lower() in _SMALL_WORDS:
                continue  # "The Pakistan Tehreek-i-Insaf": not "The"
            name = " ".join(words[first:])
            if match["letters"] in _spellings(name):
                start = match.end() - len(name)
                if start not in taken:
                    named.append((start, name))
                break
    return named


_INITIALS_ASIDE = compiled(r" \((?P<letters>[A-Z][A-Za-z]{1,7})\)(?=[\s,])")


def without_body_initials(text: str) -> str:
    """`text` without the initials a body's name is followed by ("The Tanzania Revenue Authority
    (TRA) Commissioner General, Mr X, said"), so its officer's title reads on from the name as
    it does when the initials are left out. Brackets that spell nothing before them stay."""

    def drop(aside: re.Match[str]) -> str:
        words = text[: aside.start()].split()[-10:]
        letters = aside["letters"].upper()
        spelt = any(letters in _spellings(" ".join(words[i:])) for i in range(len(words) - 1))
        return "" if spelt else aside.group()

    return _INITIALS_ASIDE.sub(drop, text)

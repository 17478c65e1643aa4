"""A body known by its initials after the article spelt its name out: "the SEC's complaint"
after "the Securities and Exchange Commission", "NHTSA said" after "the National Highway Traffic
Safety Administration"."""

from __future__ import annotations

import re

from reader.core.attribution.pattern_cache import compiled

# (up to eight letters: "CHINADA")
# (or a short form the text gave in brackets, in lower case after its capital: "Zesco")
_ACRONYM = compiled(
    r"(?:[Tt]he\s+)?(?P<letters>(?:[A-Z]\.){2,6}|[A-Z]{2,8}|[A-Z][a-z]{2,7})(?:['’]s)?"
)
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
    for at, name in organisations:  # ("Zambia Electricity Supply Corporation (Zesco)")
        if text.startswith(name, at) and (given := _GIVEN.match(text, at + len(name))):
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
_GIVEN = compiled(r"\s*\((?P<letters>[A-Z]{2,8}|[A-Z][a-z]{2,7})\)")


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
    # ("Office of Disaster Preparedness and Emergency Management (ODPEM)": small words inside)
    r"\b(?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|on|in|the|&)\s+)*){1,8}[A-Z][\w’'-]*"
    r"(?=\s*\((?P<letters>[A-Z]{2,8})\))"
)


def with_initialled_names(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` with the bodies named in full before their initials in brackets that it lacks
    (the words before the name that the initials leave out, "The" or a dateline's, dropped). A
    shorter name at the same start gives way: "Office of Disaster Preparedness" of "… and
    Emergency Management (ODPEM)"."""
    if "(" not in text:
        return found
    longer = dict(_initialled_names(text))
    kept = [(at, name) for at, name in found if not longer.get(at, name).startswith(f"{name} ")]
    # (not inside a name found already: "Office for … Affairs" of "The UN Office for … (OCHA)")
    inside = {at for start, name in kept for at in range(start, start + len(name))}
    return kept + [(at, name) for at, name in longer.items() if at not in inside]


def _initialled_names(text: str) -> list[tuple[int, str]]:
    named = []
    for match in _INITIALLED.finditer(text):
        words = match.group(0).split()
        for first in range(len(words) - 1):
            if words[first].lower() in _SMALL_WORDS:
                continue  # "The Pakistan Tehreek-i-Insaf": not "The"
            name = " ".join(words[first:])
            if match["letters"] in _spellings(name):
                named.append((match.end() - len(name), name))
                break
    return named


_INITIALS_ASIDE = compiled(r" \((?P<letters>[A-Z][A-Za-z]{1,7})\)(?=[\s,])")
_WINDOW = 400  # characters: ten words of a body's name and more


def without_body_initials(text: str) -> str:
    """`text` without the initials a body's name is followed by ("The Tanzania Revenue Authority
    (TRA) Commissioner General, Mr X, said"), so its officer's title reads on from the name as
    it does when the initials are left out. Brackets that spell nothing before them stay."""

    def drop(aside: re.Match[str]) -> str:
        # (the ten words before it, from a bounded window: not a split of all the text before)
        window = text[max(0, aside.start() - _WINDOW) : aside.start()]
        words = window.split()[1 if aside.start() > _WINDOW else 0 :][-10:]
        letters = aside["letters"].upper()
        spelt = any(letters in _spellings(" ".join(words[i:])) for i in range(len(words) - 1))
        return "" if spelt else aside.group()

    return _INITIALS_ASIDE.sub(drop, text)


def initials_of_role(letters: str, description: str) -> bool:
    """Whether `letters` ("PDC") are the initials of the words of a role in `description`
    ("Matabeleland South Provincial Development Coordinator"): a run of capitalised words that
    ends the description's title, as a ministry's papers shorten it."""
    words = [w for w in description.split() if w[:1].isupper()]
    if len(letters) < 3 or len(words) < len(letters):
        return False
    tail = words[-len(letters) :]
    return "".join(w[0] for w in tail) == letters

"""A body known by its initials after the article spelt its name out: "the SEC's complaint"
after "the Securities and Exchange Commission", "NHTSA said" after "the National Highway Traffic
Safety Administration"."""

from __future__ import annotations

from reader.core.attribution.pattern_cache import compiled

_ACRONYM = compiled(r"(?:[Tt]he\s+)?(?P<letters>(?:[A-Z]\.){2,6}|[A-Z]{2,6})(?:['’]s)?")
_SMALL_WORDS = frozenset("and of the for on in & to".split())


def spelled_out(words: str, organisations: list[tuple[int, str]]) -> str | None:
    """The organisation named in full whose initials `words` ("the SEC") are, the one named
    last if several are."""
    match = _ACRONYM.fullmatch(words.strip())
    if match is None:
        return None
    letters = match["letters"].replace(".", "")
    found = None
    for _, name in organisations:
        if _initials(name) == letters:
            found = name
    return found


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS and w[0].isupper())

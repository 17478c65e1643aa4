"""Who "the governing body" is: "UEFA has opened proceedings against Real Costanera … European
football’s governing body said", "Castlebridge Athletic have been handed an embargo by FIFA ….
World football’s governing body said". The first body the sentence before names that is no club:
a club is what the body governs, however often it is named."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_names import CLUB_FIRST, CLUB_INITIALS

GOVERNING = compiled(cues.GOVERNING_BODY)
# "FIFA", "R&A", "PGMOL" (not a dateline's "LAS VEGAS —", "KYIV, Jan 30" or "DUBAI:")
_INITIALS = compiled(
    r"(?<![\w&’'-])(?<![A-Z]\s)[A-Z][A-Z&]{1,6}"
    r"(?![\w&’'-]|\s+[A-Z]{2}|\s+[—–-]|,\s+[A-Z][a-z]+|:\s)"
)
# "the players’ body", "the employers’ body": whose body it is
_WHOSE = compiled(r"[Tt]he\s+([a-z]+s)['’]\s+body")
_OWNED_BY = compiled(r"\b([A-Z][a-z]+s)['’]")  # "Scottish Teachers' Association"
_CLUB_WORDS = frozenset(w.capitalize() for w in cues.CLUB_WORDS) | {"United", "City", "County"}
_NOT_BODIES = frozenset({"VAR", "TV", "BBC", "CEO"})


def governing_body(
    text: str, bodies: list[tuple[int, str]], start: int, end: int, who: str
) -> str | None:
    """The first body named in `text[start:end]` (of `bodies`, the cast's, or a body's
    initials) that is not a club, nor another group's ("the employers’ body" is no "Teachers'
    Association")."""
    named = [(at, name) for at, name in bodies if start <= at < end]
    named += [(m.start(), m[0]) for m in _INITIALS.finditer(text, start, end)]
    whose = _WHOSE.fullmatch(who)
    for _, name in sorted(named):
        owner = _OWNED_BY.search(name)
        if whose and owner and owner[1].lower() != whose[1]:
            continue
        if name not in _NOT_BODIES and not _is_club(name):
            return name
    return None


def _is_club(name: str) -> bool:
    """ "Kingsmere United", "Real Costanera", "Carrowkeel AFC", "Castlebridge Athletic"."""
    words = name.split()
    return (
        words[0] in CLUB_FIRST
        or words[-1] in _CLUB_WORDS
        or words[-1] in CLUB_INITIALS
        or words[0] in CLUB_INITIALS
    )

"""Nouns for a person by what they do, known by their ending: "the orchardist", "the postman",
"the beekeeper", "the photographer". A role list can never hold every trade a feature names its
subject by ("Walter Pryce delivered mail for 41 years … The retired postman says …"), but English
builds many of them from a few suffixes, and a careful reader knows one when they see it.

Only endings that almost never make a thing are used: not "-er" ("the letter", "the order"),
"-ent" ("the government") or "-maker" ("the carmaker" is a company).
"""

from __future__ import annotations

from reader.core.attribution.pattern_cache import compiled

# Things, verbs and an office with those endings: "the checklist", "the German", "the ombudsman"
_NOT_AGENTS = (
    "checklist playlist shortlist longlist blacklist whitelist wishlist waitlist setlist "
    "tracklist watchlist hitlist booklist insist resist persist consist assist subsist desist "
    "german roman norman ottoman talisman caiman cayman dolman ombudsman"
).split()
_SUFFIXES = ("ist", "man", "ician", "grapher", "keeper", "smith", "wright", "orian", "arian")
# A whole word of six letters at least (not "list", "mist", "twist"), read to its end before its
# ending is checked, so a word without one costs no backtracking; lower case even inside a
# case-blind pattern ("the Ombudsman" is an office, a body)
AGENT_NOUN = (
    rf"(?-i:(?!(?:{'|'.join(_NOT_AGENTS)})\b)[a-z]{{6,}}\b"
    rf"(?:{'|'.join(f'(?<={suffix})' for suffix in _SUFFIXES)}))"
)
_AGENT_WORD = compiled(AGENT_NOUN)


def is_agent_noun(word: str) -> bool:
    """Whether a lowercase word names a person by a trade or an activity ("orchardist")."""
    return _AGENT_WORD.fullmatch(word) is not None

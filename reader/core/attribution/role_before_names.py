"""A role written before a person's name: "Finance Minister Ama Boateng", "the Secretary-General,
Ilse Marrow," (not "Assistant District Attorney X asked Judge| Y": the role is X's)."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.word_trie import word_trie

ROLE_NOUNS = (
    "executive director chief minister spokesperson spokeswoman spokesman secretary president "
    "chair chairman chairwoman leader head economist analyst professor researcher organizer "
    "organiser mayor councillor councilor official manager founder editor lawyer attorney "
    "historian scientist engineer worker dockworker driver owner resident teacher nurse "
    "doctor envoy ambassador negotiator adviser advisor consultant commissioner officer "
    "governor senator representative member steward treasurer coordinator campaigner activist "
    "planner captain"
).split() + list(cues.ROLE_KEYS)
ROLE_SET = frozenset(ROLE_NOUNS)
ROLE_LOWER = word_trie(ROLE_NOUNS)  # "Kell, Governor Christie, …" lists people; no description
ROLE = rf"(?i:{ROLE_LOWER})"
# ("Leg-spinner Faisal Mahmood-Qureshi": a role's hyphenated first part)
_LOWER_ROLE_WORD = (
    r"(?<![\w’'-])(?!(?:said|says|told|tells|added|wrote|asked|of|to|for|with|by|from|in|on|at)\b)"
    r"[a-z][\w-]+"
)
_ROLE_BEFORE = compiled(
    # (no verb of speech nor preposition among the words in lower case: "“…,” X said of his
    # manager, Y" describes Y as "his manager")
    rf"(?P<d>(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'&-]+\s+){{0,4}}(?:{_LOWER_ROLE_WORD}\s+){{0,3}}"
    rf"(?:[A-Za-z]+-)?{ROLE}s?(?:[\s-][Gg]eneral)?),?\s+$"  # "the Secretary-General, X,"
)
# another's title after "and": "Minister Karen Smith and Chief" (Chief Lorne Cazon)
_TITLE_AFTER_AND = compiled(rf"\sand\s+(?:{word_trie(cues.TITLE_WORDS)})\.?$")


def role_before(before: str) -> re.Match[str] | None:
    """`_ROLE_BEFORE.search(before)`, begun at the tenth word from the end: a match is at most ten
    words (the, four capitalised, three lower-case, the role, "General") and ends at the end, so
    none starts earlier, and the engine no longer tries all the combinations at every earlier
    position."""
    starts = [word.start() for word in _WORD_START.finditer(before)]
    role = _ROLE_BEFORE.search(before, starts[-_ROLE_WORDS] if len(starts) > _ROLE_WORDS else 0)
    # (not "Environment Minister Karen Smith and Chief| Lorne Cazon": his title is his own)
    return None if role is None or _TITLE_AFTER_AND.search(role["d"]) else role


_WORD_START = compiled(r"(?<!\S)\S")
_ROLE_WORDS = 10


def names_another(words: str, named: dict[str, str], person: str) -> bool:
    """Whether a role's words hold someone else's name as a clause's subject: the role is
    theirs, not this person's ("British Columbia's energy minister" is still this person's)."""
    for lower in _LOWER_WORD.finditer(words):  # the two words before a word in lower case
        two = " ".join(words[: lower.start()].split()[-2:])
        word = words[lower.start() :].split()[0]
        # (but "Ian Sutter records with his sister, Rebecca Sutter": his kin's; "Ashby Vale
        # coaches": a role's plural)
        if _KIN_LINK.search(words, lower.start()) or word.removesuffix("s") in ROLE_SET:
            continue
        if named.get(two, person) != person:
            return True
    return False


_LOWER_WORD = compiled(r"(?<=\s)(?=[a-z]+(?:ed|s)\b)")  # a verb's form: "asked", "records"
_KIN_LINK = compiled(r"\b(?:his|her|their|its|with|of|for|to)\b")


def ends_in_role(before: str) -> bool:
    """A cheap test before the role regex: is the word before the name a role word?"""
    words = before.rstrip(", ").rsplit(None, 2)
    last = words[-1].lower().removesuffix("-general") if words else ""
    if last == "general" and len(words) > 1:  # "the Secretary General": the secretary's office
        last = words[-2].lower()
    # "leg-spinner": a spinner ("left-hander" is a role whole; a co-author is no lead author,
    # whom "the researchers" means)
    part = "" if last.startswith("co-") else last.rsplit("-", 1)[-1]
    return any(word in ROLE_SET or word.removesuffix("s") in ROLE_SET for word in (last, part))

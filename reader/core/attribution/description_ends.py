"""Where a description ends: at a full stop that ends the sentence (not "St." or "Dr."), or at a
reporting verb; none where the words run into the next subject's report."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.cue_details import CLAUSE_OPENERS
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.verbs import REPORTING_VERBS

_ABBREVIATION_END = compiled(rf"\b(?:{'|'.join(cues.ABBREVIATIONS)}|[A-Z])\.$")


def up_to_clause_end(text: str) -> str:
    """Cut at a full stop that ends the sentence (not "St." or "Dr."), or at a reporting verb."""
    relative = _RELATIVE.match(text)
    if not relative and _RUNS_INTO_REPORT.search(text, 0, _sentence_end(text)):
        # "Mika Brzezinski, the Democratic candidate stated that …": no comma closes it, so
        # the words are the next subject, not a description of the name before them
        return ""
    # a relative clause keeps its own verb: "who has worked at the trust since 2004"
    cut = _CUT_RELATIVE if relative else _CUT
    text = cut.split(text, maxsplit=1)[0]
    end = _sentence_end(text)
    return text[:end].strip() if end < len(text) else text.strip().rstrip(".")


def _sentence_end(text: str) -> int:
    """Where the first full stop that ends a sentence stands; the length if none does."""
    for stop in _STOP.finditer(text):
        end = stop.start() + 1  # an abbreviation ends here or it is no abbreviation
        if not _ABBREVIATION_END.search(text, max(0, end - _LONGEST_ABBREVIATION), end):
            return stop.start()
    return len(text)


_RELATIVE = compiled(r"who(?:se)?\b")
_CUT_RELATIVE = compiled(r"\s+(?:said|says|told)\b")
_CUT = compiled(r"\s+(?:said|says|told|who|whose|which|has|had|is|was)\b")
_STOP = compiled(r"\.(?:\s|$)")
_RUNS_INTO_REPORT = compiled(
    r"\s(?:(?:said|says|stated|states|wrote|writes|argued|argues|noted|notes|explained|claimed|"
    r"insisted|insists|warned|warns|announced|declared|added)(?:\s+that\b|\s*[,:“\"])|told\s|tells\s)"
)
_LONGEST_ABBREVIATION = max(map(len, cues.ABBREVIATIONS)) + 1  # with its full stop


def says_something(description: str) -> bool:
    """Not empty, not a bare age ("58"), not a lone "who" or "who had"."""
    if description.startswith(("who ", "whose ")) and len(description.split()) < 3:
        return False  # "who had" cut short by "told"
    return bool(description) and not description.isdigit() and description not in ("who", "whose")


# "…,” wrote Judge Ames": no "wrote"; "…, but the mayor, Amara Osei,": no "but"
# (and a reported clause's "that": "confirmed on Friday that| striker X will miss …")
_NOT_ROLE_START = frozenset(REPORTING_VERBS) | frozenset(CLAUSE_OPENERS) | {"that", "whether"}


# another person's name and "and" before a lower-case role: "Striker X and defender| Y"
_NAME_AND_ROLE = compiled(r"^.*[A-Z][\w’'-]+\s+and\s+(?=[a-z])")


def trim_role(role: str) -> str:
    """A role's words without what opens the clause before it ("but", "said", a name)."""
    if joined := _NAME_AND_ROLE.search(role):
        role = role[joined.end() :]  # "Left-hander Tharindu Kodagoda and seamer| Ruwan Perera"
    words = role.split()
    while words and (words[0] in NOT_NAMES or words[0].lower() in _NOT_ROLE_START):
        words = words[1:]
    if words[:1] == ["whose"]:
        words = words[1:]  # "Copper Saints, whose singer Ezra Blum": he is the singer
    return " ".join(words)

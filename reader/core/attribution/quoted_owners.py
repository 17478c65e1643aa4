"""Quoted words inside a report that are someone else's than the reporter's: "Ms. Harrow mocked
Mr. Delacroix's claim that he was “the only adult in the room”", "Mr. Kaminski reminded the
audience that Ms. Freeborn had once described the program as “a slush fund”"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled

_OWNED_CLAIM = compiled(
    rf"(?P<who>{cues.PERSON})['’]s?\s+(?:[a-z]+\s+)?(?:claim|promise|pledge|boast|assertion|"
    r"insistence|vow|description|prediction|suggestion)\s+(?:that|to|of)\b[^“”\"]{0,120}$"
)
_EMBEDDED_REPORT = compiled(
    rf"(?:^|\b(?:that|when|after|how)\s+)(?P<who>{cues.PERSON})\s+(?:had\s+|has\s+)?"
    r"(?:once\s+|previously\s+|repeatedly\s+|publicly\s+)?(?:described|called|dubbed|labell?ed|"
    r"branded|termed|promised|vowed|declared)\b[^“”\"]{0,120}$"
)

# "helped by what its chief executive, Amara Diallo, called “…”": the one who called it so
_WHAT_THEY_CALLED = compiled(
    r"\bwhat\s+(?:(?:his|her|its|their|the)\s+[a-z][a-z -]{1,40},\s+)?"
    rf"(?P<who>{cues.PERSON}),?\s+(?:has\s+|had\s+)?(?:called|termed|dubbed|described\s+as)\s*$"
)


def owner_in_report(words: str) -> str | None:
    """The person whose words the report's quoted words are, named between its verb and them."""
    words = words.rstrip("“\"‘' ")  # up to the quote's opening mark
    claim = _OWNED_CLAIM.search(words)
    if claim is not None and len(_BE.findall(words, claim.end("who"))) > 1:
        claim = None  # "Rubio's claim that Cruz is in favor of … is “simply not true”": the
        # quoted words are the predicate of the sentence, not inside the claim
    found = claim or _EMBEDDED_REPORT.search(words) or _WHAT_THEY_CALLED.search(words)
    return found["who"] if found else None


_BE = compiled(r"\b(?:is|was|are|were)\b")

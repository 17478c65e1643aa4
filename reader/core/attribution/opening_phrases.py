"""A sentence's opening prepositional phrase: a name inside it is no antecedent for the pronoun
that begins the main clause after it. In "Under cross-examination by defence barrister Martin
Oyelaran, she accepted that …" she is not Oyelaran (but in "After Martin arrived, he said" the
clause's subject may well be "he", so conjunctions are left out)."""

from __future__ import annotations

from reader.core.attribution.pattern_cache import compiled

# The opening phrase up to its comma, then the pronoun (the match ends where the pronoun starts)
_OPENING_PHRASE = compiled(
    r"\s*(?:(?:But|And|Yet|Still|Then),?\s+)?"
    r"(?:Under|During|Despite|Following|With|Without|Against|Unlike|Like|Amid|Throughout"
    r"|(?:Asked|Pressed|Questioned|Challenged|Interviewed|Cross-examined|Contacted)\s+by"
    # "As manager of Hexley Vale, bottom of the league for three seasons, he considers it …"
    r"|As\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:of|at|for))\s"
    r"[^,;:.!?“”\"]{1,160},\s+(?:[^,;:.!?“”\"]{1,80},\s+){0,2}"
    # "Asked by Mr Pryce's barrister, Oliver Tennant, whether| she had ever …": the one asked
    r"|\s*(?:Asked|Pressed|Questioned|Challenged)\s+by\s[^;:.!?“”\"]{1,160}?\s"
    r"(?:whether|if|why|how|what|when|about)\s+"
)


def after_opening_phrase(text: str, sentence_start: int, mention_at: int, at: int) -> bool:
    """Whether the pronoun at `at` opens the main clause after an opening phrase that holds
    the mention at `mention_at`."""
    if not sentence_start <= mention_at < at:
        return False
    return _OPENING_PHRASE.fullmatch(text, sentence_start, at) is not None

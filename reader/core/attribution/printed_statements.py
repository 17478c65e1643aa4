"""A statement printed whole after a sentence that only points to it: "Simon Kettering has
released a statement …. We're publishing it in full: ¶ “…”", "Kessler Polymers has issued a
statement …. It reads in full: ¶ “…”". The pointer names no one ("We" is the paper, "It" the
statement); the sentence before it names who issued the statement. And a statement signed after
its closing mark: "“…” — Lewis Pennock"."""

from __future__ import annotations

from reader.core.attribution.neighbours import name_line_cue
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import Cue, cue_before

_POINTER = compiled(
    r"(?:It|The\s+(?:full\s+)?(?:statement|letter|message|post|note)"
    r"|We(?:['’]re|\s+are|['’]ve|\s+have)\s+(?:publishing|printing|reproducing|sharing|posting)"
    r"\s+it|Here\s+it\s+is|In\s+full)\b[^“”\"]{0,60}:\s*"
)
# "… has released a statement about the sewage discharges …": up to the statement
_ISSUED = compiled(
    r"\b(?:issued|released|put\s+out|published|shared|posted|sent)\s+(?:a|an|the|this)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:statement|letter|message|post|note)\b"
)
# "The operator of the Dunmere chemical plant, Kessler Polymers, has issued": the name in
# apposition, where the lead cues want a person
_NAMED_BETWEEN_COMMAS = compiled(r",\s+(?P<who>[A-Z][^,“”\"]{2,60}),\s+(?:has\s+|have\s+)?$")


def is_pointer(sentence: str) -> bool:
    """Whether the sentence only points to the statement printed next."""
    return _POINTER.fullmatch(sentence.strip()) is not None


def statement_issuer(sentence: str) -> Cue | None:
    """Who the sentence says issued a statement, if it says so."""
    issued = _ISSUED.search(sentence)
    if issued is None:
        return None
    lead = sentence[: issued.end()]
    cue = cue_before(lead)
    if cue is not None:
        return Cue(cue.who, cue.verb, "previous-sentence", cue.venue, cue.description)
    named = _NAMED_BETWEEN_COMMAS.search(sentence, 0, issued.start())
    if named is not None:
        return Cue(named["who"], issued.group(), "previous-sentence")
    return None


def signed_after(trailer: str) -> Cue | None:
    """ "“…” — Lewis Pennock": a dash and a name after the closing mark sign the quote."""
    if not trailer.lstrip().startswith(("—", "–", "-")):
        return None
    return name_line_cue(trailer)

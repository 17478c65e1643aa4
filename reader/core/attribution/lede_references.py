"""Later references to the person a lede describes without naming: "A grandmother from
Ballinacorr has become …" (named in the next paragraph, Maureen Gallagher) is "the grandmother"
further down; "A Carraig Bán publican has been granted …" is "the publican" and "A Carraig Bán
woman" "the Carraig Bán woman"; "A Dublin bus driver …" is "the Dubliner". Regional, court and
human-interest copy writes so; `lede_subjects` finds whom the lede means, this module whom a later
"the …" means."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.attribution import cues
from reader.core.attribution.epithets import demonym_of
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.roles import role_key

# "A grandmother from Ballinacorr has", "A Dublin bus driver who", "A Lowgate landlord fined":
# up to six words after "A", the last one lower case, then a word that ends the description
_LEDE = compiled(
    # ("The principal of a Khayelitsha high school …": a role of an unnamed body)
    rf"\s*{cues.DATELINE}(?P<a>[Aa]n?|The(?=\s+[a-z]+\s+of\s+an?\s)"
    # "The chief constable of Eastmere Police has apologised", "The provincial health MEC has
    # admitted": an office the next sentence names the holder of
    r"|The(?=\s+(?:[a-z-]+\s+){0,3}(?:[a-z-]+\s+of\s+[A-Z]|[A-Z]{2,4}\s+(?:has|have|had|was|is)\b))"
    # "Northern Ireland’s Health Minister has said": a place's office, capitalised
    r"|(?P<whose>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?['’]s)(?=\s+(?:[A-Z][a-z]+\s+){1,2}"
    r"(?:has|have|had|was|is)\b))\s+"
    # ("A Galway GP": a role's letters end it too)
    r"(?P<words>(?:[\w’'-]+\s+){0,5}?(?:[a-z][\w-]*|[A-Z]{2,4}\b|(?<=s\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))"
    r"(?:\s+from\s+(?P<home>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?"
    r"(?=\s+(?:who|whose|of|in|at|on|with|has|have|had|was|is|will|aged|\d|[a-z]+ed)\b|,)"
)
# words a writer adds when calling the lede's subject back, not said of anyone else
_EPITHETS = frozenset(
    "young elderly retired local grieving heartbroken proud devastated relieved delighted "
    "first-time".split()
)
# (not "A three-judge panel …": the judge who writes for it is named next)
_BODY_NOUN = compiled(rf"{cues.GENERIC_ORG}|{'|'.join(cues.DOCUMENT_WORDS)}")
_LEDE_READ = 3  # the article's first sentences: where a lede may stand (after a headline)


@dataclass(frozen=True, slots=True)
class LedeDescription:
    """Where the description opens, its words ("a Carraig Bán publican") and its head noun."""

    at: int
    phrase: str
    noun: str
    words: frozenset[str]  # lower-case words of the description and its "from" place


def lede_description(text: str, sentence_starts: list[int]) -> LedeDescription | None:
    """The lede's description of an unnamed person, if one of the first sentences opens so."""
    for start in sentence_starts[:_LEDE_READ]:
        match = _LEDE.match(text, start)
        if match is None:
            continue
        words = match["words"].split()
        office = match["whose"] is not None and role_key(match["words"]) is not None
        if not (words[-1].islower() or words[-1].isupper() or office):
            return None
        if _BODY_NOUN.fullmatch(words[-1]):
            return None  # "A medical journal has added a correction": a body, no person
        home = (match["home"] or "").split()
        phrase = f"a {' '.join(words)}"
        every = frozenset(w.lower() for w in words + home)  # ("health minister": lower case)
        return LedeDescription(match.start("a"), phrase, words[-1].lower(), every)
    return None


def refers_to(description: LedeDescription, who: str) -> bool:
    """ "the grandmother", "the Carraig Bán woman" (its words), "the Dubliner" (its place)."""
    words = who.split()
    if len(words) < 2 or words[0].lower() != "the":
        return False
    if words[-1].isupper() and role_key(words[-1]) is None:
        return False  # "the NCAA" after "The NCAA has denied …": a body's letters (not "the MEC")
    if len(words) == 2 and words[1].endswith("-year-old") and words[1] in description.words:
        return True  # "the 80-year-old" for "An 80-year-old retiree"
    if words[-1].lower() == description.noun:  # "the young mother" for "A Khayalethu mother"
        return all(w.lower() in description.words or w in _EPITHETS for w in words[1:-1])
    places = demonym_of(who)
    return places is not None and not description.words.isdisjoint(p.lower() for p in places)

"""Documents and who issued them: "a press release from Judicial Watch", "a post by Arianna
Huffington", "The bulletin from the Air Accidents Investigation Commission", and "A letter from
the commission" (the body named before by that kind)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.attribution import cues
from reader.core.attribution.document_authors import after_last_title, author_in_phrase
from reader.core.attribution.organisations import is_business
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

if TYPE_CHECKING:  # resolve.py imports group_sources, which imports this module
    from reader.core.attribution.resolve import Resolver


def document_author(words: str, resolver: Resolver, at: int) -> Resolution | None:
    """The author a document's words name: "a post from Arianna Huffington", "an article in
    Politico", "a filing Strandmoor made", "a report by Ethics Commissioner Yvonne Desrosiers"."""
    author = _AUTHORED_BY.match(words)
    who = after_last_title(author["who"]) if author else author_in_phrase(words)
    if not who:
        return None
    resolution = resolver.resolve(who, at)
    if resolution is None or resolution.name is None:
        return None
    return Resolution(resolution.name, "document", resolution.gender)


def document_from_body(words: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "a statement from the airline on Tuesday", "A letter from the commission": the body
    named before by that kind."""
    from_body = _FROM_THE_BODY.fullmatch(words)
    if from_body is None:
        return None
    body = resolver.resolve(f"the {from_body['body']}", at)
    if body is None or body.name is None or body.how not in ("organisation", "office"):
        return None
    return Resolution(body.name, "document")


# a document from a body the article names by its kind: the airline, the company, the ministry
_FROM_THE_BODY = compiled(
    # ("according to a statement from the company": the article may go with "according to")
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:statement|report|letter|release|filing|email|post|memo|notice|guidance)"
    rf"\s+(?:from|by|issued\s+by)\s+the\s+(?P<body>(?:[a-z-]+(?:['’]s)?\s+)?"
    rf"(?:{cues.ORG_HEAD}|{cues.GENERIC_ORG}))"  # "the airline", "the sheriff's office"
    # "… with the Securities and Exchange Commission late on Monday"
    # ("… to Brightwell's board": a body's board or staff it was sent to)
    r"(?:\s+(?:with|to)\s+(?:the\s+)?[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.’'-]*){0,6}"
    r"(?<!['’]s)(?:['’]s\s+[a-z]+)?)?"
    r"(?:\s+(?:(?:late|early)\s+)?(?:on|last|this|early|late)\s+[A-Za-z]+)?"
)
# A piece of writing and who wrote or published it: "a new article in Politico", "a press release
# from Judicial Watch", "a post by Arianna Huffington"
_AUTHORED_BY = compiled(
    # ("New guidance from the Consumer Lending Commission says": a sentence's first word)
    r"(?:(?:[Aa]n?|[Tt]he|New|Updated|Draft|Internal|Leaked)\s+)?"
    r"(?:(?:[a-z-]+|\d{4})\s+){0,3}(?:article|post|blog\s+post|email|e-mail|release|guidance|"
    r"statement|letter|memo|report|book|column|op-ed|editorial|interview|tweet|video|account|"
    r"story|piece|analysis|profile|transcript|figure|filing|record|document|survey|audit|"
    # "figures (released) by Kāinga Housing Agency", "data from the municipality"
    r"review|estimate|projection|statistic|number|data|bulletin|directive|[Mm]inute|"
    # (a court's papers by whoever brought them, not the court they were filed in)
    r"(?:complaint|indictment|affidavit|petition)(?=\s+(?:\S+\s+){0,2}by\s))s?"
    r"\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:(?:released|published|issued|compiled|filed|commissioned|obtained|written|drafted|"
    # ("a criminal complaint filed Thursday by …": the day between)
    r"prepared|signed|sent|authored)\s+(?:[A-Z][a-z]+day\s+)?)?"
    r"(?:from|by|in|on|(?<=report\s)of|(?<=audit\s)of)\s+"
    # "data from the mortgage lender Crestway Building Society": the words that class the name;
    # "by Harrow County Democratic Committee chair Ramon Ostrowski": a body's and a role
    # ("data from ship-tracking firm Seacourse Analytics": no "the" before the kind; "data from
    # hospitality analytics firm StayMetrics": three words of it)
    r"(?:(?:the\s+)?(?:(?!(?:on|in|at|of|for|last|this)\s)[a-z-]+\s+){1,3}(?=[A-Z])"
    r"|(?:[A-Z][\w.&’'-]*\s+){1,4}(?:(?!(?:on|in|at|of|for|and|to|the)\s)[a-z]+\s+){1,2}(?=[A-Z]))?"
    # "Eastmoor Fire and Rescue Service": "of" and "and" inside the name
    # ("the U.S. Attorney's Office for the District of New Jersey": "for the" too)
    r"(?P<who>(?:[Tt]he\s+)?[A-Z][\w.&’'-]*"
    r"(?:\s+(?:(?:of|and|for\s+the)\s+)?[A-Z][\w.&’'-]*){0,6})"
    r"(?:\s+(?:on|last|this|early|late)\s+[A-Za-z]+(?:\s+[a-z]+)?)?"  # "… on Sunday night"
    # "… to the developer, seen by the Western Courier,"
    r"(?:\s+to\s+(?:the\s+|its\s+|his\s+|her\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"(?:,\s+(?:seen|obtained|reviewed)\s+by\s+[^,;:“”\"]{1,60},?)?$"
)


def filer_of(words: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "Tessaro Bio will cut 140 jobs, according to a filing with the Securities and Exchange
    Commission": a filing no one is said to have made is the business's the passage is about
    (not the regulator it was made with), as "the filing said" is."""
    if not _FILING.fullmatch(words):
        return None
    found = resolver.resolve("the filing", at)
    return found if found is not None and found.name and is_business(found.name) else None


_FILING = compiled(
    r"(?:[Aa]n?\s+|[Tt]he\s+)?(?:(?:regulatory|securities|stock|exchange|annual|quarterly)\s+){0,2}"
    r"filings?(?:\s+(?:with|to)\s+(?:the\s+)?(?:[A-Z][\w&.’'-]*|regulators)"
    r"(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w&.’'-]*){0,6})?"
)


def named_after_its_kind(words: str) -> Resolution | None:
    """ "state broadcaster CCTV", "ship-tracking firm Seacourse Analytics": the name after the
    words that class it, when the phrase is no more than that."""
    named = _KIND_THEN_NAME.fullmatch(words)
    return Resolution(named["name"], "phrase") if named else None


_KIND_THEN_NAME = compiled(
    r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:{cues.ORG_HEAD}|{cues.GENERIC_ORG}|broadcaster|channel|outlet|daily|tabloid|newspaper|"
    r"magazine|wire|news\s+agency)\s+"
    r"(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w.&’'-]*){0,6})"
)

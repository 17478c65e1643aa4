"""A speaker called by a description no list of roles holds, right after the quote: "“…,” the
graduate said", "“…,” the veteran negotiator told reporters". The words are the cue even when no
one in the article answers to them: then the quote has no named speaker, which is better than
lending it to whoever spoke in the sentence before."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.document_cues import DOCUMENT_WORDS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.verdict_trailers import verdict_trailer

# Written things are no speakers ("“…,” the sign said"); their writer is found another way.
_THINGS = (
    "sign|signs|headline|caption|banner|placard|plaque|inscription|message|note|text|post|"
    "tweet|email|e-mail|label|poster|website|page|ad|advert|"
    "advertisement|slogan|motto|card|leaflet|flyer|brochure|menu|script|song|lyrics|line|verse|"
    "suit|petition|motion|order|bill|law|act|agreement|contract|document|documents|papers|"
    "release|" + "|".join(DOCUMENT_WORDS)
)
_DESCRIBED_TRAILER = compiled(
    # ("the former Google executive said": a body's name among the words)
    r"^[\s,—–-]*(?P<who>the\s+(?:[a-z][a-z-]+\s+){0,2}(?:[A-Z][\w&’'-]+\s+)?"
    rf"(?!(?:{_THINGS})\s)[a-z][a-z-]{{2,}})"
    r"\s+(?P<verb>said|says|told|added|explained|recalled|admitted|insisted|joked|laughed)\b"
)

# "“…,” the MCE said", "the NDC MP told journalists": an office by its letters (a party's first)
_LETTERS_TRAILER = compiled(
    # (not "the SP", "the OC": lone_people.py reads those by the one officer the article has)
    rf"^[\s,—–-]*(?P<who>the\s+(?:[A-Z]{{2,5}}\s+{cues.ROLE_INITIALS}|[DM]CE))"
    r"\s+(?P<verb>said|says|told|added|explained|insisted|warned)\b"
)


# "“…,” a spokesman for the Teatro Comunale di Varenna said": the body, whatever its name's words
_SPOKES_TRAILER = compiled(
    r"^[\s,—–-]*(?P<who>an?\s+spokes(?:man|woman|person)\s+for\s+(?:the\s+)?[A-Z][\w’'&.-]*"
    r"(?:\s+(?:of|for|and|the|di|de|del|della|des|du|da|&|[A-Z][\w’'&.-]*)){0,8})"
    # (where it is: "… for the Electricity Company of Ghana in the Ashanti Region said")
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"\s+(?P<verb>said|says|told|added)\b"
)


# "“…,” said one of two witnesses who relayed the same story": someone left unnamed
_ONE_OF_TRAILER = compiled(
    r"^[\s,—–-]*(?P<verb>said|says)\s+(?P<who>one\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:(?!who\b|that\b)[a-z][a-z-]+\s+){0,2}(?!who\b|that\b)[a-z][a-z-]{2,})\b"
)


def described_trailer(trailer: str) -> Cue | None:
    """The description and its verb, if the trailer opens with them."""
    match = (
        _DESCRIBED_TRAILER.match(trailer)
        or _ONE_OF_TRAILER.match(trailer)
        or _LETTERS_TRAILER.match(trailer)
        or _SPOKES_TRAILER.match(trailer)
    )
    return Cue(match["who"], match["verb"], "trailer") if match else verdict_trailer(trailer)

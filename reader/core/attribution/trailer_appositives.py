"""Trailers whose speaker stands in apposition: "“…,” her daughter, Ruth Whitlaw, said" (the
kin word describes the name that speaks) and "“…,” Nate Silver, the polling guru who founded
fivethirtyeight.com tweeted" (the appositive's closing comma left out, as hurried and scraped
copy does)."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_details import clean
from reader.core.attribution.cue_names import longest_name, valid_speaker
from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_keys import role_key
from reader.core.attribution.word_trie import word_trie

# A trailer's end: "said", "told Reuters", and the rest of the sentence
VERB_TO_REST = (
    # a court's words: "“…,” the judge ruled.", "“…,” the court held." (not "held up a sign")
    rf"{cues.ADVERB}(?P<verb>{cues.SPEECH_VERB}|ruled|rules"
    r"|(?:held|holds)(?!\s+(?:up|on|off|out|back|onto|a|an|the|his|her|their)\b))\b"
    rf"(?:\s+(?P<venue>{cues.VENUE}))?(?P<rest>.*)$"
)
# "Mrs. Whitlaw's son, Callum Whitlaw, told"
_KIN = compiled(
    r"^[\s,—–-]*(?:[Hh]is|[Hh]er|[Tt]heir|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]*['’]s)\s+"
    r"(?:(?:elder|eldest|younger|youngest|older|only)\s+)?"
    rf"(?P<kin>{word_trie(cues.KIN)}),\s+"
    rf"(?P<who>{cues.PERSON}),\s+{VERB_TO_REST}",
    re.DOTALL,
)
# Only a named person, and an appositive that opens with an article and holds no comma or quote
# mark: "Mara Quill, the county emergency manager told reporters".
_OPEN_APPOSITIVE = LazyPattern(
    rf"^[\s,—–-]*(?P<who>{cues.PERSON}),\s+(?P<app>(?:the|an?)\s+[^,“”\"]{{2,100}}?)\s+"
    + VERB_TO_REST,
    re.DOTALL,
)


# Any description in lower case, then the name: "“…,” the ship's cook, Mohammad Rafiqul Islam,
# said" (no role list holds every trade a story names its speaker by)
_DESCRIBED = LazyPattern(
    # ("“…,” counsel assisting the inquiry, Lachlan Venning SC, said": no article, and silk)
    # (not "“…”, while Keeldale's general manager, Ian Prothero, said": a clause of its own)
    r"^[\s,—–-]*(?:(?:the|an?|his|her|their|its)\s+)?(?=[a-z])"
    r"(?!(?:while|whereas|and|but|as|when|after|before|although|though|because|since|so|which|"
    r"who|that|where)\b)"
    r"(?:[\w’'-]+\s+){0,4}?[a-z][a-z-]+,\s+"
    rf"(?P<who>{cues.PERSON})(?:\s+(?:SC|KC|QC))?,\s+{VERB_TO_REST}",
    re.DOTALL,
)


# An office in capitals, then the name: "“…,” the Greater Accra Regional Police Commander, DCOP
# X, told journalists", "“…,” Brikama Area Council Chairman, Mr X, said"
_OFFICE_THEN_NAME = LazyPattern(
    r"^[\s,—–-]*(?:the\s+)?(?P<office>[A-Z][\w’'-]*(?:\s+(?:of|for|the|and|[A-Z][\w’'-]*)){0,8}),\s+"
    rf"(?P<who>{cues.PERSON}),\s+{VERB_TO_REST}",
    re.DOTALL,
)


def apposed_name_trailer(trailer: str) -> tuple[re.Match[str], str] | None:
    """The match (who, verb, venue, rest) and the kin words (or any other words in lower case,
    or an office in capitals) that describe the speaker, set in apposition before the name."""
    match = _KIN.match(trailer)
    if match is None and trailer.count(",") >= 2:
        match = _DESCRIBED.match(trailer)
        if match is None and (office := _OFFICE_THEN_NAME.match(trailer)) is not None:
            match = office if _office_then_name(office["office"], office["who"]) else None
        if match is not None and not valid_speaker(match["who"]):
            match = None
    if match is None:
        return None
    return match, match.group(0)[: match.start("who")].strip(" ,—–-")


def _office_then_name(office: str, who: str) -> bool:
    """An office that ends in its role ("Brikama Area Council Chairman"), or any office before a
    titled name ("the DCE for Nkwanta North, Mr X"); not a name and its place ("Paramount Chief
    X of Gola Konneh District, Grand Cape Mount County, told")."""
    if role_key(office) is None:
        return False
    return role_key(office.rsplit(None, 1)[-1]) is not None or (
        who.split(None, 1)[0].rstrip(".") in cues.TITLE_WORDS
    )


def open_appositive_trailer(trailer: str) -> tuple[re.Match[str], str] | None:
    """The match (who, verb, venue, rest) and the appositive, when its closing comma is missing."""
    if "," not in trailer:
        return None
    match = _OPEN_APPOSITIVE.match(trailer)
    if match is None or not valid_speaker(match["who"]):
        return None
    return match, clean(match["app"]) or match["app"]


# "“…,” according to Samira Haidari, director of the Westbrook Institute, speaking after …"
# ("“…”, in the words of Nguyen Thi Thanh Mai, director general of …": the same)
_ACCORDING = compiled(
    # ("according to the group's project officer, Sophie Ranworth": a role, then the name)
    r"^[\s,—–-]*(?P<how>according\s+to|in\s+the\s+words\s+of)\s+(?:(?:the|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,"
    r"\s+(?=[A-Z])|(?![Tt]he\s)"
    # ("according to the Rev. Dr. Hannah Lowther": a clergy style takes "the")
    r"|[Tt]he\s+(?=(?:(?:Rt|Most|Very)\.?\s+)?(?:Rev|Revd|Reverend|Ven|Venerable)\b))"
    # "according to one of his victims, retired nurse Gillian Rowe": the one named after
    r"(?:(?:one|some|two)\s+of\s+(?:his|her|their|the)\s+[a-z-]+,\s+)?"
    rf"(?P<who>{cues.ROLE_PERSON})(?:,\s+(?P<app>[^,“”\"]{{2,120}}))?"
)


# "“…,” according to a statement from the Beaumill Police Department.": the body
_ACCORDING_BODY = compiled(
    r"^[\s,—–-]*according\s+to\s+(?:an?\s+(?:[a-z-]+\s+)?(?:statement|release|post|report)\s+"
    # ("according to the minutes of the Bank of Laurentia's January meeting": the body's)
    r"(?:from|by)\s+|the\s+minutes\s+of\s+(?=(?:the\s+)?[A-Z][^,;:]*['’]s\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:[a-z]+\s+)?meeting\b))?"
    # ("according to a news release from the district": the body named before, by its kind)
    r"(?:(?P<kind>the\s+(?:district|council|company|department|ministry|agency|board|club|"
    r"union|hospital|trust|authority|university|school|firm))|(?:the\s+)?"
    r"(?P<who>[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'&.-]*){0,6}))"
    r"(?:['’]s\s+(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+)?meeting)?(?=[\s,.;:]*$|,)"
)


# "“…,” according to an email sent to passengers on Friday by Ingrid Sorensen, the vice …": hers
_ACCORDING_SENT_BY = compiled(
    # ("according to the letter, signed by Principal Rebecca Ostrowski": a comma before "signed")
    r"^[\s,—–-]*according\s+to\s+(?:an?|the)\s+(?:[a-z-]+\s+)?(?:email|e-mail|letter|memo|message|"
    # ("according to an affidavit filed by Trooper Dwayne Phelps of the …": a sworn document)
    r"note|text|post|affidavit|complaint|declaration|report|statement),?\s+"
    r"(?:[^,“”\"]{0,80}?\s+)?(?:by|from)\s+"
    rf"(?P<who>{cues.PERSON})(?:,\s+(?P<app>[^,“”\"]{{2,120}}))?"
)


def according_trailer(trailer: str) -> Cue | None:
    """A quote's source named after it by "according to"."""
    if "according" not in trailer[:40] and "words of" not in trailer[:40]:
        return None
    match = _ACCORDING.match(trailer) or _ACCORDING_SENT_BY.match(trailer)
    if match is None and (body := _ACCORDING_BODY.match(trailer)):
        who = (body["who"] or body["kind"]).rstrip(".")
        # "a statement from X", "the minutes of X's meeting"; "the Bank of Laurentia": a body
        issued = any(word in body.group(0) for word in (" from ", " by ", "minutes of "))
        if issued or any(word.lower() in cues.ORG_HEADS for word in who.split()):
            return Cue(who, "according to", "according-to")
    if match is None or not valid_speaker(match["who"]):
        return None
    description = clean(match["app"]) if match["app"] else None
    # ("according to Kelso Valley MLA Brendan Fairweather-Lum": the name after the role)
    who, _ = longest_name(match["who"], trailer[match.end("who") :])
    if match.groupdict().get("how", "according").startswith("in"):
        return Cue(who, "in the words of", "words-of", description=description)
    return Cue(who, "according to", "according-to", description=description)

"""The subject of a matched report, read again: a name in apposition ("One pastor, Darran
Whiting of Hope Chapel, said"), a description headed by a common noun, a role that runs on into a
name, a later clause's subject, and the head of an appositive before "who said"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.cast import Cast
from reader.core.attribution.name_atoms import OFFICE_AFTER_THE
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.word_trie import word_trie

# "One pastor, Darran Whiting of Hope Chapel in Marion, said": the name in apposition.
_NAME_AFTER_COMMA = (
    rf"(?P<name>{cues.NAME})(?:\s+(?:of|from|at)\s+[^,“”\"]{{1,80}})?"
    # "Natalie Probert MS,": a member's letters after the name
    r"(?:\s+(?:MS|MP|MSP|MLA|MEP|TD|KC|QC))?"
    r"(?:,|\.?$)"  # "The Bishop of Carrowmore, the Rt Rev Simon Ashdown, said"
)  # "…, according to its director, Pauline Ostrander."
# Where a source is, after its name: "The Police Public Relations Officer in Kwara State, SP …,"
IN_A_PLACE = r"\s+in\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
# ("The Head of Corporate Communications| of the Abuja Electricity Distribution Company, Mrs X,")
# ("The Secretary General of the opposition United Citizens’ Movement, Mr X,": a word before it)
_OF_A_PLACE = (
    r"\s+of\s+(?:the\s+(?:[a-z]+\s+)?)?[A-Z][\w’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'.-]*){0,5}"
)
APPOSITIVE_NAME = compiled(  # ("The authors, led by Dr. Samuel Ferreira of …, wrote that")
    # ("The Minister of State for Petroleum Resources (Gas), Dr. X,": a bracketed field first)
    # ("The Church of Ireland Archbishop| of Dunmarragh, the Most Rev Stephen Aldous,": the see)
    # ("The whistleblower, a former aide named Jericho Lim, told": a description, then the name)
    # ("The Minister of Mines, Energy and Water, Boubacar Sidibé,": the office's other fields)
    rf"(?:{IN_A_PLACE}|{_OF_A_PLACE}|\s*\([^()]{{1,40}}\))?"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,3}(?=,\s+(?:and\s+)?[A-Z]))??"
    r",\s+(?:(?:led|headed)\s+by\s+"
    r"|an?\s+[a-z][a-z -]{1,40}?\s+(?:named|called)\s+)?"
    rf"(?:(?:the\s+)?{cues.TITLE})?"
    rf"{_NAME_AFTER_COMMA}"
)
# "The Principal of Government Girls Secondary School, Ugwuaji, Mrs. Ngozi Eze, said": after a
# place in apposition, a titled name
TITLED_APPOSITIVE_NAME = compiled(rf",\s+(?:the\s+)?{cues.TITLE}{_NAME_AFTER_COMMA}")
# A description headed by a common noun: "One pastor supporting Mr. Cruz" is not Mr. Cruz.
# an office written with a capital, or a house's member: "Custos of Portland", "Member for …"
PLACE_OFFICE = rf"(?:{word_trie(sorted(cues.TITLE_WORDS))}|Member)"
# "The Bishop of Carrowmore": an office of a place, which the name in apposition holds
DESCRIBED = compiled(
    # (lower case too: "Also speaking, the Senator representing Ondo South, Olufemi Adesanya,")
    r"(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    # "The U.N. special envoy for Tzalvia, Haakon Brenner-Lund,": a body's word may come first
    r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}(?:[a-z][\w-]*\s+)*[a-z]|[A-Z][a-z]+\s+of\s)"
    # an office of a place with no "The": "Custos of Portland, the Hon. Everton Dwyer-Mason,"
    rf"|{PLACE_OFFICE}\s+(?:of|for)\s"
    # a chief's or a house's office in its own language: "The Tui Nadi, Ratu X,"
    rf"|The\s+{OFFICE_AFTER_THE}"
)
# "Presumptive Republican| presidential nominee Donald Trump": the subject ran on past a short
# match into a role and a name.
ROLE_THEN_NAME = compiled(  # (not "X| of the centrist Derech party": a party, no role)
    rf"\s+(?!(?:of|the)\s)(?:{cues.ROLE_WORD}\s+){{0,2}}(?:{cues.ROLE_NOUNS}|nominee)\s+"
    rf"(?P<name>{cues.PERSON})"
    r"(?=[\s,])"
)
# "Trump pivoted to trade, but Wallace brought him back, asking …": a later clause's subject.
LATER_SUBJECT = compiled(
    rf",\s+(?:but|and|while|as)\s+(?P<name>{cues.PERSON})"
    r"\s+(?!(?:of|and|or|who|whose|which|from|in|at|for|to)\b)[a-z]"  # a verb, not "of Ohio"
)
# "…, now, Cruz, Wilkin said": a bare name right before the verb is the speaker.
# (not a country after a place: "Ewan Castellano at the University of Leeds, UK, calls")
BARE_NAME_BEFORE_VERB = compiled(rf",\s+(?!(?:UK|US|USA)\s)(?P<name>{cues.NAME})\s+")
# "Beatrice Okonkwo-Hale, a civil rights lawyer from Carrow City, who said": "who" is the lawyer.
HEAD_OF_APPOSITIVE = compiled(
    rf"(?P<name>{cues.TITLE}?{cues.NAME}),\s+(?:an?|the|his|her|their)\s+[^,“”\"]{{1,100}}\s$"
)


def speaker_words(text: str, match: re.Match[str]) -> str:
    """The cue's name: the match's, unless a bare name or a later clause's subject stands
    between it and the verb, or the subject runs on into a role and a name."""
    if match.groupdict().get("verb"):
        bare = BARE_NAME_BEFORE_VERB.fullmatch(text, match.end("who"), match.start("verb"))
        if bare:
            return bare["name"]
        later = list(LATER_SUBJECT.finditer(text, match.end("who"), match.start("verb")))
        if later:
            return later[-1]["name"]
    longer = ROLE_THEN_NAME.match(text, match.end("who"))
    if longer:
        return longer["name"]
    also = match.groupdict().get("also")
    return f"{match['who']} and {also}" if also else match["who"]


# what follows a name that opens the claim: "According to the Sheriff's Office, Derek Stanfill,
# 44, is accused of …" (an age, then its verb), not a source's name in apposition
CLAIM_GOES_ON = compiled(r"\s*(?:\d{1,3},\s+)?(?:is|was|has|had|faces|faced)\s")


_OFFICE_LAST = cues.TITLE_WORDS | {"Head", "Member", "Leader"}


def office_read_as_name(resolution: Resolution, cast: Cast) -> bool:
    """ "The District Head of Gwarzo, Alhaji X, told": words read as a name ("District Head")
    that end in an office (or hold one before "of") and that the cast knows as no one."""
    if resolution.how != "named" or resolution.name is None:
        return False
    words = resolution.name.split(" of ", 1)[0].split()
    return bool(words) and words[-1] in _OFFICE_LAST and not cast.is_person(resolution.name)


def names_no_one_for(name: str, cast: Cast, resolution: Resolution | None) -> bool:
    """A name in apposition that is a place ("…, Pune."), or a body the cast knows after a
    person's name ("Prof. X of the Department of History, Lakeside University,"; but "the
    report by the monitoring team, Castlebridge Compliance Group," is the body's)."""
    if " " not in name.strip() and not cast.is_person(name):
        return True
    named_person = resolution is not None and cast.is_person(resolution.name)
    return named_person and cast.body_named(name) is not None

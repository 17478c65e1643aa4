"""Sources that are not one person: a poll or study named by its maker, a party's members, an
official of a named body, the words after "according to"; and the nationality adjective that
names no one."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.core.attribution import cues, source_cues
from reader.core.attribution.anonymous_sources import THE_SOURCES
from reader.core.attribution.document_authors import (
    NOTICE_WORDS,
    after_last_title,
)
from reader.core.attribution.document_bodies import (
    document_author,
    document_from_body,
    filer_of,
    named_after_its_kind,
)
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolution import SUBJECT_OF_OWNER, Resolution

if TYPE_CHECKING:  # resolve.py imports this module
    from reader.core.attribution.organisations import OrganisationTimeline
    from reader.core.attribution.resolve import Resolver


_FAMILY = compiled(cues.FAMILY)
_OFFICERS = compiled(r"(?:[Tt]he\s+)?(?:planning\s+|case\s+)?officers?(?:['’]s?)?")


def group_source(who: str) -> Resolution | None:
    """ "some Senate Republicans" are the party's members; "The latest Reuters/Ipsos poll" is
    the poll its maker named."""
    if _PARTY_GROUP.fullmatch(who):
        return Resolution(_QUANTIFIER.sub("", who), "party")
    if _FAMILY.fullmatch(who):
        return Resolution(None, "unnamed")  # "the Devlin family": a household, not one Devlin
    if _BODY_OFFICIALS.fullmatch(who):
        return None  # "Fire officials": the fire department named before (`body_officials`)
    if _SHARE.fullmatch(who):  # "85% of Democrats"; "a growing number of Democrats"
        return Resolution(who, "many" if _MANY.match(who) else "share")
    named = _NAMED_GROUP.fullmatch(who) and not _POSSESSIVE_OFFICE.fullmatch(who)
    if named or _GROUP_OF.fullmatch(who):  # "Sanders supporters", "Aides to Clinton"
        return Resolution(_QUANTIFIER.sub("", who), "named-group")
    survey = _SURVEY.fullmatch(who)
    return Resolution(_survey_name(survey), "survey") if survey else None


def body_officials(who: str, organisations: OrganisationTimeline, at: int) -> Resolution | None:
    """ "Fire officials said" after the Tamsett Fire Department was named: that department."""
    if not _BODY_OFFICIALS.fullmatch(who):
        return None
    body = organisations.latest(who.split()[0].lower(), at)
    return Resolution(body, "office") if body else Resolution(None, "unnamed")


def police_named_before(who: str, organisations: OrganisationTimeline, at: int) -> str | None:
    """ "Police said" after "the Hartwell Police Department said": that department (else the
    police in general, a group); "Deputies said" after "the Garvin County Sheriff's Office"."""
    lowered = who.lower()
    if lowered in ("deputies", "sheriff's deputies", "sheriff’s deputies"):
        return organisations.latest("sheriff's", at) or organisations.latest("sheriff’s", at)
    if lowered not in ("police", "the police"):
        return None
    return organisations.latest("police", at)


def source_phrase(words: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "F.A.A. records", "a recent poll of Indiana voters"; "the council's own figures" are the
    council's, "Her team's study" hers; "their instinctive preference for …" and "figures it
    published" name no one."""
    if words.lower() in THE_SOURCES and (again := resolver.resolve(words, at)) and not again.name:
        return None  # "according to the people" after "people familiar with the matter"
    head = _POST_MODIFIER.split(words, maxsplit=1)[0]
    owned = _OWNED.match(words)  # "Her team's study, titled …": hers; "Its survey": the body's
    if owned:
        if not _SOURCE_WORD.search(head):
            return None
        whose = resolver.resolve(SUBJECT_OF_OWNER[owned[0].lower()], at)
        return Resolution(whose.name, "document", whose.gender) if whose and whose.name else None
    records = _BODY_RECORDS.fullmatch(words)  # "council documents", "NHS England figures"
    if records:
        n = records["name"]  # a name only if the cast knows it (not "Satellite data")
        known = Resolution(resolver.cast.body_named(n), "organisation") if n else None
        body = known or resolver.resolve(f"the {records['head']}", at)
        if body is not None and body.name is not None:
            return Resolution(body.name, "document", body.gender)
    owner = _OWNER.match(head)  # "the festival's own accounts": the festival's
    possessive = "’s " in words or "'s " in words
    if owner is None and possessive and (document := BODY_DOCUMENT.fullmatch(words)):
        # "the Bank of Kestrelia's quarterly credit conditions survey": "of" inside the owner
        body = resolver.resolve(f"the {without_article(document['body'])}", at)  # a body's
        if body is not None and body.name is not None:
            return Resolution(body.name, "document", body.gender)
    office = resolver.cast.body_named(without_article(words)) if owner else None
    if office:
        return Resolution(office, "organisation")  # "the sheriff's office": the body so named
    if owner and not _PRONOUN.search(words):
        resolution = resolver.resolve(owner["owner"], at)
        if resolution is not None and resolution.name is not None:
            return Resolution(resolution.name, "document", resolution.gender)
        if _OFFICERS.fullmatch(owner["owner"]):  # "The officer’s report states": the report
            body = resolver.resolve("the council", at)  # a council's officers write for it
            if body is not None and body.name is not None:
                return Resolution(body.name, "document")
    if _PRONOUN.search(words):
        return None
    made = _made_by_body(words, resolver, at)
    if made is not None:
        return made
    if authored := document_author(words, resolver, at):
        return authored
    if from_body := document_from_body(words, resolver, at):
        return from_body
    person = _PERSON_OF.match(words)  # "Inspector R. Mahadevan of the Kallur police station"
    # ("Sen. Maureen Laskey": the whole phrase one of the cast)
    named = _cast_person(words, resolver) or (
        _cast_person(person["who"], resolver) if person else None
    )
    if named is not None:
        return resolver.resolve(named, at)
    survey = _SURVEY.fullmatch(words) if " by " in words else None
    if survey:  # "a survey coordinated by Tidewater State University": the university's
        return Resolution(_survey_name(survey), "survey")
    if not _SOURCE_WORD.search(head):
        return None
    if _SPOKESPERSON_OF.match(words):  # "a spokesperson for the company": the company's, or
        found = resolver.resolve(words, at)  # no one named (not "spokesperson for the company")
        return found if found and found.name else Resolution(None, "unnamed")
    by_kind = body_at_end(words, resolver) or named_after_its_kind(words)
    return by_kind or filer_of(words, resolver, at) or Resolution(without_article(words), "phrase")


def body_at_end(words: str, resolver: Resolver) -> Resolution | None:
    """The body the cast knows that a document's words end with ("board papers of X NHS Trust")."""
    ending = _BODY_AT_END.search(words) if _PAPERS.match(words) else None
    name = resolver.cast.body_named(ending[1]) if ending else None
    return Resolution(name, "document") if name else None


# papers, not people nor findings ("Officials of the Department …", "a study by …")
_PAPERS = compiled(r"(?:[Aa]n?\s+|[Tt]he\s+)?(?:[a-z-]+\s+){0,2}(?:papers?|submission)\b")
# "board papers published ahead of Wednesday’s meeting of Lowmoor and District Hospitals NHS
# Trust", "A paper to the board of Hesketh Bay Hospitals NHS Trust": a body the cast knows
_BODY_AT_END = compiled(
    r"\b(?:of|to|from|by)\s+(?:the\s+)?([A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|for|&)\s+)?"
    r"[A-Z][\w’'&.-]*){0,7})\s*$"
)


def _cast_person(words: str, resolver: Resolver) -> str | None:
    """The person of the cast the words name, if they name one."""
    entity = resolver.cast.entities.get(resolver.cast.canonical(words) or "")
    return entity.name if entity is not None and entity.kind == "person" else None


def _made_by_body(words: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "The Public Sector Audit Office report" is the office's, "The survey" a named maker's."""
    # ("according to a Brookhaven Police Department report obtained by the Ledger": the police's)
    body = BODY_DOCUMENT.fullmatch(_OBTAINED_BY.split(words, maxsplit=1)[0])
    if body:
        maker = resolver.resolve(body["body"], at)
        # (the body itself: not "State Department" for "a New Jersey Watchdog report")
        if maker and maker.how == "organisation" and maker.name and maker.name in body["body"]:
            return Resolution(maker.name, "document")
        return None
    bare = _BARE_DOCUMENT.fullmatch(words)
    return resolver.introduced_author(bare["noun"], at) if bare else None


# A body's name before its document: "The Public Sector Audit Office report"
_DOCUMENT_NOUNS = [
    *"report survey study review audit analysis filing statement inquiry index".split(),
    *NOTICE_WORDS,
]
_OBTAINED_BY = compiled(r"\s+(?:obtained|seen|reviewed|released|published|issued)\s")
# (longest first, then by letter: the same pattern text whatever the hash seed)
_OWNED_WORDS = sorted({*cues.DOCUMENT_WORDS, *_DOCUMENT_NOUNS}, key=lambda word: (-len(word), word))
BODY_DOCUMENT = compiled(
    # ("The minutes of the Bank of Kestrelia's October meeting": the bank's)
    r"(?P<minutes>(?:[Tt]he\s+)?[Mm]inutes\s+of\s+)?"
    r"(?:[Tt]he\s+|[Aa]n?\s+)?(?P<body>(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\s)[A-Z][\w’'&-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'&-]*)*)(?<!['’]s)"
    # "The Murrundi Water Authority's annual report", "the SEC's complaint": the body's
    # ("the Bank of Kestrelia's quarterly credit conditions survey": three words of its kind)
    rf"(?(minutes)['’]s(?:\s+[A-Za-z][a-z-]*){{0,2}}\s+(?:meeting|session)"
    rf"|(?:['’]s(?:\s+[a-z][a-z-]*){{0,3}}?\s+(?:{'|'.join(_OWNED_WORDS)})"
    rf"|(?<![’'])(?:\s+[a-z][a-z-]*){{0,2}}?\s+(?:{'|'.join(_DOCUMENT_NOUNS)})))"  # "X price index"
)
# "The survey", "the study of 850 businesses": a document introduced before with its maker
_BARE_DOCUMENT = compiled(
    rf"[Tt]he\s+(?:(?:new|latest|annual|same)\s+)?(?P<noun>{'|'.join(_DOCUMENT_NOUNS)}|poll)"
    r"(?:\s+of\s+(?:[^,;]|(?<=\d),(?=\d)){1,40})?"  # "The survey of 1,200 firms"
)


# A person the article names, then what they belong to
_PERSON_OF = compiled(rf"(?P<who>{cues.PERSON})(?:,?\s+of\s+|,\s+)\S")
# "The developer, Rajesh Kapoor of Kapoor Hospitality Group": a role, the person, their body
_ROLE_THEN_PERSON_OF = compiled(
    rf"(?:[Tt]he|[Aa]n?)\s+[a-z][a-z -]{{1,40}},\s+(?P<who>{cues.PERSON})\s+(?:of|at|from)\s+\S.*"
)


# "Lakshmi Narayanan, convener of the Velur Patients’ Rights Forum": the person, then their role
# ("Jonah Pettifer of consultancy Seabright Analytics": the body's trade before its name, in
# up to three words: "Imogen Sallis of buying agency Sallis Crewe")
_PERSON_THEN_ROLE_OF = compiled(
    rf"(?P<who>{cues.PERSON})(?:,\s+(?:(?:the|an?)\s+)?[a-z][a-z -]{{1,40}}\s+(?:of|at|for)"
    r"|\s+(?:of|at|from)\s+(?:the\s+)?(?!the\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s+[A-Z]))"
    r"\s+\S.*"
)


def person_in_description(who: str) -> str | None:
    """The person a role phrase names before or after their role in their body."""
    words = " ".join(who.split())
    match = _ROLE_THEN_PERSON_OF.fullmatch(words) or _PERSON_THEN_ROLE_OF.fullmatch(words)
    return match["who"] if match else None


def without_article(words: str) -> str:
    """ "the Gazette" -> "Gazette", "a recent poll …" -> "recent poll …"."""
    return _DETERMINER.sub("", words)


def _survey_name(match: re.Match[str]) -> str:
    """ "The latest Reuters/Ipsos poll released Sunday" is the "Reuters/Ipsos poll"; "a study by
    the Council of the Great City Schools" is the council's."""
    determiner = _SURVEY_DETERMINER.match(match[0])
    name = match[0][determiner.end() :] if determiner else match[0]
    by_maker = _SURVEY_BY.search(name)
    if by_maker and name[:1].islower():  # "poll released Sunday by The Washington Post"
        name = after_last_title(_SURVEYED_WHEN_END.sub("", name[by_maker.end() :])) or name
    else:
        name = _SURVEY_DETAIL_END.sub("", name)
    return name if _INITIALS_END.search(name) else name.rstrip(".")  # "… Bird Trust." ends a
    # sentence; "… of the U.S." keeps its initials


_INITIALS_END = compiled(r"(?:\b[A-Z]\.)+$")


_SURVEY = compiled(source_cues.NAMED_SURVEY)
_SURVEY_DETERMINER = compiled(source_cues.SURVEY_DETERMINER)
_SURVEY_DETAIL_END = compiled(source_cues.SURVEY_DETAIL + "$")
_SURVEYED_WHEN_END = compiled(source_cues.SURVEYED_WHEN + "$")
# ("a survey by the polling firm Harcourt Lane": the firm, past its kind)
_SURVEY_BY = compiled(rf"\s(?:by|from|for)\s+(?:the\s+)?{source_cues.MAKER_KIND}?(?=[A-Z])")
_PARTY_GROUP = compiled(source_cues.PARTY_GROUP)
_SHARE = compiled(source_cues.SHARE)
_GROUP_OF = compiled(f"{source_cues.GROUP_OF}|{source_cues.ALLIES_OF_NAMED}")
_MANY = compiled(source_cues.MANY)  # of a share's words, the ones that count people
_BODY_OFFICIALS = compiled(source_cues.BODY_OFFICIALS)
_NAMED_GROUP = compiled(source_cues.NAMED_GROUP)
_POSSESSIVE_OFFICE = compiled(cues.POSSESSIVE_SOURCE)  # "Trump's aides" speak for Trump
_QUANTIFIER = compiled(r"^(?:some|many|most|several|other|few|the|top|leading|more)\s+", re.I)

# "A Chinese official", "the Russian leader", "a Democratic aide", "a Western diplomat": an
# adjective before a role names no one (a party's or a faith's adjective no more than a country's)
_NOT_A_BODY = (
    "Democratic Conservative Liberal Tory Green Western Eastern Muslim Christian Jewish Catholic "
    "Evangelical Arab Socialist Communist Progressive Libertarian"
).split()
NATIONALITY_ROLE = compiled(
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Ss]ome)\s+(?:[a-z]+\s+)?"
    rf"(?:[A-Z][a-z]+(?:ese|ian|ish|ean|can|man|ch|i)|{'|'.join(_NOT_A_BODY)})\s+[a-z][a-z\s-]*"
)
# "A White House official", "a senior Obama administration aide": an official speaks for the body
OFFICIAL_OF = compiled(
    r"[Aa]n?\s+(?:(?:senior|top|former|local|federal|state|high-ranking)\s+)?"
    r"(?P<org>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}(?:\s+(?:administration|campaign))?)"
    r"\s+(?:official|aide|adviser|advisor)"
)

# A source phrase names someone or something that speaks: a proper noun, a role, a document.
_SOURCE_WORD = compiled(
    rf"\b[A-Z]|\b(?:{cues.ROLE_NOUNS}|{'|'.join(cues.DOCUMENT_WORDS)}|people|police|records|data|"
    r"figures|polls?|surveys?|estimates|documents|sources|transcripts?|emails|friends|results|"
    r"average|analysis|tally|tracker|"
    r"prosecutors|investigators|witnesses|researchers|officials|analysts|experts|aides|advisers)"
    r"s?\b"
)
_SPOKESPERSON_OF = compiled(r"(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)\s+(?:for|of|at)\s")
_POST_MODIFIER = compiled(
    r"\s(?:of|for|in|on|at|with|who|that|which|from|by|to|about|conducted|released|published)\s"
)
_PRONOUN = compiled(r"\b(?:it|they|he|she|we|I|you)\b")
_OWNED = compiled(r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?=\s)")
_OWNER = compiled(r"(?P<owner>(?:[Tt]he\s+)?[\w.&’'-]+(?:\s+[A-Z][\w.&’'-]*)*)['’]s\s")
# "council documents", "police records", "Met Office records": the body's own papers
_BODY_RECORDS = compiled(
    rf"(?:(?P<head>{cues.ORG_HEAD}|{cues.GENERIC_ORG})"
    r"|(?P<name>[A-Z][\w&.’'-]*(?:\s+(?:for\s+)?[A-Z][\w&.’'-]*)*))\s+(?:[a-z]+\s+)?"
    r"(?:documents?|records?|figures|data|filings?|minutes|papers)"
)
_DETERMINER = compiled(r"^(?:the|an?)\s+", re.IGNORECASE)

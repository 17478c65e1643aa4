"""Names in a cue: the person a role phrase and its appositive name ("the LinkedIn chief
executive, Jeff Weiner"), and whether a cue's words can be a speaker at all ("On Thursday" cannot;
"Trump's comments" is not a subject).
"""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.name_atoms import NO_PARTY_TAG, OFFICE_AFTER_THE
from reader.core.attribution.name_words import date_as_given_name
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_then_name import OFFICE_OF_PLACE

_ROLE_THEN_NAME = compiled(
    # ("by Federation of Traders| and Industry (FTI) President X": the rest of a body's name
    # with its initials)
    r"(?:(?:\s+and(?:\s+[A-Z][\w’'-]*)+)?\s+\([A-Z&]{2,8}\))?"
    r"(?:\s+(?:(?!(?:of|the|at|for|from|in|on|with|a|an|to|by)\b)"
    rf"{cues.ROLE_WORD}|{cues.NAME}|{cues.TITLE}|\d+(?:st|nd|rd|th)))*"
    rf"\s+{cues.PERSON}(?=[\s,.;]|$)"
)
_AIDES = ("Adviser", "Advisor", "Assistant", "Aide")
_AIDE_TO = compiled(
    rf"\s+to\s+the(?:\s+[A-Z][\w’'-]*){{1,3}}(?:\s+on(?:\s+[A-Z][\w’'-]*)+?)?"
    rf"\s+{cues.PERSON}(?=[\s,.;]|$)"
)
# ". Gen. Mick Bednarek"; ". and Democratic National Committee Chairman Ed Rendell": a second
# office, then the name
_TITLED_NAME = compiled(  # ("said Sgt. Maj. (res.) Nizar Kheir": a reservist's)
    rf"\.(?:\s+and(?:\s+{cues.ROLE_WORD})*(?=\s+[A-Z]))?(?:\s+\((?:res|retd|ret|rtd)\.?\))?"
    rf"\s+{cues.TITLE}*{cues.NAME}"
)
_COMMA_NAME = compiled(  # not a party-state tag: "said state Rep. Luanne Fisk, R-Harlow, who …"
    rf",\s+(?:(?:{cues.ROLE_WORD})\s+){{0,3}}{NO_PARTY_TAG}(?P<name>{cues.TITLE}?{cues.PERSON})"
    r"(?=\s*[,.;]|\s+of\s+[A-Z]|\s*$)"  # ("…, Sen. Barnaby Whitlatch of Tennessee")
)
_FIELD_END = compiled(r"\s(?:for|of)\s+[A-Z][\w’'-]*$")  # an office's field: "Minister for Health"
_CHAMBER_OF = compiled(r"\s+of\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)?(?=\s+[a-z])")
# a chief's "of" ("said Air Force Chief| of Staff Gen. X"), not a body's
_CHIEF_OF = compiled(
    r"\s+of\s+(?:(?:the\s+)?(?:Defen[cs]e|General|Air|Naval)\s+)?Staff(?=\s+[A-Z])"
)
_OFFICE_END = compiled(
    r"\b(?:[Tt]he|[Aa])\s+(?:[A-Z][\w-]*\s+)?(?:Member|Minister|Secretary|MP|MLA|TD)$"
)
_FOR_SEAT = compiled(r"\s+(?:for|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=,\s+[A-Z])")
_OF_FIELDS = compiled(r"\s(?:for|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$")
_COMMA_FIELDS = compiled(
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})+,?\s+(?:and|&)\s+[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,2}(?=,\s)"
)
_AND_FIELD = compiled(r"\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=,\s)")
_AND_BODY_OFFICE = compiled(
    rf"\s+and(?:\s+(?:(?:of|for|on|the)\s+)?[A-Z][\w’'-]*){{1,8}}(?=,\s+{cues.TITLE}?{cues.PERSON})"
)
_FIELDS = compiled(r"[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+")
_AND_FIELD_OF_OFFICE = compiled(
    r",?\s+and(?:\s+[A-Z][\w’'-]*){1,3}(?=\s+(?:Deputy\s+|Assistant\s+)?(?:Minister|Secretary)\s+[A-Z])"
)
_RANK = compiled(r"\s+No\.\s*\d+\s+[A-Za-z][a-z]+")  # a rank by number after a possessive
_PERSON_ONLY = compiled(rf"{cues.TITLE}?{cues.NAME}")
_LEADING_THE = compiled(r"^[Tt]he\s+")


_ROLE_OPENING = compiled(
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?!(?:Excellency|Highness|Honour|Majesty|Eminence|Holiness|Grace)\s)"  # a style: a title
    r"(?:[a-z]|(?:MP|MEP|MSP|AM|TD)\b"
    # an office in capitals "for" or "of" a field or body: "the Commissioner for Finance, Mrs
    # Kemi Adesanya-Lawal,", "the National Secretary of the Cattle Dealers Association, …"
    # ("the Independent TD for Carrowmore West, Bríd Hanlon,": a member for a seat)
    # ("The Director-General of the … Agency (EBSEMA), Dr X,": a hyphened office)
    r"|(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|MPP?|MEP|MSP|MLA|TD|AM)\s+){1,3}(?:for|of)\s"
    # a party's or a place's word before a role in lower case: "the Liberal candidate for
    # Ardmoor, Glenys Probert,"
    r"|(?:[A-Z][a-z]+\s+){1,2}[a-z]"
    # a chief's or a house's office in its own language: "The Tui Nadi, Ratu X,"
    rf"|(?<=^The\s){OFFICE_AFTER_THE})"
    # a country's or a body's role: "Tuvalu’s ambassador to the United Nations, Ms X,"
    r"|[A-Z][\w-]*['’]s\s+[a-z]"
)


def name_in_appositive(who: str, app: str | None) -> tuple[str, str | None]:
    """ "the LinkedIn chief executive, Jeff Weiner," names Jeff Weiner, described by the rest."""
    who = without_claim_noun(who)
    role_ends_who = (
        who.split()[-1][:1].islower()
        or not _PERSON_ONLY.search(who)
        or _ROLE_OPENING.match(who) is not None  # "The leader of Wexmoor District Council"
        # "The Police Public Relations Officer, SP Adebola Ogunleye,": an office in capitals
        or (_LEADING_THE.match(who) is not None and _is_office_word(who.split()[-1]))
        # "one Independent TD, Michael Gaughan,": an office by its letters
        or _OFFICE_LETTERS.fullmatch(who.split()[-1]) is not None
        # "(the then) Minister of State for Power, Ravindra Kapoor,": an office of a field
        or ((field := _OFFICE_OF_FIELD.match(who)) is not None and _is_office_word(field[1]))
        or OFFICE_OF_PLACE.match(who) is not None  # "Custos Rotulorum of St Ann, the Hon. X,"
    )
    named = without_trade(app) if app else None  # "the victim, 68-year-old Sheila Grant,"
    named = named and _STYLE_THE.sub("", named)  # "the Honourable X": the style, not "the"
    if named and (called := _NAMED_AFTER.search(named)):  # "a senior nurse named Rosalind Achebe"
        named = called["name"]
    if named and role_ends_who:
        # ("The trial's chief investigator, Elspeth Marwood of the Greyfriars Centre,")
        person = _OF_BODY_END.sub("", named)
        if _PERSON_ONLY.fullmatch(person):
            return person, who if person == named else f"{who}, {named[len(person) :].strip()}"
    return who, app


_OFFICE_LETTERS = compiled(cues.ROLE_INITIALS)
_STYLE_THE = compiled(r"^the\s+(?=(?:(?:Most|Right|Rt\.?)\s+)?Hono(?:u)?rable\b)")
_OFFICE_OF_FIELD = compiled(r"(?:[A-Z][a-z]+\s+){0,2}?([A-Z][a-z]+)\s+(?:of|for)\s")
_NAMED_AFTER = compiled(
    rf"^(?:an?|the)\s+[a-z][\w\s-]{{1,60}}?\s+(?:named|called)\s+(?P<name>{cues.PERSON})$"
)


def _is_office_word(word: str) -> bool:
    """ "Officer" of "The Police Public Relations Officer", "Leader" of "the Opposition Leader"."""
    return word in cues.TITLE_WORDS or (word[:1].isupper() and word.lower() in cues.ROLE_KEYS)


_OF_BODY_END = compiled(r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][^,]*$")


def without_trade(named: str) -> str:
    """The name without the age or lower-case trade before it: "the critic Philippa Oakes",
    "68-year-old Sheila Grant", "advocate Daniel Roux"."""
    return _AGE_FIRST.sub("", named)


# (and a role in lower case: "Her lawyer, advocate Daniel Roux, said:")
_AGE_FIRST = compiled(  # ("19-year-old left-arm spinner Kadeem Phillip-Joseph": both)
    r"^(?:\d{1,3}-year-old\s+(?:(?!(?:of|in|at|from|for|to|and|the|who)\b)[a-z][\w-]*\s+){0,2}"
    # ("The chair, the critic Philippa Oakes, said": "the" and a trade before the name too)
    r"|(?:the\s+)?(?:(?!(?:of|in|at|from|for|to|and|the|an?|with|on|by|who|now|then)\b)"
    r"[a-z][\w-]*\s+){1,2})"
    r"(?=[A-Z])"
)


# A claim noun before the name of whoever answers it ("a charge Mr. Quaye called", "an
# allegation the company dismissed as"): the noun is the object, not the speaker
CLAIM_NOUN_PHRASE = (
    r"(?:an?|the)\s+(?:[a-z]+\s+)?(?:charge|claim|accusation|allegation|suggestion|assertion|"
    r"characteri[sz]ation|description|comparison|criticism|remark|label)"
)
_CLAIM_BEFORE = compiled(rf"^{CLAIM_NOUN_PHRASE}\s+(?=[A-Z])")


def without_claim_noun(who: str) -> str:
    """ "a charge Mr. Quaye" -> "Mr. Quaye": in "…, a charge Mr. Quaye called “a lie”" he speaks."""
    return _CLAIM_BEFORE.sub("", who)


def longest_name(who: str, rest: str) -> tuple[str, str]:
    """ "said former Obama adviser David Axelrod": the lazy match stopped at "former Obama";
    "exhorted Clinton's introducer, actress Jamie Lee Curtis": the name follows the role."""
    if who.split()[-1] in cues.TITLES and rest.startswith(". "):
        titled = _TITLED_NAME.match(rest)  # "said former South Carolina Gov. Jim Hodges"
        if titled:
            return f"{who}{titled.group()}", rest[titled.end() :]
    if who.endswith(" Chamber") and (chamber := _CHAMBER_OF.match(rest)):
        who, rest = f"{who}{chamber.group()}", rest[chamber.end() :]  # "said Negril Chamber| of
        # Commerce president X": the body's "of" (not an office's: "Conservator of Forests X")
    if who.endswith(" Chief") and (chief := _CHIEF_OF.match(rest)):
        who, rest = f"{who}{chief.group()}", rest[chief.end() :]
    if (joined := _AND_BODY_OFFICE.match(rest)) and _is_office_word(joined.group().split()[-1]):
        who, rest = f"{who}{joined.group()}", rest[joined.end() :]  # "said the Prevention| and
        # Combating of Corruption Bureau Director General, Mr X": a body's "and", then its office
    more = _ROLE_THEN_NAME.match(rest)
    if more is None and who.endswith(_AIDES):
        more = _AIDE_TO.match(rest)  # "said Special Assistant| to the Prime Minister on Health X"
    if more is not None:
        return f"{who}{more.group()}", rest[more.end() :]
    if _OFFICE_END.search(who) and (seat := _FOR_SEAT.match(rest)):
        who, rest = f"{who}{seat.group()}", rest[seat.end() :]  # "said the Member| for Mount
        # Harlow, Jarrod Pike,": the seat, then the name
    if _OF_FIELDS.search(who) and (fields := _COMMA_FIELDS.match(rest)):
        who, rest = f"{who}{fields.group()}", rest[fields.end() :]  # "said the Cabinet Secretary
        # for Rural Affairs|, Land Reform and Islands, Catherine Mowat": the fields, then her
    if _FIELD_END.search(who) and (field := _AND_FIELD.match(rest)):
        who, rest = f"{who}{field.group()}", rest[field.end() :]  # "… for Health| and Family
        # Welfare, Anisur Rahman Mollik": the field's second part, then the name
    rank = _RANK.match(rest) if who.endswith(("’s", "'s")) else None
    if rank is not None:  # "said the Senate's No. 2 Republican, Sen. Harlan Pike of Ohio"
        who, rest = f"{who}{rank.group()}", rest[rank.end() :]
        named = _COMMA_NAME.match(rest)
        return (named["name"], rest[named.end() :]) if named else (who, rest)
    named = _COMMA_NAME.match(rest)
    person = _PERSON_ONLY.fullmatch(_LEADING_THE.sub("", _name_tail(who)))  # "the Rev. Oduya"
    body = named is not None and named["name"].split()[-1].lower() in cues.ORG_HEADS
    if named and not person and not body:  # not ", pastor of Greater Hope Baptist Church,"
        return named["name"], rest[named.end() :]
    head = _NOUN_AFTER_MODIFIER.match(rest) if _DETERMINER.match(who) else None
    if head is not None:  # "said a senior Republican| strategist": the noun ends the phrase
        return f"{who}{head.group()}", rest[head.end() :]
    return who, rest


_DETERMINER = compiled(r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Tt]heir)\s")
# The head noun a capitalised modifier stopped short of: "said an Irish| government official",
# "said the French| foreign ministry", "said a major Muslim| civil rights group"
_NOUN_AFTER_MODIFIER = compiled(
    rf"(?:\s+(?![a-z]+ly\b){cues.ROLE_WORD}){{0,2}}\s+(?=[a-z])"
    rf"(?:{cues.ROLE_NOUNS}|{cues.ORG_HEAD}|{cues.GENERIC_ORG})s?(?=[\s,.;:!?—–)]|$)"
)


def whole_name(who: str, rest: str) -> tuple[str, str]:
    """The name a cue's words give (`longest_name` of `name_before_comma`), and the rest. A
    ministry's fields before its office are not a name and its appositive: "said Lands,
    Agriculture| and Rural Development Minister Cde X"."""
    if _FIELDS.fullmatch(who) and (fields := _AND_FIELD_OF_OFFICE.match(rest)):
        return longest_name(f"{who}{fields.group()}", rest[fields.end() :])
    return longest_name(name_before_comma(who), rest)


def name_before_comma(who: str) -> str:
    """ "Griffin, an Obama backer" names Griffin; "the chief executive, Jeff Weiner" does not
    start with a name and is left to `_name_in_appositive`."""
    head, comma, _ = who.partition(",")
    if comma and _PERSON_ONLY.fullmatch(head) and head.split()[0] not in NOT_NAMES:
        return head
    return who


def _name_tail(who: str) -> str:
    return re.split(r"['’]s\s+", who)[-1]


_LEADING_OK = {
    "The",
    "A",
    "An",
    "His",
    "Her",
    "Their",
    "Its",
    "Another",
    "One",
    "Two",
    "Three",
    "Some",
    "Many",
    "Several",
    "Other",
    "Others",
}


# A crowd's size cut off from its "of": "Tens of thousands of protesters rallied …, singing “…”"
# (the whole "Hundreds of residents" stays a group that speaks)
_NOT_ONE_WORD = NOT_NAMES | set("Tens Dozens Hundreds Thousands Millions Scores".split())
# the paper itself: "We're publishing it in full:" introduces someone else's statement
_WE = frozenset("We We're We’re We've We’ve We'd We’d We'll We’ll Us".split())


def valid_speaker(who: str) -> bool:
    words = who.split()
    # (a body called "All …": "All Island Three-Wheeler Drivers' Union president X")
    body_of_all = len(words) > 3 and words[0] == "All" and words[1][:1].isupper()
    date_name = date_as_given_name(who, 0, who)  # "June Hartnell", "Sunday Okonkwo"
    if (
        len(words) > 1
        and words[0] in NOT_NAMES
        and words[0] not in _LEADING_OK
        and not (body_of_all or date_name)
    ):
        return False  # "On Thursday", "Later on Sunday", "And the North American ..."
    if who.endswith(("’s", "'s")):
        return False  # "Trump’s comments ...": a possessive is not the subject
    if len(words) == 1 and words[0].lower() in {"he", "she", "it"}:
        return True
    if words and words[0] in _WE:
        return False
    return bool(words) and not (len(words) == 1 and words[0] in _NOT_ONE_WORD)


# After an inverted cue's speaker, a finite verb: the "speaker" is the subject of what was said
_CLAUSE_VERB = compiled(
    r"\s+(?:could|would|will|was|were|is|are|had|has|have|should|might|may|can|did|does|must)\b"
)


def starts_a_clause(rest: str) -> bool:
    """ "“…,” said the candidate| could be …": the words after the name go on as a clause."""
    return _CLAUSE_VERB.match(rest) is not None

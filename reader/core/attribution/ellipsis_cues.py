"""A lead whose clause has no subject of its own, so the sentence's subject speaks: "Carson did
not name them, but told his supporters, “…", "Trump issued a statement saying, “…", "…, with
Trump reportedly yelling: “…"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_details import clean
from reader.core.attribution.cue_names import name_in_appositive, valid_speaker
from reader.core.attribution.fixed_cues import APPOSITIVE
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_keys import role_key
from reader.core.calendar_words import WEEKDAYS

_M = cues.MENTION
# "…, with Trump reportedly yelling: “…": the participle's subject follows "with".
_WITH_PARTICIPLE = compiled(
    # ("with Yusra Salim al-Harthy, head of the Directorate of Aromatic Crops, calling this
    # year's tapping ‘the most important harvest …’": her words for it)
    rf"\bwith\s+(?P<who>{_M}){APPOSITIVE}\s+{cues.ADVERB}"
    rf"(?P<verb>{cues.PARTICIPLE}|calling|describing|accusing)\b[^“”\"]*$"
)
# "Carson did not name them, but told his supporters, “…" / "Trump issued a statement saying, “…":
# the clause before the quote has no subject of its own, so the sentence's subject speaks.
_CAPITAL_NOT_A_DAY = rf"(?!(?:{'|'.join(WEEKDAYS)})\b)[A-Z][a-z]"  # ("Trump Tuesday called")
_ELLIPSIS = (
    # an opening phrase, not a clause: in "He grew up in Coventry, the son of a bus driver, and
    # calls it …" he calls it
    # a dateline: "CONCORD, N.H. — ", "TBILISI, Dec 4 (Reuters) - "
    r"^\s*(?:[A-Z][A-Z.' ]{2,},\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*[—–]\s*"
    rf"|{cues.DATELINE})"
    rf"(?:(?!(?:He|She|They|We|I)\s)[A-Z][^,“”\"]{{0,120}},\s+)?"
    r"(?:(?:And|But|So|Then)\s+(?:then\s+)?)?"
    # not a dateline's place: "DES MOINES, Iowa — The governor … promised"
    # (the whole name: not "Yusuf Al| Hammadi, is recorded as saying")
    # ("When the transport minister, Alistair Greaves, stood up …": a comma after the name)
    rf"(?P<who>{{who}})(?!\s+{_CAPITAL_NOT_A_DAY}){APPOSITIVE}(?!\s*[—–]\s),?\s+[^“”\"]*?"
    r"(?:\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?"
    rf"(?P<verb>{cues.SPEECH_VERB})\b|\b(?P<participle>{cues.PARTICIPLE}))[^“”\"]*$"
)
_SUBJECT_ELLIPSIS = compiled(_ELLIPSIS.replace("{who}", _M))
# "The premier went further …, telling the room": a role (MENTION takes "The" for a name first)
_ROLE_ELLIPSIS = compiled(_ELLIPSIS.replace("{who}", cues.ROLE_NP))
_CALLED = compiled(rf"\s+(?:called|named)\s+(?P<name>{cues.PERSON})(?=,)")
_NAME_THEN_COMMA = compiled(rf"\s*(?P<name>{cues.PERSON}),\s+")
# a role noun and a name after a body's name ("Kilbride United defender Ross McAteer")
_ROLE_THEN_NAME = compiled(
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{cues.ROLE_NOUNS}|{cues.ROLE_KEY_WORDS})\s+{cues.PERSON}"
    r"(?=[\s,.;]|$)"
)
_PRONOUNS = ("he", "she", "they", "we", "i", "it")
_OPENER = compiled(r"(?:In|On|At|By|During|After|Before|Since|Last|This)\s")
_OWN_SUBJECT = compiled(r"\b(?:as|while|when|after|before|because|since|until)\s+[A-Z]")


def with_participle_cue(lead: str) -> Cue | None:
    """ "…, with Trump reportedly yelling: “…": the one named after "with"."""
    with_who = _WITH_PARTICIPLE.search(lead) if "with" in lead else None
    if with_who is None or not valid_speaker(with_who["who"]):
        return None
    # ("with one Independent TD, Michael Gaughan, describing": the name in apposition)
    who, description = name_in_appositive(with_who["who"], clean(with_who["app"]))
    return Cue(who, with_who["verb"].split()[0], "subject", description=description)


def ellipsis_cue(lead: str, has_verb: bool) -> Cue | None:
    """The sentence's subject, when the clause before the quote has none of its own."""
    # both patterns need a participle (all end in "ing") or, after "and"/"but", a reporting verb
    participle = "ing" in lead
    if participle and (with_who := with_participle_cue(lead)):
        return with_who
    match = _SUBJECT_ELLIPSIS.match(lead) if participle or has_verb else None
    if match is not None and match["who"] in ("The", "A", "An"):
        match = _ROLE_ELLIPSIS.match(lead)
        if match is not None and _OWN_SUBJECT.search(lead, match.end("who")):
            return None  # "The mayor listened as Reid addressed the chamber, warning": Reid's
    if match is None or not valid_speaker(match["who"]):
        return None
    verb = match["verb"] or match["participle"].split()[0]
    who, description = name_in_appositive(match["who"], clean(match["app"]))
    if called := _CALLED.match(lead, match.end("who")):  # "a young man called Liam Rudd, stood"
        who, description = called["name"], who
    role_name = _ROLE_THEN_NAME.match(lead, match.end("who")) if not match["app"] else None
    if role_name and who[:1].isupper() and who.lower() not in _PRONOUNS:
        who = f"{who}{role_name.group()}"  # "Kilbride United| defender Ross McAteer has …": him
    role = who[:1].islower() and role_key(who) is not None  # (not "On Friday, he …")
    named = _NAME_THEN_COMMA.fullmatch(lead, 0, match.start("who")) if role else None
    if named and _OPENER.match(named["name"]):
        named = None  # "In January, the minister stood … and said,": a time, no one's name
    if named:  # "Tanya Morrow-Quist, president of the …, climbed … and told": her, so described
        who, description = named["name"], who
    return Cue(who, verb, "subject", description=description)

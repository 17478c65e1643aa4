"""Whether a name is its sentence's subject: it opens the sentence, a reporting verb follows it,
or a role introduces it ("At the White House, spokeswoman Jolene Whitcombe singled out …", "His
lawyer, Peter Caruana, said …", "But defence barrister Kate Lindqvist urged …"). A later pronoun
most likely means that subject, not someone named after it."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.roles import ROLE_WORDS

# "At the White House, spokeswoman Jolene Whitcombe singled out …": the subject after an opener.
_OPENER_AND_ROLE = compiled(
    r"(?:^|[.!?][”\"’]?\s+|\n)[A-Z][^,.;“”\"]{0,50},\s+"
    rf"(?:{ROLE_WORDS})\s+\Z"
)
# The sentence opens with the name's role: "His lawyer, Peter Caruana, said …", "But defence
# barrister Kate Lindqvist urged …" (the name is the subject, not one named in what follows)
_ROLE_OPENS_SENTENCE = compiled(
    r"(?:^|[.!?][”\"’]?\s+|\n)(?:(?:But|And|Yet|So|Then)\s+)?(?:(?:His|Her|Their|Its|The)\s+)?"
    rf"(?:[A-Za-z][\w’'-]*\s+){{0,3}}(?i:{ROLE_WORDS})"
    # ("Cleckbridge Town's director of football, Eamon Kilbride, defended …"; "Harcastle Saints head
    # coach Hemi Walker admitted …": three words before the role)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})?,?\s+\Z"
)


# "His directeur sportif, Koen Verstraeten, took …": whatever the words, a possessive's noun set
# in apposition to the name that opens the sentence
_OWNED_NOUN_OPENS = compiled(
    r"(?:^|[.!?][”\"’]?\s+|\n)(?:His|Her|Their|Its)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*,\s+\Z"
)


def role_subject(text: str, pos: int) -> bool:
    """Whether the name at `pos` follows an opening phrase and its role, or a role that opens the
    sentence."""
    return bool(
        _OPENER_AND_ROLE.search(text, max(0, pos - 90), pos)
        or _ROLE_OPENS_SENTENCE.search(text, max(0, pos - 60), pos)
        or _OWNED_NOUN_OPENS.search(text, max(0, pos - 60), pos)
    )


# A mention opens its sentence (after an opener or a title) or is followed by a reporting verb.
_SUBJECT_BEFORE = compiled(
    rf"(?:^|(?:[!?]|\.{cues.NOT_AFTER_ABBREVIATION})[”\"’)]?\s+|\n)"  # not "towards Mrs. Whitlaw"
    rf"{cues.DATELINE}(?:(?:But|And|Yet|Still|Then|Now|Later)\s+)?"  # "WASHINGTON — Rep. …"
    # "Her husband, Daniel Sandoval, spoke …": a relative named in apposition to the opening
    # words (not "Her predecessor, Imogen Pryce-Holt, tried …", a step away from the story)
    rf"(?:(?:His|Her|Their)\s+(?:[a-z-]+\s+)?(?:{'|'.join(sorted(cues.KIN))}),\s+)?{cues.TITLE}?$"
)
_NAME_THEN_SPEECH = compiled(
    # ("Kerry Atwell, 42, from Tollbury, said": an age and a home)
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:(?:,[^,.;]{1,80}){1,2},)?\s+(?:\w+ly\s+)?"
    r"(?:said|says|told|tells|added|argued|warned|noted|explained|wrote|welcomed|agreed)\b"
)


def is_subject(text: str, pos: int) -> bool:
    """Whether the person named at `pos` is the subject of their sentence: the one a following
    "she said" most likely means, even when the article never shows their gender."""
    return bool(
        _SUBJECT_BEFORE.search(text, max(0, pos - 40), pos) or _NAME_THEN_SPEECH.match(text, pos)
    )


def owner_before_name(text: str, pos: int) -> int:
    """Where the name after "Mrs. Carmody's son, " starts, if one is named at `pos` only as the
    owner of the next ("Trump's attorney, Alan Garten, said"); -1 otherwise."""
    owner = _OWNER_THEN_NAME.match(text, pos)
    return owner.end() if owner else -1


# "Mrs. Carmody's son, " right before a name: the name is the subject ("Haddad's team" is hers)
_OWNER_THEN_NAME = compiled(  # ("Te Ara Ora’s regional director of surgery, Dr Siobhan Reilly")
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*['’]s\s+(?:[a-z-]+\s+){0,4}?[a-z-]+,\s+"
)

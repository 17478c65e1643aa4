"""Asides in a lead that are no part of the words naming who speaks: a role's gloss in brackets
("Assistant commissioner of police (cyber) Nitin Bhardwaj said:"), a body's initials ("The
Tanzania Revenue Authority (TRA) Commissioner General, Mr X, said:"), a court's letter in marks
("District ‘A’ Magistrate X warned …") and a teller's "he said" ("Desai, he said, told him:")."""

from __future__ import annotations

from reader.core.attribution.acronyms import without_body_initials
from reader.core.attribution.pattern_cache import compiled

# ("Zimbabwe Energy Workers’ Union (Hwange branch) chairman Mr X": a branch's)
_ROLE_ASIDE = compiled(r"(?<=[\w’']) \((?:[A-Z][a-z]+ )?[a-z]+(?: [a-z]+)?\)(?= [A-Za-z])")
_LETTER_IN_MARKS = compiled(r"(?<= )‘[A-Z]’ (?=[A-Z])")
# "Desai, he said, told him:": the one telling it, between the name and her verb
# (not "An ambassador's job, he said, should be to": there the aside is the cue)
_TELLERS_ASIDE = compiled(
    r"(?<=[a-z]), (?:he|she|they) (?:said|says|recalled|recalls),"
    r"(?= (?:told|asked|wrote|replied|texted|emailed|said to)\b)"
)


def without_asides(lead: str) -> str:
    """`lead` without its asides (any lead: most have none and come back as they are)."""
    if "(" in lead:
        lead = without_body_initials(_ROLE_ASIDE.sub("", lead))
    if "‘" in lead:
        lead = _LETTER_IN_MARKS.sub("", lead)  # "District Magistrate X": the court's title
    if " said," in lead or " says," in lead or " recall" in lead:
        lead = _TELLERS_ASIDE.sub("", lead)
    return lead

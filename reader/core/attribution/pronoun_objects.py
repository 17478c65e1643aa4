"""Whether a "him" or "her" is the object of a named person's own verb ("Rourke asked him",
"Tapsell, who worked alongside her"): such a pronoun never means that person."""

from __future__ import annotations

import re

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.verbs import QUESTION_VERBS


def object_of_subject(masked: str, subject_at: int, pronoun: re.Match[str]) -> bool:
    """Whether the pronoun is the object of its subject's own verb ("Imelda Rourke, the coroner,
    asked him"), which never means the subject; in "Rourke said they asked him" it may."""
    found = _object_after(masked, subject_at)
    return found is not None and found.start("object") == pronoun.start()


def asks_someone(text: str, subject_at: int, pronoun: str) -> bool:
    """Whether the person named at `subject_at` puts a question to a "him" (or "her") right after:
    "Imelda Rourke, asked him why …". The "he" that follows answers: him, not her. (In "Pruett
    answered him. “…,” he said" the one who answered goes on speaking.)"""
    found = _object_after(text, subject_at) or _ASKS_LATER.match(text, subject_at)
    if found is None or found["object"] != ("him" if pronoun == "he" else "her"):
        return False
    return found["verb"] in QUESTION_VERBS


# "Mr. Drabek then held up a 2009 article … and asked him to read the title aloud": a question
# put after another act of the same sentence
_ASKS_LATER = compiled(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*\s+(?:then\s+)?[a-z]+\b[^.;!?“”\"]{0,120}?\s+and\s+"
    r"(?:then\s+)?(?P<verb>asked|pressed|questioned|challenged)\s+(?P<object>him|her)\b"
)


def _object_after(text: str, subject_at: int) -> re.Match[str] | None:
    """ "Rourke asked him", "Valand pressed her on …": the object right after the subject's verb
    ("her" only where it is no possessive: "asked her why", not "asked her lawyer")."""
    found = _SUBJECT_VERB_OBJECT.match(text, subject_at)
    if found is None or (found["object"] == "her" and not _OBJECT_HER.match(text, found.end())):
        return None
    return found


def object_in_relative(masked: str, named_at: int, pronoun: re.Match[str]) -> bool:
    """Whether the pronoun is the object of a "who …" clause about the name before it: nobody
    is "him" or "her" in their own clause ("Tapsell, who worked alongside her")."""
    word = pronoun.group().lower()
    if word not in ("him", "her") or pronoun.start() - named_at > 160:
        return False
    if word == "her" and not _OBJECT_HER.match(masked, pronoun.end()):
        return False  # "who lost her job": her own
    return _RELATIVE_UP_TO.match(masked, named_at, pronoun.start()) is not None


# From a name to the pronoun: the name, an age, ", who" and one clause with no break
_RELATIVE_UP_TO = compiled(r"[^,.;]*?(?:,\s+\d{1,3})?,\s+who\s+[^,.;“”\"]*$")


# What follows an object "her" (not a possessive one): "asked her why", "pressed her on",
# "worked alongside her at"
_OBJECT_HER = compiled(
    r"\s*(?:[,.;:!?)—–-]|(?=\n)|\Z|(?:why|whether|if|how|what|when|to|that|about|for|at|with|from|again|"
    r"back|on|in|and|after|before|because|as|since|until|through|over|into|out|up)\b)"
)
# A name, an appositive, the name's verb and its object: "Imelda Rourke, the coroner, asked him"
_SUBJECT_VERB_OBJECT = compiled(
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,[^,]{0,80},|,)?\s+(?:[a-z]+ly\s+)?"
    # "Vantongeren laughed and told her to send it in": the second of two verbs too
    r"(?:[a-z]+\s+and\s+)?"
    # a verb group: "Arthur Penhale, 88, has been coming to see her since …" (not "Tom said she
    # loved him", where "him" may be Tom)
    r"(?:(?!(?:he|she|they|that|who|which|whom|i|we|you)\b)[a-z]+\s+){0,4}?"
    r"(?P<verb>[a-z]+)\s+(?P<object>him|her)\b"
)


def object_use(pronoun: re.Match[str], masked: str) -> bool:
    """ "him", "hers", and "her" as an object ("calls her “the boss”", "told her that"), not as
    an owner ("her brother", whose owner is often the subject)."""
    word = pronoun[0].lower()
    if word != "her":
        return word in ("him", "hers")
    return _AFTER_OBJECT.match(masked, pronoun.end()) is not None


_AFTER_OBJECT = compiled(
    r"\s*(?:[“”\"‘’',.;:!?]|$)|\s+(?:to|that|a|an|the|and|in|on|at|for|with|as|about|from|into|"
    r"up|down|back|out|off|how|what|why|if|whether)\b"
)

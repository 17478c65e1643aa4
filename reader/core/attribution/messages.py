"""Quoted messages: "A text message sent by Brannock … reads in full: “…”", "He got a text from
her that night. It read: “…”". The words are the sender's, not the message's nor the reader's."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import Cue

_MESSAGE = r"(?:text(?:\s+message)?|e-?mail|message|note|letter|memo|voicemail|card)"
# "a text message sent by Brannock", "an email from Mr. Okafor", "a note she got from him"
_SENDER = (
    rf"{_MESSAGE}s?\s+(?:(?:that\s+)?(?:sent|written|signed)\s+)?(?:by|from)\s+"
    rf"(?P<sender>{cues.PERSON}|him|her)\b"
    # not an owner: "a card from her daughter", "a letter from Alvarez's lawyer"
    r"(?![\w’'])(?!\s+(?!(?:at|on|in|to|that|last|this|early|late|about|after|before|when|"
    r"while|and|with|which|saying|asking|sent|read|reads)\b)[a-z])"
)
# "the quote is what the message says": "…, reads in full:", "It read:"
_READS = r"\s+(?:read|reads)\b(?:,?\s+in\s+full)?,?\s*:?\s*$"
_SENDER_LEAD = compiled(
    rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[a-z-]+\s+){{0,2}}{_SENDER}"
    rf"[^“”\"]{{0,200}}?{_READS}"
)
_IT_READS = compiled(rf"^\s*(?:It|The\s+{_MESSAGE})\b{_READS}")
_SENDER_BEFORE = compiled(_SENDER)
_OBJECT_TO_SUBJECT = {"her": "she", "him": "he"}  # resolved as the pronoun a cue would use


def awaits_sender(cue: Cue | None) -> bool:
    """No cue yet, or only "It read:", whose "It" is the message: its sender is looked for."""
    return cue is None or (cue.verb == "read" and cue.who == "It")


def message_cue(lead: str, before: str) -> Cue | None:
    """The sender named in the lead ("A text message sent by Brannock … reads:"), or, for "It
    read:", in the sentence before ("a text from her")."""
    named = _SENDER_LEAD.search(lead)
    if named is None and _IT_READS.match(lead):
        named = next(reversed(list(_SENDER_BEFORE.finditer(before))), None)
    if named is None:
        return None
    sender = named["sender"]
    return Cue(_OBJECT_TO_SUBJECT.get(sender, sender), "read", "message")

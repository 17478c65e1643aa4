"""Whether a name is its sentence's subject because a role introduces it: "At the White House,
spokeswoman Jolene Whitcombe singled out …", "His lawyer, Peter Caruana, said …", "But defence
barrister Kate Lindqvist urged …". A later pronoun means that subject, not someone named after."""

from __future__ import annotations

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
    rf"(?:[A-Za-z][\w’'-]*\s+){{0,2}}(?i:{ROLE_WORDS}),?\s+\Z"
)


def role_subject(text: str, pos: int) -> bool:
    """Whether the name at `pos` follows an opening phrase and its role, or a role that opens the
    sentence."""
    return bool(
        _OPENER_AND_ROLE.search(text, max(0, pos - 90), pos)
        or _ROLE_OPENS_SENTENCE.search(text, max(0, pos - 60), pos)
    )

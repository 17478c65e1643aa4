"""A firm's analysts speak for the firm: "Analysts at Colonnade Partners said in a note to
clients …" is the firm's research, and "the analysts wrote" later in the piece means the same
firm's. Business news quotes banks and brokers this way every day."""

from __future__ import annotations

import bisect

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

# (not researchers: "the researchers" of a study speak through its lead author, roles.py)
# "Regulators at the Federal Aviation Administration described …": the body's staff, for it
_NOUNS = ("analysts", "economists", "strategists", "regulators", "inspectors", "auditors")
# "Colonnade Partners", "J.P. Morgan", "the Institute for Fiscal Studies" (not "Barclays. Sterling")
_WORD = r"[A-Z][\w&’'-]*(?:\.[A-Z][\w&’'-]*)*"
# ("the Schools Inspectorate for Wales and the Marches": "the" after a joiner)
_FIRM = rf"(?P<firm>{_WORD}(?:\s+(?:(?:&|of|for|and)\s+(?:the\s+)?)?{_WORD}){{0,4}})"
# "Analysts at Colonnade Partners", "economists from Westgate Bank", "strategists with UBS"
_STAFF = rf"(?P<noun>(?i:{'|'.join(_NOUNS)}))\s+(?:at|from|with)\s+(?:the\s+)?{_FIRM}"
_STAFF_AT = compiled(rf"\b{_STAFF}")
# a cue's words, all of them ("… led by Tomasz Zieliński": the note's lead author speaks)
_LEAD = r"(?:\s+led\s+by\s+(?P<lead>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}))?"
_WHOLE = compiled(rf"(?:[Tt]he\s+)?{_STAFF}{_LEAD}")
_THE_STAFF = compiled(rf"[Tt]he\s+(?P<noun>{'|'.join(_NOUNS)})")


class FirmStaff:
    """Where the article names a firm's analysts (or economists, or strategists)."""

    def __init__(self, text: str) -> None:
        self._named: list[tuple[int, str, str]] = sorted(_staff_named(text))

    def firm(self, who: str, at: int) -> Resolution | None:
        """ "Analysts at Colonnade Partners": the firm; "the analysts": the firm whose analysts
        the article named last before `at`."""
        if not self._named:
            return None
        whole = _WHOLE.fullmatch(who)
        if whole is not None and whole["lead"]:
            return Resolution(whole["lead"], "led-by")
        if whole is not None:
            return Resolution(whole["firm"], "firm-staff")
        the_staff = _THE_STAFF.fullmatch(who)
        if the_staff is None:
            return None
        index = bisect.bisect_left(self._named, (at, "", ""))
        for _, noun, firm in reversed(self._named[:index]):
            if noun == the_staff["noun"]:
                return Resolution(firm, "firm-staff")
        return None


def _staff_named(text: str) -> list[tuple[int, str, str]]:
    """(where, noun, firm) of each "analysts at <Firm>": the nouns are found past their first
    letter ("nalysts ") by `str.find`, and the pattern is tried only there."""
    found = []
    for noun in _NOUNS:
        at = text.find(noun[1:] + " ", 1)
        while at > 0:
            match = _STAFF_AT.match(text, at - 1)
            if match is not None:
                found.append((match.start(), match["noun"].lower(), match["firm"]))
            at = text.find(noun[1:] + " ", at + len(noun))
    return found

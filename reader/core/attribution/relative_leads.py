"""A cue in a relative clause before a quote: "the novelist Farrah Lindqvist, who wrote simply:
“…”", "…, whose chair, Councillor Bernard Okoye, called the findings “…”"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.name_atoms import NO_PARTY_TAG
from reader.core.attribution.pattern_cache import compiled

_M = cues.MENTION
# A reporting verb after a space: every clause cue has one (`\s+{ADVERB}{SPEECH_VERB}\b`).
VERB_AFTER_SPACE = compiled(rf"\s{cues.SPEECH_VERB}\b")
# "the novelist Farrah Lindqvist, who wrote simply:", "Moncrieff, who has not toured since 2016
# and has called touring", "…, whose chair, Councillor Bernard Okoye, called the findings": the
# relative clause's subject speaks
_LEAD_WHO = compiled(
    # ("Sunniva Aarhus-Berg, a partner at a small Oslo fund, who called it": past an
    # appositive; a name from a word's start, as the search may begin inside one)
    # ("Darren Kovac, head of auctions at Kovac & Lisle, who called it": a bare role and its body)
    rf"(?:(?<![\w’'-]){NO_PARTY_TAG}(?P<who>{_M})(?:,\s+(?:(?:an?|the)\s+|(?=[a-z]+(?:\s+[a-z]+){{0,3}}\s+(?:of|at|for)\s))"
    # ("Shirley Oakes, 66, who said:": an age; "Sen. X, R-Alder Creek, who": a party tag)
    r"[^,;“”\"]{1,80}|,\s+\d{1,3}|,\s+[DRI]-[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?,\s+who\s+"
    r"(?:[^,;“”\"]{0,80}?\s+and\s+)?"
    r"|\bwhose\s+(?:[a-z-]+\s+){0,3}?[a-z-]+,\s+(?P<of>" + _M + r"),\s+)"
    r"(?:(?:has|had|have|once|also|then|later)\s+)*"
    rf"{cues.ADVERB}(?P<verb>{cues.SPEECH_VERB})\b[^,;“”\"]{{0,40}}$"
)


class RelativeLead:
    """`_LEAD_WHO.search(lead)`, begun a name's length before the lead's last "who": its subject
    and verb sit close to the quote, and a search from the lead's start costs a scan of it."""

    def search(self, lead: str) -> re.Match[str] | None:
        at = max(lead.rfind(", who "), lead.rfind(" whose "))
        if at < 0 or len(lead) - at > 200:
            return None
        if not VERB_AFTER_SPACE.search(lead, max(at, len(lead) - 60)):
            return None  # (cheap) no reporting verb near the quote
        return _LEAD_WHO.search(lead, max(0, at - 200))


RELATIVE_LEAD = RelativeLead()

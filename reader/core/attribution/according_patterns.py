"""Reported speech that names its source with "according to": a person or body ("according to
Wes Tolliver, …"), or any phrase that names a source ("According to F.A.A. records, …")."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.reported_patterns import WHO

# "According to the SEC’s complaint, filed in federal court in Manhattan, the fund …": where
# the document was filed or published is no part of the claim
_FILED = (
    r"(?:,\s+(?:filed|published|released|issued|obtained|seen|reviewed|submitted|made\s+public)"
    r"\b[^,;:“”\"]{1,80})?"
)
# "According to …" opening the sentence, perhaps after a short phrase ("In Lagos, according to")
# (or a dateline: "KALUTARA, Jan 17: According to …")
_ACCORDING_OPENS = rf"^{cues.DATELINE}(?:[A-Z][^,“”\"]{{0,40}},?\s+)?[Aa]ccording\s+to\s+"
# ("According to Dr X, who heads the outpatient department, the number …": a clause about X)
_WHO_CLAUSE = r"(?:,\s+who\s[^,“”\"]{1,150})?"
# ("According to the Federation of Petroleum Exporting States (FPES), …": its initials after it)
ACCORDING_LEAD = LazyPattern(
    rf"{_ACCORDING_OPENS}{WHO}(?:\s+\([A-Z][\w&.-]{{1,9}}\))?{_FILED}{_WHO_CLAUSE},\s+(?P<content>\S.+)$"
)
# "According to him, at least 40 traders had been arrested …": the person just named (a pronoun
# in the object case; the resolver reads it as "he" or "she")
ACCORDING_PRONOUN = compiled(rf"{_ACCORDING_OPENS}(?P<who>him|her),\s+(?P<content>\S.+)$")
# "The backlog has grown to $19 million, and, according to councillor X, the budget has been
# cut …": the clause after the source is the claim
ACCORDING_MID = LazyPattern(
    rf"^[^“”\"]{{10,200}}?,\s+(?:and|but)\s*,?\s+according\s+to\s+{WHO},\s+(?P<content>\S.+)$"
)
# "According to F.A.A. records, …", "…, according to early results of exit polls conducted
# for the networks": "according to" names a source whatever its words (tried after the above).
_SOURCE_PHRASE = r"(?P<who>(?!(?:him|her|them|us|me|it|this|that)\b)[^,;:“”\"()]{3,140}?)"
ACCORDING_LEAD_PHRASE = compiled(
    rf"{_ACCORDING_OPENS}{_SOURCE_PHRASE}{_FILED},\s+(?P<content>\S.+)$"
)
ACCORDING_TAIL_PHRASE = compiled(
    # "…, according to its chief executive, Helena Marsh, who blamed a fall in sponsorship."
    # "…, according to Sen. Maureen Laskey, R-Kan., whose state is home to …"
    rf"^(?P<content>.+?),?\s+according\s+to\s+{_SOURCE_PHRASE}"
    rf"(?:,\s+{cues.PERSON}(?:,\s+who\s[^“”\"]+?)?"
    r"|,\s+[A-Z]{1,2}-[A-Z][\w.]*,\s+(?:who|whose)\s[^“”\"]+?"
    # "…, according to a statement from the agency, which said ridership had fallen …"
    # ("…, according to a statement from the house, which blamed the cost of grapes")
    r"|,\s+(?:which|who)\s+(?:said|says|added|noted|reported|blamed|cited)\s[^“”\"]+?"
    r"|\s+\([A-Z][A-Za-z]{1,8}\)"  # "… by the Civil Aviation Safety Directorate (CASD)."
    # "…, according to the club's annual accounts, published on Thursday."
    r"|,\s+(?:filed|published|released|issued|obtained|seen|reviewed|submitted)\b[^,;:“”\"]{1,80}?"
    # "…, according to data from X, the third monthly rise in a row.": what the content was
    # ("…, according to figures from X, down from 51,900 in May.": the change it was)
    # ("…, according to data compiled by X, roughly double the total a year earlier.")
    r"|,\s+(?:(?:roughly|about|nearly|almost|around)\s+(?:double|triple|twice|half)\s+"
    r"|(?:the|a|an)\s+|(?:down|up)\s+from\s+|compared\s+with\s+)"
    r"(?![^“”\"]*\b(?:said|says|added|told)\b)[\w$£€][^“”\"]{2,80}?)?[.!?]?$"
)
# "…, according to Wes Tolliver, his chief of staff, who said Mr. Corcoran had …": what follows
# the source may hold an abbreviation's full stop
ACCORDING_TAIL = LazyPattern(
    # ("according to Rep. Nadia Ferrante (D-N.Y.), who said …": a state's stops inside a tag)
    # (not "…, X said, according to WAM": the agency carried X's own report, the tail's)
    # (not "according to Garda sources": the phrase below reads the body's unnamed sources)
    rf"^(?P<content>.+?),?(?<!\bsaid,)(?<!\bsays,)(?<!\badded,)\s+according\s+to\s+{WHO}"
    r"(?!\s+(?:sources?|insiders?)\b)"
    r"(?:[,\s](?:[^.]|\.(?=\s+[A-Za-z]|[A-Z]\.|\)))*)?[.!?]?$"
)


# An outlet that carried someone's words: "according to news agency Ritzau", "according to
# broadcaster NOS", "according to the state news agency"
_OUTLET_SOURCE = compiled(
    r"(?:the\s+)?(?:(?:state|public|national|private|local|regional|daily|[A-Z][a-z]+)\s+)?"
    r"(?:news\s+agency|broadcaster|newspaper|daily|radio|television|tabloid|outlet)\b"
)
_REPORT_INSIDE = compiled(rf"{WHO},?\s+(?:has\s+|had\s+|have\s+)?{cues.SPEECH_VERB}\b")


def according_lead(text: str) -> re.Match[str] | None:
    return _not_carried(ACCORDING_LEAD.match(text))


def according_tail(text: str) -> re.Match[str] | None:
    return _not_carried(ACCORDING_TAIL.match(text))


def _not_carried(match: re.Match[str] | None) -> re.Match[str] | None:
    """The match, unless its source is an outlet and its claim has a speaker of its own:
    "X has promised an “unsparing review” …, according to news agency Ritzau" is X's report,
    carried by the agency (the claim's own cue reads it)."""
    if match is None or not _OUTLET_SOURCE.match(match["who"]):
        return match
    return None if _REPORT_INSIDE.search(match["content"]) else match

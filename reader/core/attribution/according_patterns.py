"""Reported speech that names its source with "according to": a person or body ("according to
Wes Tolliver, …"), or any phrase that names a source ("According to F.A.A. records, …")."""

from __future__ import annotations

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
ACCORDING_LEAD = LazyPattern(
    rf"^(?:[A-Z][^,“”\"]{{0,40}},?\s+)?[Aa]ccording\s+to\s+{WHO}{_FILED},\s+(?P<content>\S.+)$"
)
# "The backlog has grown to $19 million, and, according to councillor X, the budget has been
# cut …": the clause after the source is the claim
ACCORDING_MID = LazyPattern(
    rf"^[^“”\"]{{10,200}}?,\s+(?:and|but)\s*,?\s+according\s+to\s+{WHO},\s+(?P<content>\S.+)$"
)
# "According to F.A.A. records, …", "…, according to early results of exit polls conducted
# for the networks": "according to" names a source whatever its words (tried after the above).
_SOURCE_PHRASE = r"(?P<who>(?!(?:him|her|them|us|me|it|this|that)\b)[^,;:“”\"()]{3,140}?)"
ACCORDING_LEAD_PHRASE = compiled(
    rf"^(?:[A-Z][^,“”\"]{{0,40}},?\s+)?[Aa]ccording\s+to\s+{_SOURCE_PHRASE}{_FILED},\s+"
    r"(?P<content>\S.+)$"
)
ACCORDING_TAIL_PHRASE = compiled(
    # "…, according to its chief executive, Helena Marsh, who blamed a fall in sponsorship."
    # "…, according to Sen. Maureen Laskey, R-Kan., whose state is home to …"
    rf"^(?P<content>.+?),?\s+according\s+to\s+{_SOURCE_PHRASE}"
    rf"(?:,\s+{cues.PERSON}(?:,\s+who\s[^“”\"]+?)?"
    r"|,\s+[A-Z]{1,2}-[A-Z][\w.]*,\s+(?:who|whose)\s[^“”\"]+?"
    # "…, according to a statement from the agency, which said ridership had fallen …"
    r"|,\s+(?:which|who)\s+(?:said|says|added|noted|reported)\s[^“”\"]+?"
    # "…, according to data from X, the third monthly rise in a row.": what the content was
    r"|,\s+(?:the|a|an)\s+(?![^“”\"]*\b(?:said|says|added|told)\b)[a-z][^“”\"]{2,80}?)?[.!?]?$"
)
# "…, according to Wes Tolliver, his chief of staff, who said Mr. Corcoran had …": what follows
# the source may hold an abbreviation's full stop
ACCORDING_TAIL = LazyPattern(
    # ("according to Rep. Nadia Ferrante (D-N.Y.), who said …": a state's stops inside a tag)
    # (not "…, X said, according to WAM": the agency carried X's own report, the tail's)
    rf"^(?P<content>.+?),?(?<!\bsaid,)(?<!\bsays,)(?<!\badded,)\s+according\s+to\s+{WHO}"
    r"(?:[,\s](?:[^.]|\.(?=\s+[A-Za-z]|[A-Z]\.|\)))*)?[.!?]?$"
)

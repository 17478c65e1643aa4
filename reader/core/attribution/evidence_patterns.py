"""Evidence that speaks for its makers: "A CNN/ORC poll in January shows …", "A 2009 report by
the Center for Economic Research found that …", "News footage from the scene showed …"."""

from __future__ import annotations

from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.reported_patterns import DATELINE

EVIDENCE_HEADS = frozenset(
    "poll polls polling survey surveys study studies report analysis review examination average "
    "results estimates "
    "email emails memo video footage research data records projection projections audit".split()
)
EVIDENCE_VERBS = frozenset(
    "found finds showed shows show suggested suggests indicated indicates concluded concludes "
    "revealed reveals showing suggesting indicating".split()
)
EVIDENCE_LEAD = LazyPattern(
    rf"^{DATELINE}(?:[A-Z][^,“”\"]{{0,80}},\s+)?"
    r"(?!(?:Because|When|While|If|As|Although|Though|Since|After|Before|But|And)\b)"
    r"(?P<who>(?:[Aa]n?|[Tt]he|[A-Z][\w/.’'-]*)"
    # modifiers only before the noun: not "A man seen in the video showed up"
    r"(?:\s+(?!(?:as|when|because|while|and|but|that|which|who|was|were|is|are|has|had|in|on|"
    r"at|of|by|from|with|for|to|into|seen)\b)[\w/.’'&-]+){0,6}?\s+"
    rf"(?:{'|'.join(sorted(EVIDENCE_HEADS))})\b"
    # then only what says whose or when: "… by the Center for …", "… released on Tuesday"
    r"(?:\s+(?:by|from|of|in|on|for|released|published|conducted|taken|commissioned|seen)\b"
    r"[^,;:“”\"]{1,80}?)?)"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+[^,“”\"]{2,120},)?"
    r"(?:\s+(?:is|are|was|were))?"  # "Early results of an entrance poll are showing that"
    rf"\s+(?P<verb>{'|'.join(sorted(EVIDENCE_VERBS))})\s+(?!up\b)(?:that\s+)?(?P<content>\S.+)$"
)

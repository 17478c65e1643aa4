"""Reported speech in a "with" clause: "…, with director of rugby Ryder Coulthard explaining
that the squad had been struck …", "with the Treasurer, Bronwyn Ashby, insisting …"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled

# the one "with" introduces reports
WITH_PARTICIPLE = compiled(
    # ("with the Treasurer, Bronwyn Ashby, insisting": the name in apposition)
    r"^.*?\bwith\s+(?P<app>(?:the|his|her|its|their)\s+[^,“”\"]{1,60},\s+)?"
    # (a role in lower case before the name, not a place: "with reporters at the United Nations")
    r"(?:(?:(?!(?:at|in|on|to|from|by|the|an?)\s)[a-z][\w-]*\s+){0,3}(?=[A-Z])"
    # ("with the Matatu Owners Welfare Association chairman Peter Mwangi Kamau saying": a
    # body's name, then its officer's role)
    rf"|the\s+(?:[A-Z][\w’'&-]*\s+){{1,5}}{cues.ROLE_WORD}\s+(?=[A-Z]))?"
    rf"(?P<who>{cues.PERSON})(?(app),|(?:,\s+[^,“”\"]{{2,80}},)?)\s+"
    r"(?P<verb>saying|explaining|warning|arguing|insisting|claiming|suggesting|predicting|"
    # (not "with full-forward Shane Ó Murchú adding the winning score": "adding that")
    r"acknowledging|admitting|confirming|stressing|(?:adding|noting)(?=\s+that\b))\s+(?:that\s+)?"
    r"(?P<content>[^“”\"]\S*\s.+)$"
)

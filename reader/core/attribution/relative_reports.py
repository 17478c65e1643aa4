"""Reports in a relative clause: "Marchwood Power Networks, which said most would be
reconnected", "according to Rep. Nadia Ferrante (D-N.Y.), who said …". Read after a sentence's
own report (`indirect._relative_clause`)."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.reported_patterns import AUX, OBJECT, TOLD_WHOM, VERB, WHEN

# "Marchwood Power Networks, which said most would be reconnected", "Mr. Brathwaite, who had
# told the inquiry in the morning that …": a relative clause reports.
RELATIVE_CUE = rf",\s+(?:who|which){AUX}\s+(?P<verb>{VERB})"  # (report_shapes.py)
RELATIVE = compiled(
    # (a party-state tag after the name: ", R-Texas," or " (D-N.Y.),")
    # ("according to a statement from the committee, which said …": the body's statement)
    rf"^.*?\b(?P<who>{cues.ORG_NAME}|{cues.PERSON}"
    r"|(?<=according to )an?\s+statement\s+(?:from|by)\s+the\s+[a-z]+(?:\s+[a-z]+)?)"
    r"(?:,\s+[DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|\s+\([DRI]-[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\))?"
    # "according to Sunniva Hartmann, the economy minister, who said …": a description between
    # ("Nuala Ní Ghadhra, manager of the local co-operative, who said": a bare role); "issued by
    # the … Management Cell on Sunday, which said": a day after the body
    # ("…, a wellness influencer with 800,000 followers, who wrote that": a thousands comma)
    r"(?:,\s+(?:the|an?)\s+[a-z](?:[^,;:“”\"]|(?<=\d),(?=\d{3})){2,60}?"
    r"|,\s+(?!(?:and|or|but|according|was|were|is|who|which)\b)[a-z][^,;:“”\"A-Z]{2,60}?"
    # ("Darren Kovac, head of auctions at Kovac & Lisle, who said": the role's body named; "who"
    # is the person's)
    r"|,\s+[a-z][a-z ]{1,40}\s(?:of|at|for|with)\s+(?:the\s+)?[A-Z][^,;:“”\"]{1,60}?(?=,\s+who\b)"
    r"|\s+(?:on|last)\s+[A-Z][a-z]+day)?"
    rf"{RELATIVE_CUE}"
    # (not "who testified on behalf of the Association …": for whom, not what)
    rf"(?:(?<=told)(?:{OBJECT}|{TOLD_WHOM}))?{WHEN}\s+(?:that\s+)?"
    r"(?!on\s+behalf\b)(?P<content>\S.+)$"
)

"""Reported speech whose source is described rather than named (a lede's "A firefighter who
was among the first to arrive said"), reported by a paper ("As reported by the Gazette, …"),
led by "As" ("As Crane said, …"), by a participle ("Rubio pushed back, saying that …") or in
the passive ("It was announced by the Minister for Health, …, that …"). Split from
`reported_patterns`, whose subject grammar they share."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.reported_patterns import (
    AND_OTHERS,
    APPOSITIVES,
    DATELINE,
    DAY,
    NOT_A_VERB,
    OF_PLACE,
    OPENER,
    WHEN,
    WHO,
)

# "A firefighter who was among the first to arrive said …": a lede's described source, whom the
# article names later in the same words.
# "A firefighter who was among the first to arrive said"; a lede's subject the next paragraph
# names: "One of two brothers accused of running a puppy farm has denied that", "The sister of a
# woman killed by a drink-driver said", "A mother whose son was stabbed … has described"
DESCRIBED_LEAD = LazyPattern(
    rf"^{DATELINE}(?P<who>(?:[Aa]n?|[Tt]he|One\s+of\s+(?:two|three|the))\s+(?:[a-z-]+\s+){{0,3}}"
    # "An independent candidate in the Hollowbrook ward by-election has accused …"
    # ("A lawyer for a Brookstead teenager charged with murder … said Friday that …")
    r"[a-z-]+\s+(?:who|whose|of|for|in|at|from|accused\s+of|charged\s+with|convicted\s+of)\s+"
    r"\S+\s[^,;“”\"]{1,100}?)"  # two words at least: not "A woman who has| accused …"
    r"(?:\s+(?:has|have|had))?"
    # ("… told a judge Monday that …": a court, and a day)
    r"\s+(?P<verb>said|says|told\s+(?:reporters|(?:a|the)\s+(?:judge|jury|court|hearing|committee)"
    r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|added|"
    r"warned|described|denied|admitted|claimed|insisted|criticised|criticized|"
    # "The wife of a driver who died in custody has alleged that …"
    r"alleged|alleges|complained|maintained|acknowledged|recalled|revealed|accused|vowed|pledged|"
    r"testified|argued)"  # "A waitress who was working that night testified Thursday that …"
    rf"{DAY}\s+(?:that\s+)?(?P<content>\S.+)$"
)
# "A nightclub bouncer has denied that he …": a lede's unnamed subject by their trade alone
LEDE_HAS = LazyPattern(
    rf"^{DATELINE}(?P<who>[Aa]n?\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)\s+(?:has|have)\s+"
    r"(?P<verb>said|denied|claimed|admitted|insisted|warned|revealed|alleged)\s+"
    r"(?:that\s+)?(?P<content>\S.+)$"
)
# A short opener only: "The State has called for attacks, according to X, which …" is a tail.
# "As Crane said, the two …"; "As the minister put it last week, …"
# "As Breitbart News first reported, …"
AS_LEAD = LazyPattern(
    rf"^(?:(?:But|And|Yet|Just|So)\s+|(?:However|Still|Indeed),\s+)?[Aa]s\s+{WHO}"
    r"(?:\s+(?:has|had|once|later|first|previously|recently))?\s+"
    r"(?P<verb>said|says|put\s+it|puts\s+it|sees\s+it|saw\s+it|tells\s+it|told\s+it|noted|notes|"
    r"argued|argues|wrote|writes|observed|explained|pointed\s+out|reported|reports|revealed|reveals|detailed|documented"
    # ("As Imam X told the gathering at the mosque on Saturday evening, the mosque had …")
    r"|told|tells|reminded|announced)"
    r"(?:\s+[^,“”\"]{1,60}?)?,\s+(?P<content>[^“”\"]\S*\s.+)$"
)
# "As reported by the Gazette, …"
AS_REPORTED_BY = LazyPattern(
    rf"^(?:(?:But|And|Yet|Just|So)\s+)?[Aa]s\s+(?:first\s+)?(?P<verb>reported)\s+(?:by|in)\s+"
    rf"{WHO},\s+(?P<content>[^“”\"]\S*\s.+)$"
)
# "…, given that, as The Times reported on Saturday, he has already emerged as …": an outlet's
# report in mid-sentence, of the clause after it
AS_REPORTED_MID = LazyPattern(
    rf"^[^“”\"]{{3,200}}?,\s+as\s+{WHO}(?:\s+(?:first|had|has|previously|recently))?\s+"
    r"(?P<verb>reported|revealed|disclosed)(?:\s+[^,“”\"]{1,40}?)?,\s+(?P<content>[^“”\"]\S*\s.+)$"
)
# "It was announced by the Minister for Health, Clodagh Fennelly, that …": a passive report
# (report_shapes tries it only for a sentence that opens "It was", "It has been", …)
PASSIVE_BY = LazyPattern(
    # "ENUGU — At the end of the summit, it was stated by the Commissioner for Health, …, that"
    rf"^{DATELINE}(?:[^,“”\"]{{1,120}},\s+)?[Ii]t\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?P<verb>announced|"
    r"confirmed|revealed|stated|disclosed|claimed|alleged|reported|said)\s+by\s+"
    rf"{WHO}{APPOSITIVES}{DAY},?\s+that\s+(?P<content>\S.+)$"
)
# "The Oireachtas Committee on Housing was told by X, an assistant secretary at the department,
# that …": the teller reports (report_shapes tries it only after "was told by" and the like)
TOLD_BY = LazyPattern(
    # (not a report inside another's: "Mr Hollins said he had been told by the caller that")
    # ("I was told by the chef, Oskar Lindahl, that": the writer, one letter)
    rf"^{DATELINE}(?:(?!\b(?:said|says|told|tells)\b)[^“”\"]){{1,160}}?"
    r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<verb>told|informed|assured|warned)\s+by\s+"
    rf"{WHO}{APPOSITIVES}{DAY},?\s+that\s+(?P<content>\S.+)$"
)
# "Rubio pushed back on Thursday, saying that the bill was sound": the participle reports. The
# subject's name is whole: a lower-case word follows it ("Former Arkansas Gov. Mike Huckabee").
PARTICIPLE = LazyPattern(
    # "Her colleague at Merriden, …, was more measured, saying": "Her" is no subject
    # nor "A Superior Court" in "A Superior Court| judge has sided with …, ruling that"
    rf"^{DATELINE}{OPENER}{WHO}(?<!\bHer)(?<!\bHis)(?!\s+(?:{cues.ROLE_NOUNS})\b)"
    rf"{OF_PLACE}{AND_OTHERS}(?:{APPOSITIVES})?"
    rf"\s+(?=[a-z])(?!(?:campaign|administration|{NOT_A_VERB})\b)"
    r"[^“”\"]{3,160}?"
    rf"{cues.REPORT_PARTICIPLE_OPENING}"
    rf"(?P<verb>{cues.REPORT_PARTICIPLE}){WHEN}"
    r"\s+(?:that\s+)?(?P<content>\S.+)$"
)

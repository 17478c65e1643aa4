"""Reported speech whose cue comes after the report or in its middle: "…, Osei said Monday.",
"After the ruling, Hebert said, most state laws …", "…, said a handful of Democrats who …"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.reported_patterns import (
    APPOSITIVES,
    AUX,
    DAY,
    TOLD_WHOM,
    VERB,
    WHEN,
    WHO,
)
from reader.core.attribution.venue_cues import STATEMENT_VENUE

# A title's words, each capitalised but the small ones: "Hunger Without Borders"
TITLE_WORDS = (
    r"[A-Z0-9][\w’'-]*(?:\s+(?:(?:of|the|a|an|and|in|on|for|to|with|at|by)\s+)*[A-Z0-9][\w’'-]*)*"
)
# A phrase after the cue's comma that is no clause of its own: "…, X said, citing a shortage"
ADVERBIAL_OPENER = (
    r"(?:despite|citing|amid|following|prompting|sparking|"
    # "…, X told the council on Friday, presenting a log of 1,140 incidents": what she did then
    r"presenting|addressing|unveiling|releasing|launching|flanked\s+by|standing\s+(?:beside|next)"
    # "…, X said on Tuesday, dashing hopes the link would reopen": what the news did
    r"|dashing|fuell?ing|deepening|casting\s+doubt|ending\s+(?:hopes|speculation|months)"
    # ("…, X told Le Monde on Sunday, pushing back against …", "…, reigniting a debate")
    r"|pushing\s+back|reigniting|rekindling|in\s+an?\s+(?:attempt|bid|effort|move)\b"
    # "…, X told investors on Thursday, as the bank sought to reassure shareholders": when
    r"|(?:as|when|while)\s+(?:the|a|an|his|her|their|its)(?=\s)"
    # "…, X said on Wednesday, two days before the start of the rally": when, by the event
    r"|(?:(?:just|only|a|an|one|two|three|four|five|six|seven|\d{1,2})\s+)?"
    r"(?:hours?|days?|weeks?|months?)\s+(?:before|after|ahead\s+of)|ahead\s+of)\b"
)
# (and, after a cue only, not as openers no report may start with: "…, X said on Friday, after
# yields jumped …", "…, X said in a note, raising her rating …", "…, X said, according to WAM")
# ("…, chairman X said, as new mines in the Eshidiya basin come online."; "…, the association
# alleged in its complaint, filed in federal court in Trenton.")
TRAILING_ADVERBIAL = (
    rf",\s+(?:{ADVERBIAL_OPENER}|(?:according\s+to|after|before|as|raising|lowering|cutting|"
    r"keeping|maintaining|blaming|although|though|filed|lodged)\s)"  # "…, X said, blaming …"
)
TAIL_END = (  # what may follow the verb: no comma (see report_shapes.py)
    # ("…, Finance Director X warned council members Monday.": whom she warned)
    rf"(?:(?:(?<=told)|(?<=warned)|(?<=assured)|(?<=reminded))(?P<whom>{TOLD_WHOM}))?"
    rf"{WHEN}"  # WHEN ends with the DAY
    # "said in a statement", not "said in a statement that the firm would …": a report of its own
    # ("…, the imam told reporters outside the building": where)
    r"(?:\s+(?:in|at|on|while|when|after|before|during|outside|inside|near)\s+"
    r"(?:(?!that\b)[^,.;“”\"]){1,60})?"
    # "told Reuters by phone"
    r"(?:\s+by\s+(?:phone|telephone|e-?mail|text\s+message|video\s+link))?"
    # "… said on Tuesday in its flagship annual report, “Hunger Without Borders.”": its title
    rf"(?:,\s+(?:[“\"‘']{TITLE_WORDS}[.!?,]?[”\"’']|x{{4,}}[.,]?\s*))?"
    r"(?:\s+(?:--|—|–)\s[^“”\"]+?)?"  # "…, X reported — a development that …"
    # "…, Tran said on Friday, citing …"; "…, X said, according to WAM" (the agency carried it)
    rf"(?:{TRAILING_ADVERBIAL}[^“”\"]*?)?[.!?]?$"
)
TAIL = compiled(
    rf"^(?P<content>.+?),\s+(?:as\s+)?{WHO}(?:{APPOSITIVES})?{AUX}\s+(?<!who )(?<!which )"
    rf"(?P<verb>{VERB}){TAIL_END}"
)
# "After the ruling, Hebert said, most state laws were thought safe": the cue in the middle.
MIDDLE_CUE = (  # "said|, " (see report_shapes.py)
    r"(?P<verb>said|says|added|adds|argued|"
    r"noted|wrote|writes|explained|believes|thinks|warned|warns|insisted|insists|predicted|"
    r"conceded|acknowledged|cautioned|suggested|contended|claimed|claims|stressed|declared|"
    r"reported|announced|confirmed|told\s+(?:me|us|reporters))"
    r"(?:\s+(?:later|earlier|afterwards|again))?"
    # "…, the club said in a statement, with an option for …"
    rf"(?:\s+(?:by\s+phone|{STATEMENT_VENUE}))?" + DAY + r"\s*,\s+"
)
_OPENING_PHRASE = (
    r"(?:[A-Z][A-Z’'. -]{1,30}|(?:With|In|At|On|For|After|Before|Since|By|Despite|Under|"
    r"Without|Last|This|Next|Over|During|Once|Unlike|Within|Instead|Meanwhile|Still|However|"
    r"Even|Now|Today|Yesterday|Earlier|Later)\b[^,“”\"]{0,40})"
)
MIDDLE = compiled(
    # ("With the new space, the shelter could take in 40 more, she said, but …": an opening
    # phrase's comma before the first part, or a dateline's)
    # ("… more than €400,000 for the hospice, Ms Herlihy said, and …": a thousands comma; "…, his
    # widow, Ann Pellow, said, but …": a name in apposition)
    rf"^(?P<content>(?P<first>(?:{_OPENING_PHRASE},\s+)?{cues.NO_COMMA}{{8,}}?),\s+"
    rf"{WHO}(?:,\s+[^,“”\"]{{2,60}},)?\s+{MIDDLE_CUE}"
    r"(?P<second>[^“”\"]{12,}))$"
)
PLACE = r"(?:\s+(?:in|of|at|from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"  # "… in Almaty"
INVERTED_VERB = (  # (report_shapes.py)
    r",\s+(?P<verb>said|says|say|wrote|writes|added|adds|noted|argued|argue|argues|explained|"
    r"insisted|insist|insists|warned|warn|warns|predicted|predicts|cautioned|conceded|countered|"
    r"counters|retorted|replied|responded|maintained|stressed|acknowledged|contended|asserted|"
    r"claimed|claims|alleged|alleges)\s+"
)
# "…, said a handful of Democrats who point to his record.", "…, say some Democrats, who cringe"
# (not "The secret to a good ragù, says Lorenzo Bassi, is time …": the clause goes on, MIDDLE's)
TAIL_INVERTED = compiled(
    rf"^(?P<content>.+?){INVERTED_VERB}{WHO}{PLACE}"
    # (not "…, said one in five adults had diabetes, and that …": a second report's "and that")
    r"(?:,(?!\s+(?:is|was|are|were|will|would|has|had|have|can|could|lies|remains|and\s+that)\b)"
    r"[^“”\"]*"
    r"|\s+(?:who|whose)\s[^“”\"]*)?[.!?]?$"
)
# (the one quoted with a description either side: "quoted the provincial governor, Gao Ming, as")
_APPOSED_WHO = rf"(?:[^,“”\"]{{1,60}},\s+)?{WHO}(?:,[^,“”\"]{{1,80}})?,?\s+"
# "…, the Vestnik news agency quoted Deputy Agriculture Minister X as saying on Thursday." and
# "QNA quoted al-Qurashi as saying the pardons were …": the one quoted, not the agency
QUOTED_AS_SAYING_TAIL = compiled(
    rf"^(?P<content>[^“”\"]{{20,}}?),\s+(?:[^,“”\"]{{1,60}}?\s+)?(?:quoted|cited)\s+{_APPOSED_WHO}as\s+"
    rf"saying{DAY}[.!?]?$"
)
QUOTED_AS_SAYING_LEAD = compiled(
    rf"^(?:[^,“”\"]{{1,60}}?\s+)?(?:quoted|cited)\s+{_APPOSED_WHO}as\s+saying{DAY}\s+(?:that\s+)?"
    r"(?P<content>[^“”\"]\S*\s.+)$"
)

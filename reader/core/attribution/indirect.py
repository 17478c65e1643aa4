"""Reported speech without quote marks: "Osei said that ...", "..., according to the ministry."

Sentences that hold a direct quote are left to the quote sieves; partial quotes may sit inside
reported speech ("Sanders said families would pay “slightly more”"). The reported content must be
four words or more, and the source must resolve to someone the article names.
"""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.drafts import Draft
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.reasons import cue_reason
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.sieves import Cue
from reader.core.attribution.venues import resolve_venue
from reader.core.model import QuoteKind, Sentence

# Reporting, belief and stance verbs: news attributes claims, views and intentions, not only
# speech ("Trump claimed that ...", "Clinton strategists think ...", "Khan decried ...").
_STEMS = (
    "say tell warn argue add note insist state announce claim deny acknowledge admit explain "
    "predict believe think suggest estimate report write maintain contend allege concede confirm "
    "disclose reveal stress emphasize emphasise caution complain promise vow pledge counter assert "
    "recall testify agree indicate hope fear expect know worry find conclude show declare respond "
    "reply answer observe remark point charge assure remind inform signal propose recommend urge "
    "demand question wonder doubt view consider describe characterize portray label accuse blame "
    "criticize criticise condemn denounce decry slam blast praise commend defend endorse support "
    "oppose reject dismiss rebuke challenge dispute rebut threaten disagree remember recount tweet "
    "post email lament celebrate hail welcome applaud apologize apologise hint imply highlight "
    "underscore mention comment swear recognize recognise want seek plan intend forecast raise "
    "question speculate surmise assess judge calculate project project acknowledge reaffirm "
    "reiterate repeat insinuate concur object protest complain contest"
)
_IRREGULAR = (
    "said says told tells wrote writes found finds thinks thought knew knows showed shown "
    "sees saw feels felt called calls"
)
_VERB_WORDS = sorted(
    {f for stem in _STEMS.split() for f in cues.inflections(stem)} | set(_IRREGULAR.split()),
    key=len,
    reverse=True,
)
_VERB = (
    r"(?:pointed\s+out|called\s+(?:on|for)|raised\s+(?:questions|concerns|doubts)|"
    + "|".join(_VERB_WORDS)
    + r")"
)
_AUX = (
    r"(?:\s+(?:has|have|had|also|previously|repeatedly|publicly|privately|long|already|later|"
    r"then|once|again|recently|would|will|did|does|do|not|never|often|now|still|reportedly|"
    r"further|even|too|since))*"
)
# An introductory phrase before the subject: "In a statement on Monday, ", "But ", "Still, ".
_OPENER = (
    r"(?:(?:But|And|Yet|Still|So|Now|Meanwhile|However|Instead)[, ]\s*"
    r"|[A-Z][^,“”\"]{0,160},\s+(?:[^,“”\"]{0,80},\s+)?"
    # "In a letter to staff last month she wrote that": a phrase with no comma, then a pronoun
    r"|(?:In|At|On|During|After|Before|Since|Over)\s+[^,“”\"]{2,60}?\s+(?=(?:he|she|they|we|I)\s))??"
)
# The subject is tried without an opener first ("Matthew Prince, chief executive of CloudFlare,
# said": Prince, not CloudFlare); words that open sentences are never the subject.
_SUBJECTS_OK = set(
    "The A An Some Many Several Other Others One Two Three His Her Their It We I You They He She "
    "Critics Officials Residents Workers Experts Analysts Supporters Opponents Everyone Nobody "
    "Sources Aides Advisers Voters Democrats Republicans Our My".split()
)
_NOT_SUBJECT = "|".join(sorted(NOT_NAMES - _SUBJECTS_OK))
_WHO = rf"(?!(?:{_NOT_SUBJECT})\b)(?P<who>{cues.MENTION})"
# "(R-Ky.)"; "Harvey, a delegate from Houston, Texas," (fewest segments first)
_APPOSITIVES = r"(?:\s*\([^()]{1,30}\))?(?:,\s+(?:[^,“”\"]|(?<=\d),(?=\d)){2,160}?){0,4}?,?"
_ASIDE = r"(?:\s*[—–]\s*[^—–]{1,90}?\s*[—–])?"  # "Murphy — after a pause — told me"
_OBJECT = r"\s+[^,“”\"]{1,60}?(?=\s+that\b)"  # "told a crowd in Miami Tuesday| that"
_TOLD_WHOM = (
    r"(?:\s+(?:me|us|him|her|them|reporters|journalists|"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?"
)
_WHEN = (
    rf"(?:\s+{cues.STATEMENT_VENUE})?(?:\s+(?:on|last|this|in|at)\s+[\w’'-]+(?:\s+[A-Z][\w’'-]*)*)?"
)
# "Spicer on Thursday evening said": when, between the subject and the verb.
_TIME = (
    r"(?:\s+(?:on|last|this|early|late|earlier|later)\s+(?:[A-Z][a-z]+|week|month|year|morning|"
    r"night)(?:\s+(?:morning|afternoon|evening|night))?)?"
)
_SUBJECT = rf"^{_OPENER}{_WHO}(?:{_APPOSITIVES})?{_ASIDE}{_TIME}{_AUX}\s+{cues.ADVERB}"
_LEAD_TELL = re.compile(
    rf"{_SUBJECT}(?P<verb>told|tells|assured|assures|reminded|reminds|informed|informs|warned)"
    rf"(?P<whom>{_OBJECT}|{_TOLD_WHOM}){_WHEN},?\s+(?:that\s+)?(?P<content>\S.+)$"
)
_LEAD = re.compile(rf"{_SUBJECT}(?P<verb>{_VERB}){_WHEN},?\s+(?:that\s+)?(?P<content>\S.+)$")
# "Rubio pushed back on Thursday, saying that the bill was sound": the participle reports.
_PARTICIPLE = re.compile(
    rf"^{_OPENER}{_WHO}(?:{_APPOSITIVES})?\s+[^“”\"]{{3,160}}?,\s+(?P<verb>{cues.PARTICIPLE})"
    r"\s+(?:that\s+)?(?P<content>\S.+)$"
)
_ACCORDING_LEAD = re.compile(rf"^{_OPENER}[Aa]ccording\s+to\s+{_WHO},\s+(?P<content>\S.+)$")
_ACCORDING_TAIL = re.compile(
    rf"^(?P<content>.+?),?\s+according\s+to\s+{_WHO}(?:[,\s][^.]*)?[.!?]?$"
)
_DAY = (
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|last\s+week|this\s+week)(?:\s+(?:morning|afternoon|evening|night))?)?"
)
_TAIL = re.compile(
    rf"^(?P<content>.+?),\s+{_WHO}(?:{_APPOSITIVES})?\s+(?P<verb>{_VERB})"
    rf"(?:(?<=told)(?P<whom>{_TOLD_WHOM}))?{_WHEN}{_DAY}"
    r"(?:\s+(?:in|while|when|after|before|during)\s+[^,.;“”\"]{1,60})?[.!?]?$"
)
# "After the ruling, Hebert said, most state laws were thought safe": the cue in the middle.
_MIDDLE = re.compile(
    rf"^(?P<content>(?P<first>[^,“”\"]{{12,}}?),\s+{_WHO}\s+(?P<verb>said|says|added|adds|argued|"
    r"noted|wrote|writes|explained|believes|thinks|told\s+(?:me|us|reporters))"
    r"(?:\s+(?:later|earlier|afterwards|again))?(?:\s+(?:by\s+phone|in\s+an\s+interview))?"
    r"\s*,\s+(?P<second>[^“”\"]{12,}))$"
)
_TAIL_INVERTED = re.compile(
    rf"^(?P<content>.+?),\s+(?P<verb>said|says|wrote|writes|added|adds|noted)\s+{_WHO}(?:,[^“”\"]*)?[.!?]?$"
)
_APPOSITIVE_NAME = re.compile(rf",\s+{cues.TITLE}?(?P<name>{cues.NAME}),")
# "Marchwood Power Networks, which said most would be reconnected": a relative clause reports.
_RELATIVE = re.compile(
    rf"^.*?\b(?P<who>{cues.ORG_NAME}|{cues.PERSON}),\s+(?:who|which)\s+(?:also\s+)?(?P<verb>{_VERB})"
    r"\s+(?:that\s+)?(?P<content>\S.+)$"
)
# "Beatrice Okonkwo-Hale, a civil rights lawyer from Carrow City, who said": "who" is the lawyer.
_HEAD_OF_APPOSITIVE = re.compile(
    rf"(?P<name>{cues.TITLE}?{cues.NAME}),\s+(?:an?|the|his|her|their)\s+[^,“”\"]{{1,100}}\s$"
)
_VERB_SET = frozenset(_VERB_WORDS) | {"called", "raised"}
_TELL_VERBS = frozenset(
    "told tells assured assures reminded reminds informed informs warned".split()
)
_PARTICIPLE_CUE = re.compile(rf",\s+{cues.PARTICIPLE}\b")
_PUNCTUATION = re.compile(r"[^\w\s’'-]+")
_MIN_WORDS = 4
_FIRST_MARK = re.compile(r"[“”\"]|''|(?<!\w)'(?=\w)")
_MARKS = "“”\"'‘’`"
_LONGEST = 1200  # characters; a longer "sentence" is not prose worth a regex


def reported_speech(sentences: list[Sentence], quoted: set[int], resolver: Resolver) -> list[Draft]:
    """One indirect quote per sentence with a reporting cue and no direct quote of its own."""
    drafts = []
    for sentence in sentences:
        if len(sentence.text) > _LONGEST:
            continue
        lead_only = sentence.id in quoted
        if lead_only:
            sentence = _before_quote(sentence)  # "X said A, but added, “B.”": A is reported
            if len(sentence.text.split()) < 8:
                continue
        draft = _reported(sentence, resolver, lead_only)
        if draft is not None:
            drafts.append(draft)
        extra = _relative_clause(sentence, resolver, after=draft.end if draft else 0)
        if extra is not None:
            drafts.append(extra)
    return drafts


def _reported(sentence: Sentence, resolver: Resolver, lead_only: bool) -> Draft | None:
    """`lead_only`: the words before a quotation, where "…, Vance said:" introduces the quote
    and reports nothing itself."""
    for pattern, rule in _patterns_worth_trying(sentence.text):
        if lead_only and rule == "reported-after":
            continue
        match = pattern.match(sentence.text)
        if match and match["content"][:1] in _MARKS:
            return None  # the "content" is a quotation, found by the quote sieves
        if match and len(match["content"].split()) >= _MIN_WORDS:
            draft = _draft(sentence, match, rule, resolver)
            if draft is not None:
                return draft
    return None


def _relative_clause(sentence: Sentence, resolver: Resolver, after: int) -> Draft | None:
    """A second report in the sentence: "…, according to X, which said most would be …"."""
    if ", which " not in sentence.text and ", who " not in sentence.text:
        return None
    match = _RELATIVE.match(sentence.text)
    if match is None or sentence.start + match.start("content") < after:
        return None
    if len(match["content"].split()) < _MIN_WORDS or match["content"][:1] in _MARKS:
        return None
    head = _HEAD_OF_APPOSITIVE.search(sentence.text, 0, match.start("who"))
    if head and sentence.text[match.end("who") :].lstrip(", ").startswith("who "):
        return _draft(sentence, match, "reported", resolver, who=head["name"])
    return _draft(sentence, match, "reported", resolver)


def _before_quote(sentence: Sentence) -> Sentence:
    cut = _FIRST_MARK.search(sentence.text)
    text = sentence.text[: cut.start()].rstrip(" ,:;—–-") if cut else sentence.text
    return Sentence(
        sentence.id, sentence.paragraph, sentence.start, sentence.start + len(text), text
    )


def _patterns_worth_trying(text: str) -> list[tuple[re.Pattern[str], str]]:
    """Skip the regexes a cheap word check rules out (most sentences report nobody)."""
    lowered = text.lower()
    words = set(_PUNCTUATION.sub(" ", lowered).split())
    patterns: list[tuple[re.Pattern[str], str]] = []
    if "according to" in lowered:
        patterns += [
            (_ACCORDING_LEAD, "reported-according"),
            (_ACCORDING_TAIL, "reported-according"),
        ]
    if words & _VERB_SET or "pointed out" in lowered:
        patterns += [(_TAIL, "reported-after"), (_TAIL_INVERTED, "reported-after")]
        patterns.append((_MIDDLE, "reported-after"))
        if words & _TELL_VERBS:
            patterns.append((_LEAD_TELL, "reported"))
        patterns.append((_LEAD, "reported"))
    if _PARTICIPLE_CUE.search(lowered):
        patterns.append((_PARTICIPLE, "reported"))
    return patterns


def _draft(
    sentence: Sentence, match: re.Match[str], rule: str, resolver: Resolver, who: str | None = None
) -> Draft | None:
    """`who`: the speaker's words when they are not the match's (see `_HEAD_OF_APPOSITIVE`)."""
    start = sentence.start + match.start("content")
    end = sentence.start + match.end("content")
    verb = match.groupdict().get("verb") or "said"
    cue = Cue(who or match["who"], verb.split()[0], rule)
    resolution = resolver.resolve(cue.who, start)
    named = _APPOSITIVE_NAME.match(sentence.text, match.end("who"))
    if named and (resolution is None or resolution.how in ("organisation", "unnamed")):
        cue = Cue(named["name"], cue.verb, rule)  # "The leader of the council, Janet Aldous, said"
        resolution = resolver.resolve(cue.who, start) or resolution
    if resolution is None or resolution.name is None:
        return None
    draft = Draft(start, end, sentence.paragraph, [sentence.id], QuoteKind.INDIRECT, cue=cue)
    draft.speaker, draft.mention = resolution.name, cue.who
    draft.reason, draft.confidence = cue_reason(cue, resolution)
    whom = (match.groupdict().get("whom") or "").strip()
    if whom and verb in ("told", "tells"):
        draft.venue = resolve_venue(Cue(cue.who, verb, rule, venue=whom), resolver.cast, start)
    return draft

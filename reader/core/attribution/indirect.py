"""Reported speech without quote marks: "Osei said that ...", "..., according to the ministry."

Only sentences with no quoted words are read here; the reported content must be a clause of four
words or more, and the source must resolve to someone (a named person, a pronoun, an organisation).
"""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.drafts import Draft
from reader.core.attribution.reasons import cue_reason
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.sieves import Cue
from reader.core.model import QuoteKind, Sentence

_VERBS = (
    r"(?:said|says|told\s+(?:me|us|reporters|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|"
    r"warned|warns|argued|argues|added|adds|noted|notes|insisted|insists|stated|states|announced|"
    r"claimed|claims|denied|denies|acknowledged|acknowledges|admitted|admits|explained|explains|"
    r"predicted|predicts|believes|thinks|suggested|suggests|estimated|estimates|reported|reports|"
    r"wrote|writes|maintained|maintains|contended|contends|alleged|alleges|conceded|concedes|"
    r"confirmed|confirms|disclosed|revealed|stressed|stresses|emphasi[sz]ed|cautioned|complained|"
    r"promised|promises|vowed|pledged|countered|asserted|asserts|recalled|testified|agreed)"
)
_AUX = r"(?:\s+(?:has|have|had|also|previously|repeatedly|publicly|long|already|later|then))*"
_OPENER = r"(?:^(?:[A-Z][^,]{0,50},\s+)?)"
_WHO = rf"(?P<who>{cues.MENTION})"
_STATEMENT = rf"(?:\s+{cues.STATEMENT_VENUE})?(?:\s+(?:on|last|this)\s+\w+)?"
_LEAD = re.compile(
    rf"{_OPENER}{_WHO}(?:,\s+[^,]{{2,90}}?,)?{_AUX}\s+{cues.ADVERB}(?P<verb>{_VERBS}){_STATEMENT}"
    r",?\s+(?:that\s+)?(?P<content>\S.+)$"
)
_ACCORDING_LEAD = re.compile(rf"^[Aa]ccording\s+to\s+{_WHO},\s+(?P<content>\S.+)$")
_ACCORDING_TAIL = re.compile(
    rf"^(?P<content>.+?),?\s+according\s+to\s+{_WHO}(?:[,\s][^.]*)?[.!?]?$"
)
_TAIL = re.compile(
    rf"^(?P<content>.+?),\s+{_WHO}(?:,\s+[^,]{{2,90}}?,)?\s+(?P<verb>{_VERBS}){_STATEMENT}[.!?]?$"
)
_MIN_WORDS = 4


def reported_speech(
    text: str, sentences: list[Sentence], quoted: set[int], resolver: Resolver
) -> list[Draft]:
    drafts = []
    for sentence in sentences:
        if sentence.id in quoted or any(m in sentence.text for m in '“”"'):
            continue
        draft = _reported(sentence, resolver)
        if draft is not None:
            drafts.append(draft)
    return drafts


def _reported(sentence: Sentence, resolver: Resolver) -> Draft | None:
    for pattern, rule in (
        (_ACCORDING_LEAD, "reported-according"),
        (_ACCORDING_TAIL, "reported-according"),
        (_TAIL, "reported-after"),
        (_LEAD, "reported"),
    ):
        match = pattern.match(sentence.text)
        if match and len(match["content"].split()) >= _MIN_WORDS:
            return _draft(sentence, match, rule, resolver)
    return None


def _draft(sentence: Sentence, match: re.Match[str], rule: str, resolver: Resolver) -> Draft | None:
    start = sentence.start + match.start("content")
    end = sentence.start + match.end("content")
    verb = match.groupdict().get("verb") or "said"
    cue = Cue(match["who"], verb.split()[0], rule)
    resolution = resolver.resolve(cue.who, start)
    if resolution is None or resolution.name is None:
        return None
    draft = Draft(start, end, sentence.paragraph, [sentence.id], QuoteKind.INDIRECT, cue=cue)
    draft.speaker, draft.mention = resolution.name, cue.who
    draft.reason, draft.confidence = cue_reason(cue, resolution)
    if verb.startswith("told "):
        draft.venue = verb[5:]
    return draft

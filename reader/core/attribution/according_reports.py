"""Reports with "according to": whose the claim is when the sentence names a source after it
("…, according to its chief executive, Helena Marsh, who blamed …"), a named source over a
group's finding, and an anonymous source's claim."""

from __future__ import annotations

from reader.core.attribution import according_patterns as ap
from reader.core.attribution import cues
from reader.core.attribution.drafts import Draft
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.report_drafts import draft_report
from reader.core.attribution.resolve import Resolver
from reader.core.model import Sentence


def after_according(sentence: Sentence, draft: Draft) -> bool:
    """ "The orchestra will cut its season, according to its chief executive, Helena Marsh,
    who blamed a fall in sponsorship": the report found is the source's aside; the sentence's
    own report comes before "according to"."""
    at = sentence.text.find(", according to ")
    if sentence.text[:at].endswith((" and", " but")):
        return False  # "…, and, according to X, the budget has been cut": the clause after
    return at > 0 and draft.start - sentence.start > at


def named_source_instead(sentence: Sentence, draft: Draft, resolver: Resolver) -> Draft:
    """ "Investigators found …, according to an affidavit filed by Detective Samuel Ruiz": a
    group's finding reported by a source the article names is that source's."""
    if "according to" not in sentence.text:
        return draft
    if draft.speaker in resolver.cast.entities and not (draft.cue and draft.cue.verb in _KNEW):
        return draft
    named = according_phrase(sentence, resolver)
    return named if named is not None and named.speaker in resolver.cast.entities else draft


# What a subject knew or meant is no report of theirs when a source says so: "Corvane knew of
# liver problems …, according to an internal memo written by …"
_KNEW = frozenset(
    "knew believed planned intended wanted feared expected hoped suspected realised realized "
    "understood".split()
)


def according_phrase(sentence: Sentence, resolver: Resolver) -> Draft | None:
    """The report of the sentence's closing "…, according to <source phrase>", if it has one."""
    phrase = ap.ACCORDING_TAIL_PHRASE.match(sentence.text)
    return draft_report(sentence, phrase, "according-phrase", resolver) if phrase else None


# An anonymous source after the claim: the claim is theirs, not the sentence subject's
ACCORDING_TO_ANONYMOUS = compiled(
    r",\s+according\s+to\s+(?:"
    + cues.ANONYMOUS
    + r"|(?:an?|one|two|three|several)\s+(?:[\w-]+\s+){0,3}?(?:official|source|person|aide|"
    r"insider)s?\s+(?:who|speaking)\b[^.]{0,40}?\b(?:anonymity|not\s+authori[sz]ed|not\s+to\s+be\s+named))"
)

"""Which reported-speech patterns a sentence is worth trying, in the order they are tried: a
cheap word check rules most of them out (most sentences report nobody)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from reader.core.attribution import according_patterns as ap
from reader.core.attribution import clause_leads as cl
from reader.core.attribution import cues
from reader.core.attribution import evidence_patterns as ev
from reader.core.attribution import lede_patterns as lp
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import tail_patterns as tp
from reader.core.attribution.clause_leads import late_lead, mid_clause, middle_inverted
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.phrase_sources import phrase_patterns
from reader.core.attribution.relative_reports import RELATIVE, RELATIVE_CUE
from reader.core.attribution.tail_reports import tail, tail_inverted
from reader.core.attribution.verb_phrases import LEAD_IN_WORDS
from reader.core.attribution.verbs import SAY, TELL_VERBS
from reader.core.attribution.with_reports import WITH_PARTICIPLE
from reader.core.calendar_words import WEEKDAYS

Matcher = Callable[[str], "re.Match[str] | None"]
_DATELINE = compiled(rp.DATELINE)
_POINT_OUT = compiled(r"\bpoint(?:s|ed)?\s+out\b")
_POLL_WORD = compiled(r"\bin\s.*\b(?:polls?|surveys?|average)\b")  # "…, in the latest CBS survey."
_POLL_HEADS = ("poll", "survey", "average")
_PRONOUN_OPENERS = tuple(
    f"{opener}{owner} "
    for opener in ("", "in ", "but ", "and ", "but in ", "and in ")
    for owner in ("his", "her", "their")
)


def _has_poll_head(lowered: str) -> bool:
    """`any(head in lowered for head in _POLL_HEADS)`, without a generator for each sentence."""
    return "poll" in lowered or "survey" in lowered or "average" in lowered


def patterns_worth_trying(text: str) -> Iterator[tuple[Matcher, str]]:
    """Skip the regexes a cheap word check rules out (most sentences report nobody). Matchers
    are listed, not looked up by pattern: hashing a compiled pattern hashes all its code.
    Lazily: the caller stops at the first pattern that reports, and the checks for the later
    ones (the described-source head words above all) are then never made."""
    lowered = text.lower()
    # `isdisjoint` answers without building a set of the words or an intersection
    words = _WORDS.findall(lowered)
    reports = not rp.VERB_SET.isdisjoint(words)
    according = "according to" in lowered
    if lowered.startswith(_AS_OPENERS):
        # first: in "As the Times reported, the White House was refusing …" the Times reports
        yield from [(lp.AS_LEAD.match, "reported"), (lp.AS_REPORTED_BY.match, "reported")]
    elif ", as " in lowered and "report" in lowered:  # "…, as The Times reported Saturday, he"
        yield lp.AS_REPORTED_MID.match, "reported"
    held = not cl.VIEW_WORDS.isdisjoint(words)
    if held and lowered.startswith(_PRONOUN_OPENERS):
        yield from [(cl.PRONOUN_CLAIM.match, "claim"), (cl.IN_PRONOUN_VIEW.match, "in-view")]
    if held and "that" in lowered and cl.OPENING_CLAIM.match(text):
        yield cl.possessive_claim, "claim"  # before a later clause's "she said"
    if held and " of " in lowered and lowered.startswith(cl.VIEW_OF_OPENERS):
        yield cl.VIEW_OF_CLAIM.match, "claim"  # "It is the view of X that …"
    if lowered.startswith(("in the view of ", "in the opinion of ")):
        yield cl.IN_THE_VIEW_OF.match, "in-view"  # "In the view of the Upper Tribunal, …"
    elif lowered.startswith(cl.IN_VIEW_OPENERS) and cl.owner_marked(lowered):
        yield cl.IN_VIEW.match, "in-view"  # "In Obinna Ezeakor's telling, …"
    if " by " in lowered and _IT_PASSIVE.search(lowered):
        yield lp.PASSIVE_BY.match, "reported"  # "It was confirmed by the council that …"
    if " by " in lowered and _TOLD_PASSIVE.search(lowered):
        yield lp.TOLD_BY.match, "reported"  # "The committee was told by X that …"
    if " as saying" in lowered and ("quoted" in lowered or "cited" in lowered):  # "…, the
        # agency quoted X as saying", "Interfax cited X as saying"
        yield from [
            (tp.QUOTED_AS_SAYING_TAIL.match, "reported-after"),
            (tp.QUOTED_AS_SAYING_LEAD.match, "reported"),
        ]
    if according and ev.ACCORDING_POLL.search(lowered):  # the poll, not its respondents
        yield from [
            (ap.ACCORDING_LEAD_PHRASE.match, "according-poll"),
            (ap.ACCORDING_TAIL_PHRASE.match, "according-poll"),
        ]
    # three `in` tests, not a generator over them: this runs for every sentence
    polled = _has_poll_head(lowered) and _POLL_WORD.search(lowered)
    if polled:  # "In a new Fox poll, …" frames the whole sentence; "…, in the latest CBS
        # survey." only a sentence that reports nothing else ("Clinton has praised …, and won
        # 77 percent of the vote in exit polls" is her praise)
        yield ev.IN_POLL_LEAD.match, "evidence-in"
        if not reports:
            yield ev.IN_POLL_TAIL.match, "evidence-in"
    if according:
        yield ap.according_lead, "reported-according"
        yield ap.ACCORDING_PRONOUN.match, "reported-according"
        if any(joint in lowered for joint in _MID_ACCORDING):
            yield ap.ACCORDING_MID.match, "reported-according"
        yield ap.according_tail, "reported-according"
    if reports or ("point" in lowered and _POINT_OUT.search(lowered)):  # `in`: no scan
        yield from _named_subject_patterns(text, lowered, words)
    if polled and reports:
        yield ev.IN_POLL_TAIL.match, "evidence-in"
    participles = not rp.PARTICIPLE_WORDS.isdisjoint(words)
    if participles and " with " in lowered:
        yield WITH_PARTICIPLE.match, "reported"  # "…, with X explaining that …"
    if participles and rp.PARTICIPLE_CUE.search(lowered):
        yield lp.PARTICIPLE.match, "reported"
    if lowered.startswith(_DESCRIBED_OPENERS, _dateline_end(text)) and any(
        joint in lowered[:140] for joint in _DESCRIBED_JOINTS
    ):
        yield lp.DESCRIBED_LEAD.match, "described-lead"
    if lowered.startswith(("a ", "an "), _dateline_end(text)) and (
        " has " in lowered[:80] or " have " in lowered[:80]
    ):
        yield lp.LEDE_HAS.match, "described-lead"
    # "A Quinnipiac poll found"
    if not ev.EVIDENCE_VERBS.isdisjoint(words) and not ev.EVIDENCE_HEADS.isdisjoint(words):
        yield ev.EVIDENCE_LEAD.match, "evidence"
        yield ev.EVIDENCE_TAIL.match, "evidence"
    if reports:  # after every named subject: "Some delegates at the convention said"; then a
        # later clause's report, once the sentence's own had their turn ("… after Cruz blamed …")
        yield from phrase_patterns(text, lowered)
        yield mid_clause, "reported"
    if not cl.CLAIM_NOUNS.isdisjoint(words):  # "Mr. Trump's assertion that …"
        yield cl.possessive_claim, "claim"
    if according:  # last: a named subject's own verb says more
        yield ap.ACCORDING_LEAD_PHRASE.match, "according-phrase"
        yield ap.ACCORDING_TAIL_PHRASE.match, "according-phrase"


def _named_subject_patterns(
    text: str, lowered: str, words: list[str]
) -> Iterator[tuple[Matcher, str]]:
    """The patterns of a reporting verb with a named subject, before or after the report."""
    yield from [(tail, "reported-after"), (tail_inverted, "reported-after")]
    yield middle, "reported-after"
    yield middle_inverted, "reported-after"
    if not TELL_VERBS.isdisjoint(words):
        yield _earliest_lead, "reported"
    joined = " and " in lowered or " but " in lowered
    if joined:
        yield _second_verb, "reported"
    yield rp.LEAD.match, "reported"
    # the lead patterns take only short openings, and no connective before the subject
    if text.count(", ") >= 2 or _LATE_CONNECTIVE.search(text):
        yield late_lead, "reported"
    if joined or any(word in lowered for word in _CLAUSE_SAID_WORDS):
        yield rp.CLAUSE_SAID.match, "reported"  # after the sentence's own cue


# The words of a lower-cased sentence as `PUNCTUATION.sub(" ", …).split()` gives them: runs of
# the characters that substitution keeps (one findall instead of a copy and a split)
_WORDS = compiled(r"[\w’'-]+")
_CLAUSE_SAID_WORDS = (" when ", " as ", " because ", " after ", " though ", " although ")
# first verbs that are often an act, not a report: "called the meeting to order and said …"
_ALSO_AN_ACT = (
    frozenset("called made took met issued delivered offered posted raised".split()) | LEAD_IN_WORDS
)
# "vowed to call lawmakers back … and said …": the vow reports (not "wrote to the committee")
_VOWS = frozenset("vowed pledged promised threatened vows pledges promises threatens".split())
# "…, while Roy Takamura said", "…, while state Sen. Roy Takamura said": a role may come first
_LATE_CONNECTIVE = compiled(
    r",\s+(?:while|although|though|because|as)\s+(?:[a-z][\w.-]*\s+){0,3}[A-Z]"
)
_DESCRIBED_OPENERS = ("a ", "an ", "the ", "one of ")
# "it was stated by", at the sentence's start or after an opening phrase's comma
_IT_PASSIVE = compiled(r"(?:^|, )it (?:was|has been|had been|is) [a-z]+ by ")
_TOLD_PASSIVE = compiled(r"\b(?:was|were|been) (?:told|informed|assured|warned) by ")
_MID_ACCORDING = ("and, according to", "and according to", "but, according to", "but according to")
_DESCRIBED_JOINTS = (" who ", " whose ", " of ", " for ", " accused ", " charged ", " convicted ")
_AS_OPENER_WORDS = ("", "but ", "and ", "yet ", "just ", "so ", "however, ", "still, ", "indeed, ")
_AS_OPENERS = tuple(f"{opener}as " for opener in _AS_OPENER_WORDS)


def _earliest_lead(text: str) -> re.Match[str] | None:
    """ "Morency, a customer, said he was frustrated … only to be told to wait": the first verb
    after the subject is the cue, whichever of the two lead patterns finds it."""
    tell = rp.LEAD_TELL.match(text)
    if tell is None:
        return None
    lead = rp.LEAD.match(text)
    if lead and lead["verb"] in SAY and lead.start("verb") < tell.start("verb"):
        return lead
    return tell


# What a pattern cannot match without, found by a cheap search first: the full patterns try every
# subject at every comma before they fail, and most sentences tried fail.
_AND_VERB = compiled(rf"\s{rp.AND_VERB}\S")  # AND_SAID's "… and said that|…"
_MIDDLE_CUE = compiled(rf"\s{tp.MIDDLE_CUE}")  # MIDDLE's "…, X said, …"
_RELATIVE_CUE = compiled(RELATIVE_CUE)  # RELATIVE's "…, who said"


def middle(text: str) -> re.Match[str] | None:
    """MIDDLE has two commas: the one before the subject and the one after the verb."""
    if text.count(",") < 2 or not _MIDDLE_CUE.search(text):
        return None
    return tp.MIDDLE.match(text)


def relative(text: str) -> re.Match[str] | None:
    return RELATIVE.match(text) if _RELATIVE_CUE.search(text) else None


def and_said(text: str) -> re.Match[str] | None:
    return and_said_unguarded(text) if _AND_VERB.search(text) else None


def and_said_unguarded(text: str) -> re.Match[str] | None:
    """AND_SAID, or AND_SAID_BODY where AND_SAID's subject is a lone determiner."""
    match = rp.AND_SAID.match(text)
    if match is not None and match["who"] in _DETERMINERS:  # "The| authority puts …"
        match = rp.AND_SAID_BODY.match(text)
    return match


_DETERMINERS = frozenset(("The", "A", "An", "This", "That", "Its", "Their"))
_TAG_OR_DAY = compiled(rf"^[\s,]+|\s*\([^()]{{1,30}}\)|\s+(?:{'|'.join(WEEKDAYS)}|yesterday)\b")


def _second_verb(text: str) -> re.Match[str] | None:
    """ "X wrote to the board in March and said …", unless the first verb already reports."""
    match = and_said(text)
    if match is None:
        return None
    # "…, Phineas Garroway of Tennessee, accused …": the appositive's closing comma goes, and
    # so do a party's tag and a day ("X (R-N.Y.) conceded Friday that …")
    between = _TAG_OR_DAY.sub("", text[match.end("who") : match.start("verb")]).lower().split()
    # "insisted that care would not suffer and urged …": the first verb already reported
    reported = any(w in rp.VERB_SET and n == "that" for w, n in pairwise(between))
    # "Biden complained about the tone but defended Sanders": the first verb reports first
    # not "she wrote down the year … and promised" (an act), nor "wrote to the committee … and
    # said" (to whom, then what)
    first_reports = (
        between[0] in rp.VERB_SET
        and between[0] not in _ALSO_AN_ACT
        and (between[1:2] not in (["down"], ["to"]) or between[0] in _VOWS)
    )
    # "the Brennock| manager admitted …": the subject's last word, then a verb that reports
    cut_subject = (
        len(between) > 1
        and between[0] in cues.ROLE_KEYS
        and between[1] in rp.VERB_SET
        and between[1] not in _ALSO_AN_ACT
    )
    # ("Vice-President| for Economic Affairs X promised …": the office's field, then its
    # holder and the verb that reports first)
    goes_on = (
        text.startswith(" ", match.end("who"))
        and between[0] in ("for", "of")
        and not rp.VERB_SET.isdisjoint(between[1:7])
    )
    if SAY.intersection(between) or reported or between[0] == "that" or first_reports or goes_on:
        return None
    return None if cut_subject else match


def _dateline_end(text: str) -> int:
    dateline = _DATELINE.match(text)
    return dateline.end() if dateline else 0

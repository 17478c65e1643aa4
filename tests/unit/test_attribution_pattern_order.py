"""patterns_worth_trying yields its patterns lazily and splits words with one findall: the
patterns, and their order, are those the eager list of the plain word split gave."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import according_patterns as ap
from reader.core.attribution import clause_leads as cl
from reader.core.attribution import evidence_patterns as ev
from reader.core.attribution import lede_patterns as lp
from reader.core.attribution import report_shapes as rs
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution.clause_leads import late_lead, mid_clause, middle_inverted
from reader.core.attribution.phrase_sources import phrase_patterns
from reader.core.attribution.verbs import TELL_VERBS
from reader.core.load import load_path
from reader.core.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]


def _eager(text: str) -> list[tuple[object, str]]:
    """The list the function built before it was lazy (the plain path)."""
    lowered = text.lower()
    words = rp.PUNCTUATION.sub(" ", lowered).split()
    reports = not rp.VERB_SET.isdisjoint(words)
    patterns: list[tuple[object, str]] = []
    according = "according to" in lowered
    if according and ev.ACCORDING_POLL.search(lowered):
        patterns += [
            (ap.ACCORDING_LEAD_PHRASE.match, "according-poll"),
            (ap.ACCORDING_TAIL_PHRASE.match, "according-poll"),
        ]
    polled = any(w in lowered for w in rs._POLL_HEADS) and rs._POLL_WORD.search(lowered)
    if polled:
        patterns.append((ev.IN_POLL_LEAD.match, "evidence-in"))
        if not reports:
            patterns.append((ev.IN_POLL_TAIL.match, "evidence-in"))
    if according:
        patterns.append((ap.according_lead, "reported-according"))
        patterns.append((ap.ACCORDING_PRONOUN.match, "reported-according"))
        if any(joint in lowered for joint in rs._MID_ACCORDING):
            patterns.append((ap.ACCORDING_MID.match, "reported-according"))
        patterns.append((ap.according_tail, "reported-according"))
    if reports or ("point" in lowered and rs._POINT_OUT.search(lowered)):
        patterns += [(rs.tail, "reported-after"), (rs.tail_inverted, "reported-after")]
        patterns.append((rs.middle, "reported-after"))
        patterns.append((middle_inverted, "reported-after"))
        if not TELL_VERBS.isdisjoint(words):
            patterns.append((rs._earliest_lead, "reported"))
        joined = " and " in lowered or " but " in lowered
        if joined:
            patterns.append((rs._second_verb, "reported"))
        patterns.append((rp.LEAD.match, "reported"))
        if text.count(", ") >= 2 or rs._LATE_CONNECTIVE.search(text):
            patterns.append((late_lead, "reported"))
        if joined or any(word in lowered for word in rs._CLAUSE_SAID_WORDS):
            patterns.append((rp.CLAUSE_SAID.match, "reported"))
    if lowered.startswith(("in the view of ", "in the opinion of ")):
        patterns[:0] = [(cl.IN_THE_VIEW_OF.match, "in-view")]
    elif lowered.startswith(cl.IN_VIEW_OPENERS) and cl.owner_marked(lowered):
        patterns[:0] = [(cl.IN_VIEW.match, "in-view")]
    held = not cl.VIEW_WORDS.isdisjoint(words)
    if held and "that" in lowered and cl.OPENING_CLAIM.match(text):
        patterns[:0] = [(cl.possessive_claim, "claim")]
    if held and lowered.startswith(rs._PRONOUN_OPENERS):
        patterns[:0] = [(cl.PRONOUN_CLAIM.match, "claim"), (cl.IN_PRONOUN_VIEW.match, "in-view")]
    if lowered.startswith(rs._AS_OPENERS):
        patterns[:0] = [(lp.AS_LEAD.match, "reported"), (lp.AS_REPORTED_BY.match, "reported")]
    if polled and reports:
        patterns.append((ev.IN_POLL_TAIL.match, "evidence-in"))
    if rp.PARTICIPLE_CUE.search(lowered):
        patterns.append((lp.PARTICIPLE.match, "reported"))
    described = lowered.startswith(rs._DESCRIBED_OPENERS, rs._dateline_end(text))
    if described and any(joint in lowered[:140] for joint in rs._DESCRIBED_JOINTS):
        patterns.append((lp.DESCRIBED_LEAD.match, "described-lead"))
    lede = lowered.startswith(("a ", "an "), rs._dateline_end(text))
    if lede and (" has " in lowered[:80] or " have " in lowered[:80]):
        patterns.append((lp.LEDE_HAS.match, "described-lead"))
    if not ev.EVIDENCE_VERBS.isdisjoint(words) and not ev.EVIDENCE_HEADS.isdisjoint(words):
        patterns.append((ev.EVIDENCE_LEAD.match, "evidence"))
        patterns.append((ev.EVIDENCE_TAIL.match, "evidence"))
    if reports:
        patterns += [*phrase_patterns(text), (mid_clause, "reported")]
    if not cl.CLAIM_NOUNS.isdisjoint(words):
        patterns.append((cl.possessive_claim, "claim"))
    if according:
        patterns.append((ap.ACCORDING_LEAD_PHRASE.match, "according-phrase"))
        patterns.append((ap.ACCORDING_TAIL_PHRASE.match, "according-phrase"))
    return patterns


def _agree(text: str) -> None:
    assert list(rs.patterns_worth_trying(text)) == _eager(text), text


_WORDS_TRIED = (
    "As as according to said told warned found poll Officials officials who A an , . ’ ' - — "
    "point out pointed and but when because saying The plan would fail Osei WASHINGTON (AP) "
    "supporters delegates study in survey average exit polls claims view that Trump's while as "
    "has have"
)
PIECES = st.sampled_from([*_WORDS_TRIED.split(" "), " ", "\n", "\u2028", "\x1c", "İ", "é"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=16).map(" ".join))
def test_lazy_patterns_agree_with_the_eager_list(text: str) -> None:
    _agree(text)


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=60))
def test_the_findall_words_are_the_split_words(text: str) -> None:
    lowered = text.lower()
    assert rs._WORDS.findall(lowered) == rp.PUNCTUATION.sub(" ", lowered).split()
    _agree(text)


def test_lazy_patterns_agree_on_every_sample_sentence() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        for sentence in split_sentences(load_path(str(path))):
            _agree(sentence.text)
    _agree("As the Times reported, according to officials, a poll found Osei said so.")


def test_lazy_patterns_agree_on_the_branches_the_samples_may_miss() -> None:
    _agree("Crews were called, and according to officials, the plan would fail.")
    _agree("IN THE OPINION OF the tribunal, the appeal fails.")  # hypothesis found the branch
    _agree("A Ghanaian engineer who has worked on the dam said it would fail.")

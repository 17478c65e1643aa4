"""The cheap searches that rule a reported-speech pattern out before it is tried must never rule
out a sentence the pattern matches: the guarded matcher and the plain pattern agree, on made-up
sentences built from the pieces the patterns care about and on every sentence of the samples."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import called_leads, qa, relative_reports, report_shapes
from reader.core.attribution import phrase_sources as ps
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import tail_patterns as tp
from reader.core.load import load_path
from reader.core.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]

PIECES = st.sampled_from(
    [
        "Osei",
        "Dr. Ada Lindqvist",
        "the ministry",
        "The union",
        "she",
        "he",
        "a spokesman for Calder Bank",
        "said",
        "says",
        "told",
        "told reporters",
        "told the Evening Post",
        "added",
        "warned",
        "called for",
        "made it clear",
        "is calling on",
        "has",
        "also",
        "later",
        "and",
        "but",
        "that",
        "on Monday",
        "last week",
        "in a statement",
        "in an interview with the Record",
        "at the hearing",
        "while",
        "the plan would fail",
        "prices rose",
        "according to",
        ",",
        ".",
        ";",
        "“",
        "”",
        '"',
        "—",
        "?",
    ]
)
SENTENCE = st.lists(PIECES, min_size=1, max_size=14).map(" ".join)
SENTENCE_TIGHT = st.lists(PIECES, min_size=1, max_size=14).map(
    lambda pieces: " ".join(pieces).replace(" ,", ",").replace(" .", ".")
)

CLAUSE = st.sampled_from(
    [
        "",
        "After the ruling was read out",
        "Prices rose in every region",
        "The plan would fail",
        "Osei wrote to the board in March",
        "the plan would fail.",
        "“the plan would fail”",
    ]
)
SUBJECT = st.sampled_from(
    [
        "",
        "Osei",
        "the ministry",
        "Dr. Ada Lindqvist",
        "she",
        "a spokesman for Calder Bank,",
        "who",
        ", who",
        ", which has",
        "Calder Bank, which",
        "Osei, who had",
    ]
)
VERB_WORDS = (
    "said says wrote writes added adds noted argued warned insisted explained believes thinks "
    "claimed stressed urged vowed promised pointed out"
).split()
VERB = st.sampled_from(
    [*VERB_WORDS, "told me", "told reporters", "told the Record", "called for", "made it clear"]
)
AFTER = st.sampled_from(
    ["", "later", "on Monday", "in an interview", "by phone", "that", "of Bank"]
)
STOP = st.sampled_from(["", ",", ".", ";", " and", " but", "?"])
SUBJECT_VERB = st.tuples(CLAUSE, STOP, SUBJECT, VERB, AFTER, STOP, CLAUSE)
VERB_SUBJECT = st.tuples(CLAUSE, STOP, VERB, SUBJECT, AFTER, STOP, CLAUSE)
SHAPED = st.one_of(SUBJECT_VERB, VERB_SUBJECT).map(
    lambda parts: " ".join(" ".join(parts).split()).replace(" ,", ",").replace(" .", ".")
)


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    return (match.span(), match.groupdict()) if match else None


Matcher = Callable[[str], "re.Match[str] | None"]
GUARDED: list[tuple[Matcher, Matcher]] = [
    (report_shapes.tail, tp.TAIL.match),
    (report_shapes.and_said, report_shapes.and_said_unguarded),
    (report_shapes.tail_inverted, tp.TAIL_INVERTED.match),
    (report_shapes.middle, tp.MIDDLE.match),
    (report_shapes.relative, relative_reports.RELATIVE.match),
]


def _agree(text: str) -> None:
    for guarded, plain in GUARDED:
        assert _found(guarded(text)) == _found(plain(text)), (guarded.__name__, text)


@settings(max_examples=500, deadline=None)
@given(SENTENCE)
def test_guards_agree_with_the_plain_patterns(text: str) -> None:
    _agree(text)


@settings(max_examples=500, deadline=None)
@given(SENTENCE_TIGHT)
def test_guards_agree_when_commas_and_stops_close_up(text: str) -> None:
    _agree(text)


@settings(max_examples=1500, deadline=None)
@given(SHAPED)
def test_guards_agree_on_report_shaped_sentences(text: str) -> None:
    _agree(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan would fail, Osei said on Monday.",
        "The plan would fail, Dr. Ada Lindqvist told reporters.",
        "Osei wrote to the board in March and said that the plan would fail.",
        "The union, which has 4,000 members, said prices rose but added that wages did not.",
        "Prices rose sharply, the ministry said, and wages fell.",
        "After the ruling was read out, Osei said later, most state laws were safe.",
        "Prices rose in every region, said Osei of Calder Bank.",
        "The plan was drafted by Calder Bank, which said that prices rose in every region.",
    ],
)
def test_guards_agree_on_reports(text: str) -> None:
    assert any(guarded(text) for guarded, _ in GUARDED)
    _agree(text)


def test_guards_agree_on_every_sample_sentence() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        for sentence in split_sentences(load_path(str(path))):
            _agree(sentence.text)


CALLED_LEAD = st.lists(
    st.sampled_from(
        [
            "Osei",
            "what Dr. Ada Lindqvist",
            "the ministry",
            "she",
            "has",
            "once",
            "famously",
            "called",
            "calls",
            "dubbed",
            "labelled",
            "labeled",
            "branded",
            "described",
            "describes",
            "Called",
            "it",
            "them",
            "the plan",
            "the levy",
            "as",
            "a",
            ",",
            "(D-Ill.)",
            ":",
            "\n",
            "  ",
        ]
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=800, deadline=None)
@given(CALLED_LEAD)
def test_the_called_lead_word_test_agrees_with_the_pattern(tail: str) -> None:
    assert _found(called_leads.called_lead(tail)) == _found(called_leads._CALLED.search(tail))


@pytest.mark.parametrize(
    "tail",
    [
        "Early described the plan as",
        "Early described the plan as \n",
        "Keller, the mayor, has called it",
        "what Osei calls",
        "Osei labelled them as  ",
    ],
)
def test_the_called_lead_word_test_keeps_every_called_lead(tail: str) -> None:
    assert called_leads.called_lead(tail) is not None
    assert _found(called_leads.called_lead(tail)) == _found(called_leads._CALLED.search(tail))


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Rosalind Tully", "Dr.", "Q", "A", " ", ":", " (Labour)", "\n", "We"]),
        max_size=8,
    ).map("".join)
)
def test_a_named_label_needs_a_colon(text: str) -> None:
    guarded = qa._NAMED.match(text) if ":" in text else None
    assert _found(guarded) == _found(qa._NAMED.match(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["point", "points", "pointed", "out", "appoint", " ", "\n"])))
def test_pointing_out_needs_the_word_point(pieces: list[str]) -> None:
    text = "".join(pieces)
    guarded = "point" in text and report_shapes._POINT_OUT.search(text)
    assert bool(guarded) == bool(report_shapes._POINT_OUT.search(text))


GROUP_PIECES = st.sampled_from(
    [
        "Some",
        "delegates",
        "officials",
        "the board",
        "report",
        "at the convention",
        "in Philadelphia",
        "American",
        "Striking",
        "people close to the mayor",
        "said",
        "say",
        "told reporters",
        "they",
        "welcomed it",
        "the plan would fail",
        ",",
        ".",
        "however",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(GROUP_PIECES, min_size=2, max_size=12).map(" ".join))
def test_the_head_word_check_never_rules_out_a_described_source(text: str) -> None:
    if ps.phrase_patterns(text):
        return
    assert ps.phrase_lead(text) is None and ps.phrase_tail(text) is None


PARTICIPLE_PIECES = st.sampled_from(
    [
        "Osei spoke",
        "in a speech",
        "sent an email Wednesday",
        "a letter",
        ",",
        "—",
        "while",
        "by",
        "saying",
        "accusing him",
        "calling for",
        "calling on",
        "telling reporters",
        "pointing out",
        "talking about",
        "the plan",
        "sayings",
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PARTICIPLE_PIECES, min_size=1, max_size=10).map(" ".join))
def test_the_participle_words_are_in_every_participle_cue(text: str) -> None:
    """`patterns_worth_trying` searches for a participle cue only in a sentence holding one of
    PARTICIPLE_WORDS: no sentence the search would find may lack them."""
    lowered = text.lower()
    if rp.PARTICIPLE_CUE.search(lowered):
        assert not rp.PARTICIPLE_WORDS.isdisjoint(report_shapes._WORDS.findall(lowered)), text


def test_the_tail_guard_reads_past_commas_in_a_closing_dash_clause() -> None:
    """Found by the property above in CI: TAIL's closing dash clause may hold commas."""
    for text in (
        "Osei, Osei said — Osei,",
        "The port will stay open, Osei said — a promise, many thought, she could not keep.",
    ):
        _agree(text)
    assert report_shapes.tail("The port will stay open, Osei said — a promise, she said.")

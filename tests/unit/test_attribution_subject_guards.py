"""Two shortcuts in the subject grammar find the same matches as the plain patterns: the role
phrase before a name is tried only where a capital follows within nine words, and an opening
phrase runs atomically to its first comma (see cues.py and reported_patterns.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import according_patterns as ap
from reader.core.attribution import cues, sieves
from reader.core.attribution import lede_patterns as lp
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import tail_patterns as tp

_PHRASE = rp._PHRASE
_PLAIN = {
    cues._PERSON_AHEAD: "",
    f"(?>{_PHRASE}{{0,160}})": f"{_PHRASE}{{0,160}}",
    f"(?>{_PHRASE}{{0,80}})": f"{_PHRASE}{{0,80}}",
}


def _plain(pattern: str) -> str:
    for fast, plain in _PLAIN.items():
        pattern = pattern.replace(fast, plain)
    return pattern


FAST = [
    rp.LEAD.pattern,
    rp.LEAD_TELL.pattern,
    tp.TAIL.pattern,
    tp.MIDDLE.pattern,
    tp.TAIL_INVERTED.pattern,
    rp.AND_SAID.pattern,
    lp.PARTICIPLE.pattern,
    ap.ACCORDING_TAIL.pattern,
    sieves._LABEL.pattern,
    cues.MENTION,
]
PAIRS = [(re.compile(p), re.compile(_plain(p))) for p in FAST]

PIECES = st.sampled_from(
    [
        *"the The a his Her agency that will spend money city police chief executive".split(),
        *"former Former acting Mayor Sen. Dr. Ada Osei Lindqvist Calder Bank U.S. 1st".split(),
        *"32-year-old spokesman union officials said told warned has also and but".split(),
        *"In On After Overall , ,, 1,500 2,300 3 — ( ) “ ” . : that she he".split(),
        "Calder Bank's",
        "O'Neill",
        "  ",
        "\t",
    ]
)
SENTENCE = st.lists(PIECES, min_size=1, max_size=14).map(" ".join)
TIGHT = SENTENCE.map(lambda s: s.replace(" ,", ",").replace(" .", "."))


def _found(match: re.Match[str] | None) -> object:
    return (match.span(), match.groups()) if match else None


def _agree(text: str) -> None:
    for fast, plain in PAIRS:
        assert _found(fast.match(text)) == _found(plain.match(text)), (fast.pattern[:30], text)


def test_the_guard_reaches_past_a_determiner_and_eight_role_words() -> None:
    # the longest role phrase: a determiner and eight words, then the name's capital
    _agree("the the the the the the the the the The")
    _agree("the the the the the the the the the The plan would fail.")


@settings(max_examples=1200, deadline=None)
@given(SENTENCE, st.sampled_from(["", " the plan would fail.", ", the plan would fail."]))
def test_the_guards_match_as_the_plain_patterns(text: str, end: str) -> None:
    _agree(text + end)


@settings(max_examples=800, deadline=None)
@given(TIGHT)
def test_the_guards_agree_when_commas_close_up(text: str) -> None:
    _agree(text)


def test_the_plain_patterns_differ_from_the_fast_ones() -> None:
    assert all(plain.pattern != fast.pattern for fast, plain in PAIRS)
    _agree("The agency that will spend the money said the plan would fail.")
    _agree("In 2,300 cases, former Mayor Ada Osei, 61, said the plan would fail.")

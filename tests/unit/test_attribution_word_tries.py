"""The titles and the organisations' head words are tries, not lists of alternatives: every
pattern that embeds them finds the same matches as with the plain lists (a title is followed by
"." or a space and a head word by a word boundary, so the order of the words cannot matter)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import cues, mentions
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import subject_patterns as sp
from reader.core.attribution import tail_patterns as tp
from reader.core.attribution.word_trie import word_trie

_PLAIN = {
    word_trie(cues.PLAIN_TITLES): "(?:" + "|".join(cues.PLAIN_TITLES) + ")",
    "(?i:" + word_trie(cues.ORG_HEADS) + ")": "(?i:" + "|".join(cues.ORG_HEADS) + ")",
}


def _plain(pattern: str) -> str:
    for trie, alternatives in _PLAIN.items():
        pattern = pattern.replace(trie, alternatives)
    return pattern


PATTERNS = [
    rp.LEAD,
    rp.LEAD_TELL,
    tp.TAIL,
    tp.TAIL_INVERTED,
    tp.MIDDLE,
    rp.AND_SAID,
    rp.CLAUSE_SAID,
    sp.APPOSITIVE_NAME,
    mentions.PERSON_IN_TEXT,
    re.compile(cues.THE_HEAD),
    re.compile(cues.MENTION),
]
PLAIN = [re.compile(_plain(p.pattern)) for p in PATTERNS]

PIECES = st.sampled_from(
    [
        *"Mr Mr. Mrs Mrs. Ms Sen Sen. Senator Gov Governor Gen. General Prof Professor Rep".split(),
        *"Representative Chair Chairman Chairwoman Former former Acting Secretary of State".split(),
        *"the The its rail Rail railway railways RAILWAYS airline airlines Airlines trust".split(),
        *"union Union Bank bank banks port Port Authority authority Town Rovers said told".split(),
        *"Ada Osei Lindqvist Calder Ruiz and that , . — “ ” told reporters".split(),
        "Mrs.Osei",
        "Senators",
        "Rails",
    ]
)
SENTENCE = st.lists(PIECES, min_size=1, max_size=12).map(" ".join)


def _found(match: re.Match[str] | None) -> object:
    return (match.span(), match.groups()) if match else None


@settings(max_examples=1500, deadline=None)
@given(SENTENCE, st.sampled_from(["", " it would fail.", ", the plan would fail."]))
def test_the_tries_match_as_the_lists_did(text: str, end: str) -> None:
    for trie, plain in zip(PATTERNS, PLAIN, strict=True):
        for sentence in (text + end, "The plan would fail, " + text + end):
            assert _found(trie.match(sentence)) == _found(plain.match(sentence)), sentence
            found = [_found(m) for m in trie.finditer(sentence)]
            assert found == [_found(m) for m in plain.finditer(sentence)], sentence


def test_the_plain_lists_are_what_the_tries_replaced() -> None:
    assert all(_plain(p.pattern) != p.pattern for p in PATTERNS[:9])

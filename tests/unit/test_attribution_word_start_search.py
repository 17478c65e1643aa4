"""`word_starts` finds where any of a set of words starts with fewer passes than one per word
(longer words that begin or end with another are found through it): the same places as looking
for each word on its own."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import cues
from reader.core.attribution.word_starts import word_starts

LETTERS = st.text(alphabet="abn ", max_size=40)
WORDS = st.lists(st.text(alphabet="abn", min_size=1, max_size=4), max_size=6)


def _each_word(text: str, words: list[str]) -> set[int]:
    starts = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    return starts


@settings(max_examples=4000, deadline=None)
@given(LETTERS, WORDS)
def test_the_fewer_passes_find_every_start(text: str, words: list[str]) -> None:
    assert word_starts(text, words) == _each_word(text, words), (text, words)


def test_kinship_words_are_found_through_their_roots() -> None:
    kin = sorted(cues.FEMALE_KIN | cues.MALE_KIN)
    text = "her grandson, Tom; a widower; the granddaughter and stepmother of a son-in-law"
    assert word_starts(text, kin) == _each_word(text, kin)

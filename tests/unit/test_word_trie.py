"""A word list written as a trie (reader/core/attribution/word_trie.py) must match exactly what
the longest-first alternation it replaces matched, wherever a pattern embeds it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution.verbs import REPORTING_VERBS
from reader.core.attribution.word_trie import word_trie

WORDS = st.lists(st.text(alphabet="abst-", min_size=1, max_size=5), min_size=1, max_size=30)
TEXT = st.text(alphabet="abst- .", max_size=60)


def alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_the_trie_finds_what_the_alternation_finds(words: list[str], text: str) -> None:
    trie, listed = re.compile(word_trie(words)), re.compile(alternation(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(WORDS, TEXT)
def test_backtracking_into_the_trie_tries_the_same_words(words: list[str], text: str) -> None:
    """Followed by more pattern, a shorter word must still be tried when the longer one fails."""
    trie = re.compile(rf"(?:{word_trie(words)})\b(?:\s|$)")
    listed = re.compile(rf"{alternation(words)}\b(?:\s|$)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in listed.finditer(text)]


def test_every_reporting_verb_and_nothing_longer() -> None:
    verbs = re.compile(rf"(?:{word_trie(REPORTING_VERBS)})")
    assert all(verbs.fullmatch(verb) for verb in REPORTING_VERBS)
    assert verbs.fullmatch("saidx") is None
    assert verbs.match("says that")[0] == "says"  # type: ignore[index]


def test_an_empty_list_matches_nothing() -> None:
    assert re.search(word_trie([]), "anything") is None

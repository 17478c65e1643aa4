"""The next sentence's cue is looked for past its first character only when it says "how" or
"what": the same match as the pattern's search (see neighbours._next_sentence)."""

from __future__ import annotations

import re
from pathlib import Path

from attribution_helpers import Make, found, one
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import neighbours
from reader.core.load import load_path
from reader.core.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"That This was is how what Mara Voss sees it The speaker Teodor With that".split(),
        *"Rep. Harriet Okonjo opened the hearing spoke those words somehow".split(),
        *[",", ", ", " ", "\n", ".", "“", "”"],
    ]
)


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    return None if match is None else (match.span(), match.groupdict())


def _agree(sentence: str) -> None:
    expected = _found(neighbours._NEXT_SENTENCE.search(sentence))
    assert _found(neighbours._next_sentence(sentence)) == expected, sentence


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_the_guarded_search_finds_what_the_search_finds(sentence: str) -> None:
    _agree(sentence)


def test_cues_in_the_next_sentence_are_found() -> None:
    for sentence in ("That, at least, is how Mara Voss sees it.", "This was Teodor Blaskovich."):
        assert neighbours._next_sentence(sentence) is not None
        _agree(sentence)


def test_the_searches_agree_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        for sentence in split_sentences(load_path(path)):
            _agree(sentence.text)


def test_someone_who_has_been_saying_that_said_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Appeals court revives fired driver's suit",
        "“I told them the brakes were going. Three weeks later I didn't have a job.”",
        "Lucille Brannigan has been saying some version of that since the spring of 2021.",
    )
    quote = one(quotes, "I told them the brakes were going. Three weeks later I didn't have a job.")
    assert quote.speaker == "Lucille Brannigan"

"""Shortcuts taken for speed must give what the plain code gave: a pattern anchored at the end
searched from near the end (reader/core/attribution/tails.py), the title-case count that stops
early (kinds.py)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.attribution import (
    context,
    cues,
    descriptions,
    genders,
    kin_genders,
    kinds,
    phrases,
    pronouns,
    singles,
)
from reader.core.attribution.cast import Cast
from reader.core.attribution.mention_titles import strip_title
from reader.core.attribution.tails import search_end
from reader.core.attribution.verb_phrases import VERB_WORDS
from reader.core.attribution.word_starts import finditer_from_words, word_start

PIECES = st.sampled_from(
    [
        "Gov.",
        "Prime Minister",
        "Deputy Mayor",
        "about",
        "of",
        "ABOUT",
        "so-called",
        "so called",
        "the report",
        "white paper",
        "titled",
        "x",
        "Mayor",
        ".",
        "”",
        "!",
        ",",
        " ",
        "  ",
        "\n",
        "\t",
        "word",
        "A",
    ]
)
TEXT = st.lists(PIECES, max_size=12).map("".join)


def _span(match: re.Match[str] | None) -> tuple[int, int, str] | None:
    return (match.start(), match.end(), match.group()) if match else None


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_searching_near_the_end_finds_the_same_match(text: str) -> None:
    for pattern, longest in (
        (descriptions._PREPOSITION_BEFORE, descriptions._LONGEST_PREPOSITION),
        (descriptions._SENTENCE_START, descriptions._LONGEST_STOP),
        (descriptions._OFFICE_BEFORE, descriptions._LONGEST_OFFICE),
        (kinds._SO_CALLED, len("so called")),
    ):
        assert _span(search_end(pattern, text, longest)) == _span(pattern.search(text))
    assert kinds._title_lead(text) == bool(kinds._TITLE_LEAD.search(text))


def _title_case_counted(content: str) -> bool:
    """The rule as first written: count every word, then compare."""
    if not content[:1].isupper():
        return False
    words = [w for w in kinds._WORD.findall(content) if w.lower() not in kinds._MINOR]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.75 * len(words)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(["The", "the", "of", "Big", "big", "2024", "'s", "Ünder", "a"])).map(
        " ".join
    )
)
def test_title_case_stopping_early_agrees(content: str) -> None:
    assert kinds._title_case(content) == _title_case_counted(content)


WORDY = st.text(alphabet="ab Z'’-_1\u00a0\u2003\n.", max_size=40)


@settings(max_examples=400, deadline=None)
@given(WORDY)
def test_lowercase_words_by_chunk_match_the_whole_text(text: str) -> None:
    assert phrases.lowercase_words(text) == set(phrases.LOWER_WORD.findall(text))


ORIGINAL_GENDERED = re.compile(
    r"\b(?:(?P<female>she|her|hers|herself|(?:spokes|chair|business|congress|council|sales)woman)"
    r"|(?P<male>he|him|his|himself|(?:spokes|chair|business|congress|council|sales)man))\b"
)
GENDERED_TEXT = st.lists(
    st.sampled_from(
        [
            "she",
            "he",
            "her",
            "hers",
            "herself",
            "him",
            "his",
            "the",
            "s",
            "h",
            " ",
            "-",
            "_",
            "2",
            "chairman",
            "chairwoman",
            "spokes",
            "man",
            "é",
            ",",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(GENDERED_TEXT)
def test_gendered_words_match_the_plain_pattern(text: str) -> None:
    found = [(m.span(), female) for m, female in genders._gendered_words(text)]
    plain = [(m.span(), m.lastgroup == "female") for m in ORIGINAL_GENDERED.finditer(text)]
    assert found == plain


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="aAb-. ", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="aAb-. _1", max_size=40),
)
def test_word_start_matches_what_a_leading_boundary_matches(words: list[str], text: str) -> None:
    plain = re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})")
    fast = re.compile(f"(?:{word_start(words)})")
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aAbZ'’-_1 .é\u00c9", max_size=40))
def test_capitalised_words_match_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"\b[A-Z][a-z’'-]+\b")
    found = [m.span() for m in pronouns.CAPITALISED.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    for start in range(len(text)):  # a window's start sees the text before it
        found = [m.span() for m in pronouns.CAPITALISED.finditer(text, start)]
        assert found == [m.span() for m in plain.finditer(text, start)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="'‘’a \n\"", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_single_marks_match_the_plain_pattern(text: str, start: int, end: int) -> None:
    plain = re.compile(r"(?<!')['‘’](?!')")
    found = [m.span() for m in singles.SINGLE.finditer(text, start, end)]
    assert found == [m.span() for m in plain.finditer(text, start, end)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Mr", "Mrs", "St", "A", "a", "x", ".", "?", "!", "”", " ", "\n"])))
@example(["Mrs", ".", " ", "x", ".", "”", " ", "A", ".", " ", "St", "?", "\n"])
def test_sentence_stops_match_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = re.compile(r"(?<![A-Z])(?<!\b(?:Mr|Ms|Dr|St|Mt|Jr|Sr))(?<!\bMrs)[.!?][”\"]?\s+")
    found = [m.span() for m in context.SENTENCE_STOP.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


def _canonical_by_scanning(cast: Cast, mention: str) -> str | None:
    """`Cast.canonical` as first written: a walk over every entity."""
    bare = strip_title(mention)
    known = cast.entities.get(bare)
    if known is not None and known.kind != "person":
        return bare
    people = [e for e in cast.entities.values() if e.kind == "person"]

    def longest(name: str) -> str | None:
        first, last = name.split()[0], name.split()[-1]

        def fits(words: list[str]) -> bool:  # ("Kamala Devi" of Kamala Devi Sahu)
            second = len(words) == 3 and len(words[1]) > 2 and words[2].lower() not in VERB_WORDS
            return words[0] == first and (words[-1] == last or (second and words[1] == last))

        return next((e.name for e in people if fits(e.name.split())), None)

    if known is not None:
        return longest(bare) if len(bare.split()) > 1 else bare
    if bare in cast._alias:
        return cast._alias[bare]
    lowered = bare.lower()
    for entity in cast.entities.values():
        name = entity.name.lower()
        if entity.kind != "person" and (
            name == lowered or name.endswith(" " + lowered) or name.startswith(lowered + " ")
        ):
            return entity.name
    if len(bare.split()) > 1:
        words = bare.split()  # else a person the last words name ("Housing Ciarán Mulcahy")
        tails = [" ".join(words[i:]) for i in range(1, len(words) - 1)]
        return longest(bare) or next((e.name for t in tails for e in people if e.name == t), None)
    named = [e.name for e in people if len(e.name.split()) > 1 and e.name.split()[0] == bare]
    return named[0] if len(named) == 1 else None


NAME = st.lists(
    st.sampled_from(["Ada", "Port", "Bank", "Osei", "Cal", "ada"]), min_size=1, max_size=3
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(NAME.map(" ".join), st.sampled_from(["person", "organisation"])), max_size=8
    ),
    st.lists(NAME.map(" ".join), min_size=1, max_size=5),
)
def test_the_cast_index_answers_what_a_walk_over_the_cast_answers(
    entities: list[tuple[str, str]], mentions: list[str]
) -> None:
    cast = Cast()
    for at, (name, kind) in enumerate(entities):
        cast.add(name, at, kind)
    for mention in mentions:
        assert cast.canonical(mention) == _canonical_by_scanning(cast, mention)


KIN_PIECES = (
    "wife widow widower grandson son sons Smith-son person Luis Reyes Ada de Jr. J. her ’ - _"
)
KIN_TEXT = st.lists(st.sampled_from([*KIN_PIECES.split(), " ", ", ", "\n"]), max_size=14).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(KIN_TEXT)
@example("his wife, Ada Smith-son, Luis Reyes")  # a word inside a match starts none of its own
def test_finding_the_words_first_finds_what_finditer_finds(text: str) -> None:
    words = cues.FEMALE_KIN | cues.MALE_KIN
    found = [(m.span(), m.groupdict()) for m in finditer_from_words(kin_genders._KIN, text, words)]
    assert found == [(m.span(), m.groupdict()) for m in kin_genders._KIN.finditer(text)]

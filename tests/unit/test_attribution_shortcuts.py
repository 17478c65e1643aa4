"""Shortcuts taken for speed agree with the plain code they stand in for: the quick noes per
sentence before the reported-speech patterns (on made-up sentences and on every sentence of the
samples and the evaluation articles), the describe window test made in place, and the mention
timeline kept when the genders found change no mention's person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reader.core.attribution import descriptions, report_spans
from reader.core.attribution import phrase_sources as ps
from reader.core.attribution.mentions import build_cast
from reader.core.attribution.resolve import Resolver
from reader.core.load import load_path
from reader.core.model import Sentence
from reader.core.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]

PIECES = st.sampled_from(
    [
        "Osei",
        "said",
        "told reporters",
        "the plan would fail",
        "officials",
        "commissioners",
        "report",
        "polls",
        "“",
        "”",
        '"',
        "'",
        "’",
        " ",
        ",",
        ":",
        "—",
        "-",
        ".",
        "(",
        ")",
    ]
)
TEXT = st.lists(PIECES, max_size=16).map(" ".join)
TIGHT = st.lists(PIECES, max_size=16).map("".join)


def sample_sentences() -> Iterator[str]:
    paths = sorted((ROOT / "articles").iterdir()) + sorted((ROOT / "tests/data/eval").iterdir())
    for path in paths:
        if path.suffix in (".txt", ".md", ".html"):
            yield from (s.text for s in split_sentences(load_path(str(path))))


def _plain_part_to_read(sentence: Sentence) -> tuple[Sentence | None, bool]:
    """part_to_read for a sentence with a quote, as written before its quick no."""
    cut = report_spans._FIRST_MARK.search(sentence.text)
    if cut is None and not report_spans._ANY_MARK.search(sentence.text):
        return None, True  # inside a quote that runs over several sentences
    lead = report_spans._cut(sentence, cut.start()) if cut else sentence
    if report_spans._runs_into_quote(sentence, lead):
        if len(lead.text.split()) < report_spans._MIN_LEAD_WORDS:
            return None, True
        return report_spans._up_to_next_quote(sentence, len(lead.text)), True
    if len(lead.text.split()) < report_spans._MIN_INTRO_WORDS:
        return None, True
    adding = report_spans._THEN_ADDING.search(lead.text)
    if adding:
        return report_spans._cut(lead, adding.start()), False
    return lead, True


def _same_part(text: str) -> None:
    sentence = Sentence(0, 0, 10, 10 + len(text), text)
    assert report_spans.part_to_read(sentence, True) == _plain_part_to_read(sentence)


def _plain_head_word(text: str) -> bool:
    return any(
        word in ps._HEAD_WORDS or (word.endswith("s") and ps._ROLE_NOUNS.fullmatch(word))
        for word in set(ps._WORD.findall(text.lower()))
    )


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, TIGHT))
@example("Osei said the plan would fail “at once.”")  # six words run into the quote
@example("Osei said the plan would fail — “at once.”")  # a dash: the lead has six
@example("Osei told reporters the plan would fail, “at once.”")  # seven introduce it
@example("Osei told the reporters the plan would fail, “at once.”")  # eight
def test_a_short_lead_is_ruled_out_as_the_plain_code_rules_it_out(text: str) -> None:
    _same_part(text)


@settings(max_examples=400, deadline=None)
@given(st.one_of(TEXT, TIGHT))
def test_the_head_word_check_agrees_with_the_plain_walk(text: str) -> None:
    assert ps._has_head_word(text.lower()) == _plain_head_word(text)


def test_the_guards_agree_on_every_sample_sentence() -> None:
    for text in sample_sentences():
        _same_part(text)
        assert ps._has_head_word(text.lower()) == _plain_head_word(text)


WINDOW_TEXT = st.lists(
    st.sampled_from(["Voss", ",", " ", "\n", "is", "was", " has ", "had", "became", "a", "x"]),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(WINDOW_TEXT, st.integers(0, 12), st.integers(0, 8))
def test_the_describe_test_in_place_reads_as_the_window(text: str, end: int, width: int) -> None:
    in_place = descriptions._MAY_DESCRIBE.match(text, end, end + width)
    window = descriptions._MAY_DESCRIBE.match(text[end : end + width])
    assert (in_place is None) == (window is None)


def test_the_timeline_kept_after_the_genders_is_the_one_rebuilt() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        article = load_path(str(path))
        sentences = split_sentences(article)
        resolver = Resolver(article.text, sentences, build_cast(article.text, {}), article.text)
        kept, mentions = list(resolver._timeline), dict(resolver._mentions_of)
        resolver._timeline_names = None  # forget what it was built on: build it again
        assert resolver._mention_timeline() == kept
        assert resolver._mentions_of == mentions

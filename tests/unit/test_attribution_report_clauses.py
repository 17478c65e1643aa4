"""Reported speech whose subject carries clauses and asides: a clause is no appositive ("Brennan,
has denied …, and his lawyer, Marianne Oduya, said"), a party tag is no subject, an aside may
precede the appositive, the first verb after an appositive reports, and a long or single-quoted
title in the opening phrase is read as one word."""

from __future__ import annotations

from attribution_helpers import Make, reported

from reader.core.attribution.report_spans import _titles_masked
from reader.core.model import Sentence


def test_two_reports_joined_by_and_keep_their_own_speakers(make_article: Make) -> None:
    got = reported(
        make_article,
        "Garnet Ridge's founder, Louis Brennan, has denied that the fund ever overstated the "
        "value of its assets, and his lawyer, Marianne Oduya, said in a statement that the firm "
        "would contest the charges.",
    )
    assert got == [
        ("the fund ever overstated the value of its assets", "Louis Brennan"),
        ("the firm would contest the charges.", "Marianne Oduya"),
    ]


def test_a_party_tag_is_not_the_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "In a statement afterward, Rep. Alicia Brandt, D-Ohio, who has introduced a bill to "
        "regulate data brokers, said the company should be barred from federal contracts.",
    )
    assert got == [("the company should be barred from federal contracts.", "Alicia Brandt")]


def test_an_aside_then_an_appositive(make_article: Make) -> None:
    got = reported(
        make_article,
        "Maja Lindqvist — no relation — a researcher at the Uppsala Institute, said the "
        "benchmarks had been chosen with care.",
    )
    assert got == [("the benchmarks had been chosen with care.", "Maja Lindqvist")]


def test_the_first_verb_after_an_appositive_reports(make_article: Make) -> None:
    got = reported(
        make_article,
        "In a statement issued after the vote, the Senate Republican leader, Phineas Garroway "
        "of Tennessee, accused Democrats of trying to rewrite the rules and warned that "
        "Republicans would remember it.",
    )
    assert got and got[0][0].startswith("Democrats of trying to rewrite the rules")
    assert got[0][1] == "Phineas Garroway"


def test_a_long_title_in_the_opening_phrase(make_article: Make) -> None:
    got = reported(
        make_article,
        "In an op-ed headlined “Why I’m Leaving the Board of Quillfeather”, published in the "
        "Bay Ledger on Sunday, the venture capitalist Deborah Klein wrote that the founders had "
        "ignored repeated warnings about spending.",
    )
    assert got == [("the founders had ignored repeated warnings about spending.", "Deborah Klein")]


def test_a_single_quoted_title_in_running_text_but_not_in_a_headline() -> None:
    def masked(text: str) -> str:
        return _titles_masked(Sentence(0, 0, 0, len(text), text)).text

    assert "Second Serve" not in masked(
        "In her memoir, ‘Second Serve’, published last month, Lotte Vermeer writes that …"
    )
    headline = "Ted Cruz: I Am ‘Horrified’ By Donald Trump"
    assert masked(headline) == headline

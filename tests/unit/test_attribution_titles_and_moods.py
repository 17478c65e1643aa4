"""A South African advocate's title between a role and a name ("State prosecutor Advocate Nomvula
Khumalo" … "the prosecutor said"), and a subject's concern before a colon ("Rao, however, was
more concerned about the bowling:") (blind suite mix32, 2026-12-03)."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_an_advocate_s_title_keeps_the_role_before_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sipho Dlamini, 34, was found guilty last month.",
        "State prosecutor Advocate Nomvula Khumalo told the court there were no compelling "
        "circumstances. “These were hired killers,” the prosecutor said.",
        "Defence counsel Pieter du Toit argued that Dlamini had been a minor participant.",
    )
    assert one(quotes, "These were hired killers,").speaker == "Nomvula Khumalo"


def test_a_subject_s_concern_before_a_colon_introduces_their_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Konkan Falcons captain Harshita Rao hit an unbeaten 88. Head coach Sunil Khanna praised "
        "the batters.",
        "Rao, however, was more concerned about the bowling: “We gave away 40 runs in the last "
        "three overs.”",
    )
    assert one(quotes, "We gave away 40 runs in the last three overs.").speaker == "Harshita Rao"

"""Couples the name lists only half know: "Ravi and Anjali Menon" (one first name on the lists),
"Dennis and June Whitcomb" (June also a month), "For Ed and Marcy Lindgren" (a sentence's first
word before them); and places that are no couple ("Florida and North Carolina")."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.couples import couples


def test_one_listed_first_name_makes_a_couple_but_a_compass_word_does_not() -> None:
    text = (
        "Ravi and Anjali Menon opened a shop. For Ed and Marcy Lindgren, the flood came early. "
        "Voters in Florida and North Carolina went to the polls."
    )
    assert {(c.completed, c.partner) for c in couples(text)} == {
        ("Ravi Menon", "Anjali Menon"),
        ("Ed Lindgren", "Marcy Lindgren"),
    }


def test_mrs_and_her_husband_are_told_apart_by_the_partner_s_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ravi and Anjali Menon opened their first sweet shop in Kottamala in 1998.",
        "Mrs. Menon still keeps the accounts in a red ledger. Her husband, who rises at 4 a.m. "
        "to start the kitchens, is less interested in numbers.",
        "“If the ghee is good, the rest follows,” he said.",
    )
    assert one(quotes, "If the ghee is good, the rest follows,").speaker == "Ravi Menon"


def test_a_wife_named_for_a_month_is_still_one_of_the_couple(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dennis and June Whitcomb lost their home in the Granite Creek fire in August.",
        "“Forty-one years of photographs, gone in an afternoon,” Mrs. Whitcomb said.",
        "Her husband is more focused on the insurance company. “They keep asking for receipts "
        "for things that burned,” he said.",
    )
    assert one(quotes, "Forty-one years of photographs, gone in an afternoon,").speaker == (
        "June Whitcomb"
    )
    assert one(quotes, "They keep asking for receipts for things that burned,").speaker == (
        "Dennis Whitcomb"
    )

"""Misses of the older probe suites (and PolNeAR's train split) fixed on 2026-12-02: a name inside
an opening phrase is no antecedent for the pronoun after it, a party before a name is no part of
it, "the Rt Rev", "Police said" after a police department was named, "The message from X was
blunt:", a nationality for a person ("said the Scot"), and a possessive role phrase before a name
in apposition ("Google's chief human resources executive, Laszlo Bock,")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_name_in_an_opening_phrase_takes_no_pronoun_vote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Detective Inspector Claire Rowntree told the court that officers found the van two "
        "days after the robbery.",
        "Under cross-examination by defence barrister Martin Oyelaran, she accepted that no "
        "fingerprints had been recovered.",
        "‘We did not find what we would have expected to find,’ she said.",
    )
    assert one(quotes, "We did not find what we would have expected to find,").speaker == (
        "Claire Rowntree"
    )


def test_a_party_before_a_name_is_no_part_of_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "During the debate, Democrat Paula Grimes accused Republican Scott Mattingly of backing "
        "tax breaks.",
        "Mattingly shot back that Grimes had voted to raise the gas tax twice.",
    )
    assert ("Grimes had voted to raise the gas tax twice.", "Scott Mattingly") in got


def test_the_rt_rev_in_apposition_names_the_bishop(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Bishop of Carrowmore, the Rt Rev Simon Ashdown, said that the cathedral would have "
        "to close two days a week.",
    )
    assert got == [("the cathedral would have to close two days a week.", "Simon Ashdown")]


def test_police_after_a_named_police_department(make_article: Make) -> None:
    got = reported(
        make_article,
        "Two people were taken to hospital after a house fire early Wednesday, the Hartwell "
        "Police Department said.",
        "Police said a neighbor pulled one of the victims through a window.",
    )
    assert (
        "a neighbor pulled one of the victims through a window.",
        "Hartwell Police Department",
    ) in got


def test_police_with_no_department_named_stay_a_group(make_article: Make) -> None:
    assert reported(make_article, "Police said the driver was not hurt.") == [
        ("the driver was not hurt.", "Police")
    ]


def test_the_message_from_someone_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The message from Bramwell's chief constable, Andrea Pike, was blunt: 'If you carry a "
        "knife in this city, we will find you.'",
    )
    assert one(quotes, "If you carry a knife in this city, we will find you.").speaker == (
        "Andrea Pike"
    )


def test_the_welshman_is_the_one_the_article_calls_welsh(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kingsbridge director of rugby Owain Pritchard, the former Wales flanker, praised his "
        "young fly-half, Toby Ashworth, after the win.",
        "Cranleigh head coach Rob Mellor said his players had handed the game away.",
        "“Toby's got ice in his veins,” said the Welshman, who signed Ashworth at 16.",
    )
    quote = one(quotes, "Toby's got ice in his veins,")
    assert quote.speaker == "Owain Pritchard"
    assert "nationality" in quote.reason


def test_the_scot_is_the_one_left_when_the_other_is_english(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Callum Strachan fired a closing 66 to win the Welsh Open by two shots from Englishman "
        "Tom Redfern on Sunday.",
        "‘It’s nice to finally get through it,’ said the Scot, who moves into the top 50.",
    )
    assert one(quotes, "It’s nice to finally get through it,").speaker == "Callum Strachan"


def test_an_epithet_with_no_one_to_tell_apart_names_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Callum Strachan and Ewan Doig tied for the lead.",
        "“It was a long day,” said the Scot.",
    )
    assert one(quotes, "It was a long day,").speaker is None


def test_a_possessive_role_then_the_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Positions are going to soften,” California Rep. Dale Hunter’s chief of staff, Joe "
        "Kasper, told reporters.",
        "“We found zero relationship,” Lumora's chief human resources executive, Laszlo Bock, "
        "told the paper.",
        "“It may have been his first attempt,” said his best friend at Lehigh, Bruce Turry.",
    )
    assert one(quotes, "Positions are going to soften,").speaker == "Joe Kasper"
    assert one(quotes, "We found zero relationship,").speaker == "Laszlo Bock"
    assert one(quotes, "It may have been his first attempt,").speaker == "Bruce Turry"


def test_a_role_phrase_does_not_run_over_and(make_article: Make) -> None:
    got = reported(
        make_article,
        "On the left, Betty Friedan, the feminist leader and author, compared her to a heretic, "
        "telling her in a debate that she should burn at the stake.",
    )
    assert [who for _, who in got] == ["Betty Friedan"]

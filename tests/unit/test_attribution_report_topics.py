"""Who a sports report or a profile is about: "said the Dane" and "said the striker" where the
article gives no one that nationality or position are the person it opens with; "the
congressman" is the Representative; what someone manages is a body, and "As manager of …"
opens a phrase whose names are no antecedent."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_nationality_no_one_is_given_is_the_reports_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rasmus Holm shot a final-round 66 to win the Kingsbarrow Classic by two strokes from "
        "the American Brett Coyle on Sunday.",
        "“I’ve had a difficult year,” said the Dane.",
        "Coyle said he had “no regrets” about going for the green.",
    )
    assert one(quotes, "I’ve had a difficult year,").speaker == "Rasmus Holm"
    assert one(quotes, "no regrets").speaker == "Brett Coyle"  # not "American Brett Coyle"


def test_not_the_subject_given_another_nationality(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Englishman Tom Redfern shot a final-round 66 to win the Kingsbarrow Classic.",
        "“I’ve had a difficult year,” said the Dane.",
    )
    assert one(quotes, "I’ve had a difficult year,").speaker is None


def test_a_position_no_one_holds_is_the_player_the_report_opens_with(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Danny Mwangi scored twice as Castlebridge came from behind to beat Ellesmere Town 3-1.",
        "His manager, Phil Carney, described him as the best finisher he had worked with.",
        "“The gaffer just told me to be patient,” said the striker.",
    )
    quote = one(quotes, "The gaffer just told me to be patient,")
    assert quote.speaker == "Danny Mwangi"
    assert "whom the article is about" in quote.reason


def test_a_nationality_with_two_unknowns_is_the_one_the_report_opens_with(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Álvaro Rey insisted on Thursday that he had not asked to leave Ferncastle.",
        "He was reported to have had a heated exchange with head coach Martin Lusk on Tuesday.",
        "“I have never asked to go,” the Spaniard said.",
    )
    assert one(quotes, "I have never asked to go,").speaker == "Álvaro Rey"


def test_the_congressman_is_the_representative(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Representative Owen Castellucci of Montana spent Monday at a town hall in Billings.",
        "A rancher, Del Rasmussen, asked how he could stand by the attorney general.",
        "“I’m going to let a jury decide,” the congressman replied.",
    )
    assert one(quotes, "I’m going to let a jury decide,").speaker == "Owen Castellucci"


def test_what_a_manager_manages_is_no_man(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gerald Ashby has watched the film perhaps 40 times. As manager of Hexley Vale, bottom of "
        "the league for three seasons running, he considers it research.",
        "“Every time I watch it I spot something new,” he says.",
    )
    assert one(quotes, "Every time I watch it I spot something new,").speaker == "Gerald Ashby"

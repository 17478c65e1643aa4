"""More copy from the sixth set of blind suites: a describer with a possessive role, "As its
creative director, X, put it, the company prefers “…”", a role word with a macron, "was told by X
that", a surname with a straight apostrophe, "however said", two people sharing a surname told
apart by their titles, "the deputy minister" who is not the minister, "the Frenchwoman", and a club
and a role before a subject's name."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_described_by_its_own_conductor(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The production has been described by its own conductor, Aksel Brun, as “a beautiful "
        "disaster that somehow works”.",
    )
    assert one(quotes, "a beautiful disaster that somehow works").speaker == "Aksel Brun"


def test_as_a_role_put_it_then_the_clause_that_holds_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The fashion house has always been cagey about its finances. As its creative director, "
        "Thibault Anand-Roux, put it last year, the company prefers “to be talked about rather "
        "than analysed”.",
    )
    quote = one(quotes, "to be talked about rather than analysed")
    assert quote.speaker == "Thibault Anand-Roux"


def test_a_role_word_with_a_macron(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Kia kaha, kia māia,” kaumātua Hōri Pōhatu told the gathering before leading a karakia.",
    )
    assert one(quotes, "Kia kaha, kia māia,").speaker == "Hōri Pōhatu"


def test_was_told_by_someone_that(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Oireachtas Committee on Housing was told by Proinsias Mac Fhlannchadha, an assistant "
        "secretary at the department, that the scheme had paid out just €3.2 million.",
        "Mr Hollins said he had been told by the caller that his pension would be frozen.",
    )
    assert report_opening(quotes, "the scheme had paid").speaker == "Proinsias Mac Fhlannchadha"
    told = report_opening(quotes, "he had been told by the caller")  # his report, not the caller's
    assert "Mr Hollins" in told.reason


def test_a_surname_written_with_a_straight_apostrophe(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Moana Tasi coach Lui Fa’alogo has named six uncapped players in his squad.",
        '"It is time to back them," Fa\'alogo said at the squad announcement.',
    )
    assert one(quotes, "It is time to back them,").speaker == "Lui Fa’alogo"


def test_however_said_with_no_commas(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Commissioner for Health, Dr Amina Bashir Sambo, however said the state government "
        "had approved the payment.",
    )
    assert report_opening(quotes, "the state government").speaker == "Amina Bashir Sambo"


def test_a_father_and_daughter_told_apart_by_their_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chief Babatunde Adeyemi and his daughter, Dr Titilayo Adeyemi, donated an ambulance.",
        "“That must stop today,” Dr Adeyemi said.",
        "“We thank the youths,” Chief Adeyemi said.",
    )
    assert one(quotes, "That must stop today,").speaker == "Titilayo Adeyemi"
    assert one(quotes, "We thank the youths,").speaker == "Babatunde Adeyemi"


def test_the_deputy_minister_is_not_the_minister(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tanzania's Minister for Water, Mr Juma Hassan Mwakitalu, and his deputy, Ms Mariam Sefu "
        "Kizito, toured the plant.",
        "The deputy minister told reporters that the plant's capacity would be doubled.",
    )
    assert [q for q in quotes if q.speaker == "Juma Hassan Mwakitalu"] == []


def test_the_vice_president_is_not_a_president_of_the_service(make_article: Make) -> None:
    # "vice" is a whole word: it is not in "Civil Service Union"
    quotes = found(
        make_article,
        "Paul Grant, president of the Civil Service Union, spoke first.",
        "“We were promised talks,” the vice president said.",
    )
    assert one(quotes, "We were promised talks,").speaker is None


def test_the_vice_chair_is_the_one_described_as_vice_chair(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The board chair, Tom Reed, opened the meeting. Its vice-chair, Mary Holt, disagreed.",
        "“We cannot wait another year,” the vice chair said.",
    )
    assert one(quotes, "We cannot wait another year,").speaker == "Mary Holt"


def test_the_frenchwoman_is_the_one_woman_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Renew Europe’s new leader, Clémence Audibert, held her first press conference on Tuesday.",
        "“We are not a spare wheel,” the Frenchwoman said.",
        "EPP group chair Markus Feldhaus shrugged off the remarks.",
    )
    assert one(quotes, "We are not a spare wheel,").speaker == "Clémence Audibert"


def test_the_dutchman_among_two_men_is_not_a_guess(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Castlebrook City have signed goalkeeper Joost van der Meulen, with manager Graham Pellew "
        "calling him “the final piece”.",
        "“When a club like City calls, you don't need long to think,” the Dutchman said.",
    )
    quote = one(quotes, "When a club like City calls, you don't need long to think,")
    assert quote.speaker != "Graham Pellew"


def test_a_club_and_role_before_the_subjects_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kilbride United defender Ross McAteer has broken ranks over Connor Rafferty's transfer "
        "request, saying the saga had been “handled badly by everyone, Connor included”.",
    )
    assert one(quotes, "handled badly by everyone, Connor included").speaker == "Ross McAteer"


def test_the_frenchman_of_a_piece_about_him(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Émile Garnier won the seventh stage of the Tour des Alpilles on Friday.",
        "“I was suffering like a dog on the last climb,” the Frenchman told reporters.",
        "Race leader Joost Willemsen of the Netherlands finished in the same group.",
    )
    assert one(quotes, "I was suffering like a dog on the last climb,").speaker == "Émile Garnier"

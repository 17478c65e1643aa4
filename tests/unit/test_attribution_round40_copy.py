"""Session forty-seven, second round: the copy of round 40's blind suites (society pages, mind
sports, Central America, Central and Eastern Europe, gardening, philanthropy): a country's
possessive before a body's name, low-high quotation marks, and styles of the society pages."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_countrys_possessive_is_no_part_of_the_bodys_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Slovakia’s Constitutional Court ruled on Tuesday that the new levy breached property "
        "rights.",
        "Costa Rica’s Attorney General’s Office said it had charged a former port director with "
        "fraud.",
        "The Office of the Vermont Attorney General has sued the charity.",
        "In its complaint, the office said the charity’s founder had spent donations on a boat.",
    )
    assert report_opening(quotes, "the new levy breached").speaker == "Constitutional Court"
    assert report_opening(quotes, "it had charged a former").speaker == "Attorney General’s Office"
    assert report_opening(quotes, "the charity’s founder had").speaker == (
        "Office of the Vermont Attorney General"
    )


def test_a_low_opening_mark_closed_by_a_high_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "„The tunnel is not a luxury. It is the spine of our economy,“ Transport Minister Radek "
        "Šimánek said at the launch of the tender.",
    )
    assert one(quotes, "The tunnel is not a luxury. It is the spine of our economy,").speaker == (
        "Radek Šimánek"
    )


def test_styles_of_the_society_pages_and_the_flower_show(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hostess Cordelia Vane-Whitby, who has chaired the Snowdrop Ball for a decade, called the "
        "turnout “the finest in years” and promised a larger band.",
        "Among the escorts was Cadet Tobias Adeyemi-Rusk of the naval academy.",
        "Cadet Adeyemi-Rusk said he had rehearsed the bow in his quarters for weeks.",
        "Asked for the secret of a long marriage, Sir Ambrose Kettleby was typically brisk: "
        "‘Two sheds and one dog.’",
        "The chief judge, Dame Winifred Oakhurst VMH, described the planting as ‘calm to the "
        "point of genius’.",
    )
    assert one(quotes, "the finest in years").speaker == "Cordelia Vane-Whitby"
    assert report_opening(quotes, "he had rehearsed the bow").speaker == "Tobias Adeyemi-Rusk"
    assert one(quotes, "Two sheds and one dog.").speaker == "Ambrose Kettleby"
    assert one(quotes, "calm to the point of genius").speaker == "Winifred Oakhurst"


def test_a_pair_under_a_plural_role_and_a_first_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hosts Gideon and Margot Achterberg-Lowe welcomed 90 guests to their loft.",
        "“My wife writes the list; I pour the wine,” Mr. Achterberg-Lowe said.",
        "Luis Alberto Quiñónez Barahona, 51, is running again. His brother, Rafael Antonio "
        "Quiñónez Barahona, 46, is running for the opposition.",
        "“The streets still flood every winter,” Rafael Quiñónez said at a rally.",
    )
    assert one(quotes, "My wife writes the list; I pour the wine,").speaker == (
        "Gideon Achterberg-Lowe"
    )
    assert one(quotes, "The streets still flood every winter,").speaker == (
        "Rafael Antonio Quiñónez Barahona"
    )


def test_a_colour_code_scraped_before_a_quote_is_no_word_of_the_writer(make_article: Make) -> None:
    quotes = found(make_article, '\x1b[1m"We will rebuild the pier," said Mayor Ana Ruiz.')
    quote = one(quotes, "We will rebuild the pier,")
    assert (quote.kind.value, quote.speaker) == ("direct", "Ana Ruiz")


def test_letters_given_in_brackets_are_the_bodys_whatever_they_spell(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Moldova’s National Integrity Directorate (ANI) has opened a case against the mayor.",
        "In a statement, the ANI said the mayor had failed to declare two flats in Chișinău.",
    )
    assert (
        report_opening(quotes, "the mayor had failed").speaker == "National Integrity Directorate"
    )

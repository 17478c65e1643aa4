"""Copy from the seventh set of blind suites (city hall, inquests, diplomacy, Australian
politics): "Ald." and "Det Con" before a name, "the Opposition Leader, X," after a quote, a
capitalised office before a name, "Those were the words of X outside …", "The words, from …,
echoed", "said the woman who …, X", two roles joined by "and" before the name, "said Tuesday, in
response to a question from Y, that", "warned the council could …", and spokespeople for an
embassy in a city and for an office named by two phrases."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_aldermans_abbreviation_ends_no_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"The city still hasn\'t fixed the streetlights," said Ald. Roberto Galindo (25th), who '
        "pressed Streets Commissioner Maureen Pak during the hearing.",
    )
    assert one(quotes, "The city still hasn't fixed the streetlights,").speaker == "Roberto Galindo"


def test_a_detective_constables_rank_is_no_part_of_her_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Det Con Hayley Marsh said officers had visited the flat twice in the month before his "
        "death.",
    )
    report = report_opening(quotes, "officers had visited the flat")
    assert report.speaker == "Hayley Marsh"


def test_the_opposition_leader_then_her_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Premier Colin Achterberg promised another $200 million for road maintenance.",
        "“Our country roads are in the worst condition I have seen, and the Premier has known "
        "about it for years,” the Opposition Leader, Leonie Fraser, said in response.",
    )
    quote = one(
        quotes,
        "Our country roads are in the worst condition I have seen, and the "
        "Premier has known about it for years,",
    )
    assert quote.speaker == "Leonie Fraser"


def test_a_capitalised_office_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "City Assessor Franklin Gaitan estimated that 3,200 homeowners eligible for the senior "
        "freeze had not applied for it.",
    )
    assert report_opening(quotes, "3,200 homeowners").speaker == "Franklin Gaitan"


def test_the_words_of_someone_outside_a_court(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“My brother was not a statistic, and I will not let anyone treat him like one.”",
        "Those were the words of Rachael Ingham outside Foxton Coroner’s Court yesterday after "
        "an inquest found that failures contributed to the death of her brother.",
    )
    quote = one(
        quotes, "My brother was not a statistic, and I will not let anyone treat him like one."
    )
    assert quote.speaker == "Rachael Ingham"


def test_the_words_from_someone_echoed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It is a bad deal, and everyone in this building knows it.”",
        "The words, from the Oristani opposition leader Karim Haddad-Nouri, echoed around the "
        "chamber minutes after Foreign Minister Leyla Mammadzade presented the agreement.",
    )
    quote = one(quotes, "It is a bad deal, and everyone in this building knows it.")
    assert quote.speaker == "Karim Haddad-Nouri"


def test_that_quote_from_someone_appeared(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I’d rather have a sister in a whorehouse than a brother in the bureau.” That quote from "
        "Alabama Securities Commissioner Thomas Krebs appeared on the front page in 1980.",
    )
    quote = one(quotes, "I’d rather have a sister in a whorehouse than a brother in the bureau.")
    assert quote.speaker == "Thomas Krebs"


def test_said_the_woman_who_then_her_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Ask the bakers whether they have flour,” said the woman who has spent three years "
        "negotiating grain shipments through the strait, Qadiri envoy Hessa Al-Mansoori.",
    )
    assert one(quotes, "Ask the bakers whether they have flour,").speaker == "Hessa Al-Mansoori"


def test_said_a_named_speaker_who_lives_in_a_state_keeps_him(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“He is dangerous to our country!” said Tom Burke, 51, who lives in Parma, Mich.",
    )
    assert one(quotes, "He is dangerous to our country!").speaker == "Tom Burke"


def test_said_the_one_who_then_a_place_is_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "‘It was the smoke alarm that saved them, not us,’ said the firefighter who led the crew "
        "into the burning house in Rowley Street, Ellesford, on Wednesday.",
    )
    assert one(quotes, "It was the smoke alarm that saved them, not us,").speaker is None


def test_two_roles_joined_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Build the dams you promise,” said the Member for Dawson Ridge and the Opposition’s "
        "spokesman for water, Brendan Kearney.",
    )
    assert one(quotes, "Build the dams you promise,").speaker == "Brendan Kearney"


def test_said_then_an_aside_about_the_question_then_that(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police Chief Adrienne Moss said Tuesday, in response to a question from Ald. Wendell "
        "Carrow (14th), that the department would stop using the gang database.",
    )
    report = report_opening(quotes, "the department would stop")
    assert report.speaker == "Adrienne Moss"


def test_warned_the_council_could_is_what_she_warned(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Robyn Jessop warned the council could be forced to stop approving new housing "
        "developments within a year.",
    )
    assert report_opening(quotes, "the council could be forced").speaker == "Robyn Jessop"


def test_warned_that_and_that_opens_at_the_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Carla Benedetti warned that lenders' commercial property losses had yet to peak and "
        "that provisions at several banks looked thin.",
    )
    assert report_opening(quotes, "lenders' commercial property losses").speaker == (
        "Carla Benedetti"
    )


def test_she_told_me_between_commas_keeps_her_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Arlene Vogt has lived on Cutler Street for 52 years.",
        'The mill became lofts, and the lofts, she told me, are full of "nice young people who '
        'are never home."',
    )
    assert report_opening(quotes, "are full of").speaker == "Arlene Vogt"


def test_a_spokesperson_for_an_embassy_in_a_city(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are aware of the reports,” a spokesperson for the Sarnesian Embassy in Vaskova said "
        "on Tuesday night.",
    )
    quote = one(quotes, "We are aware of the reports,")
    assert quote.speaker == "Sarnesian Embassy in Vaskova"


def test_a_spokeswoman_for_an_office_of_two_phrases(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The envoy will not comment,” a spokeswoman for the Office of the Special Envoy for the "
        "Vell Islands said on Friday.",
        "The envoy, Rafael Quintanilla, has been in Solvanna since Monday.",
    )
    quote = one(quotes, "The envoy will not comment,")
    assert quote.speaker == "Office of the Special Envoy for the Vell Islands"


def test_counsel_for_the_state_is_the_barrister_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Counsel for the State, Nuala Ryan SC, said the accused had access to bank accounts in "
        "three jurisdictions.",
    )
    assert report_opening(quotes, "the accused had access").speaker == "Nuala Ryan"

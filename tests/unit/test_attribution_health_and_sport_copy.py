"""Shapes found by blind probe suites mix50 (health, science, education and transport in eight
countries' styles) and mix51 (courts and sport): "MEC for Health Dr X", "Thus said X", "X was
unconvinced:", a passive after an opening phrase, "the observatory said", "regretted that", a
plural possessive in a role, "Engr.", a hyphenated trade, "Guard X", and a quote that is whole
sentences followed by someone introduced for the first time."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_mec_for_a_field_with_a_title_is_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "JOHANNESBURG – Gauteng MEC for Health Dr Lerato Mokoena-Sithole said on Tuesday that "
        "the province's backlog of cataract operations had dropped.",
    )
    assert report_opening(quotes, "the province's backlog").speaker == "Lerato Mokoena-Sithole"


def test_thus_said_names_the_opening_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ILOILO CITY — “You cannot teach fractions to a hungry child.”",
        "Thus said Lourdes Españo-Gumban, a Grade 4 teacher at Jaro Central Elementary School.",
    )
    assert one(quotes, "You cannot teach fractions to a hungry child.").speaker == (
        "Lourdes Españo-Gumban"
    )


def test_unconvinced_before_a_colon_introduces_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Union shop steward Refilwe Motaung said the ward was short of nurses.",
        "Motaung was unconvinced: 'Advertised is not filled. We've heard that line before.'",
    )
    quote = one(quotes, "Advertised is not filled. We've heard that line before.")
    assert quote.speaker == "Refilwe Motaung"


def test_a_passive_report_after_an_opening_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ENUGU — At the end of the summit, it was stated by the Commissioner for Health, Dr. "
        "Chidinma Eze-Okonkwo, that the state would recruit 400 midwives.",
    )
    assert report_opening(quotes, "the state would recruit").speaker == "Chidinma Eze-Okonkwo"


def test_the_observatory_is_the_body_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Karoo Radio Astronomy Observatory has detected a burst of radio waves from a "
        "galaxy, the observatory said in a statement on Friday.",
    )
    report = report_opening(quotes, "The Karoo Radio Astronomy Observatory has detected")
    assert report.speaker == "Karoo Radio Astronomy Observatory"


def test_regretted_that_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Hassan Abdirahman Noor, the county health executive, regretted that only three of "
        "the county's 11 ambulances were working.",
    )
    assert report_opening(quotes, "only three").speaker == "Hassan Abdirahman Noor"


def test_a_plural_possessive_inside_a_role_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "LAHORE: Private school owners’ association president Malik Kashif Iqbal claimed that "
        "the fee cap would force 1,500 schools to close.",
    )
    assert report_opening(quotes, "the fee cap").speaker == "Malik Kashif Iqbal"


def test_engr_is_a_title_and_its_full_stop_ends_no_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "CEBU CITY — “The bus will not solve traffic on its own,” said Engr. Lorenzo Abellana, "
        "project director of the Cebu Rapid Bus System.",
    )
    assert one(quotes, "The bus will not solve traffic on its own,").speaker == "Lorenzo Abellana"


def test_a_hyphenated_trade_before_a_name_is_found_again_by_its_last_part(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Leg-spinner Faisal Mahmood-Qureshi took 6-38 as Ridgeway bowled out Fernhill.",
        "“The ball was gripping from the first over,” the spinner said.",
    )
    quote = one(quotes, "The ball was gripping from the first over,")
    assert quote.speaker == "Faisal Mahmood-Qureshi"


def test_a_guard_is_a_role_not_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Guard Desmond Amankwah, who scored 31 points, claimed the referees had let the Comets "
        "defend with their hands all night.",
    )
    assert report_opening(quotes, "the referees had let").speaker == "Desmond Amankwah"


def test_someone_introduced_right_after_a_stand_alone_quote_said_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The revived commuter rail service carried 3,100 passengers on its first day.",
        "'It used to cost me R68 a day by taxi. Now it's R22.' Bongani Mofokeng, a security "
        "guard, was among the first on the 5.10am train.",
    )
    quote = one(quotes, "It used to cost me R68 a day by taxi. Now it's R22.")
    assert quote.speaker == "Bongani Mofokeng"


def test_a_title_inside_a_sentence_is_no_quote_of_the_body_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The author has written three novels.",
        "“Opening Belle,” which will be in bookstores on Tuesday, is a twist on chick lit. "
        "Warner Brothers is developing a movie version.",
    )
    assert one(quotes, "Opening Belle,").speaker != "Warner Brothers"


def test_a_role_and_name_in_apposition_after_an_opening_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Through an interpreter, the accused, Gurpreet Dhaliwal, told the court: “I was paid "
        "to drive.”",
    )
    assert one(quotes, "I was paid to drive.").speaker == "Gurpreet Dhaliwal"


def test_the_left_hander_is_the_player_the_report_is_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tharindu Kodagoda made 131 on his return to the Colombo Harbour side.",
        "The left-hander said he had changed his grip over the winter.",
    )
    assert report_opening(quotes, "he had changed his grip").speaker == "Tharindu Kodagoda"


def test_a_left_hander_named_by_that_role_is_found_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Left-hander Tharindu Kodagoda and seamer Ruwan Perera put on 90 for the ninth wicket.",
        "“I changed my grip over the winter,” the left-hander said.",
    )
    assert one(quotes, "I changed my grip over the winter,").speaker == "Tharindu Kodagoda"


def test_the_vice_chancellor_after_two_honorifics_is_found_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vice-chancellor Prof Dr Iqbal Hussain Sheikh said the grant had not arrived. Dr Farah "
        "Naz, who leads the cotton project, said her team had lost three students.",
        "“Our labs are using equipment bought in the 1990s,” the vice-chancellor said.",
    )
    quote = one(quotes, "Our labs are using equipment bought in the 1990s,")
    assert quote.speaker == "Iqbal Hussain Sheikh"


def test_malam_is_an_honorific_and_arap_a_particle(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SOKOTO — “We did not wait for the ministry,” said Malam Abubakar Sidi Wurno, a "
        "health volunteer.",
        "ELDORET – “This is not about one school,” said Prof Kipchumba arap Chelimo, the "
        "vice-chancellor.",
    )
    assert one(quotes, "We did not wait for the ministry,").speaker == "Abubakar Sidi Wurno"
    assert one(quotes, "This is not about one school,").speaker == "Kipchumba arap Chelimo"


def test_a_second_clause_whose_subject_has_a_role_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prosecutor Hugh Vandermolen said the defendant had shown no remorse, while defence "
        "counsel Annalise Borg said her client had written a letter of apology.",
    )
    assert report_opening(quotes, "the defendant had").speaker == "Hugh Vandermolen"
    assert report_opening(quotes, "her client had").speaker == "Annalise Borg"

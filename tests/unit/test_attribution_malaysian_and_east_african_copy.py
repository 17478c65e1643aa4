"""Malaysian, Singaporean and East African copy: styles of two words ("Datuk Wira", "Dato'
Sri"), names longer than a run of capitals ("… Datuk Seri Hasnul Arif bin Mohd Zain"), a
ministry's list of fields before its office, reports after "after the X said on Thursday
that", a plea that is no speech, "what X described as", "with X accusing her of"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_patronym_past_the_bound_of_a_run(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Domestic Trade Deputy Minister Datuk Seri Hasnul Arif bin Mohd Zain said the changes "
        "would require providers to display the total repayment amount upfront.",
        "Higher Education Minister Datuk Dr Noor Azlina binti Mat Saad said that public "
        "universities would publish graduate employment data.",
    )
    assert report_opening(quotes, "the changes would").speaker == "Hasnul Arif bin Mohd Zain"
    assert report_opening(quotes, "public universities").speaker == "Noor Azlina binti Mat Saad"


def test_malaysian_styles_of_two_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Justice Datuk Wira Mohd Shahrul Nizam bin Ibrahim described the attack as “callous and "
        "cowardly”.",
        "“Women are still asked for a husband's signature,” said Datin Paduka Rohani binti "
        "Sulaiman.",
    )
    assert one(quotes, "callous and cowardly").speaker == "Mohd Shahrul Nizam bin Ibrahim"
    assert (
        one(quotes, "Women are still asked for a husband's signature,").speaker
        == "Rohani binti Sulaiman"
    )


def test_a_ministry_of_three_fields_before_its_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Investors want certainty,” Investment, Trade and Industry Deputy Minister Dato' Sri "
        "Ahmad Tarmizi bin Hashim said at the launch today.",
    )
    assert one(quotes, "Investors want certainty,").speaker == "Ahmad Tarmizi bin Hashim"


def test_a_given_name_the_lists_lack_before_a_father_s_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister for Social Affairs Iskandar Mohd Noor said the scheme was “not a handout but a "
        "hand up”.",
    )
    assert one(quotes, "not a handout but a hand up").speaker == "Iskandar Mohd Noor"


def test_a_body_s_report_after_after_with_a_day_and_its_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shops could get relief by 2027, after the National Drainage Board said on Thursday that "
        "a new detention tank would be built beneath the park.",
        "Residents will not need passports, after the Border Control Authority (BCA) said on "
        "Wednesday that travellers would clear immigration by face alone.",
    )
    tank = report_opening(quotes, "a new detention tank")
    assert tank.speaker == "National Drainage Board"
    assert report_opening(quotes, "travellers would").speaker == "Border Control Authority"


def test_after_the_names_no_body_without_that(make_article: Make) -> None:
    quotes = found(
        make_article,
        "They lost their hold, but now, after the Paris attacks and growing concern about the "
        "Islamic State, will press their traditional advantage.",
    )
    assert all(q.speaker != "Paris" for q in quotes)


def test_a_plea_in_court_is_no_cue_for_a_quote_run_on(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A former swimming coach was jailed on Wednesday. Leong Zhi Wei, 33, pleaded guilty to "
        "four counts of voyeurism.",
        "“My client has spent the last 18 months trying to make amends.",
        "“He understands that he will never work with children again,” defence lawyer Kishore "
        "s/o Rajagopal said in mitigation.",
    )
    assert (
        one(quotes, "My client has spent the last 18 months trying to make amends.").speaker
        == "Kishore s/o Rajagopal"
    )


def test_a_trade_with_a_plural_verb_is_a_group(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Planners hope that turning void decks into “community living rooms” will coax residents "
        "out of their flats.",
    )
    assert one(quotes, "community living rooms").speaker is None


def test_a_field_is_no_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Buganda Kingdom's Minister for Agriculture, Mr Musa Kawooya Sserunjogi, told farmers at "
        "Kammengo that a household depending on one crop was gambling with its future.",
    )
    assert report_opening(quotes, "a household").speaker == "Musa Kawooya Sserunjogi"


def test_a_role_after_three_opening_phrases(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Bishop of West Ankole Diocese, Rt Rev Samuel Kakuru, has asked the government to "
        "review fees.",
        "Preaching at St Peter's Cathedral, Bweranyangi, on Sunday, the bishop said that head "
        "teachers who charge levies should be reported.",
    )
    assert report_opening(quotes, "head teachers").speaker == "Samuel Kakuru"


def test_a_council_tier_with_its_number(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police arrived too late to save him, said the Kasule village LC1 chairperson, Mr "
        "Rugumayo Baguma Kaija.",
    )
    assert report_opening(quotes, "Police arrived").speaker == "Rugumayo Baguma Kaija"


def test_what_x_described_as_inside_a_group_s_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Members of Parliament criticised the Ministry of Water for what Kilosa MP Mr Hamisi Juma "
        "Lyimo described as “a pattern of projects that begin with ribbons” in rural areas.",
        "Kirinyaga MCAs have threatened to impeach the executive, with ward MCA Cyrus Njagi "
        "accusing her of “contempt bordering on cruelty”.",
    )
    assert (
        one(quotes, "a pattern of projects that begin with ribbons").speaker == "Hamisi Juma Lyimo"
    )
    assert one(quotes, "contempt bordering on cruelty").speaker == "Cyrus Njagi"


def test_a_malaysian_company_and_a_chinese_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a statement, developer Seri Mutiara Development Berhad described the collapse as “an "
        "isolated incident”.",
        "Its chief executive, Mr Raymond Khoo Eng Soon, said the firm would open four outlets.",
    )
    assert one(quotes, "an isolated incident").speaker == "Seri Mutiara Development Berhad"
    assert report_opening(quotes, "the firm would").speaker == "Raymond Khoo Eng Soon"

"""Gulf and South Asian house styles, and a few cues that turned up with them: "H.E." and "His
Excellency" before a name, a colonel and a major general sharing "Al Shamsi", "The words belong
to X" a paragraph after the quote, "the 34-year-old" of "Maricel, a 34-year-old salon worker",
"said, according to WAM", a survey by "travel booking platform X", "the CJP", "the CEC" and
"The IG", "observing that", "was of the view that", "State Minister for Health X", an office's
field with "and" before its holder, "the Senate's No. 2 Republican", "That captain, X,", and
"Nominated Member of Parliament X"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_he_and_surname_is_the_excellency_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "His Excellency Rashid bin Hamad Al Marri, Director-General of the Federal Tide Authority, "
        "on Monday opened a monitoring centre in Khor Fadeel.",
        'In remarks carried by state news agency WAM, H.E. Al Marri said: "The centre gives our '
        'engineers readings from forty stations."',
    )
    quote = one(quotes, "The centre gives our engineers readings from forty stations.")
    assert quote.speaker == "Rashid bin Hamad Al Marri"


def test_his_excellency_before_a_name_and_its_office_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Our berths handled more boxes this spring than in all of 2015,” His Excellency Saif bin "
        "Obaid Al Kaabi, Minister of Infrastructure, said in remarks carried by WAM.",
    )
    assert one(
        quotes, "Our berths handled more boxes this spring than in all of 2015,"
    ).speaker == ("Saif bin Obaid Al Kaabi")


def test_a_rank_tells_apart_two_officers_sharing_an_arabic_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two officers briefed reporters: Major General Hamdan Saeed Al Shamsi, commander of the "
        "Coastal Police, and Colonel Noura Khalid Al Shamsi, head of its narcotics unit.",
        '"The pills were packed inside hollowed-out melons," Colonel Al Shamsi said.',
    )
    assert one(quotes, "The pills were packed inside hollowed-out melons,").speaker == (
        "Noura Khalid Al Shamsi"
    )


def test_the_words_belong_to_someone_named_a_paragraph_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“There is no quiet shift at this terminal any more.” That is how the hub looks from the "
        "baggage hall, where the belts rarely stop.",
        "The words belong to Imran Qadir Sheikh, a supervisor who has worked at the airport for "
        "19 years.",
    )
    assert one(quotes, "There is no quiet shift at this terminal any more.").speaker == (
        "Imran Qadir Sheikh"
    )


def test_an_age_in_apposition_names_the_one_word_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lourdes, a 34-year-old nail technician in Al Qusais, sends home half her salary.",
        "“Now the same money covers food and a little saving,” the 34-year-old said.",
    )
    assert one(quotes, "Now the same money covers food and a little saving,").speaker == "Lourdes"


def test_said_according_to_an_agency_is_the_speakers_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Astronauts will test how date seeds sprout in orbit, Dr Mariam Obaid Al Hammadi, "
        "director of the Space Farming Programme, said, according to WAM.",
    )
    assert report_opening(quotes, "Astronauts will test").speaker == "Mariam Obaid Al Hammadi"


def test_according_to_sources_after_a_reporting_outlet_stays_its_report(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Politico reported, according to sources in the room, Garland tried to calm the bankers "
        "by telling them she would not crusade against them.",
    )
    assert report_opening(quotes, "according to sources in the room").speaker == "Politico"


def test_a_survey_by_a_platform_named_with_its_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two thirds of residents plan a holiday abroad this winter, according to a survey by "
        "travel booking platform Dunefare, despite airfares that are higher than last year.",
    )
    assert report_opening(quotes, "Two thirds of residents").speaker == "Dunefare"


def test_the_registry_is_a_body_and_speaks_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Home sales worth Dh9 billion were registered in one week, the Palm Coast Land Registry "
        "said in a statement on Sunday.",
        "The registry said first-time buyers made up 40 per cent of purchases.",
    )
    assert report_opening(quotes, "first-time buyers").speaker == "Palm Coast Land Registry"


def test_a_second_that_clause_keeps_the_reports_owner(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Gulf Diabetes Registry's annual report, published on Sunday, said one in five adults "
        "over 40 had diabetes, and that half of them had never been screened.",
    )
    assert report_opening(quotes, "one in five adults").speaker == "Gulf Diabetes Registry"


def test_the_cjp_and_the_cec_are_the_chiefs_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A bench headed by Chief Justice Aurangzeb Khan Lodhi heard the case on Wednesday.",
        "When Additional Attorney General Humaira Sadiq told the court that the land was in "
        "dispute, the CJP remarked: “Disputes did not eat up eleven billion rupees.”",
        "Chief Election Commissioner Kazi Mahbubul Alam announced the poll schedule.",
        "“Anyone using money to sway voters will lose his candidacy,” the CEC said.",
    )
    assert one(quotes, "Disputes did not eat up eleven billion rupees.").speaker == (
        "Aurangzeb Khan Lodhi"
    )
    assert one(quotes, "Anyone using money to sway voters will lose his candidacy,").speaker == (
        "Kazi Mahbubul Alam"
    )


def test_the_ig_is_the_inspector_general_of_police(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Inspector General of Police Rukhsana Akram Durrani opened the first women's police "
        "station in Barikot, with Regional Police Officer Jamshed Khan Afridi.",
        "The IG said: “Here a woman will be heard by women.”",
    )
    assert one(quotes, "Here a woman will be heard by women.").speaker == "Rukhsana Akram Durrani"


def test_a_bench_observing_that_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Justice Naheed Parveen Gill of the high court on Tuesday granted bail to a reporter, "
        "observing that criticism of officials could not be equated with defamation.",
    )
    assert report_opening(quotes, "criticism of officials").speaker == "Naheed Parveen Gill"


def test_was_of_the_view_that_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shahana Rahman Laboni, president of the Knitwear Exporters' Council, was of the view "
        "that withdrawing the incentive would hand the new markets to rivals.",
    )
    assert report_opening(quotes, "withdrawing the incentive").speaker == "Shahana Rahman Laboni"


def test_a_state_minister_for_a_field_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Every union parishad should have a trained midwife," said State Minister for Health '
        "Anisur Rahman Talukder yesterday.",
        '"No mother should die for want of a boat," said the Minister for Health and Family '
        "Welfare, Mozammel Haque Bhuiyan.",
    )
    assert one(quotes, "Every union parishad should have a trained midwife,").speaker == (
        "Anisur Rahman Talukder"
    )
    assert one(quotes, "No mother should die for want of a boat,").speaker == (
        "Mozammel Haque Bhuiyan"
    )


def test_the_mayor_is_not_the_deputy_after_a_barrister_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "City Mayor Barrister Murtaza Ali Samoon and Deputy Mayor Samina Khatoon Jatoi visited "
        "the flooded neighbourhoods.",
        "“Nobody can clean a drain that has been built over,” the mayor said.",
    )
    assert one(quotes, "Nobody can clean a drain that has been built over,").speaker == (
        "Murtaza Ali Samoon"
    )


def test_a_housewife_opening_a_name_is_her_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Housewife Nighat Jabeen Soomro has been buying water from a tanker at Rs2,500 a load.",
        "'I've stopped buying fruit for the children,' she said.",
    )
    assert one(quotes, "I've stopped buying fruit for the children,").speaker == (
        "Nighat Jabeen Soomro"
    )


def test_a_given_name_title_and_surname_after_the_whole_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Omanhene, Nana Kofi Agyemang, met the chiefs on Friday. Abena Agyemang, a trader, "
        "watched.",
        "“We will not bow to pressure,” Nana Agyemang said.",
    )
    assert one(quotes, "We will not bow to pressure,").speaker == "Kofi Agyemang"


def test_said_the_senates_number_two_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We did what we promised,” said the Senate's No. 2 Republican, Sen. Harlan Pruett of "
        "Ohio.",
    )
    assert one(quotes, "We did what we promised,").speaker == "Harlan Pruett"


def test_that_captain_named_in_apposition_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"We were three kids with one laptop," the captain of Kano side Sahel Lions told the '
        "crowd after the final.",
        "That captain, Olumide Bakare, founded the team in 2018.",
    )
    assert one(quotes, "We were three kids with one laptop,").speaker == "Olumide Bakare"


def test_a_conjunction_that_before_an_apposition_is_no_demonstrative(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The sister of a woman killed in a hit-and-run said Saturday she would keep handing out "
        "flyers until the driver is found.",
        "Wendy Marsh told reporters that her sister, Joy Marsh, 45, was crossing to her car.",
    )
    assert report_opening(quotes, "she would keep").speaker == "Wendy Marsh"


def test_nominated_member_of_parliament_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“This law will gag the press,” Nominated Member of Parliament Tan Wei Ling told "
        "Parliament.",
    )
    assert one(quotes, "This law will gag the press,").speaker == "Tan Wei Ling"


def test_an_office_in_capitals_in_apposition_files_the_minister(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Abdullah Saif Al Kaabi, Minister of State for Tourism Planning, and Fatma Obaid Al "
        "Zaabi, Undersecretary of the ministry, on Wednesday announced a campaign.",
        '"Our mountains are some of the oldest rock on earth," the minister said.',
    )
    assert one(quotes, "Our mountains are some of the oldest rock on earth,").speaker == (
        "Abdullah Saif Al Kaabi"
    )


def test_an_opening_phrase_then_a_name_and_its_office_in_capitals(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In remarks carried by state news agency WAM, Hamad Saeed Bin Touq, Minister of State for "
        "Digital Government Services, said all federal services would move to a single app.",
        "On Tuesday, Jonah Whitcombe, Minister for Health, said the new wards would open in May.",
    )
    assert report_opening(quotes, "all federal services").speaker == "Hamad Saeed Bin Touq"
    assert report_opening(quotes, "the new wards").speaker == "Jonah Whitcombe"

"""Indian, South African and Philippine copy: offices of a field before a name written with
initials ("Deputy Conservator of Forests K.V. Rao"), a bench of a named judge, a legislator's seat
("of Marikit City’s lone district"), "opined", styles the name lists lack (Thiru, Datu, Ka,
Kagawad, Bishop Emeritus, Grandmaster), a pronoun after a subject of two people, and documents
issued by a body ("a memorandum issued by …", "the annual audit report of …")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_office_of_a_field_before_a_name_with_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputy Conservator of Forests K.V. Rao told The Hill Courier that the tusker had been "
        "moved to a camp near the river.",
        "Chief Conservator of Forests Meera Negi told reporters that most fires were started by "
        "people clearing land.",
    )
    assert report_opening(quotes, "the tusker had been moved").speaker == "K.V. Rao"
    assert report_opening(quotes, "most fires were started").speaker == "Meera Negi"


def test_a_bench_of_a_named_judge_and_opined(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A single-Judge Bench of Justice Rohan Mehra observed that the accused had already spent "
        "60 days in custody.",
        "Former Advocate-General P. Suresh opined that the amendment would invite a flood of "
        "appeals.",
    )
    assert report_opening(quotes, "the accused had already spent").speaker == "Rohan Mehra"
    assert report_opening(quotes, "the amendment would invite").speaker == "P. Suresh"


def test_a_legislators_seat_in_a_possessive(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Liza Dumaguete of Marikit City’s lone district told the Daily Bantay that the "
        "House would take up the measure in August.",
    )
    assert report_opening(quotes, "the House would take up").speaker == "Liza Dumaguete"


def test_styles_the_name_lists_lack(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Our land is not for sale,” said Datu Ramil Linsa, chieftain of the upland villages.",
        "“The strike goes on,” Ka Dodong Ferrer told reporters.",
        "“Handloom has a future,” said Thiru S. Anand, the textiles minister.",
        "Bishop Emeritus Cathal Breen told this newspaper in 2016 that he regretted not speaking "
        "out sooner.",
    )
    assert one(quotes, "Our land is not for sale,").speaker == "Ramil Linsa"
    assert one(quotes, "The strike goes on,").speaker == "Dodong Ferrer"
    assert one(quotes, "Handloom has a future,").speaker == "S. Anand"
    assert report_opening(quotes, "he regretted not speaking").speaker == "Cathal Breen"


def test_a_pronoun_after_a_subject_of_two_people(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Barangay Captain Rosalinda Ocampo and Barangay Kagawad Efren Manalo were at odds over "
        "the proposed curfew.",
        "He said the curfew should cover only minors and should spare night-shift workers.",
        "Ward councillor Nomvula Dube and municipal engineer Pieter Smit inspected the bridge.",
        "Dube said residents had warned the municipality for two years. He said a temporary "
        "crossing would be built within ten days.",
    )
    assert report_opening(quotes, "the curfew should cover").speaker == "Efren Manalo"
    assert report_opening(quotes, "a temporary crossing").speaker == "Pieter Smit"


def test_a_broadcaster_the_interview_was_with_is_no_one_the_pronoun_means(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Rep. Arnel Tolentino and Rep. Maricel Dumaguing visited evacuation centres on Saturday.",
        "In an interview with Radyo Bantay, she said the House would push for a supplemental "
        "budget.",
    )
    assert report_opening(quotes, "the House would push").speaker == "Maricel Dumaguing"


def test_documents_issued_by_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A statement issued by the Vaigai Farmers' Welfare Association on Sunday stated that "
        "tail-end farmers had not received water for a fortnight.",
        "According to a memorandum issued by the Northern Regional Education Office, classes "
        "will shift to blended learning on Monday.",
        "Marikit City failed to account for P47 million in relief funds, according to the 2023 "
        "annual audit report of the Northern Regional Audit Office.",
    )
    assert (
        report_opening(quotes, "tail-end farmers").speaker == "Vaigai Farmers' Welfare Association"
    )
    assert (
        report_opening(quotes, "classes will shift").speaker == "Northern Regional Education Office"
    )
    assert report_opening(quotes, "Marikit City failed").speaker == "Northern Regional Audit Office"


def test_the_younger_of_a_father_and_son_by_kin_after_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Paolo Almira, son of former governor Crisanto Almira, announced his bid on Friday.",
        "“My father built this province,” the younger Almira said.",
        "His son, Rabbi Ari Goldfarb, succeeded Rabbi Emanuel Goldfarb in 2009.",
        "“My father used to say a rabbi is there to be interrupted,” the younger Rabbi "
        "Goldfarb said.",
    )
    assert one(quotes, "My father built this province,").speaker == "Paolo Almira"
    assert (
        one(quotes, "My father used to say a rabbi is there to be interrupted,").speaker
        == "Ari Goldfarb"
    )


def test_titles_of_indian_and_tswana_copy(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Additional Advocate-General K.R. Deshmukh on Tuesday informed the High Court that the "
        "tender had been cancelled.",
        "“Our cattle are dying of thirst,” said Kgosi Tumelo Molefe, the village chief.",
        "Kgosi Dikgang, chairperson of the residents' association, said that the municipality "
        "had ignored their petitions.",
    )
    assert report_opening(quotes, "the tender had been cancelled").speaker == "K.R. Deshmukh"
    assert one(quotes, "Our cattle are dying of thirst,").speaker == "Tumelo Molefe"
    assert report_opening(quotes, "the municipality had ignored").speaker == "Kgosi Dikgang"


def test_a_team_before_its_captain_and_a_south_african_dateline(make_article: Make) -> None:
    quotes = found(
        make_article,
        "MUMBAI: Former Mumbai Ranji captain Nilesh Parkar said on Tuesday that fitness would be "
        "non-negotiable.",
        "“If you cannot run a two in the last over, you won't make my XI,” he added.",
        "Johannesburg - Former metro finance chief Deon Pillai has told the Commission of "
        'Inquiry into the Metro Housing Fund that he was "kept in the dark" about the transfers.',
    )
    assert one(
        quotes, "If you cannot run a two in the last over, you won't make my XI,"
    ).speaker == ("Nilesh Parkar")
    assert one(quotes, "kept in the dark").speaker == "Deon Pillai"


def test_a_standalone_quote_after_a_simple_message_and_advice(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In his speech to the cadets, Police Brigadier General Samuel Ignatius had a simple "
        "message.",
        "“Serve the people, not the powerful.”",
        "‘Never trust a man who has not been to a country wedding.’ That was the advice Father "
        "Donal Kerrigan gave every young curate.",
    )
    assert one(quotes, "Serve the people, not the powerful.").speaker == "Samuel Ignatius"
    assert one(quotes, "Never trust a man who has not been to a country wedding.").speaker == (
        "Donal Kerrigan"
    )


def test_counted_things_in_quotes_are_a_label(make_article: Make) -> None:
    quotes = found(
        make_article,
        "An audit of the education department has found 340 “ghost schools” that exist only on "
        "paper.",
    )
    assert one(quotes, "ghost schools").speaker is None

"""Speakers named in the sentence after a quote ("That was how X, a former student, described
Dr. Pike", "That was the position of the National Chairman of …, Dr Emeka Udeh", "It is his
daughter, Jodie Birch, 31, who speaks first"), a source "asking not to be named", and a
gesture that reports nothing ("points at the cracked bed"), "In the words of Kōura Bay brigade
member X", "Fire and Emergency shift manager X", "Det Sen Const Loh" and an age that is not the
school qualifying a noun ("the Riverside High senior"). From blind suites mix83–mix88."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_that_was_how_x_described_someone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“She could identify a nudibranch from a dinghy in bad light.” That was how Ruth "
        "Calloway, a former student who now directs the marine station, described Dr. Pike.",
    )
    text = "She could identify a nudibranch from a dinghy in bad light."
    assert one(quotes, text).speaker == "Ruth Calloway"


def test_the_position_of_a_titled_officer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If we do not secure our borders, no amount of money will save the rice farmer.”",
        "That was the position of the National Chairman of the Rice Growers and Millers Forum, "
        "Dr Emeka Udeh, at a press conference in Abuja on Monday.",
    )
    text = "If we do not secure our borders, no amount of money will save the rice farmer."
    assert one(quotes, text).speaker == "Emeka Udeh"


def test_it_is_his_daughter_who_speaks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The dam has been dry since October. Walter Birch points at the cracked bed with his "
        "stick and says nothing for a while.",
        "“Dad built that in ’67 with a borrowed dozer.” It is his daughter, Jodie Birch, 31, who "
        "speaks first.",
    )
    assert one(quotes, "Dad built that in ’67 with a borrowed dozer.").speaker == "Jodie Birch"
    assert not [q for q in quotes if q.text.startswith("at the cracked bed")]


def test_a_source_asking_not_to_be_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Inside the Capitol this week, the mood among House Republicans was grim.",
        "“I’ve never seen the caucus this divided,” one veteran lobbyist told me, asking not to "
        "be named because he represents clients on both sides.",
        "Speaker Randall Pike insisted publicly that the caucus was united behind the budget.",
    )
    assert one(quotes, "I’ve never seen the caucus this divided,").speaker is None


def test_in_the_words_of_a_member_named_for_a_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Volunteer firefighters battled a scrub fire inland from Kōura Bay.",
        "In the words of Kōura Bay brigade member Hemi Tautahi, “It was just a wall of smoke.”",
    )
    assert one(quotes, "It was just a wall of smoke.").speaker == "Hemi Tautahi"


def test_a_bodys_name_with_and_before_a_role_and_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Fire and Emergency shift manager Lisa Kerekere told the Ledger the blaze had been "
        "started by a spark from a ride-on mower.",
    )
    assert report_opening(quotes, "the blaze had been started").speaker == "Lisa Kerekere"


def test_three_ranks_before_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Detective Senior Constable Amy Loh said the mower had been taken from a depot in July.",
        "“It’s not every day you find a $14,000 mower in someone’s shed,” Det Sen Const Loh said.",
    )
    text = "It’s not every day you find a $14,000 mower in someone’s shed,"
    assert one(quotes, text).speaker == "Amy Loh"


def test_an_age_is_not_the_school_that_qualifies_a_noun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kayla Washington didn't learn to swim until she was 12. Now the Riverside High senior "
        "is headed to the state finals.",
        '"My mom couldn\'t swim," the 17-year-old said.',
    )
    assert one(quotes, "My mom couldn't swim,").speaker == "Kayla Washington"


def test_with_those_words_a_bodys_officer_opened(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'We've been treating cyber security like a cost centre. That ends today.'",
        "With those words, Coralline Telecom chief executive Simon Ng opened Tuesday's meeting.",
    )
    text = "We've been treating cyber security like a cost centre. That ends today."
    assert one(quotes, text).speaker == "Simon Ng"


def test_cracking_down_on_a_word_is_no_speech(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Market regulator the Capital Markets Board has cracked down on 'finfluencers' who offer "
        "stock tips without registration.",
    )
    assert one(quotes, "finfluencers").speaker is None


def test_a_judge_ruled_or_held(make_article: Make) -> None:
    for verb in ("ruled", "held"):
        quotes = found(
            make_article,
            "Delivering judgment, Justice Halima Abubakar-Sani ordered the police to release them.",
            f"“The right to life cannot be suspended by an executive order,” the judge {verb}.",
        )
        text = "The right to life cannot be suspended by an executive order,"
        assert one(quotes, text).speaker == "Halima Abubakar-Sani"


def test_a_whole_paragraph_quote_after_its_speakers_beat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kwame Mensah-Bonsu, the health board's chief executive, struck a conciliatory tone when "
        "he addressed staff on Monday.",
        "“I know many of you feel you have not been listened to. That changes today.”",
    )
    text = "I know many of you feel you have not been listened to. That changes today."
    assert one(quotes, text).speaker == "Kwame Mensah-Bonsu"


def test_that_is_how_a_name_with_a_long_appositive_described(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Nobody told us the clinic was closing until the doors were locked.”",
        "That is how Renata Oyelaran, 58, a home health aide in Toledo, Ohio, described the "
        "morning she found the sign.",
    )
    text = "Nobody told us the clinic was closing until the doors were locked."
    assert one(quotes, text).speaker == "Renata Oyelaran"


def test_an_age_is_not_an_award_after_a(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Niamh Corrigan was 28 when she took over her father’s chipper. Six years later it has a "
        "Bib Gourmand and a queue around the corner.",
        "‘I didn’t touch the batter,’ the 34-year-old said.",
    )
    assert one(quotes, "I didn’t touch the batter,").speaker == "Niamh Corrigan"


def test_a_product_maker_before_its_name_is_a_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bengaluru-based electric scooter maker Voltra Mobility will invest Rs 900 crore in a new "
        "battery plant, the company said in a statement on Wednesday.",
    )
    assert report_opening(quotes, "Bengaluru-based").speaker == "Voltra Mobility"


def test_given_names_before_a_patronymic(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ahmad Faiz bin Osman, a senior official with the disaster agency, said 48,000 people "
        "had been moved.",
        '"This is the worst flooding we have seen," Ahmad Faiz said.',
    )
    assert one(quotes, "This is the worst flooding we have seen,").speaker == (
        "Ahmad Faiz bin Osman"
    )


def test_a_minister_of_state_for_a_field_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mediators said on Thursday that negotiators had agreed on a truce.",
        '"We are closer than we have been," Qaradan\'s minister of state for foreign affairs, '
        "Hamad bin Khalid al-Mansouri, told reporters.",
        "“We expected a dozen species. We found forty-one.” That is how Tomasz Wierzba, a "
        "marine ecologist, sums up the first season.",
    )
    assert one(quotes, "We are closer than we have been,").speaker == (
        "Hamad bin Khalid al-Mansouri"
    )
    assert one(quotes, "We expected a dozen species. We found forty-one.").speaker == (
        "Tomasz Wierzba"
    )

"""Sources named beside an aside, a document or a group, and speakers named after their words
(blind suites mix36 and mix37, 2026-12-03)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_residents_of_a_place_are_a_group_not_the_place(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Residents of nearby Kettle Hollow said the closure had pushed up the price of bread.",
    )
    assert reports and reports[0][1] == "Residents of nearby Kettle Hollow"


def test_a_manner_before_a_colon_introduces_the_subjects_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Niamh Okonjo scored twice on her return from injury.",
        "Okonjo was typically understated afterwards: “I just tried to stay on my feet.”",
        "Captain Ivo Renner was full of praise: “She makes the rest of us look slow.”",
    )
    assert one(quotes, "I just tried to stay on my feet.").speaker == "Niamh Okonjo"
    assert one(quotes, "She makes the rest of us look slow.").speaker == "Ivo Renner"


def test_an_occupation_in_man_or_a_sport_before_a_name_is_no_part_of_it(
    make_article: Make,
) -> None:
    reports = reported(
        make_article,
        "Helmsman Ifan Pritchard said the crew had been paged twice in an hour.",
        "Boxer Tariq Mensah said the rematch would go ahead in March.",
    )
    assert [speaker for _, speaker in reports] == ["Ifan Pritchard", "Tariq Mensah"]


def test_nigerian_honorifics_and_police_ranks_are_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The president of the Kano Traders Guild, Alhaji Sani Garba, has warned that the price "
        "of rice could double before the harvest.",
        "“These people have cut power to whole streets,” the command's spokesperson, "
        "DSP Halima Bako, said in a statement.",
    )
    assert one(quotes, "These people have cut power to whole streets,").speaker == "Halima Bako"
    assert any(q.speaker == "Sani Garba" for q in quotes)


def test_the_cs_is_the_cabinet_secretary(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Health Cabinet Secretary Wanjiru Kamau has ordered an audit of every county hospital.",
        "Union leader Peter Otieno said nurses had warned about staffing for years.",
        "“No patient should wait six hours for a bed,” the CS said.",
    )
    assert one(quotes, "No patient should wait six hours for a bed,").speaker == "Wanjiru Kamau"


def test_a_firm_before_its_chief_executive_is_no_woman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marlow Health chief executive Denise Okafor said talks with the insurer had failed. "
        "“We cannot keep absorbing denials,” she said.",
    )
    assert one(quotes, "We cannot keep absorbing denials,").speaker == "Denise Okafor"


def test_a_second_clause_with_a_body_reports_that_body(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The Harbour Board said the ruling vindicated its rosters, while the Waterside "
        "Workers’ Alliance said the tribunal had protected members from long shifts.",
    )
    second = ("the tribunal had protected members from long shifts.", "Waterside Workers’ Alliance")
    assert second in [(text.strip(), speaker) for text, speaker in reports]


def test_a_cue_after_the_report_may_be_followed_by_a_phrase(make_article: Make) -> None:
    reports = dict(
        reported(
            make_article,
            "Ashby Rovers will not sell their Mill Lane ground, chairman Keith Doyle insisted "
            "last night, despite debts of £2m.",
            "Tern Air will cut 14 daily flights next month, Emily Tran, a spokeswoman for the "
            "airline, said on Friday, citing a shortage of pilots.",
        )
    )
    speakers = {speaker for speaker in reports.values()}
    assert speakers == {"Keith Doyle", "Emily Tran"}
    assert not any(text.startswith(("despite", "citing")) for text in reports)


def test_a_clause_after_the_verb_and_its_comma_is_still_the_report(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Pollster Andy Kerr said Tate, despite his wealth, is better placed to win the "
        "working-class vote.",
    )
    assert reports and reports[0][1] == "Andy Kerr"


def test_according_to_a_role_its_name_and_a_relative_clause(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The Oldcastle Philharmonic will cut its season from 40 concerts to 28, according to "
        "its chief executive, Marta Ruiz, who blamed a fall in sponsorship.",
    )
    season = "The Oldcastle Philharmonic will cut its season from 40 concerts to 28"
    assert (season, "Marta Ruiz") in reports


def test_according_to_a_document_by_a_named_role_is_that_person(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Lorry drivers will be barred from the ring road at night, according to a statement "
        "signed by the Roads Agency’s spokesman, Ahmed Yusuf.",
        "Corvane Labs knew of liver problems in patients taking its pill, according to an "
        "internal memo written by the company’s chief medical officer, Dr. Alan Pedersen.",
    )
    assert [speaker for _, speaker in reports] == ["Ahmed Yusuf", "Alan Pedersen"]


def test_a_bodys_report_and_a_survey_named_before_are_their_makers(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The Public Sector Audit Office report, tabled on Thursday, found that agency nurses "
        "accounted for a third of the overspend.",
        "One in four shops expects to cut staff, a survey by the Independent Grocers’ Network "
        "has found.",
        "The survey found that energy costs had overtaken rent as the biggest expense.",
    )
    assert [speaker for _, speaker in reports] == [
        "Public Sector Audit Office",
        "Independent Grocers’ Network",
        "Independent Grocers’ Network",
    ]


def test_an_appositive_with_a_relative_clause_before_the_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dame Patricia Holm, chief executive of the Riverside Learning Trust, which runs 42 "
        "schools, told Albion News: “We have heads teaching maths.”",
    )
    assert one(quotes, "We have heads teaching maths.").speaker == "Patricia Holm"


def test_in_a_roles_words_and_as_a_possessed_role_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Aoife Madigan's rise has been, in her coach Ruairí Dempsey's words, “the kind of "
        "thing you would call unrealistic in a film”.",
        "As its founder, Gwen Tolliver, put it at the start line on Sunday, “Anyone can run "
        "on the flat.”",
    )
    partial = one(quotes, "the kind of thing you would call unrealistic in a film")
    assert partial.speaker == "Ruairí Dempsey"
    assert one(quotes, "Anyone can run on the flat.").speaker == "Gwen Tolliver"


def test_one_player_of_a_named_club_kept_anonymous_is_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "One Brackley Town player, who asked not to be named, said: “The manager has lost "
        "the dressing room.”",
    )
    assert one(quotes, "The manager has lost the dressing room.").speaker is None


def test_the_teenager_is_the_one_person_given_a_teenage_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The goals came from 23-year-old centre-back Kofi Mensah and 19-year-old Reece Tilley.",
        "“My mum is going to cry when she sees it,” the teenager said.",
    )
    assert one(quotes, "My mum is going to cry when she sees it,").speaker == "Reece Tilley"


def test_a_quote_first_named_by_the_sentence_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Nobody remembers the team that nearly won.”",
        "Those words, scrawled on a whiteboard in the dressing room, belong to Patricia "
        "Nwosu, who has coached the side to three finals.",
        "“Every dancer keeps a drawer of old shoes.”",
        "Celeste Armand laughs as she says it, but she is only half joking.",
    )
    assert one(quotes, "Nobody remembers the team that nearly won.").speaker == "Patricia Nwosu"
    assert one(quotes, "Every dancer keeps a drawer of old shoes.").speaker == "Celeste Armand"
    assert not any(q.text.startswith("it, but") for q in quotes)


def test_her_brother_is_the_sibling_named_with_her(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Judge Alan Whitby and his sister, Dr Fiona Whitby, an epidemiologist, have found "
        "themselves on opposite sides of the vaccine debate.",
        "The doctor said the mandate had saved lives. Her brother, in a speech last month, "
        "called it “a blunt instrument”.",
    )
    assert one(quotes, "a blunt instrument").speaker == "Alan Whitby"
    assert not any(q.text.startswith("themselves") for q in quotes)


def test_a_person_first_named_in_a_possessive_after_a_preposition(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The fourth track on Corinne Adebayo-Price’s second album is the bravest thing on it.",
        "Adebayo-Price said the album was written in a week in a cold flat.",
        "A meeting will be held at St Aldhelm’s church hall on Thursday.",
    )
    assert reports and reports[0][1] == "Corinne Adebayo-Price"


def test_a_hospital_named_for_its_place_keeps_the_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "University Hospital Ballinacorr has cancelled all non-urgent surgery this week.",
        "In a statement, the hospital said: “We regret the distress this causes.”",
    )
    assert one(quotes, "We regret the distress this causes.").speaker == (
        "University Hospital Ballinacorr"
    )

"""Shapes found by blind probe suites mix67 and mix68 (sport, consumer news): a club's statement
in the middle of a sentence, "the panel", "The Finn" and "the Athenry woman" for the one the
report is about or the one from there, nicknames in quotation marks, "Afterwards she said", the
owner's "she" after her coach's name, "said at least …", Q&A labels in Markdown's bold, a
description no list of roles holds, and no report from a passive ("are found slain")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening, reported


def test_a_clubs_statement_mid_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brackenridge United have completed the signing of winger Tobi Oyelaran.",
        "The 22-year-old has signed a four-year contract, the club said in a statement, with an "
        "option for a further 12 months.",
    )
    assert report_opening(quotes, "The 22-year-old has signed").speaker == "Brackenridge United"
    assert not [q for q in quotes if q.text.startswith("with an option")]


def test_the_panel_is_the_body_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The goal should have stood, the Professional Referees Panel has admitted.",
        "In a statement, the panel said the video assistant had drawn the lines wrongly.",
    )
    assert report_opening(quotes, "the video assistant").speaker == "Professional Referees Panel"


def test_a_nationality_for_the_one_a_role_introduces(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rally leader Janne Koskivaara lost almost two minutes on Saturday.",
        "The Finn said afterwards that a stone had punctured his radiator.",
        "His co-driver, Mari-Liis Tamm, said they had been lucky.",
    )
    assert report_opening(quotes, "a stone had punctured").speaker == "Janne Koskivaara"


def test_the_home_town_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Galway captain Niamh Fahy, of Athenry, lifted the trophy after a four-point win.",
        "“People wrote us off,” said the Athenry woman.",
        "Galway manager Ger Mannion said the win was for every club in the county.",
    )
    assert one(quotes, "People wrote us off,").speaker == "Niamh Fahy"


def test_nicknames_in_quotation_marks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Terrence Mabry, known to every fan in Fairport as “T-Bone,” played his final game.",
        "“I'm not crying, you're crying,” T-Bone told the crowd.",
    )
    assert one(quotes, "I'm not crying, you're crying,").speaker == "Terrence Mabry"


def test_afterwards_she_said_after_her_coachs_name(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Ewa Sadowska’s coach, Patrick Lennihan, watched from the stands as she practised.",
        "Afterwards she said the wrist problem had fully healed and that she expected to play.",
    )
    said = "the wrist problem had fully healed and that she expected to play."
    assert (said, "Ewa Sadowska") in reports


def test_said_at_least(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Forum chairperson Faatimah Jacobs said at least 40 families had been forced out.",
    )
    assert report_opening(quotes, "at least 40 families").speaker == "Faatimah Jacobs"


def test_a_qa_label_in_markdowns_bold(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dwayne Holloway opened Fade Factory in 2015. His wife, Monique, handles the books.",
        "**Why do you still offer a cash discount?**",
        "**Dwayne Holloway:** Cards cost me about three percent on every cut.",
    )
    assert one(quotes, "Cards cost me about three percent on every cut.").speaker == (
        "Dwayne Holloway"
    )


def test_an_unlisted_description_is_still_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Joseph Tailfeathers received his degree 57 years after he left school.",
        "University president Dr. Marianne Oakes called him an inspiration.",
        "“At 71, I finally got to finish what I started,” the graduate said.",
    )
    assert one(quotes, "At 71, I finally got to finish what I started,").speaker != "Marianne Oakes"


def test_no_report_from_a_passive(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Two nuns who worked as nurses in rural Mississippi are found slain in their home.",
        "Experts are warning that the virus will spread.",
    )
    assert reports == [("the virus will spread.", "Experts")]


def test_the_judgment_and_the_recorder_are_the_judges(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ms Justice Nuala Brophy found the company had failed to maintain the crane.",
        "‘An employer who knows a device is disabled has made a choice,’ the judgment said.",
        "Recorder James Pollitt said the thefts were mean-spirited.",
        "‘I can think of few more contemptible thefts,’ the recorder said.",
    )
    assert one(quotes, "An employer who knows a device is disabled has made a choice,").speaker == (
        "Nuala Brophy"
    )
    assert one(quotes, "I can think of few more contemptible thefts,").speaker == "James Pollitt"


def test_a_role_word_is_a_whole_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Party leader Tom Ashby unveiled the plan on Monday.",
        "“Every family will pay less,” said the manifesto.",
    )
    assert one(quotes, "Every family will pay less,").mention != "the man"


def test_a_group_in_a_place_is_described_whole(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Drivers in Ashcombe say the council's 'improvements' to the roundabout have made rush "
        "hour worse.",
    )
    assert one(quotes, "improvements").speaker is None

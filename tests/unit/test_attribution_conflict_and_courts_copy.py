"""Conflict, science and African court copy (blind suites mix172-173): a ministry's daily briefing,
a named group with "group" after it, a nom de guerre, "quoted the governor, X, as saying", an aid
group's spokesman, "Neither … nor … have said whether", a judge named after the court's ruling,
"His Honour", "Said X, the director:", a role with the name and its body in apposition, "as X put
it" after "have found a way", and "At one point Justice X interrupted …, to say:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening, reported


def test_a_clause_first_report_in_a_daily_briefing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Air defences shot down 36 drones over three border provinces, the Ministry of Defence "
        "said in its daily briefing on Friday, in the second such attack this week.",
    )
    assert report_opening(quotes, "Air defences shot down").speaker == "Ministry of Defence"


def test_local_residents_are_a_group_not_a_person_called_local(make_article: Make) -> None:
    reports = reported(
        make_article, "Local residents said the bridge had been closed to lorries since March."
    )
    assert reports == [("the bridge had been closed to lorries since March.", "Local residents")]


def test_a_named_group_is_named_without_the_word_group(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Saraya al-Nour group said in a statement that it had freed three drivers as a "
        "gesture to the mediators.",
    )
    assert report_opening(quotes, "it had freed three drivers").speaker == "Saraya al-Nour"


def test_a_fighter_who_gave_his_name_as(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'We hold this ridge at night and lose it by day,' said a 31-year-old fighter who gave "
        "his name as Abu Karim, pointing at the trench.",
    )
    assert one(quotes, "We hold this ridge at night and lose it by day,").speaker == "Abu Karim"


def test_quoted_the_governor_with_a_name_in_apposition_as_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The state news agency quoted the regional governor, Li Wenhao, as saying that 41 "
        "people had been pulled alive from the rubble.",
    )
    assert report_opening(quotes, "41 people had been pulled").speaker == "Li Wenhao"


def test_a_spokesman_for_the_aid_group_then_its_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are treating forty children a day for dehydration,” a spokeswoman for the aid "
        "group Lantern Health Alliance said in a statement.",
    )
    quote = one(quotes, "We are treating forty children a day for dehydration,")
    assert quote.speaker == "Lantern Health Alliance"


def test_neither_nor_have_said_is_no_report(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Neither the army nor the men who hold the pass have said whether the ceasefire will "
        "be extended.",
    )
    assert reports == []


def test_the_judge_who_delivered_the_courts_ruling(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Labour Court in Durban has ordered a sugar mill to reinstate 40 workers, ruling "
        'that a notice pinned to a canteen wall was "no consultation at all". The judgment was '
        "delivered by Judge Thandiwe Mokoena-Pillay.",
    )
    assert one(quotes, "no consultation at all").speaker == "Thandiwe Mokoena-Pillay"


def test_his_honour_is_a_judges_style(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Fraud on this scale must be punished," said His Honour Yaw Boateng-Mensah.',
    )
    assert one(quotes, "Fraud on this scale must be punished,").speaker == "Yaw Boateng-Mensah"


def test_said_the_name_then_a_description_before_the_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Said Marguerite Olesen-Lund, the institute's director and lead author: \"We looked in "
        'the wrong place for a decade."',
    )
    assert one(quotes, "We looked in the wrong place for a decade.").speaker == (
        "Marguerite Olesen-Lund"
    )


def test_a_role_then_the_name_with_its_body_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The study's principal investigator, Tobias Wrenfield of the Harcourt Vision Institute, "
        'said: "This buys patients years of sight."',
    )
    assert one(quotes, "This buys patients years of sight.").speaker == "Tobias Wrenfield"


def test_as_she_put_it_after_found_a_way(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Engineers at Corvale University have found a way to make cement from mine waste, with "
        'a recipe that, as Priyanka Deshpande-Hale put it, is "embarrassingly cheap".',
    )
    assert one(quotes, "embarrassingly cheap").speaker == "Priyanka Deshpande-Hale"


def test_at_one_point_the_judge_interrupted_to_say(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At one point Justice Wanjiru Kamau-Ndegwa interrupted the bank's advocate, Mr Peter "
        'Otieno, to say: "Counsel, this argument failed in this court ten years ago."',
    )
    quote = one(quotes, "Counsel, this argument failed in this court ten years ago.")
    assert quote.speaker == "Wanjiru Kamau-Ndegwa"

"""Speakers the sentence around a quote describes before it names them, and cues with words
between (blind suites mix102-mix106): "The woman who says this … She is Gloria Fenwick",
"said a man near the back … introduced himself as X", "The accusation came from X", "Eun-ji
Choi, 27, …, had come", "X, …, told the regional security council on Friday, presenting …",
"said one of them, who gave his name as X", "X himself … described", "the former miner", "said
nothing", "Cpl. X of the Larkspur RCMP detachment said", "Pine Hollow RCMP said"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_woman_who_says_this_is_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We were never a restaurant. We were a kitchen with the door open.” The woman who says "
        "this is standing on a milk crate, scraping the hood vent. She is Gloria Fenwick, the "
        "founder's daughter, and she has spent two weeks taking the place apart.",
    )
    said = one(quotes, "We were never a restaurant. We were a kitchen with the door open.")
    assert said.speaker == "Gloria Fenwick"


def test_a_man_near_the_back_introduces_himself(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'Everybody in this room knows somebody,' said a man near the back. He was tall, in a "
        "work jacket, and he introduced himself, when asked, as Mitchell Orr, a welder.",
    )
    assert one(quotes, "Everybody in this room knows somebody,").speaker == "Mitchell Orr"


def test_a_quote_with_no_cue_and_no_description_stays_unnamed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Nobody asked us.” The meeting ran for three hours. She is Rhoda Venn, the chairwoman.",
    )
    assert one(quotes, "Nobody asked us.").speaker is None


def test_the_accusation_came_from(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"They shelled the school when they knew the children would be arriving." The accusation '
        "came from Oleksandr Havrylenko, the mayor of Zolotivka.",
    )
    said = one(quotes, "They shelled the school when they knew the children would be arriving.")
    assert said.speaker == "Oleksandr Havrylenko"


def test_a_name_and_an_age_after_a_quote_with_no_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tens of thousands of demonstrators filled the main avenue on Saturday.",
        "“We have been patient for thirty years.” Eun-ji Choi, 27, a nurse who shares a one-room "
        "flat, had come with a hand-painted placard.",
    )
    assert one(quotes, "We have been patient for thirty years.").speaker == "Eun-ji Choi"


def test_told_a_council_then_what_she_did(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Violations were “clear and systematic”, the head of the mission, Yelena Sokolova-Brandt, "
        "told the regional security council on Friday, presenting a log of 1,140 incidents.",
    )
    assert one(quotes, "clear and systematic").speaker == "Yelena Sokolova-Brandt"
    assert not any(q.text.startswith("the regional security council") for q in quotes)


def test_one_of_them_gave_his_whole_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Captured soldiers gave accounts that could not be verified.",
        "“We were told this was an exercise,” said one of them, who gave his name as Dmitri "
        "Volkonsky, 22.",
    )
    assert one(quotes, "We were told this was an exercise,").speaker == "Dmitri Volkonsky"


def test_a_role_and_a_name_unimpressed_before_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The bloc's trade commissioner, Helga Marstrand, was unimpressed by the offer to lift "
        "tariffs on dairy. 'We have seen this film before.' Officials said talks would resume.",
    )
    assert one(quotes, "We have seen this film before.").speaker == "Helga Marstrand"


def test_himself_and_a_day_between_subject_and_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Colleagues told stories at the dinner for Judge Oluwaseun Akande.",
        "Judge Akande himself, when his turn came, described his career as “mostly listening to "
        "people lie,” and sat down.",
    )
    assert one(quotes, "mostly listening to people lie,").speaker == "Oluwaseun Akande"
    quotes = found(
        make_article,
        "Chief Minister Devendra Kumar Ojha on Thursday described the floods as 'the worst we "
        "have seen' and announced relief.",
    )
    assert one(quotes, "the worst we have seen").speaker == "Devendra Kumar Ojha"


def test_the_former_miner_is_a_man_not_a_mining_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hywel Bevan-Pritchard went down the pit at fifteen. He now volunteers at the museum.",
        "“They ask me if I was scared,” the former miner said.",
    )
    assert one(quotes, "They ask me if I was scared,").speaker == "Hywel Bevan-Pritchard"


def test_saying_nothing_is_no_cue_and_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The eldest, Maya Castellanos, has strong opinions. “It's an adventure,” she said. “It's "
        "mostly washing up.” Her father, at the helm, said nothing but grinned.",
        "Rennard himself has said nothing in public since the window opened.",
    )
    assert one(quotes, "It's mostly washing up.").speaker == "Maya Castellanos"
    assert not any(q.text.startswith("nothing in public") for q in quotes)


def test_a_police_detachment_in_lower_case_and_by_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"We are going door to door," Cpl. Jamal Okafor-Reid of the Larkspur RCMP detachment said.',
        "In a news release, Pine Hollow RCMP said officers would stay at the roadblocks.",
    )
    assert one(quotes, "We are going door to door,").speaker == "Jamal Okafor-Reid"
    assert report_opening(quotes, "officers would stay").speaker == "Pine Hollow RCMP"
    alone = found(make_article, "The RCMP said it had opened an investigation.")
    assert report_opening(alone, "it had opened").speaker == "RCMP"  # not "The RCMP"

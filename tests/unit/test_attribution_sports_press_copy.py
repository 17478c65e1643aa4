"""Sports copy: a player named by ranking ("the world No. 3"), seed or position ("the top seed",
"the wing"), by a nickname the article gives ("known on the tour simply as Havi"), by age and
nationality ("the 24-year-old Canadian"), and a nationality that means the paragraph's subject,
not the report's ("Bexton coach X was left frustrated. “…,” the Argentine said"); teams named
before their staff ("Harcastle Saints head coach X") or with "The" are no one."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_player_named_by_ranking(make_article: Make) -> None:
    quotes = found(
        make_article,
        "World No. 3 Ksenia Dobrovolskaya was knocked out by qualifier Inês Carvalho-Reis.",
        "“I felt like I was playing against the wind,” said the world No. 3.",
    )
    assert (
        one(quotes, "I felt like I was playing against the wind,").speaker == "Ksenia Dobrovolskaya"
    )


def test_a_seed_and_a_position(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Top seed Arjun Mehra battled past Jack Fairweather, while head coach Hennie Jacobs "
        "watched wing Ruan Jacobs score twice for the Jackals.",
        "“It was a real fight,” said the top seed, who will play Tanaka next.",
        "“Coach says the same joke every week,” said the wing, grinning.",
    )
    assert one(quotes, "It was a real fight,").speaker == "Arjun Mehra"
    assert one(quotes, "Coach says the same joke every week,").speaker == "Ruan Jacobs"


def test_a_nickname_known_on_the_tour(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tomas Havlicek, the big-serving Czech known on the tour simply as Havi, fired 27 aces. "
        "Prop Taniela Mahe, known simply as Tank around the training ground, scored a try.",
        "“Today the serve was my best friend,” Havi said. “The boys won't let me forget it,” "
        "Tank said.",
    )
    assert one(quotes, "Today the serve was my best friend,").speaker == "Tomas Havlicek"
    assert one(quotes, "The boys won't let me forget it,").speaker == "Taniela Mahe"


def test_an_age_and_a_nationality(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Océane Leblanc-Tremblay won her maiden title on Sunday, beating Greta Hollis of Great "
        "Britain 6-2 7-5 in the final.",
        "“Tennis is a strange sport,” said the 24-year-old Canadian.",
    )
    assert one(quotes, "Tennis is a strange sport,").speaker == "Océane Leblanc-Tremblay"


def test_a_nationality_means_the_paragraph_s_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rivermead held on for a 22-20 win over Bexton on Sunday.",
        "Rivermead director of rugby Richard Ainsley praised his side. “We made 240 tackles "
        "today,” he said.",
        "Bexton coach Martín Echeverría was left frustrated. “We had the ball and we did not "
        "score,” the Argentine said.",
    )
    assert one(quotes, "We had the ball and we did not score,").speaker == "Martín Echeverría"


def test_teams_are_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harcastle Saints head coach Hemi Walker admitted his side had been beaten up front.",
        "“They were better than us at the breakdown,” the New Zealander told reporters.",
        "The Coldwater Herons reached the final, and Herons coach Latoya Simmons could barely "
        "contain her delight. “Nobody picked us,” she said.",
        "Riverton Hawks general manager Colin Ashworth faced the fans. He said the team had no "
        "plans to trade its first-round pick.",
    )
    assert one(quotes, "They were better than us at the breakdown,").speaker == "Hemi Walker"
    assert one(quotes, "Nobody picked us,").speaker == "Latoya Simmons"
    assert report_opening(quotes, "the team had no plans").speaker == "Colin Ashworth"


def test_a_possessive_s_noun_in_apposition_opens_the_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tobias Lind's hopes of a podium ended on Thursday when the Danish rider lost four "
        "minutes on the queen stage.",
        "His directeur sportif, Koen Verstraeten, took responsibility. “We made a mistake with "
        "the feeding,” the Belgian said.",
    )
    assert one(quotes, "We made a mistake with the feeding,").speaker == "Koen Verstraeten"

"""Columns, crime briefs, British politics and business features (blind suites mix180, mix183-184):
"That was how Lt. X of the … Police Department described …", "That is how X explained himself to
me", "Allies of the chancellor, X, said" (his allies, not him), an owner's business in apposition
("X's start-up, Hearthstone Heat,"), a body named after its description, and a lede's unnamed
firefighter named by "The firefighter, X," next (but not by the next name alone: a guard)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_that_was_how_a_titled_officer_of_a_department_described_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two men were hurt in a shooting outside a bar early Sunday.",
        "“It started as an argument over a pool game.” That was how Lt. Gregory Sandoval of the "
        "Marquette Springs Police Department described the incident on Sunday.",
    )
    assert one(quotes, "It started as an argument over a pool game.").speaker == (
        "Gregory Sandoval"
    )


def test_that_is_how_he_explained_himself_to_me(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I vote the way my father voted, and that is no longer reason enough.” That is how "
        "Royce Tremaine, a cattle rancher outside Abilene, explained himself to me last month.",
    )
    quote = one(quotes, "I vote the way my father voted, and that is no longer reason enough.")
    assert quote.speaker == "Royce Tremaine"


def test_allies_of_a_named_minister_are_not_the_minister(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Allies of the chancellor, Geoffrey Pardoe, said he had never agreed to bring the cut "
        "forward.",
    )
    quote = report_opening(quotes, "he had never agreed")
    assert quote.speaker == "Allies of the chancellor, Geoffrey Pardoe"


def test_an_owners_start_up_in_apposition_is_a_business(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Clementine Oyebanji-Ward's start-up, Hearthstone Heat, fits heat pumps in terraced "
        "houses. She calls the terraced house “the final boss of home decarbonisation” and says "
        "her engineers have fitted 2,000.",
    )
    assert one(quotes, "the final boss of home decarbonisation").speaker == (
        "Clementine Oyebanji-Ward"
    )


def test_a_body_named_after_its_description_speaks_by_its_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harrowgate's rival, Pemberly Infant Foods, said it would increase production to cover "
        "any shortage.",
    )
    assert report_opening(quotes, "it would increase production").speaker == (
        "Pemberly Infant Foods"
    )


def test_a_ledes_unnamed_firefighter_named_in_apposition_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A firefighter who was among the first to arrive said the roof had collapsed within "
        "minutes.",
        "The firefighter, Dan Moore, said it was the worst fire he had seen in 20 years.",
    )
    assert report_opening(quotes, "the roof had collapsed").speaker == "Dan Moore"


def test_a_crews_firefighter_is_not_the_next_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A firefighter who was among the first to arrive said the roof had collapsed within "
        "minutes.",
        "Fire Chief Ann Lee said the crews had worked through the night.",
    )
    assert [q.speaker for q in quotes if q.text.startswith("the roof")] in ([], [None])

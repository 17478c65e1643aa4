"""Documents speak for whoever issued them: "A statement from X said", "A letter from X to …,
seen by the paper, said", "…, figures released by X show.", "the council's own budget report
says"; a co-operative is a body, a widow a relative, a developer a trade."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.person_names import person_name


def test_a_statement_from_a_body_is_the_bodys(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A private school in Kothrud has withdrawn a circular after complaints.",
        "A statement from Kilbrennan County Council said: “We will appeal the ruling.”",
    )
    assert one(quotes, "We will appeal the ruling.").speaker == "Kilbrennan County Council"


def test_a_statement_from_a_description_takes_the_name_beside_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A private school in Kothrud has withdrawn a circular after complaints.",
        "A statement from the school's management, the Shree Vidya Trust, read: “We regret "
        "the inconvenience caused to parents.”",
    )
    assert one(quotes, "We regret the inconvenience caused to parents.").speaker == (
        "Shree Vidya Trust"
    )


def test_a_letter_seen_by_the_paper(make_article: Make) -> None:
    speech = reported(
        make_article,
        "Plans for 46 homes on the former creamery site appear to be in doubt.",
        "A letter from Kilbrennan County Council to the developer, seen by the Western "
        "Courier, said the site could flood and requested a full flood risk assessment.",
    )
    assert any(s == "Kilbrennan County Council" and "site could flood" in t for t, s in speech)


def test_figures_named_after_the_claim(make_article: Make) -> None:
    speech = reported(
        make_article,
        "JOHANNESBURG — More than a third of the water pumped into the system is lost to leaks, "
        "figures from the Mthonjeni Local Municipality show.",
        "Crime fell by a fifth last year, new figures show.",
    )
    assert (
        "More than a third of the water pumped into the system is lost to leaks",
        "Mthonjeni Local Municipality",
    ) in speech
    assert not any(t.startswith("Crime fell") for t, _ in speech)  # whose figures is not said


def test_according_to_figures_from_a_body(make_article: Make) -> None:
    speech = reported(
        make_article,
        "Waiting lists rose by 40 per cent in two years, according to figures released by "
        "Kāinga Housing Agency.",
    )
    assert ("Waiting lists rose by 40 per cent in two years", "Kāinga Housing Agency") in speech


def test_a_bodys_own_report(make_article: Make) -> None:
    speech = reported(
        make_article,
        "Wexham District Council faces a £4.2m gap in next year's budget and may have to sell "
        "its headquarters, the council's own budget report says.",
    )
    assert any(s == "Wexham District Council" for _, s in speech)


def test_a_name_a_group_gives_is_no_report_of_the_claim(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The line, dubbed the ‘misery express’ by regular passengers, has had more "
        "cancellations than any other route this year, figures from the Office of Rail "
        "Standards show.",
    )
    assert one(quotes, "misery express").speaker is None


def test_a_co_operative_a_widow_and_a_developer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Awanui Dairy has cut its forecast milk price by 40 cents.",
        "In a statement to the stock exchange, the co-operative said: “Global dairy prices have "
        "softened more than we expected.”",
        "Liam Cartwright, 24, admitted causing death by dangerous driving. He struck Peter "
        "Hallam, 58, from behind.",
        "In a statement read to the court, Mr Hallam's widow, Carol Hallam, said: “He never "
        "came home.”",
    )
    assert one(quotes, "Global dairy prices have softened more than we expected.").speaker == (
        "Awanui Dairy"
    )
    assert one(quotes, "He never came home.").speaker == "Carol Hallam"
    assert person_name("Developer Niall Brogan") == "Niall Brogan"

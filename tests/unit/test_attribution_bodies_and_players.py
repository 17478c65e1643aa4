"""Names of public bodies with two "of"s or an acronym inside ("Office of the Comptroller of the
Currency", "North Valeshire Hospitals NHS Foundation Trust"), a body's staff ("Regulators at the
FAA"), cues after a quote in other shapes ("That was the message Thursday from …", "was blunt
when asked …:", "…, D-N.M., who said"), and the player a report is about ("the teenager")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_body_named_with_two_ofs_or_an_acronym(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The Office of the Comptroller of the Currency ordered Redfield National Bank on "
        "Thursday to overhaul its controls, saying the bank had failed to file reports.",
    )
    assert reports == [
        ("the bank had failed to file reports.", "Office of the Comptroller of the Currency")
    ]
    quotes = found(
        make_article,
        "A spokeswoman for North Valeshire Hospitals NHS Foundation Trust said: “We are sorry "
        "that some patients are waiting longer than we would like.”",
    )
    sorry = "We are sorry that some patients are waiting longer than we would like."
    assert one(quotes, sorry).speaker == "North Valeshire Hospitals NHS Foundation Trust"


def test_a_bodys_regulators_speak_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Regulators at the Federal Aviation Administration described the records of Coastline "
        "Air as “incomplete and in some cases fabricated,” in a letter sent last month.",
    )
    assert one(quotes, "incomplete and in some cases fabricated,").speaker == (
        "Federal Aviation Administration"
    )


def test_more_shapes_of_a_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will not let a few bad actors define an industry.” That was the message Thursday "
        "from Patrice Delacroix, chief executive of the council, as she testified.",
        "The Treasury secretary, Howard Kell, was blunt when asked about the debt limit at a "
        "Senate hearing on Tuesday: “If Congress does nothing, we will run out of room.”",
    )
    assert one(quotes, "We will not let a few bad actors define an industry.").speaker == (
        "Patrice Delacroix"
    )
    assert one(quotes, "If Congress does nothing, we will run out of room.").speaker == (
        "Howard Kell"
    )


def test_a_party_tag_before_a_relative_clause(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Pettibone was joined at the news conference by Sen. Maria Castellanos, D-N.M., who "
        "said in a separate interview that she shared some of his concerns about the rule.",
    )
    assert ("she shared some of his concerns about the rule.", "Maria Castellanos") in reports


def test_the_teenager_and_the_all_rounder_are_whom_the_report_is_about(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Seventeen-year-old Reece Abbotsford marked his debut for Pelbury with the winning goal.",
        "Manager Craig Hollinshead had kept his instructions simple.",
        "‘I still can't really believe it,’ the teenager said.",
    )
    assert one(quotes, "I still can't really believe it,").speaker == "Reece Abbotsford"
    quotes = found(
        make_article,
        "Dilshan Perera took seven for 23 as Stallbridge beat Tarrenbrook to lift the title.",
        "Tarrenbrook were bowled out for 109 despite 46 from opener Sam Whitehouse.",
        "‘The ball was swinging both ways,’ said the all-rounder.",
    )
    assert one(quotes, "The ball was swinging both ways,").speaker == "Dilshan Perera"


def test_a_datelines_place_is_no_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "DES MOINES, Iowa — The governor of a neighboring state stood on a hay wagon on Saturday "
        "and promised farmers that tariffs would never be “a bargaining chip” in his term.",
        "“I’ve sold corn at a loss,” said Gov. Harlan Redeker of Nebraska.",
    )
    assert one(quotes, "a bargaining chip").speaker == "Harlan Redeker"

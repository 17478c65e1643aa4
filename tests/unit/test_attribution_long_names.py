"""Names that run longer than the common shapes: initials written together ("K.S.
Venkataraman") and a body named for two fields ("… and Digital Networks")."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.organisation_names import organisation_mentions


def test_initials_written_together_are_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Union Communications Minister K.S. Venkataraman spoke on Friday.",
        "“We have given Vayulink eight years,” Mr Venkataraman said.",
    )
    assert one(quotes, "We have given Vayulink eight years,").speaker == "K.S. Venkataraman"


def test_a_body_named_for_two_fields_keeps_both() -> None:
    text = (
        "The Ministry of Communications and Digital Networks acted. The Department of Health "
        "and Human Services agreed. The Department of Health and Jane Smith disagreed."
    )
    names = [name for _, name in organisation_mentions(text)]
    assert "Ministry of Communications and Digital Networks" in names
    assert "Department of Health and Human Services" in names
    assert "Department of Health" in names  # not "… and Jane Smith"


def test_two_titles_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lt. Gov. Marisa Castellan claimed victory early Wednesday, telling a packed ballroom "
        "that voters had “chosen to keep building.”",
        "Texas Lt. Gov. Dan Patrick says Sen. Ted Cruz is “standing tall” despite the loss.",
    )
    assert one(quotes, "chosen to keep building.").speaker == "Marisa Castellan"
    assert one(quotes, "standing tall").speaker == "Dan Patrick"


def test_post_nominals_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Leah Achebe KC, who represents 23 families, said the evidence had revealed “a culture "
        "of blame”.",
        "“The company accepts that mistakes were made,” said Jonathan Pryde KC.",
        "“Ms Achebe has made her point,” Mr Pryde added.",
    )
    assert one(quotes, "a culture of blame").speaker == "Leah Achebe"
    assert one(quotes, "The company accepts that mistakes were made,").speaker == "Jonathan Pryde"
    assert one(quotes, "Ms Achebe has made her point,").speaker == "Jonathan Pryde"


def test_the_field_after_minister_for_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister for Housing Ciarán Mulcahy has admitted the Government will miss its target.",
        "Speaking in the Dáil, he blamed planning objections. “I am not going to stand here and "
        "pretend,” he said.",
        "Union Minister for Ports and Inland Waterways Raghav Deshmane spoke at the port.",
        "“The channel has been neglected for two decades,” Mr. Deshmane said.",
    )
    assert one(quotes, "I am not going to stand here and pretend,").speaker == "Ciarán Mulcahy"
    assert one(quotes, "The channel has been neglected for two decades,").speaker == (
        "Raghav Deshmane"
    )


def test_a_cue_that_reads_the_field_into_the_name_finds_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister for Finance Eoin Madigan has said there will be no increase in income tax.",
        "“There is room to help people,” said Minister for Finance Eoin Madigan.",
    )
    assert one(quotes, "There is room to help people,").speaker == "Eoin Madigan"


def test_a_titled_person_before_and_is_no_part_of_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Lionel Dubois and City Council President Rachel Amsel have clashed for months.",
        "Dubois shot back that the council had “found money for everything except public "
        "safety” and accused her of grandstanding.",
    )
    assert one(quotes, "found money for everything except public safety").speaker == (
        "Lionel Dubois"
    )

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

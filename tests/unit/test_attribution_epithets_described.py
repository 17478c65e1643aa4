"""People a later sentence calls by what the article said of them: "the retired mail carrier"
(not a mail "carrier" company), "the mother of two", courts' and elders' titles before names,
siblings named together, and "That's the view of X" after a quote."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_definite_description_is_the_person_described_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The count is run by Harlow Valley University. Among its volunteers is Edna Pryor, 74, "
        "a retired bus driver who has walked the same lane every June since 2009.",
        "“There used to be hundreds of them,” the retired bus driver said.",
    )
    assert one(quotes, "There used to be hundreds of them,").speaker == "Edna Pryor"


def test_the_mother_of_two_is_the_woman_just_written_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shauna Dempsey, 38, lost her shop in the fire. Her landlord, Victor Kane, said the "
        "building had passed its last inspection.",
        "“We have to start again from nothing,” the mother-of-two said.",
        "“I will help where I can,” the father of three said.",
    )
    assert one(quotes, "We have to start again from nothing,").speaker == "Shauna Dempsey"
    assert one(quotes, "I will help where I can,").speaker == "Victor Kane"
    assert "the last person of that sex" in one(quotes, "I will help where I can,").reason


def test_titles_of_courts_and_elders_are_no_part_of_the_name(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Recorder Imogen Tate said the defendant had shown no remorse at any stage. Board "
        "chairperson Advocate Thandiwe Mokoena said the licences had been suspended for a month.",
    )
    assert ("the defendant had shown no remorse at any stage.", "Imogen Tate") in reports
    assert ("the licences had been suspended for a month.", "Thandiwe Mokoena") in reports


def test_siblings_named_together_share_the_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brothers Callum and Rory Whelan have run the bakery since their father, Des, retired.",
        "Rory does the baking; Callum does the talking. “We argue about the bread every "
        "morning,” Callum said.",
    )
    assert one(quotes, "We argue about the bread every morning,").speaker == "Callum Whelan"


def test_thats_the_view_of_names_the_speaker_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“A village shop is only as good as the gossip in it.”",
        "That's the view of Hilda Marsh, who has run the post office in Brackley for 30 years.",
    )
    assert one(quotes, "A village shop is only as good as the gossip in it.").speaker == (
        "Hilda Marsh"
    )

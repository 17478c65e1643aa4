"""US lawmakers called by state and party after a party tag: "Sen. Roy Albrecht, R-Neb.," then
"the Nebraska Republican", "the Michigan senator"; no state is read as a person's name."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.party_states import state_reference

_LEDE = (
    "WASHINGTON — The bill cleared the committee with support from Sen. Tessa Kyle, D-Mich., "
    "and opposition from Sen. Roy Albrecht, R-Neb., and Rep. Ann Ortega (R-N.M.)."
)


def test_a_state_and_party_name_the_one_lawmaker_tagged_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        _LEDE,
        "“I will vote against it on the floor,” the Nebraska Republican said.",
        "“We need this money before the fire season,” the Michigan senator said.",
        "“It is a start,” the New Mexico lawmaker said.",
    )
    assert one(quotes, "I will vote against it on the floor,").speaker == "Roy Albrecht"
    assert one(quotes, "We need this money before the fire season,").speaker == "Tessa Kyle"
    assert one(quotes, "It is a start,").speaker == "Ann Ortega"
    assert "tags with that state and party" in one(quotes, "It is a start,").reason


def test_the_party_must_match_when_the_reference_gives_one(make_article: Make) -> None:
    quotes = found(make_article, _LEDE, "“Not this year,” the Michigan Republican said.")
    assert one(quotes, "Not this year,").speaker != "Tessa Kyle"


def test_only_a_state_and_a_party_or_legislator_make_a_reference() -> None:
    assert state_reference("the Nebraska Republican") == ("Nebraska", "republican")
    assert state_reference("The former Florida congressman") == ("Florida", "congressman")
    assert state_reference("the Nebraska coach") is None
    assert state_reference("the Republican") is None


def test_the_tag_and_the_title_are_the_lawmakers_details() -> None:
    from reader.core.attribution.descriptions import describe
    from reader.core.attribution.mentions import build_cast

    people = [e.name for e in build_cast(_LEDE, {}).entities.values() if e.kind == "person"]
    described = describe(_LEDE, people)
    assert {"Sen.", "D-Mich."} <= set(described["Tessa Kyle"])
    assert "R-N.M." in described["Ann Ortega"]

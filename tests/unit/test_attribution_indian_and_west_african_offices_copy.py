"""Indian, Nigerian and Ghanaian copy (blind suite mix182): revenue offices before a name
("Tahsildar", "Sub-Collector"), "The Assembly Member for X Electoral Area, Mr Y,", a name written
with initials and later without them ("Dr. K. P. Suresh Kumar" … "Dr. Suresh Kumar"), a Senior
Advocate's "SAN" after the name, and two titles joined by "and" before a name."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_tahsildar_and_a_sub_collector_are_offices(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sub-Collector Priyanka Menon visited the settlement on Thursday. Tahsildar R. "
        "Palanisamy said the survey would be completed by January.",
    )
    assert report_opening(quotes, "the survey would be completed").speaker == "R. Palanisamy"


def test_an_assembly_member_for_an_electoral_area(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Assembly Member for Kpehe North Electoral Area, Mr Kwadwo Ntim Gyasi, has said "
        "that the public toilet will close on Monday.",
        "He told residents that two mobile toilets would be stationed at the lorry park.",
    )
    assert report_opening(quotes, "two mobile toilets").speaker == "Kwadwo Ntim Gyasi"


def test_a_name_with_initials_and_later_without_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "District Medical Officer Dr. K. P. Suresh Kumar said three wells had tested positive.",
        "“Drink only boiled water,” Dr. Suresh Kumar told the Malabar Express.",
    )
    assert one(quotes, "Drink only boiled water,").speaker == "K. P. Suresh Kumar"


def test_a_senior_advocates_letters_after_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Counsel to the defendant, Mr Efiong Asuquo Bassey, SAN, told the court that his client "
        "had not been served with the amended charge.",
    )
    assert report_opening(quotes, "his client had not been served").speaker == (
        "Efiong Asuquo Bassey"
    )


def test_two_titles_joined_by_and_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Asked whether more police would be deployed, District Election Officer and Collector "
        "G. Aruna Kumari said: “We have identified 41 sensitive booths.”",
    )
    assert one(quotes, "We have identified 41 sensitive booths.").speaker == "G. Aruna Kumari"

"""A one-word business the article describes as one ("Loomstack, the Portland startup whose …")
is an organisation wherever it is named: "the company" and "It" find it."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.organisation_names import organisation_mentions


def test_a_word_described_as_a_business_names_one_everywhere() -> None:
    text = (
        "Loomstack, the Portland startup whose booking API sits behind 4,100 clinics, has "
        "published its report. Stratacore, Loomstack’s cloud provider, posted a warning. "
        "Loomstack said it was sorry."
    )
    names = [name for _, name in organisation_mentions(text)]
    assert names.count("Loomstack") == 3
    assert "Stratacore" in names


def test_people_described_by_what_they_do_stay_people() -> None:
    text = (
        "As Freddy, a fun-loving airline pilot, left home, Trump, the longtime owner of the "
        "show, spoke. Luc Mombourquette, a crane operator, said little. Smith, the company's "
        "founder, laughed."
    )
    names = {name for _, name in organisation_mentions(text)}
    assert not names & {"Freddy", "Trump", "Mombourquette", "Smith"}


def test_the_company_is_the_described_business_not_a_client_named_since(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Loomstack, the Portland startup whose booking API sits behind 4,100 clinics, has "
        "published its post-mortem.",
        "Dr. Harriet Amadi, who owns Cedar Hollow Animal Hospital, said her staff fielded calls "
        "all morning.",
        "The company wrote that its incident commander had been reluctant to declare a full "
        "outage.",
    )
    assert (
        one(quotes, "its incident commander had been reluctant to declare a full outage.").speaker
        == "Loomstack"
    )

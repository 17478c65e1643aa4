"""A trailing "according to" that names the claim's source: a document and whoever filed it
("according to an affidavit filed by Detective Samuel Ruiz"), or an anonymous official; the
sentence's subject ("Investigators found …") only reported what that source says."""

from __future__ import annotations

from attribution_helpers import Make, found

from reader.core.model import Quote


def _report(quotes: list[Quote], words: str) -> str | None:
    matches = [q for q in quotes if words in q.text]
    assert matches, [q.text for q in quotes]
    return matches[0].speaker


def test_a_group_s_finding_is_the_named_source_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Investigators found more than 200 stolen catalytic converters in a storage unit rented "
        "by the suspect, according to an affidavit filed by Detective Samuel Ruiz of the "
        "Kessler Police Department.",
        "The suspect, Travis Hoyle, 29, is being held on $50,000 bond.",
    )
    assert _report(quotes, "stolen catalytic converters") == "Samuel Ruiz"


def test_a_document_is_the_body_that_filed_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Investigators found more than 300 stolen catalytic converters in a storage unit rented "
        "by the two men, according to a criminal complaint filed Tuesday by the Rusk County "
        "District Attorney's Office.",
    )
    assert _report(quotes, "stolen catalytic converters") == (
        "Rusk County District Attorney's Office"
    )


def test_an_anonymous_official_s_claim_is_not_the_subject_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Investigators believe the gunman bought the rifle legally two weeks before the attack, "
        "according to a law enforcement official who spoke on condition of anonymity because "
        "the investigation is ongoing.",
    )
    assert _report(quotes, "bought the rifle legally") != "Investigators"


def test_according_to_a_named_person_of_a_body_or_a_role_then_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to Inspector R. Mahadevan of the Kallur police station, the accused had "
        "persuaded the victim to share one-time passwords.",
        "The Delmar Historical Museum will reopen in May after a $14 million renovation, "
        "according to its director, Pauline Ostrander.",
    )
    assert _report(quotes, "one-time passwords") == "R. Mahadevan"
    assert _report(quotes, "will reopen in May") == "Pauline Ostrander"

"""The panel's "role and affiliation in the article's own words": appositives with no article,
descriptions given to a surname or first name alone, "X is a …", and what is not a description."""

from __future__ import annotations

from attribution_helpers import Make

from reader.core.pipeline import analyse


def descriptions(make: Make, name: str, *paragraphs: str) -> list[str]:
    speaker = analyse(make(*paragraphs)).speaker(name)
    assert speaker is not None, name
    return speaker.descriptions


def test_a_role_with_no_article_in_apposition(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Anjali Ruthven",
        "Anjali Ruthven, director of the Kessling Institute for Digital Rights, disagreed.",
        "“The footage is kept for years,” Ruthven said.",
    )
    assert "director of the Kessling Institute for Digital Rights" in got


def test_a_surname_or_first_name_alone_with_an_appositive(make_article: Make) -> None:
    paragraphs = (
        "“We lost the whole ground floor,” said Ellen Mawdsley.",
        "Two firefighters carried Mawdsley, a retired school secretary, out to a boat.",
        "Ada Trewhella still farms the ridge. “It is all we have,” Ada Trewhella said.",
        "Ada, 71, a third-generation grower, does not plan to sell.",
    )
    assert "a retired school secretary" in descriptions(make_article, "Ellen Mawdsley", *paragraphs)
    assert "a third-generation grower" in descriptions(make_article, "Ada Trewhella", *paragraphs)


def test_is_a_after_the_name_describes_the_person(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Margit Halloran",
        "Margit Halloran has been a midwife at Bellhaven for twenty-two years.",
        "“We are the last unit for eighty miles,” Halloran said.",
    )
    assert any(d.startswith("a midwife at Bellhaven") for d in got)


def test_words_inside_a_quotation_are_not_a_description(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Corin Vale",
        "“Corin Vale is a liar and a fraud,” shouted one protester.",
        "“I have never hidden anything,” Corin Vale said.",
    )
    assert not any("liar" in d for d in got)


def test_a_comma_after_a_preposition_or_in_a_list_is_no_appositive(make_article: Make) -> None:
    paragraphs = (
        "“Scale matters,” said Olwen Calder.",
        "For Calder, a merger would add two million customers.",
        "“We want a fair count,” said Mayor Bram Kell.",
        "The letter was signed by Kell, Governor Ilse Marten and two senators.",
    )
    assert descriptions(make_article, "Olwen Calder", *paragraphs) == []
    assert "Governor Ilse Marten" not in descriptions(make_article, "Bram Kell", *paragraphs)


def test_an_abbreviation_does_not_end_a_description_after_said(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Nadia R. Foyle",
        "“It will take a decade,” said Dr. Nadia R. Foyle, a maritime economist at St. Aidan’s "
        "University who reviewed the report.",
    )
    assert got == ["a maritime economist at St. Aidan’s University"]


def test_a_verb_before_a_title_is_not_part_of_the_role(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Philippa Ames",
        "“The appeal fails,” wrote Judge Philippa Ames.",
    )
    assert not any(d.startswith("wrote") for d in got)


def test_a_title_abbreviation_inside_a_description(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Carl Brenner",
        "“He will not drop out,” said Carl Brenner, an adviser to Ohio Gov. Ann Marsh and a "
        "veteran of four campaigns.",
    )
    assert any(d.startswith("an adviser to Ohio Gov. Ann Marsh") for d in got)


def test_a_surname_opening_a_sentence_with_is_a(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Helena Varga",
        "“Come see my basement,” Helena Varga said.",
        "Varga, 44, is a civil engineer who spent her career on the water mains.",
    )
    assert "a civil engineer" in got


def test_a_possessive_role_after_a_trailer_cue(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Simon Ketter",
        "“We got this wrong,” said Simon Ketter, 47, Northline Rail's operations director, who "
        "replaced Alison Drum in the role in 2023.",
    )
    assert "Northline Rail's operations director" in got


def test_a_relative_clause_on_a_surname_alone(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Priya Hallow",
        "“It has never made money,” she said. That, at least, is how Priya Hallow sees it.",
        "Hallow, 45, who owns the Lantern cinema, told me the festival keeps it open.",
    )
    assert "who owns the Lantern cinema" in got


def test_a_relative_clause_cut_short_is_no_description(make_article: Make) -> None:
    got = descriptions(
        make_article,
        "Neil Brath",
        "Neil Brath, 56, a signalling engineer, gave evidence first.",
        "Simon Ketter spoke after Mr. Brath, who had told the inquiry that no one read them.",
    )
    assert "who had" not in got


def test_a_clause_after_the_name_describes_no_one(make_article: Make) -> None:
    paragraphs = (
        "The council met on Tuesday.",
        "“The harbour is finished,” said councillor Lena Brandt, but the mayor, Amara Osei, "
        "answered at once: “It has barely begun.”",
    )
    assert descriptions(make_article, "Lena Brandt", *paragraphs) == ["councillor"]
    assert descriptions(make_article, "Amara Osei", *paragraphs) == ["the mayor"]

"""A lede's unnamed subject, named in the paragraph after it (British, Irish and wire style): the
described person, or a pronoun no one named before it, is the person named next; with a role, the
first person later given that role."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.lede_subjects import described_person


def test_what_counts_as_a_described_person() -> None:
    assert described_person("A coroner")
    assert described_person("The sister of a woman killed by a drink-driver")
    assert described_person("One of two brothers accused of running a puppy farm")
    assert described_person("she")
    assert not described_person("the company")
    assert not described_person("a police spokesman")  # speaks for the police
    assert not described_person("the researchers")  # many


def test_a_coroner_and_her_words_are_the_coroner_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A coroner has criticised an ambulance service for what she called 'a catalogue of "
        "missed chances' after a woman died of an asthma attack.",
        "Area coroner Helen Marchbank said at the end of the inquest in Truro that calls had been "
        "wrongly graded. Ben Hoskin, director of operations at the trust, said procedures had "
        "changed.",
    )
    assert one(quotes, "a catalogue of missed chances").speaker == "Helen Marchbank"


def test_a_denial_in_the_lede_is_the_one_named_next(make_article: Make) -> None:
    got = reported(
        make_article,
        "One of two brothers accused of running a puppy farm has denied that he knew dogs were "
        "kept in unheated sheds.",
        "Giving evidence at Swansea Crown Court, Gareth Price, 44, said his brother, Alun, ran "
        "the business.",
    )
    assert ("he knew dogs were kept in unheated sheds.", "Gareth Price") in got


def test_a_chief_executive_is_a_person_not_the_body(make_article: Make) -> None:
    got = reported(
        make_article,
        "The chief executive of the Irish Hospitals Authority has warned that emergency "
        "departments face a shortage of nurses this winter.",
        "Speaking at a conference in Galway, Dr Gráinne Mulcahy said recruitment abroad had "
        "slowed.",
    )
    assert (
        "emergency departments face a shortage of nurses this winter.",
        "Gráinne Mulcahy",
    ) in got


def test_the_sex_of_the_description_rules_out_the_first_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The sister of a woman killed by a drink-driver said she hoped he would 'think about "
        "Gemma every single day' of his sentence.",
        "Scott Barnard, 30, was jailed for eight years. Lauren Hughes spoke outside the court.",
    )
    assert one(quotes, "think about Gemma every single day").speaker != "Scott Barnard"


def test_someone_named_before_leaves_the_rule_out(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Tom Ellery opened the new bridge on Monday.",
        "A resident said the bridge was 'long overdue'. Jane Fitch, who lives nearby, agreed.",
    )
    assert one(quotes, "long overdue").speaker != "Jane Fitch"


def test_the_widow_of_a_named_man_is_not_him(make_article: Make) -> None:
    got = reported(
        make_article,
        "In a statement read to the court, the widow of cyclist Peter Hamlyn described the moment "
        "police came to her door.",
        "‘I knew before they spoke,’ wrote Janet Hamlyn.",
    )
    assert ("the moment police came to her door.", "Janet Hamlyn") in got


def test_the_one_named_next_is_a_later_sentences_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "A woman who has accused a former governor of assault said on Sunday that he had asked "
        "her out weeks later. She also described a meeting with Carla Dunne.",
        "Rosa Whitfield, who said the assault happened in 1978, spoke on a radio show.",
    )
    assert ("on Sunday that he had asked her out weeks later.", "Rosa Whitfield") in got or (
        "he had asked her out weeks later.",
        "Rosa Whitfield",
    ) in got

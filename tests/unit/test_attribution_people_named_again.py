"""People named again after their first mention: a couple after another sentence's capital, and
an Olympian by her sport's word."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_mrs_after_a_couple_introduced_after_a_capitalised_sentence_end(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Cornish couple have been made MBEs in the King's Birthday Honours.",
        "Brenda and Alan Trethewey, of Camborne, took in their first foster child in 1984.",
        "Mr Trethewey, 74, said the hardest part had always been saying goodbye. ‘Some of them "
        "still ring at Christmas,’ he said.",
        "‘I think we just never worked out how to say no,’ Mrs Trethewey said.",
    )
    assert one(quotes, "Some of them still ring at Christmas,").speaker == "Alan Trethewey"
    assert one(quotes, "I think we just never worked out how to say no,").speaker == (
        "Brenda Trethewey"
    )


def test_the_olympian_is_the_olympic_champion(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Olympic swimming champion Ellie Cartwright has announced her retirement at 27. Her coach, "
        "Dean Haverfield, said she was the most competitive athlete he had trained.",
        "‘I want to look at something else for a while,’ the Olympian said.",
    )
    assert one(quotes, "I want to look at something else for a while,").speaker == (
        "Ellie Cartwright"
    )


def test_the_majority_leader_is_not_the_minority_leader(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senate Majority Leader Corinne Delacroix-Haas introduced a package of bills on Tuesday.",
        "Sen. Wade Pellham, the minority leader, called the package “a press release stapled to a "
        "bill.”",
        "“I've heard that line before,” the majority leader said.",
    )
    assert one(quotes, "I've heard that line before,").speaker == "Corinne Delacroix-Haas"


def test_a_surname_that_is_a_verb_after_an_office_and_its_field(make_article: Make) -> None:
    quotes = found(
        make_article,
        "MOMBASA — County Executive for Health Halima Said told the county assembly on Tuesday "
        "that the county would hire 300 nurses before the end of the financial year.",
    )
    assert [q.speaker for q in quotes] == ["Halima Said"]


def test_a_partys_sources_are_the_sources_not_the_party(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The prime minister is preparing to reshuffle her cabinet as early as next week, "
        "according to two senior Conservative sources.",
    )
    assert [q.mention for q in quotes] == ["two senior Conservative sources"]

"""Role phrases that join two roles with "and", or hold a body's name with "for", before the
person they describe: one person, not two, and not the body."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_two_roles_joined_by_and_describe_one_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Japanese journalist and author Hiro Aida said the timing of the remark made it seem "
        "particularly insensitive.",
        "“We need a real debate,” said documentary maker and former teacher Ines Volkova.",
    )
    assert (
        one(quotes, "the timing of the remark made it seem particularly insensitive.").speaker
        == "Hiro Aida"
    )
    assert one(quotes, "We need a real debate,").speaker == "Ines Volkova"


def test_a_title_abbreviation_before_and_a_second_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“He is reprising that role,” said former Pennsylvania Gov. and Democratic National "
        "Committee Chairman Ed Rendell.",
        "“It is about turnout,” said former Gov. and longtime party chairman Bill Ostrowski.",
    )
    assert one(quotes, "He is reprising that role,").speaker == "Ed Rendell"
    assert one(quotes, "It is about turnout,").speaker == "Bill Ostrowski"


def test_two_people_joined_by_and_stay_two(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maria Lopez and Tom Baird run the shop.",
        "Lopez and Baird said the rent had doubled.",
    )
    assert one(quotes, "the rent had doubled.").speaker == "Maria Lopez and Tom Baird"


def test_for_inside_a_body_name_before_a_role_and_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Americans for Prosperity President Tim Phillips said the group would spend heavily.",
        "“They have to decide whether to feed themselves,” Fight for $15 organizing director "
        "Kendall Fells told a local station.",
    )
    assert one(quotes, "the group would spend heavily.").speaker == "Tim Phillips"
    assert one(quotes, "They have to decide whether to feed themselves,").speaker == "Kendall Fells"


def test_for_inside_a_body_with_no_person_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Neera Tanden, head of the Center for American Progress, recounted a conversation she "
        "had at a dinner.",
    )
    assert one(quotes, "a conversation she had at a dinner.").speaker == "Neera Tanden"


def test_a_second_subject_named_after_a_role(make_article: Make) -> None:
    got = reported(
        make_article,
        "Sen. Amos Redfield and former Halden governor Martin Okoye suggested that the plan "
        "would be too costly.",
    )
    assert got == [("the plan would be too costly.", "Amos Redfield and Martin Okoye")]


def test_a_second_role_of_the_same_person_is_not_a_second_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "Okoye, the former governor of Halden and former mayor of Port Ellery, stressed his "
        "executive experience and his climate plan.",
    )
    assert [who for _, who in got] == ["Okoye"]


def test_shot_back_reports(make_article: Make) -> None:
    got = reported(make_article, "Mayor Ada Brill shot back that the council had never asked.")
    assert got == [("the council had never asked.", "Ada Brill")]


def test_a_report_in_a_clause_after_after(make_article: Make) -> None:
    got = reported(
        make_article,
        "The silence comes two days after the Harbour Post said it would cover the race as news.",
    )
    assert got == [("it would cover the race as news.", "Harbour Post")]


def test_as_an_outlet_reported_after_however(make_article: Make) -> None:
    got = reported(
        make_article,
        "However, as the Harbour Post has reported, three of the cases ended in fines.",
    )
    assert got == [("three of the cases ended in fines.", "Harbour Post")]

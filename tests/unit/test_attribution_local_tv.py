"""US local TV and newspaper shapes found by a blind probe suite (mix10): roles written before
names ("Trustee Melinda Yates", "Neighbor Carl Metzger"), ranks as roles ("Lt. Aaron Pruitt" …
"the lieutenant"), a party-state tag that is no name, "the Rev. X, pastor of Y Church", a role,
a person and their body ("The developer, Rajesh Kapoor of Kapoor Hospitality Group"), a
surname inside a person's name that is no mention of a body, and a group's name for a thing."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_roles_written_before_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Trustee Melinda Yates cited research on sleep. Neighbor Carl Metzger said the building "
        "had been empty for years.",
        "“We keep saying we follow the science,” Trustee Yates said.",
    )
    assert one(quotes, "We keep saying we follow the science,").speaker == "Melinda Yates"
    assert ("the building had been empty for years.", "Carl Metzger") in reported(
        make_article, "Neighbor Carl Metzger said the building had been empty for years."
    )


def test_a_rank_before_a_name_is_the_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lt. Aaron Pruitt of the Kenwood Fire Department pulled the boy out, said Fire Chief "
        "Monica Haverford.",
        "“I just kept talking to him,” the lieutenant said Monday.",
    )
    assert one(quotes, "I just kept talking to him,").speaker == "Aaron Pruitt"


def test_a_party_state_tag_is_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Our drivers deserve to know the law has their backs,” said state Rep. Luanne Fisk, "
        "R-Harlow, who filed the bill Tuesday.",
    )
    assert one(quotes, "Our drivers deserve to know the law has their backs,").speaker == (
        "Luanne Fisk"
    )


def test_a_pastor_is_not_his_church(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You don't wait for the insurance adjuster,” said the Rev. Marcus Oduya, pastor of "
        "Greater Hope Missionary Baptist Church, who organized the effort.",
    )
    assert one(quotes, "You don't wait for the insurance adjuster,").speaker == "Marcus Oduya"


def test_a_role_a_person_and_their_body(make_article: Make) -> None:
    got = reported(
        make_article,
        "The developer, Rajesh Kapoor of Kapoor Hospitality Group, said the hotel will include a "
        "rooftop restaurant.",
    )
    assert got == [("the hotel will include a rooftop restaurant.", "Rajesh Kapoor")]


def test_a_groups_name_for_a_thing_is_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Residents have long called the stretch of Highway 14 between Cobb Road and the river "
        "bridge “the Mile of Death.” Eleven people have died there.",
        "What some residents were calling “Snowmageddon” brought three inches.",
    )
    assert one(quotes, "the Mile of Death.").kind is QuoteKind.SCARE
    assert one(quotes, "Snowmageddon").kind is QuoteKind.SCARE


def test_a_groups_words_about_a_thing_stay_theirs(make_article: Make) -> None:
    quotes = found(
        make_article, "Residents called the plan “a disaster for the neighborhood” on Monday."
    )
    assert one(quotes, "a disaster for the neighborhood").kind is QuoteKind.PARTIAL


def test_a_channel_number_in_a_role_before_a_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Another band of snow is expected Wednesday night, according to KQRT 7 Chief "
        "Meteorologist Dan Ebersole.",
    )
    assert [who for _, who in got] == ["Dan Ebersole"]

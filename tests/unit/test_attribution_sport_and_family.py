"""Sport's words for its roles ("the skipper" is the captain, "the Tullyvane boss" its manager,
"the hooker"), a relative named by a first name after the person they are kin to ("Her husband,
Walt," is Walt Tapper), and a passive verb that is no cue ("after the winner was declared")."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.mentions import build_cast


def test_the_skipper_is_the_captain(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tarrenbrook captain Ollie Fenwick struck an unbeaten 112 as his side chased down 268.",
        "Fenwick came in at 41 for three after seamer Ravi Chaudhry removed both openers.",
        "'Ravi bowled beautifully up top and we were under the pump,' said the skipper.",
    )
    assert one(quotes, "Ravi bowled beautifully up top and we were under the pump,").speaker == (
        "Ollie Fenwick"
    )


def test_the_boss_is_the_manager_and_a_position_names_its_player(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rathkeel boss Noel Garvey said his side had nothing left. Ballinvar manager Pádraig "
        "Lenihan watched from the stand.",
        "Hooker Jack Penhaligon returns from injury this week.",
        "'We'll enjoy tonight,' said the Ballinvar boss. 'No,' the hooker replied.",
    )
    assert one(quotes, "No,").speaker == "Jack Penhaligon"
    assert one(quotes, "We'll enjoy tonight,").speaker == "Pádraig Lenihan"  # not Rathkeel's


def test_a_relative_named_by_a_first_name_shares_the_surname() -> None:
    text = (
        "“He talked a lot and said very little,” said Rosalind Tapper, 71. Her husband, Walt, "
        "disagreed. His brother, Len Strand, did not."
    )
    cast = build_cast(text, {})
    assert cast.entities["Walt Tapper"].gender == "male"
    assert cast.canonical("Walt") == "Walt Tapper"
    assert "Len Strand Strand" not in cast.entities


def test_mr_and_the_surname_find_the_husband(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“He talked a lot and said very little,” said Rosalind Tapper, 71, a retired "
        "schoolteacher. Her husband, Walt, disagreed.",
        "“He’s the only one who mentioned the mills,” said Mr. Tapper, 74.",
    )
    assert one(quotes, "He’s the only one who mentioned the mills,").speaker == "Walt Tapper"


def test_a_passive_verb_is_no_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hillary Clinton lost the primary to Bernie Sanders.",
        "Clinton, who called Sanders shortly after the winner was declared, told her "
        "supporters, “I still love New Hampshire, and I always will.”",
    )
    assert one(quotes, "I still love New Hampshire, and I always will.").speaker == (
        "Hillary Clinton"
    )

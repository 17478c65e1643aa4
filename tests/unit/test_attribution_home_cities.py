"""A person called by their home city or region: "Dublin-born Aoife Kehoe" then "the Dubliner";
the place word before a name is no part of the name, and belongs only to its own phrase."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_city_demonym_names_the_one_born_there(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dublin-born winger Aoife Kehoe scored twice as Harbour Athletic beat Stonebridge 3-1. "
        "Manager Colm Brady, who grew up in Galway, praised her.",
        "“It felt like the old days,” the Dubliner said.",
    )
    quote = one(quotes, "It felt like the old days,")
    assert quote.speaker == "Aoife Kehoe"


def test_irregular_demonyms_and_regions(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Glasgow-born actor Rory McPhail will play Macbeth next spring, the Lyric said. "
        "Belfast-born Niall Quigley, who directs, called him “the obvious choice”.",
        "“I have waited thirty years for this,” the Glaswegian said.",
        "“He was always going to say yes,” the Ulsterman said.",
    )
    assert one(quotes, "I have waited thirty years for this,").speaker == "Rory McPhail"
    assert one(quotes, "He was always going to say yes,").speaker == "Niall Quigley"


def test_a_birthplace_or_nationality_before_a_name_is_not_part_of_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "New Zealander Mere Tapsell won the stage from London-born Owen Price.",
        "“The last climb hurt,” Tapsell said. “Ask me tomorrow,” Price said.",
    )
    assert one(quotes, "The last climb hurt,").speaker == "Mere Tapsell"
    assert one(quotes, "Ask me tomorrow,").speaker == "Owen Price"


def test_a_place_word_belongs_to_its_own_phrase(make_article: Make) -> None:
    """ "the Texas senator and Dana Pruitt" gives Pruitt no Texas: the Texan is the governor."""
    quotes = found(
        make_article,
        "Former Texas Gov. Wade Colby endorsed the senator on Sunday, saying the race had come "
        "down to the Texas senator and Dana Pruitt.",
        "“Those were skilled governors, every one,” the Texan said.",
    )
    assert one(quotes, "Those were skilled governors, every one,").speaker == "Wade Colby"

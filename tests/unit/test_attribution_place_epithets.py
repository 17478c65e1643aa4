"""People called by a place no list holds ("the Kerryman", "the Nova Scotian") or by a place and a
noun ("the Haryana youngster", "the Navy veteran"), and capitalised words after "the" that are
no one's name (blind suite mix32, 2026-12-03)."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.mentions import build_cast


def test_a_demonym_no_list_holds_is_the_report_s_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mícheál Scanlon will partner Copper Kettle on Sunday, trainer Nuala Brosnan has "
        "confirmed.",
        "“I haven’t stopped enjoying it yet,” the Kerryman said.",
    )
    assert one(quotes, "I haven’t stopped enjoying it yet,").speaker == "Mícheál Scanlon"


def test_a_place_and_a_noun_is_the_one_described_from_there(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ankit Malik, the 21-year-old from Haryana, won gold on Sunday. Defending champion "
        "Sandeep Rathi finished second.",
        "“I was only thinking about my run-up,” the Haryana youngster said.",
    )
    quote = one(quotes, "I was only thinking about my run-up,")
    assert quote.speaker == "Ankit Malik"
    assert "places there" in quote.reason


def test_a_demonym_at_a_sentence_start_is_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Heather MacIsaac and her rink will represent Canada after beating Kendra Voss 7-5.",
        "The Nova Scotian made a draw to the button with her last stone.",
        "“Never with this many people watching,” the Nova Scotian said.",
    )
    assert one(quotes, "Never with this many people watching,").speaker == "Heather MacIsaac"


def test_an_office_and_a_state_is_not_whoever_the_report_is_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Donald Trump won the primary on Tuesday. Ted Cruz finished second.",
        "“It was a long night,” the Texas senator said.",
    )
    assert one(quotes, "It was a long night,").speaker != "Donald Trump"


def test_a_name_after_the_is_a_person_only_as_a_modifier() -> None:
    cast = build_cast(
        "It began when the Bernie Sanders presidential campaign challenged her. The Nova "
        "Scotian made a draw.",
        {},
    )
    people = {e.name for e in cast.entities.values() if e.kind == "person"}
    assert people == {"Bernie Sanders"}


def test_a_demonym_before_a_name_is_no_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Aucklander Mele Taufa has become the first Tongan-born woman appointed a District Court "
        "judge. Attorney-General David Rennie praised her.",
        "“This is hers as much as mine,” the Aucklander said.",
    )
    assert one(quotes, "This is hers as much as mine,").speaker == "Mele Taufa"

"""Legislative, business and sports shapes found by a blind probe suite (mix9): a capitalised run
longer than six words before a name, "Minister of X and Y" before the name, peers' titles,
"Opener X", a company's CEO in apposition, a term the media nicknamed, and a report in a
"though she has said" clause."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_a_long_run_of_capitals_before_a_name_keeps_the_name_whole(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senate Armed Services Committee Chairman Royce Delacroix said Tuesday he would block "
        "the request.",
        "“Show me the replacement,” the chairman said.",
    )
    assert one(quotes, "Show me the replacement,").speaker == "Royce Delacroix"


def test_minister_of_two_fields_then_the_name(make_article: Make) -> None:
    got = reported(
        make_article,
        "Introducing the bill, Minister of Electronics and Information Technology Harish Vardhan "
        "Pillai said the amendments were necessary.",
    )
    assert got == [("the amendments were necessary.", "Harish Vardhan Pillai")]


def test_a_peer_is_named_without_her_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Peers backed an amendment tabled by the crossbench peer Baroness Imelda Okafor-Grant.",
        "“Nobody in this chamber is against catching criminals,” she told peers.",
    )
    assert one(quotes, "Nobody in this chamber is against catching criminals,").speaker == (
        "Imelda Okafor-Grant"
    )


def test_a_playing_role_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Opener Jordan Tilbrook says he has no regrets about the shot.",
        "“I'd play it again tomorrow,” Tilbrook told reporters.",
    )
    assert one(quotes, "I'd play it again tomorrow,").speaker == "Jordan Tilbrook"


def test_a_companys_ceo_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shares jumped after the deal. Halberd's CEO, Wesley Traynor, called the deal "
        "“transformational.”",
    )
    assert one(quotes, "transformational.").speaker == "Wesley Traynor"


def test_a_nickname_the_media_gave_is_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister Colette Brideau says Ottawa will appoint a mediator to end the dispute, a "
        "standoff local media have nicknamed the “Claw War.”",
    )
    assert one(quotes, "Claw War.").kind is QuoteKind.SCARE


def test_a_report_in_a_though_clause(make_article: Make) -> None:
    got = reported(
        make_article,
        "Sen. Ingrid Solberg has largely backed the chairman, though she has said she is open to "
        "a phased retirement.",
    )
    assert ("she is open to a phased retirement.", "Ingrid Solberg") in got


def test_insisted_on_doing_something_is_no_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "Lena Marsh arrived early. From the first day, when she insisted on paying her own bill, "
        "Marsh has understood the power of gesture.",
    )
    assert all(not text.startswith("on paying") for text, _ in got)


def test_an_office_of_a_person_before_and_stays_two_people(make_article: Make) -> None:
    got = reported(
        make_article, "Secretary of State Jane Doe and Senator Tim Kaine said the deal was done."
    )
    assert got == [("the deal was done.", "Jane Doe and Tim Kaine")]

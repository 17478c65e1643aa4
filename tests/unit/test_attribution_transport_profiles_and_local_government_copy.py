"""Transport, profile and local-government copy (blind suites mix167-169): "who heads the union"
is the union leader, a daughter in a closed apposition is a woman whatever the name lists say,
men's names the lists lack or mistake, a brief in brackets before a name, "with the X
Association chairman Y saying", a role of three words after "and", and "raised fares" or
"raised $15 million" that report no one's words."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_who_heads_the_union_is_the_union_leader(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Workers voted to strike, according to Park Ji-hoon, who heads the plant's union.",
        "The company's head of human resources, Park Eun-ji, said the offer was generous.",
        '"Money is not the only issue. Safety is," the union leader said.',
    )
    assert one(quotes, "Money is not the only issue. Safety is,").speaker == "Park Ji-hoon"


def test_a_daughter_in_apposition_and_a_title_between_two_of_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Khanh Tran opened his bakery in 1989. His daughter, Linh Tran, grew up in its back room.",
        '"Same flour, same oven," said Mr Tran. Ms Tran, who runs it now, said, "People come '
        'from all over the city now."',
    )
    assert one(quotes, "People come from all over the city now.").speaker == "Linh Tran"
    quotes = found(
        make_article,
        'Corporator Ramesh Deshmukh blamed the ward office. "It is all on paper," he said.',
        'Ward officer Sunita Deshmukh rejected the charge. "The drain was cleared in April," '
        "said Ms Deshmukh.",
    )
    assert one(quotes, "The drain was cleared in April,").speaker == "Sunita Deshmukh"


def test_a_brief_in_brackets_and_an_associations_chairman_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Railway Board member (traction) Alok Srivastava said on Friday that the board had "
        "sanctioned the doubling of the line.",
        "Bus operators have raised fares by Sh30, with the Nyandarua Bus Owners Association "
        "chairman Joseph Kariuki Mwangi saying the increase was unavoidable.",
    )
    assert report_opening(quotes, "the board had sanctioned").speaker == "Alok Srivastava"
    assert report_opening(quotes, "the increase was unavoidable").speaker == (
        "Joseph Kariuki Mwangi"
    )
    assert not [q for q in quotes if q.text.startswith("fares by")]


def test_a_long_role_after_and_and_money_raised(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State housing and local government committee chairman Datuk Seri Azlan Rahim stressed "
        "that no new homes would be approved on the hill.",
        "Delivery start-up Kedai Kita raised $15 million in a funding round led by a local fund.",
    )
    assert report_opening(quotes, "no new homes").speaker == "Azlan Rahim"
    assert not [q for q in quotes if q.kind is QuoteKind.INDIRECT and q.text.startswith("$15")]


def test_a_father_cuts_in_and_a_habit_of_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nia Corran and her father, Gwilym Corran, have made cider since 2012.",
        "'I thought I'd do the accounts,' Nia says. 'You volunteered,' her father cuts in. 'I "
        "remember it well.'",
        "'Never lend a book you want back,' he used to tell customers, she recalls. 'He was a "
        "terrible salesman,' she says.",
    )
    assert one(quotes, "You volunteered,").speaker == "Gwilym Corran"
    assert one(quotes, "I remember it well.").speaker == "Gwilym Corran"
    assert one(quotes, "Never lend a book you want back,").speaker == "Gwilym Corran"

"""Shapes from blind suites mix99 and mix100 (business wires, sport): a capitalised word ends
where its letters do ("Trade Ministry spokesman X", never "Trade Ministr"), Vietnamese letters,
"Briton X" (and "Dane Whitford", "Finn Russell" are names), "The complaint came from X",
"after X, an analyst at Y, wrote in a note to clients that", and what reports nothing: "pressed
Ms Okafor on deaths", "wrote it a cheque"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_a_word_is_never_cut_inside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The border has been closed since March.",
        '"The crossing will reopen once both sides agree," said Trade Ministry spokesman Aziz '
        "Rahimov.",
        '"Orders from America have stopped," said Trần Thị Mai, who runs a sewing workshop.',
    )
    assert one(quotes, "The crossing will reopen once both sides agree,").speaker == "Aziz Rahimov"
    assert one(quotes, "Orders from America have stopped,").speaker == "Trần Thị Mai"


def test_a_nationality_before_a_name_and_names_that_look_like_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The final was run in the rain.",
        "“I did not look at the clock once,” said Briton Faith Wanjiru Mellor.",
        '"See ball, hit ball," Dane Whitford said.',
        '"We kept going," said Finn Russell.',
    )
    assert one(quotes, "I did not look at the clock once,").speaker == "Faith Wanjiru Mellor"
    assert one(quotes, "See ball, hit ball,").speaker == "Dane Whitford"
    assert one(quotes, "We kept going,").speaker == "Finn Russell"


def test_the_complaint_came_from(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Instead we are the first thing cut when budgets get tight.” The complaint came from "
        "Amelia Hartwell, founder of Greenhythe Growers, after the grant scheme was cut.",
    )
    said = one(quotes, "Instead we are the first thing cut when budgets get tight.")
    assert said.speaker == "Amelia Hartwell"


def test_a_note_to_clients_in_a_later_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shares fell 9% on Friday after Tobias Lindgren, an analyst at Kvarnholm Bank, wrote in a "
        "note to clients that the company's free cash flow would turn negative.",
    )
    report = report_opening(quotes, "the company's free cash flow")
    assert report.speaker == "Tobias Lindgren"


def test_questions_pressed_and_cheques_written_report_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The sharpest exchange came when Rebecca Thwaite, the MP for Wrenford North, pressed Ms "
        "Okafor on deaths.",
        "Zhao Ruolan's company was turned down by 40 investors before Guo Pengfei, a former steel "
        "trader, wrote it a cheque in 2019.",
    )
    assert not [q for q in quotes if q.kind is QuoteKind.INDIRECT]

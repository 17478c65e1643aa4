"""Questions put and answered, names of works and bodies, and the words someone liked to use:
a product "called the “Longhand”", "— Tallis Devices press release", "Drevania's Ministry of …",
"which she liked to call “…”", "who worked alongside her"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import ParagraphKind, QuoteKind
from reader.core.pipeline import analyse


def test_the_candidate_asked_replies_not_the_moderator_who_asked(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Sen. Marisol Greaves said she would cut the payroll tax. She said it twice.",
        "The moderator, Janelle Whitford, pressed the candidates on taxes.",
        "“Senator, you voted for that package. Which vote should people believe?” Whitford asked.",
        "“The one I’d take back,” she replied.",
    )
    assert one(quotes, "The one I’d take back,").speaker == "Marisol Greaves"


def test_a_name_given_with_called_the_is_a_title_not_anyones_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tallis Devices unveiled a new e-reader called the “Longhand,” a colour-screen device "
        "with a pen, on Tuesday.",
    )
    longhand = one(quotes, "Longhand,")
    assert (longhand.kind, longhand.speaker) == (QuoteKind.TITLE, None)


def test_a_press_release_signs_a_block_quote_for_its_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tallis Devices makes e-readers in Oregon.",
        "“Longhand is the first e-reader designed for people who think with a pen.” "
        "— Tallis Devices press release",
        kinds={1: ParagraphKind.BLOCKQUOTE},
    )
    assert [(q.kind, q.speaker) for q in quotes] == [(QuoteKind.BLOCK, "Tallis Devices")]


def test_a_countrys_ministry_is_the_ministry(make_article: Make) -> None:
    got = reported(
        make_article,
        "Drevania's Ministry of Water Resources and Irrigation said in a statement that the "
        "river's flow at the frontier had fallen by a third.",
    )
    assert got[0][1] == "Ministry of Water Resources and Irrigation"


def test_what_she_liked_to_call_it_is_her_phrase_inside_his_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Edith Marrow, a bridge engineer, died on Sunday. She was 88. Her son, Daniel Marrow, "
        "said the cause was heart failure.",
        "She had been working until last autumn, he said, on notes about the Tiller Street "
        "Bridge, which she designed in 1971 and liked to call “the one nobody thanks me for.”",
    )
    assert one(quotes, "the one nobody thanks me for.").speaker == "Edith Marrow"


def test_her_in_a_who_clause_about_a_man_makes_him_no_woman(make_article: Make) -> None:
    article = make_article(
        "Edith Marrow led the bridge group for twenty years.",
        "“She redesigned the deck in six weeks,” said Leonard Tapsell, 84, who worked alongside "
        "her at the firm for 26 years.",
    )
    genders = {s.name: s.gender for s in analyse(article).speakers}
    assert genders["Leonard Tapsell"] != "female"


def test_she_said_after_someone_pressed_her_is_the_one_pressed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Sen. Marisol Greaves promised new hospital wards. She said they were overdue.",
        "The moderator, Janelle Whitford, a former news anchor, turned to health care.",
        "Whitford pressed her on how she would pay for the wards, noting that Greaves had also "
        "pledged not to raise the income tax.",
        "“We pay for it by ending the giveaways,” she said.",
    )
    assert one(quotes, "We pay for it by ending the giveaways,").speaker == "Marisol Greaves"


def test_a_tagline_is_the_words_of_whoever_markets_under_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tallis Devices unveiled an e-reader on Tuesday.",
        "The company is marketing the Longhand under the tagline “Your books, in your hand,” a "
        "nod to the pen.",
    )
    assert one(quotes, "Your books, in your hand,").speaker == "Tallis Devices"

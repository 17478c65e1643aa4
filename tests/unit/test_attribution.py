"""Attribution, first version: the common cue patterns, name resolution and continuations."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, one

from reader.core.model import Analysis, ParagraphKind, QuoteKind
from reader.core.pipeline import analyse

INTRO = "Amara Osei, a former trade envoy in Brussels, has watched the port for years."


quotes = found
by_text = one


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        ("“The cranes are idle,” Amara Osei said.", "The cranes are idle,"),
        ('"The cranes are idle," Amara Osei said.', "The cranes are idle,"),
        ("Amara Osei said, “The cranes are idle.”", "The cranes are idle."),
        ("Amara Osei said: “The cranes are idle.”", "The cranes are idle."),
        (
            "“The cranes are idle,” said Amara Osei of the Lagos Policy Forum.",
            "The cranes are idle,",
        ),
        ("As Amara Osei puts it, “The cranes are idle.”", "The cranes are idle."),
        (
            "Amara Osei told me that “the cranes are idle and nobody cares.”",
            "the cranes are idle and nobody cares.",
        ),
        ("According to Amara Osei, “the cranes are idle.”", "the cranes are idle."),
    ],
)
def test_common_patterns_name_the_speaker(make_article: Make, sentence: str, quoted: str) -> None:
    quote = by_text(quotes(make_article, sentence), quoted)
    assert quote.speaker == "Amara Osei"
    assert quote.reason and quote.confidence >= 0.8


def test_surname_resolves_to_the_full_name_introduced_earlier(make_article: Make) -> None:
    found = quotes(make_article, INTRO, "“The cranes are idle,” Osei said.")
    assert by_text(found, "The cranes are idle,").speaker == "Amara Osei"
    assert by_text(found, "The cranes are idle,").mention == "Osei"


def test_title_and_surname(make_article: Make) -> None:
    found = quotes(
        make_article, "Ingrid Lindgren runs the clinic.", "“We are full,” Dr. Lindgren said."
    )
    assert by_text(found, "We are full,").speaker == "Ingrid Lindgren"


def test_pronoun_goes_to_the_last_named_person_of_that_gender(make_article: Make) -> None:
    found = quotes(
        make_article,
        "Amara Osei has led the forum since 2019. She founded it with her brother.",
        "Ken Ito disagreed. He said the port would recover.",
        "“The cranes are idle,” she said. “Not for long,” he replied.",
    )
    assert by_text(found, "The cranes are idle,").speaker == "Amara Osei"
    assert by_text(found, "Not for long,").speaker == "Ken Ito"
    assert "she" in by_text(found, "The cranes are idle,").reason


def test_unattributed_quote_after_an_attributed_one_continues_it(make_article: Make) -> None:
    found = quotes(
        make_article, INTRO + " “The cranes are idle,” Osei said. “Nobody is coming back.”"
    )
    assert by_text(found, "Nobody is coming back.").speaker == "Amara Osei"
    assert "continues" in by_text(found, "Nobody is coming back.").reason


def test_quote_paragraph_after_a_quote_paragraph_continues_it(make_article: Make) -> None:
    found = quotes(
        make_article, INTRO, "“The cranes are idle,” Osei said.", "“Nobody is coming back.”"
    )
    assert by_text(found, "Nobody is coming back.").speaker == "Amara Osei"


def test_quote_left_open_runs_into_the_next_paragraph(make_article: Make) -> None:
    found = quotes(
        make_article,
        INTRO,
        "“The cranes are idle,” Osei said. “We waited all year",
        "“and then we left.”",
    )
    assert by_text(found, "We waited all year").speaker == "Amara Osei"
    assert by_text(found, "and then we left.").speaker == "Amara Osei"
    assert by_text(found, "and then we left.").kind is QuoteKind.DIRECT


def test_description_and_venue_are_kept(make_article: Make) -> None:
    analysis = analyse(make_article(INTRO, "“The cranes are idle,” Osei told Reuters."))
    quote = by_text(analysis.quotes, "The cranes are idle,")
    assert quote.venue == "Reuters"
    speaker = analysis.speaker("Amara Osei")
    assert speaker is not None and "a former trade envoy in Brussels" in speaker.descriptions


def test_of_phrase_is_a_description(make_article: Make) -> None:
    analysis = analyse(make_article("“We are not giving up,” said Ken Ito of the Lowy Institute."))
    speaker = analysis.speaker("Ken Ito")
    assert speaker is not None and "of the Lowy Institute" in speaker.descriptions


def test_told_the_paper_resolves_to_the_outlet_named_earlier(make_article: Make) -> None:
    found = quotes(
        make_article,
        "Ken Ito has written for the Harbour Gazette for a decade.",
        "“We are not giving up,” Ito told the paper.",
    )
    assert by_text(found, "We are not giving up,").venue == "Harbour Gazette"


def test_told_me_is_the_writer(make_article: Make) -> None:
    found = quotes(make_article, INTRO, "“The cranes are idle,” Osei told me.")
    assert by_text(found, "The cranes are idle,").venue == "me"


def test_partial_quote_takes_the_sentence_subject(make_article: Make) -> None:
    found = quotes(make_article, INTRO, "Osei called the plan “a slow-motion mistake.”")
    quote = by_text(found, "a slow-motion mistake.")
    assert (quote.kind, quote.speaker) == (QuoteKind.PARTIAL, "Amara Osei")


@pytest.mark.parametrize(
    "sentence",
    ["The so-called “efficiency savings” never came.", "It was a “reform” nobody asked for."],
)
def test_scare_quotes_have_no_speaker(make_article: Make, sentence: str) -> None:
    found = quotes(make_article, INTRO, sentence)
    scare = [q for q in found if q.kind is QuoteKind.SCARE]
    assert len(scare) == 1 and scare[0].speaker is None


def test_quoted_title_is_a_title(make_article: Make) -> None:
    found = quotes(make_article, "The union published a report titled “Ports in a Storm” in May.")
    assert [(q.kind, q.speaker) for q in found] == [(QuoteKind.TITLE, None)]


def test_organisation_in_a_statement(make_article: Make) -> None:
    found = quotes(
        make_article,
        "The Ministry of Transport has not commented on the dispute.",
        "“We are reviewing the proposal,” the ministry said in a statement.",
    )
    quote = by_text(found, "We are reviewing the proposal,")
    assert quote.speaker == "Ministry of Transport"
    assert quote.venue is None
    assert "in a statement" in quote.reason


def test_unnamed_source_is_not_a_speaker(make_article: Make) -> None:
    found = quotes(make_article, "“It will not work,” officials said.")
    assert found[0].speaker is None and found[0].mention == "officials"


def test_block_quote_with_attribution_line(make_article: Make) -> None:
    article = make_article(
        "Osei wrote to the board.",
        "We cannot wait another winter. — Amara Osei, Lagos Policy Forum",
        kinds={1: ParagraphKind.BLOCKQUOTE},
    )
    found = analyse(article).quotes
    assert [(q.kind, q.text, q.speaker) for q in found] == [
        (QuoteKind.BLOCK, "We cannot wait another winter.", "Amara Osei")
    ]


def test_reported_speech(make_article: Make) -> None:
    found = quotes(
        make_article, INTRO, "Osei said that the port would reopen by March at the latest."
    )
    quote = next(q for q in found if q.kind is QuoteKind.INDIRECT)
    assert quote.speaker == "Amara Osei"
    assert quote.text.startswith("the port would reopen")


def test_every_quote_lies_inside_its_sentences(make_article: Make) -> None:
    analysis: Analysis = analyse(
        make_article(INTRO, "“A,” Osei said. “B and C.”", "Osei said the port is shut.")
    )
    for quote in analysis.quotes:
        first, last = (
            analysis.sentences[quote.sentence_ids[0]],
            analysis.sentences[quote.sentence_ids[-1]],
        )
        assert first.start <= quote.start < quote.end <= last.end
        assert analysis.article.text[quote.start : quote.end] == quote.text

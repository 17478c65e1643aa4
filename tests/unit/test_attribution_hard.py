"""The hard cases of issue 3, one test each: marks, kinds, cues, resolution, continuations."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, marked, one

from reader.core.model import ParagraphKind, QuoteKind
from reader.core.pipeline import analyse

OSEI = "Amara Osei, a former trade envoy in Brussels, runs the forum. She founded it in 2019."


# Quote marks


def test_british_single_quotes_and_apostrophes(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Priya Shah chairs the residents' association in Dublin's docklands.",
        "'We don't want the '90s back,' said Priya Shah. 'Rock 'n' roll was fine.'",
        "She called the plan 'a fig leaf' in the workers' canteen.",
    )
    assert marked(quotes) == [
        "We don't want the '90s back,",
        "Rock 'n' roll was fine.",
        "a fig leaf",
    ]
    assert {q.speaker for q in quotes if q.kind is not QuoteKind.INDIRECT} == {"Priya Shah"}


def test_double_quotes_nested_in_british_singles_are_not_quotes_of_their_own(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "'When they say \"affordable\", they mean something else,' said Priya Shah.",
        "'It is not,' she added. 'Not at all.'",
    )
    assert marked(quotes)[0] == 'When they say "affordable", they mean something else,'
    assert all(q.kind is not QuoteKind.SCARE for q in quotes)


def test_nyt_two_apostrophes_close_and_open(make_article: Make) -> None:
    quotes = found(make_article, "''We are not done,'' said Ken Ito. Ito added, ''not by a mile.''")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We are not done,", "Ken Ito"),
        ("not by a mile.", "Ken Ito"),
    ]


def test_a_nyt_quote_in_the_sentence_before_is_not_a_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dana Hughes runs the shop. The Arden Institute for Economics published a study.",
        "''Twenty years ago, it was booming,'' Ms. Hughes said, pointing at the empty units. "
        "''Those days are not coming back.''",
    )
    assert one(quotes, "Those days are not coming back.").speaker == "Dana Hughes"


def test_unclosed_quote_runs_into_the_reopened_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        OSEI,
        "“We waited all winter,” Osei said. “Then spring",
        "“came, and nothing.”",
    )
    assert one(quotes, "came, and nothing.").speaker == "Amara Osei"


def test_unbalanced_opening_mark_ends_at_the_next_quote(make_article: Make) -> None:
    quotes = found(make_article, OSEI + " “It was over. “We knew it,” she said.")
    assert one(quotes, "We knew it,").speaker == "Amara Osei"
    assert one(quotes, "It was over.").kind is QuoteKind.DIRECT


# Kinds


def test_partial_scare_and_title_kinds(make_article: Make) -> None:
    quotes = found(
        make_article,
        OSEI,
        "Osei called the levy “a tax on hope.”",
        "Officials praised the so-called “efficiency savings”.",
        "Her report, titled “Ports in a Storm”, came out in May.",
    )
    assert (one(quotes, "a tax on hope.").kind, one(quotes, "a tax on hope.").speaker) == (
        QuoteKind.PARTIAL,
        "Amara Osei",
    )
    assert (one(quotes, "efficiency savings").kind, one(quotes, "efficiency savings").speaker) == (
        QuoteKind.SCARE,
        None,
    )
    assert (one(quotes, "Ports in a Storm").kind, one(quotes, "Ports in a Storm").speaker) == (
        QuoteKind.TITLE,
        None,
    )


def test_block_quote_attributed_by_a_lead_in(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a letter to the committee, Dr. Anil Mehta wrote:",
        "The water is safe to drink. The pipes are not.",
        kinds={1: ParagraphKind.BLOCKQUOTE},
    )
    assert [(q.kind, q.speaker) for q in quotes] == [(QuoteKind.BLOCK, "Anil Mehta")]


def test_qa_answers_belong_to_the_interviewee(make_article: Make) -> None:
    quotes = found(
        make_article,
        "We put three questions to Rosalind Tully after the vote.",
        "Q: Why sell the depot?",
        "A: We looked at every other option for two years.",
    )
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        (QuoteKind.QA, "We looked at every other option for two years.", "Rosalind Tully")
    ]


def test_the_interviewee_is_the_person_not_a_capitalised_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marguerite Salt has written nine novels.",
        "I put five questions to Salt in the green room of the Methodist hall on Saturday.",
        "Q: What are you writing now?",
        "A: A book about gardens. I've discovered that I know nothing whatsoever about them.",
    )
    assert [(q.kind, q.speaker) for q in quotes] == [(QuoteKind.QA, "Marguerite Salt")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Osei said that the port would reopen in March.", "the port would reopen in March."),
        (
            "Osei warned that the levy would fail within a year.",
            "the levy would fail within a year.",
        ),
        ("According to Osei, the port lost money every year.", "the port lost money every year."),
        ("The port lost money every year, according to Osei.", "The port lost money every year"),
        ("Osei has denied that she knew about the contract.", "she knew about the contract."),
    ],
)
def test_reported_speech(make_article: Make, sentence: str, content: str) -> None:
    quotes = found(make_article, OSEI, sentence)
    indirect = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert [(q.text, q.speaker) for q in indirect] == [(content, "Amara Osei")]


# Cues and speakers


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The cranes are idle,” Osei said.",
        "“The cranes are idle,” said Osei.",
        "Osei said: “The cranes are idle.”",
        "As Osei put it, “The cranes are idle.”",
        "In Osei’s words, “The cranes are idle.”",
        "Osei’s verdict was blunt: “The cranes are idle.”",
        "Osei insisted, “The cranes are idle.”",
        "Osei pointed out that “the cranes are idle.”",
    ],
)
def test_cue_patterns(make_article: Make, paragraph: str) -> None:
    quotes = found(make_article, OSEI, paragraph)
    assert [q.speaker for q in quotes if q.kind is not QuoteKind.INDIRECT] == ["Amara Osei"]


def test_speaker_named_only_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article, "“You cannot un-dig a hole.”", "That, at least, is how Mara Voss sees it."
    )
    assert one(quotes, "You cannot un-dig a hole.").speaker == "Mara Voss"


def test_organisations_and_spokespeople(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Halden Sound Ferries runs the crossing, and the Maritime Safety Board inspects it.",
        "“We are reviewing every vessel,” the company said in a statement.",
        "A spokeswoman for the safety board said the review was routine."
        " “It is routine,” she said.",
    )
    assert one(quotes, "We are reviewing every vessel,").speaker == "Halden Sound Ferries"
    assert one(quotes, "It is routine,").speaker == "Maritime Safety Board"


def test_venues(make_article: Make) -> None:
    quotes = found(
        make_article,
        OSEI + " She wrote for the Harbour Gazette for years.",
        "“It is over,” Osei told Reuters. “It was over,” she told the paper. “Done,” she told me.",
    )
    assert [q.venue for q in quotes if q.kind is not QuoteKind.INDIRECT] == [
        "Reuters",
        "Harbour Gazette",
        "me",
    ]


def test_title_and_surname_and_two_people_sharing_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dana Reyes teaches in Port Anselm; her husband, Luis Reyes, runs a hardware store.",
        "“He will complain the whole way,” Ms. Reyes said.",
        "“I will not,” Mr. Reyes said.",
    )
    assert one(quotes, "He will complain the whole way,").speaker == "Dana Reyes"
    assert one(quotes, "I will not,").speaker == "Luis Reyes"


def test_pronoun_skips_a_nearer_person_of_the_other_gender(make_article: Make) -> None:
    quotes = found(
        make_article,
        OSEI,
        "Ken Ito disagreed with him about the port. His view was simple.",
        "“The cranes are idle,” she said.",
    )
    assert one(quotes, "The cranes are idle,").speaker == "Amara Osei"


def test_echoed_words_are_the_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Everyone gave something up to get this done,” said Idris Lamb.",
        "But “everyone gave something up” is an argument about the past.",
    )
    echo = one(quotes, "everyone gave something up")
    assert (echo.kind, echo.speaker) == (QuoteKind.PARTIAL, "Idris Lamb")


def test_echoed_words_used_as_the_writer_s_label_are_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokeswoman for Health Executive West said income from parking was 'ring-fenced' for "
        "the hospital.",
        "Not everyone on the campus is convinced by the 'ring-fenced' argument.",
    )
    said, label = [q for q in quotes if q.text == "ring-fenced"]
    assert (said.kind, said.speaker) == (QuoteKind.PARTIAL, "Health Executive West")
    assert (label.kind, label.speaker) == (QuoteKind.SCARE, None)


def test_every_quote_has_a_reason_and_a_confidence(make_article: Make) -> None:
    quotes = found(make_article, OSEI, "“A,” she said. “B.”", "The so-called “reform” failed.")
    assert all(q.reason for q in quotes)
    assert all(0 < q.confidence <= 1 for q in quotes if q.speaker)


def test_lost_opening_mark_in_scraped_text(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Inspector Gareth Lowry said the march was calm. It was a good-natured crowd,” he said.",
    )
    assert one(quotes, "It was a good-natured crowd,").speaker == "Gareth Lowry"


def test_lost_closing_mark_before_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        OSEI + " “Every one is a family packing boxes, she said. “Every one is a kid.”",
    )
    assert one(quotes, "Every one is a family packing boxes,").speaker == "Amara Osei"
    assert one(quotes, "Every one is a kid.").speaker == "Amara Osei"


def test_a_reopened_quote_continues_even_when_its_paragraph_has_a_cue_like_sentence(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Desmond Morrow has been the ship's bosun for 19 years.",
        "“Everybody on that boat knew the fin was sticking,” Morrow said. “We'd been writing it "
        "up in the defect book since Christmas.",
        "“I'm not blaming the captain. He can only go on what the engineers tell him.”",
    )
    assert (
        one(
            quotes, "I'm not blaming the captain. He can only go on what the engineers tell him."
        ).speaker
        == "Desmond Morrow"
    )


def test_a_title_after_the_clubs_official_history(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I scored my first goal down there,” said Harold Duckett.",
        "His portrait is on the cover of the club’s official history, “Feathers and Cinders: A "
        "History of Brackenford Athletic,” which was reissued last year.",
    )
    title = one(quotes, "Feathers and Cinders: A History of Brackenford Athletic,")
    assert (title.kind, title.speaker) == (QuoteKind.TITLE, None)


def test_a_second_partial_in_the_sentence_stays_partial(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Swim Northshire, the county's governing body for the sport, said it was 'disappointed' "
        "by the decision and would be 'seeking urgent assurances' that club swimming would not "
        "lose out.",
    )
    assert one(quotes, "seeking urgent assurances").kind is QuoteKind.PARTIAL
    reported = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    assert reported and reported[0].speaker == "Swim Northshire"


def test_the_writers_own_label_in_a_transcript_asks_the_questions(make_article: Make) -> None:
    article = make_article(
        "Rooke: You won by 612 votes. Was that a mandate?",
        "Tullock: It was a majority. I will take a majority.",
    )
    article.author = "Elspeth Rooke"
    quotes = analyse(article).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [(QuoteKind.QA, "Tullock")]

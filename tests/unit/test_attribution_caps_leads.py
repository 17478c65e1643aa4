"""Stories whose first words are set in capitals, as church and regional papers set them: "THE
Bishop of Eastmoor … said", "MARGARET O’HALLORAN has run …". Initials stay initials."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.attribution.caps_leads import read_caps_leads
from reader.core.model import Article, Paragraph, ParagraphKind, Sentence


def test_an_opening_word_in_capitals_is_read_as_the_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        "THE Bishop of Harrowfield, the Rt Rev Gideon Ashdown-Pryce, said on Tuesday that two "
        "rural parishes would share a vicar from Easter.",
        "THE Federation of Coastal Synagogues said its members had raised £40,000 for the "
        "flood appeal.",
    )
    assert report_opening(quotes, "two rural parishes").speaker == "Gideon Ashdown-Pryce"
    assert report_opening(quotes, "its members had raised").speaker == (
        "Federation of Coastal Synagogues"
    )


def test_a_name_in_capitals_is_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "MARGARET O’HALLORAN has played the organ at St Brendan’s, Kilgarvan, for 52 years.",
        "‘I came for one Sunday and never left,’ Mrs O’Halloran told the Kerry Courier.",
    )
    assert one(quotes, "I came for one Sunday and never left,").speaker == "Margaret O’Halloran"


def _read(*paragraphs: str) -> str:
    text = "\n\n".join(paragraphs)
    spans, at = [], 0
    for i, paragraph in enumerate(paragraphs):
        spans.append(Paragraph(i, ParagraphKind.BODY, at, at + len(paragraph)))
        at += len(paragraph) + 2
    sentences = [Sentence(i, i, p.start, p.end, text[p.start : p.end]) for i, p in enumerate(spans)]
    read, read_sentences = read_caps_leads(Article("t", text, spans), sentences)
    assert [s.text for s in read_sentences] == [read.text[s.start : s.end] for s in sentences]
    return read.text


def test_initials_and_datelines_stay_as_they_are() -> None:
    kept = (
        "NICE said nothing.",
        "UNICEF officials said the camp had no water.",
        "KYIV — Officials said the strike hit a school.",
        "A NICE spokesperson said: “No.”",
        "I NEVER thought I would see it, she said.",
    )
    assert _read(*kept) == "\n\n".join(kept)
    assert _read("THE Dean said so.", "IN a statement, the diocese said.") == (
        "The Dean said so.\n\nIn a statement, the diocese said."
    )

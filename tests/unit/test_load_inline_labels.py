"""A transcript whose line breaks a scrape lost: "Q: … A: … Q: … A: …" in one paragraph is split
again at each label, so the answers are quotes of the interviewee."""

from __future__ import annotations

from reader.core.load import load_text
from reader.core.model import ParagraphKind
from reader.core.pipeline import analyse

_PAGE = (
    "Mill town looks ahead\n\n"
    "When the Calloway Mill closed, it took 640 jobs with it. Renata Szabo, who ran the union "
    "local for fourteen years, sat down with us to talk about what comes next.\n\n"
    "Q: Did you see the closure coming? A: We saw the orders drop for two years. Q: And now? "
    "A: Now I spend my days helping people fill out retraining forms.\n"
)


def test_inline_labels_open_paragraphs_again() -> None:
    article = load_text(_PAGE, "page.txt")
    texts = [article.paragraph_text(p) for p in article.paragraphs]
    assert texts[1:] == [
        "Q: Did you see the closure coming?",
        "A: We saw the orders drop for two years.",
        "Q: And now?",
        "A: Now I spend my days helping people fill out retraining forms.",
    ]
    assert all(p.kind is ParagraphKind.BODY for p in article.paragraphs)


def test_the_answers_are_the_interviewee_s() -> None:
    quotes = analyse(load_text(_PAGE, "page.txt")).quotes
    answers = [(q.kind.value, q.speaker) for q in quotes if q.text.startswith(("We saw", "Now I"))]
    assert answers == [("qa", "Renata Szabo"), ("qa", "Renata Szabo")]


def test_a_label_inside_a_sentence_splits_nothing() -> None:
    page = "Plan B\n\nThe notice read Q: 4 and A: 7 on the board, and nobody knew why. It stayed.\n"
    texts = [p for p in load_text(page, "page.txt").text.split("\n\n")]
    assert (
        texts[-1] == "The notice read Q: 4 and A: 7 on the board, and nobody knew why. It stayed."
    )

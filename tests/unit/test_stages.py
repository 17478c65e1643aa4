"""A long article analysed in stages: its opening sentences at once, every sentence next, then
the quotes; and notes that follow the sentences as they arrive."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reader.core.load import load_path
from reader.core.model import Analysis, Paragraph, ParagraphKind
from reader.core.notes import NoteStore
from reader.core.notes.notebook import Notebook
from reader.core.pipeline import AT_ONCE, Stages, analyse, prepare
from reader.core.segment import split_sentences

SAMPLE = Path(__file__).resolve().parents[2] / "articles" / "harbour-strike.txt"


def _ids_and_spans(analysis: Analysis) -> list[tuple[int, int, int, int]]:
    return [(s.id, s.paragraph, s.start, s.end) for s in analysis.sentences]


def test_a_short_article_is_split_whole_at_once() -> None:
    article = load_path(SAMPLE)
    stages = Stages(article, {}, AT_ONCE)
    assert stages.complete
    assert stages.whole() is stages.first
    assert stages.first.sentences == split_sentences(article)


def test_a_long_article_shows_its_opening_then_every_sentence_with_the_same_ids() -> None:
    article = load_path(SAMPLE)
    stages = Stages(article, {}, at_once=1500)
    opening = stages.first.sentences
    assert not stages.complete and opening and not stages.first.quotes
    split = {s.paragraph for s in opening}
    assert split == {p.index for p in article.paragraphs if p.start < 1500}
    whole = stages.whole()
    assert _ids_and_spans(whole) == _ids_and_spans(
        Analysis(article, split_sentences(article), [], [])
    )
    assert whole.sentences[: len(opening)] == opening
    assert len(whole.sentences) > len(opening)
    assert stages.whole() is whole  # split once


def test_the_quotes_are_the_same_as_analysing_in_one_go() -> None:
    article = load_path(SAMPLE)
    staged = Stages(article, {}, at_once=1500).attributed()
    at_once = analyse(article)
    assert [(q.start, q.end, q.speaker, q.kind) for q in staged.quotes] == [
        (q.start, q.end, q.speaker, q.kind) for q in at_once.quotes
    ]
    first, finish = prepare(article)
    assert first.sentences == at_once.sentences and len(finish().quotes) == len(at_once.quotes)


def test_notes_past_the_opening_wait_for_their_sentences(tmp_path: Path) -> None:
    article = load_path(SAMPLE)
    stages = Stages(article, {}, at_once=1500)
    whole = stages.whole()
    late = whole.sentences[-3]
    store = NoteStore(tmp_path / "notes.db")
    Notebook(store, whole).write(late, "check the vote count")

    notebook = Notebook(store, stages.first)  # the app opens its notes on the opening
    note = notebook.notes[0]
    assert note.placement is not None  # placed on the text, not lost
    assert notebook.sentence_of(note) is None  # not pinned to the last opening sentence
    assert notebook.marked_sentences() == {}

    notebook.use_analysis(whole)
    assert notebook.sentence_of(notebook.notes[0]) == late
    assert list(notebook.marked_sentences()) == [late.id]
    store.close()


def test_an_analysis_says_whether_every_sentence_is_in() -> None:
    article = load_path(SAMPLE)
    stages = Stages(article, {}, at_once=1500)
    assert not stages.first.split_whole
    assert stages.whole().split_whole
    assert Stages(article, {}, AT_ONCE).first.split_whole
    # a blank paragraph at the end has no sentence to wait for
    blank = Paragraph(
        len(article.paragraphs), ParagraphKind.BODY, len(article.text), len(article.text)
    )
    padded = replace(article, paragraphs=[*article.paragraphs, blank])
    assert Stages(padded, {}, AT_ONCE).first.split_whole

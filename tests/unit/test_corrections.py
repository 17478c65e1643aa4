"""Corrections: reassign a quote or mark it "not a quote"; stored, applied, in JSON and export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.export import export_markdown
from reader.core.model import Analysis
from reader.core.notes import NoteStore, article_id, make_anchor
from reader.core.notes.applied import with_corrections
from reader.core.notes.corrections import NOT_A_QUOTE, SPEAKER, Correction, apply_corrections
from reader.core.notes.notebook import Notebook
from reader.core.notes.store import default_path
from reader.core.pipeline import analyse_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = str(ROOT / "articles" / "harbour-strike.txt")


@pytest.fixture
def analysis() -> Analysis:
    return analyse_path(SAMPLE)


def _correction(analysis: Analysis, quote_id: int, action: str, speaker: str | None = None):
    quote = analysis.quotes[quote_id]
    anchor = make_anchor(analysis.article.text, quote.start, quote.end)
    return Correction(anchor, action, speaker, was=quote.speaker)


def test_reassigning_a_quote_moves_it_between_speakers(analysis: Analysis) -> None:
    quote = next(q for q in analysis.quotes if q.speaker == "Graham Pell")
    fixed = apply_corrections(analysis, [_correction(analysis, quote.id, SPEAKER, "Kwame Asante")])
    moved = next(q for q in fixed.quotes if q.id == quote.id)
    assert (moved.speaker, moved.corrected, moved.confidence) == ("Kwame Asante", True, 1.0)
    assert moved.reason == "corrected by you (the engine said Graham Pell)"
    assert quote.id in fixed.speaker("Kwame Asante").quote_ids  # type: ignore[union-attr]
    assert quote.id not in fixed.speaker("Graham Pell").quote_ids  # type: ignore[union-attr]


def test_not_a_quote_removes_it(analysis: Analysis) -> None:
    quote = analysis.quotes[0]
    fixed = apply_corrections(analysis, [_correction(analysis, quote.id, NOT_A_QUOTE)])
    assert quote.id not in {q.id for q in fixed.quotes}
    assert len(fixed.quotes) == len(analysis.quotes) - 1


def test_a_correction_follows_its_quote_when_text_is_inserted(analysis: Analysis) -> None:
    quote = next(q for q in analysis.quotes if q.speaker == "Graham Pell")
    correction = _correction(analysis, quote.id, SPEAKER, "Kwame Asante")
    moved = Correction(
        make_anchor("New lead paragraph.\n\n" + analysis.article.text, 0, 0), SPEAKER
    )  # an unrelated anchor: ignored, never a crash
    fixed = apply_corrections(analysis, [moved, correction])
    assert next(q for q in fixed.quotes if q.id == quote.id).speaker == "Kwame Asante"


def test_stored_corrections_reach_json_and_export(
    analysis: Analysis, capsys: pytest.CaptureFixture[str]
) -> None:
    quote = next(q for q in analysis.quotes if q.speaker == "Graham Pell")
    store = NoteStore()
    ident = article_id(analysis.article.source, analysis.article.text)
    store.save_correction(ident, _correction(analysis, quote.id, SPEAKER, "Kwame Asante"))
    store.save_correction(ident, _correction(analysis, quote.id, SPEAKER, "Teodora Vance"))
    assert len(store.corrections_for(ident)) == 1  # the later correction replaced the first
    assert main(["quotes", SAMPLE, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_id = {q["id"]: q for q in data["quotes"]}
    assert by_id[quote.id]["speaker"] == "Teodora Vance" and by_id[quote.id]["corrected"] is True
    assert sum(q["corrected"] for q in data["quotes"]) == 1
    fixed, warning = with_corrections(analysis)
    assert warning is None
    exported = export_markdown(Notebook(store, fixed))
    assert quote.text.rstrip(",") in exported.split("### Teodora Vance")[1].split("###")[0]


def test_no_notes_file_means_no_corrections_and_none_is_created(analysis: Analysis) -> None:
    assert with_corrections(analysis) == (analysis, None)
    assert not default_path().exists()


def test_a_version_1_notes_file_is_upgraded_with_its_notes(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, article TEXT NOT NULL, digest TEXT NOT NULL,"
        " exact TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL, start INTEGER NOT NULL,"
        " stop INTEGER NOT NULL, body TEXT NOT NULL DEFAULT '', highlight INTEGER NOT NULL "
        "DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL);"
        "INSERT INTO notes VALUES (1, 'a', 'd', 'x', '', '', 0, 1, 'old note', 0, 't', 't');"
        "PRAGMA user_version = 1;"
    )
    db.close()
    store = NoteStore(path)
    from reader.core.notes import ArticleId

    assert [n.body for n in store.notes_for(ArticleId("a", "d"))] == ["old note"]
    assert store.corrections_for(ArticleId("a", "d")) == []

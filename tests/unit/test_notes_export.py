"""Notes placed on an analysed article, and their Markdown export against a golden file.

Regenerate the golden file after an intended change with `UPDATE_GOLDEN=1 pytest this_file`."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from reader.core.export import export_markdown
from reader.core.model import Analysis
from reader.core.notes import Note, NoteStore, make_anchor
from reader.core.notes.notebook import Notebook
from reader.core.pipeline import analyse_path

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "export" / "harbour-strike.notes.md"


@pytest.fixture
def analysis(monkeypatch: pytest.MonkeyPatch) -> Analysis:
    monkeypatch.chdir(ROOT)  # the export names the article by the path it was opened with
    return analyse_path("articles/harbour-strike.txt")


def _clock() -> object:
    ticks = iter(range(1, 100))
    return lambda: f"2026-03-01T10:{next(ticks):02d}:00Z"


def _notebook(tmp_path: Path, analysis: Analysis) -> Notebook:
    return Notebook(NoteStore(tmp_path / "notes.db", clock=_clock()), analysis)  # type: ignore[arg-type]


def _fill(notebook: Notebook) -> None:
    sentences = notebook.analysis.sentences
    notebook.write(
        sentences[10], "Pell talks to Reuters, not to the union.\n\nCheck the *offer* figure."
    )
    notebook.toggle_highlight(sentences[3])
    notebook.write(sentences[2], "Scare quotes: whose word is [modernisation]?")
    gone = "A sentence the article no longer has -- it was cut."
    stale = Note(make_anchor("Intro. " + gone + " Outro.", 7, 7 + len(gone)), body="Orphan note")
    notebook.store.save(notebook.article, stale)


def test_notes_are_placed_on_their_sentences(tmp_path: Path, analysis: Analysis) -> None:
    notebook = _notebook(tmp_path, analysis)
    _fill(notebook)
    reopened = Notebook(notebook.store, analysis)
    marked = reopened.marked_sentences()
    assert sorted(marked) == [2, 3, 10]
    assert marked[3].highlight and not marked[3].body
    assert [n.is_orphan for n in reopened.in_article_order()] == [False, False, False, True]


def test_highlight_toggles_off_and_delete_removes(tmp_path: Path, analysis: Analysis) -> None:
    notebook = _notebook(tmp_path, analysis)
    sentence = analysis.sentences[5]
    notebook.toggle_highlight(sentence)
    assert notebook.note_on(sentence.id) is not None
    notebook.toggle_highlight(sentence)
    assert notebook.note_on(sentence.id) is None
    notebook.write(sentence, "keep")
    assert notebook.delete(sentence) and Notebook(notebook.store, analysis).notes == []


def test_export_matches_the_golden_file(tmp_path: Path, analysis: Analysis) -> None:
    notebook = _notebook(tmp_path, analysis)
    _fill(notebook)
    exported = export_markdown(Notebook(notebook.store, analysis))
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(exported, encoding="utf-8")
    assert exported == GOLDEN.read_text(encoding="utf-8")


def test_same_notes_give_byte_identical_exports(tmp_path: Path, analysis: Analysis) -> None:
    notebook = _notebook(tmp_path, analysis)
    _fill(notebook)
    first = export_markdown(Notebook(notebook.store, analysis))
    second = export_markdown(Notebook(NoteStore(notebook.store.path), analysis))
    assert first.encode() == second.encode()


def test_front_matter_and_anchors_can_be_read_back(tmp_path: Path, analysis: Analysis) -> None:
    notebook = _notebook(tmp_path, analysis)
    _fill(notebook)
    exported = export_markdown(Notebook(notebook.store, analysis))
    front = yaml.safe_load(exported.split("---\n")[1])
    assert front["title"] == analysis.article.title
    assert front["exported"] == "2026-03-01T10:04:00Z"  # the last change, not the clock now
    comments = re.findall(r"<!-- reader-anchor (.*?) -->", exported)
    anchors = [json.loads(c) for c in comments]
    assert anchors[-1]["exact"].startswith("A sentence the article no longer has --")
    assert all("--" not in c for c in comments)
    assert anchors[0]["exact"] == analysis.sentences[2].text


def test_export_escapes_article_markup(tmp_path: Path, analysis: Analysis) -> None:
    sentence = analysis.sentences[0]
    text = analysis.article.text
    hostile = "[bold red]Alarm[/] *boom* <script>x</script>"
    changed = replace(
        analysis.article, text=text[: sentence.start] + hostile + text[sentence.end :]
    )
    tweaked = replace(sentence, end=sentence.start + len(hostile), text=hostile)
    analysis = Analysis(changed, [tweaked], [], [])
    notebook = _notebook(tmp_path, analysis)
    notebook.write(tweaked, "mine")
    exported = export_markdown(notebook)
    assert r"> \[bold red\]Alarm\[/\] \*boom\* \<script\>x\</script\>" in exported

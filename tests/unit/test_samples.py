"""Each bundled sample against its hand-made gold file (tests/data/<article>.gold.json).

Every quote-marked span must be found with the gold's kind and speaker (None for scare quotes and
titles), with no extra quote; venues, descriptions, title, author, junk removal and sentence
boundaries are checked too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.model import Analysis, Quote, QuoteKind
from reader.core.pipeline import analyse_path

ROOT = Path(__file__).resolve().parents[2]
GOLDS = sorted((ROOT / "tests" / "data").glob("*.gold.json"))
SAMPLES = [g for g in GOLDS if (ROOT / "articles" / g.name.removesuffix(".gold.json")).exists()]


def _norm(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda p: p.name.removesuffix(".gold.json"))
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Analysis]:
    gold = json.loads(request.param.read_text(encoding="utf-8"))
    registry = str(ROOT / "sources.toml")
    return gold, analyse_path(str(ROOT / "articles" / gold["article"]), registry)


def _marked(analysis: Analysis) -> dict[str, Quote]:
    return {_norm(q.text): q for q in analysis.quotes if q.kind is not QuoteKind.INDIRECT}


def test_there_are_three_samples() -> None:
    assert len(SAMPLES) >= 3


def test_every_gold_quote_is_found_with_its_speaker(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    found = _marked(analysis)
    wrong = []
    for entry in gold["quotes"]:
        quote = found.get(_norm(entry["text"]))
        got = (quote.kind.value, quote.speaker) if quote else None
        want = (entry["kind"], entry["speakers"][0])
        if got != want:
            wrong.append(f"{entry['text'][:50]!r}: got {got}, want {want}")
    assert not wrong, "\n".join(wrong)


def test_no_quote_beyond_the_gold(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    expected = {_norm(e["text"]) for e in gold["quotes"]}
    assert [t for t in _marked(analysis) if t not in expected] == []


def test_venues(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    found = _marked(analysis)
    wrong = [
        (e["text"][:40], found[_norm(e["text"])].venue, e["venue"])
        for e in gold["quotes"]
        if e.get("venue")
        and _norm(e["text"]) in found
        and found[_norm(e["text"])].venue != e["venue"]
    ]
    assert wrong == []


def test_speaker_descriptions(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    missing = []
    for name, needles in gold.get("speaker_details", {}).items():
        speaker = analysis.speaker(name)
        blob = " | ".join(speaker.descriptions).lower() if speaker else ""
        missing += [f"{name}: {n}" for n in needles if n.lower() not in blob]
    assert missing == []


def test_metadata(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    assert gold["title_contains"] in (analysis.article.title or "")
    if gold.get("author"):
        assert analysis.article.author in gold["author"]


def test_no_page_junk_in_sentences(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    body = "\n".join(s.text for s in analysis.sentences)
    assert [junk for junk in gold.get("boilerplate_absent", []) if junk in body] == []


def test_no_sentence_split_inside_phrases(case: tuple[dict[str, Any], Analysis]) -> None:
    gold, analysis = case
    sentences = [s.text for s in analysis.sentences]
    assert [p for p in gold.get("no_split", []) if not any(p in s for s in sentences)] == []

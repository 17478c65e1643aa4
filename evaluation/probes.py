"""Probe passages: short news excerpts, each with one quotation (or piece of reported speech) and
the speaker a careful editor gives it (tests/data/probes/*.jsonl, see the README there).

A probe is right when the engine finds the quote and names that speaker; a probe whose answer is
no one (an anonymous source's report, a scare quote) is also right when the engine reports nothing
for reported speech. Scored here, in one process, as `make eval` prints it.
"""

from __future__ import annotations

import json
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from reader.core.load.junk import line_junk
from reader.core.load.text import parse_text
from reader.core.model import Article, Paragraph, ParagraphKind, Quote
from reader.core.pipeline import analyse

_MARKS = str.maketrans("‘’“”", "''\"\"")


def report_probes(directory: Path) -> None:
    files = sorted(directory.glob("*.jsonl"))
    if not files:
        return
    started = time.perf_counter()
    rows = []
    total: Counter[str] = Counter()
    for path in files:
        right: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                probe = json.loads(line)
                seen[probe["kind"]] += 1
                right[probe["kind"]] += is_right(probe)
        rows.append((path.stem, right, seen))
        total.update({f"right {k}": v for k, v in right.items()})
        total.update({f"seen {k}": v for k, v in seen.items()})
    elapsed = time.perf_counter() - started
    count = sum(v for k, v in total.items() if k.startswith("seen"))
    print(f"\n== probe passages: {count} in {len(files)} suites, {elapsed:.1f} s")
    for name, right, seen in rows:
        kinds = ", ".join(f"{k} {right[k]}/{seen[k]}" for k in sorted(seen))
        print(f"  {name:6s} {sum(right.values())}/{sum(seen.values())}  ({kinds})")
    all_right = sum(v for k, v in total.items() if k.startswith("right"))
    print(f"  all    {all_right}/{count} = {all_right / max(1, count):.3f}")


def is_right(probe: dict[str, Any]) -> bool:
    found = _quotes_holding(probe)
    if not found:
        return probe["kind"] == "indirect" and probe["speaker"] is None
    return _normal(found[0].speaker) == _normal(probe["speaker"])


def _quotes_holding(probe: dict[str, Any]) -> list[Quote]:
    """The engine's quotes that hold the probe's words (or lie inside them), quotation marks
    first for a quoted probe, and the quote of exactly those words (a nested quote, not the
    one around it) before the others."""
    article = probe_article(probe["paragraphs"])
    wanted = _normal(probe["quote"]) or ""
    quotes = [
        q
        for q in analyse(article, {}).quotes
        if wanted in (text := _normal(q.text) or "") or (len(text) > 3 and text in wanted)
    ]
    quotes.sort(key=lambda q: _normal(q.text) != wanted)  # the exact words first: a nested quote
    if probe["kind"] != "indirect":
        return [q for q in quotes if q.kind.value != "indirect"] or quotes
    return quotes


def probe_article(paragraphs: list[str]) -> Article:
    """The passage's paragraphs as body paragraphs, with a scraped page's stray lines ("Story
    continues below advertisement", a live blog's "08:05 CET") dropped and its heading lines
    ("FT: Morrowgate 3-3 Lindow Harriers") set apart, as loading a text does."""
    spans: list[Paragraph] = []
    kept: list[str] = []
    position = 0
    for block in paragraphs:
        for paragraph, kind in _loaded_paragraphs(block):
            spans.append(Paragraph(len(kept), kind, position, position + len(paragraph)))
            position += len(paragraph) + 2
            kept.append(paragraph)
    return Article("probe", "\n\n".join(kept), spans)


_BEFORE = "Probe\n\nThe probe passage starts here.\n\n"  # a title and a body paragraph, then
_AFTER = "\n\nThe probe passage ends here."  # the block, then a body paragraph: no header


def _loaded_paragraphs(block: str) -> list[tuple[str, ParagraphKind]]:
    if "\n" not in block and not block.startswith("Q: "):  # (inline labels: text.py splits)
        return [(block, ParagraphKind.BODY)] if line_junk(block) is None else []
    loaded = parse_text(f"{_BEFORE}{block}{_AFTER}", "probe")
    return [(loaded.text[p.start : p.end], p.kind) for p in loaded.paragraphs][1:-1]


def _normal(text: str | None) -> str | None:
    if text is None:
        return None
    text = unicodedata.normalize("NFKC", text).translate(_MARKS)
    return " ".join(text.split()).strip(" ,.").lower()

"""The probe passages are well formed, and the probe scorer counts what it should."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "evaluation"))

from probes import is_right, report_probes  # noqa: E402

PROBES = sorted((ROOT / "tests" / "data" / "probes").glob("*.jsonl"))
KINDS = {"direct", "partial", "scare", "title", "indirect"}


@pytest.mark.parametrize("path", PROBES, ids=lambda p: p.stem)
def test_every_probe_holds_its_quote_and_a_known_kind(path: Path) -> None:
    ids = set()
    for line in path.read_text("utf-8").splitlines():
        probe = json.loads(line)
        assert probe["id"] not in ids
        ids.add(probe["id"])
        assert probe["kind"] in KINDS
        assert any(probe["quote"] in paragraph for paragraph in probe["paragraphs"]), probe["id"]
        if probe["kind"] in ("scare", "title"):
            assert probe["speaker"] is None, probe["id"]


def test_a_probe_is_right_only_with_its_speaker() -> None:
    probe = {
        "paragraphs": ["Ann Price runs the mill.", "“We will stay open,” Price said."],
        "quote": "We will stay open,",
        "kind": "direct",
        "speaker": "Ann Price",
    }
    assert is_right(probe)
    assert not is_right({**probe, "speaker": "Tom Price"})
    unreported = {
        "paragraphs": ["The mill closed."],
        "quote": "The mill closed",
        "kind": "indirect",
    }
    assert is_right({**unreported, "speaker": None})
    assert not is_right({**unreported, "speaker": "Ann Price"})


def test_a_scraped_pages_stray_lines_go_as_loading_drops_them() -> None:
    probe = {
        "paragraphs": [
            "The mill will stay open, Ann Price said Thursday.",
            "Story continues below advertisement",
            "“We are not going anywhere.”",
        ],
        "quote": "We are not going anywhere.",
        "kind": "direct",
        "speaker": "Ann Price",
    }
    assert is_right(probe)


def test_the_report_counts_each_suite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    probe = {
        "id": "t-1",
        "paragraphs": ["Ann Price runs the mill.", "“We will stay open,” Price said."],
        "quote": "We will stay open,",
        "kind": "direct",
        "speaker": "Ann Price",
    }
    (tmp_path / "t.jsonl").write_text(json.dumps(probe) + "\n", "utf-8")
    report_probes(tmp_path)
    out = capsys.readouterr().out
    assert "t      1/1  (direct 1/1)" in out
    assert "all    1/1 = 1.000" in out


def test_a_nested_quote_is_scored_by_its_own_speaker() -> None:
    paragraphs = [
        "Harold Mabry, 71, a retired welder, joined the trial in its first month.",
        "“Mr. Mabry leaned across the desk and said, ‘Just get me to the wedding,’” recalled "
        "Dr. Celia Strand, who ran the trial.",
    ]
    inner = {"paragraphs": paragraphs, "quote": "Just get me to the wedding,", "kind": "direct"}
    assert is_right({**inner, "speaker": "Harold Mabry"})
    outer = "Mr. Mabry leaned across the desk and said, ‘Just get me to the wedding,’"
    assert is_right({**inner, "quote": outer, "speaker": "Celia Strand"})

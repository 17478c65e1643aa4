"""The strict own-article score pairs gold and found quotes by text, in order, so a text quoted
twice ("'ring-fenced'" said, then echoed as the writer's label) is two quotes, not one."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "evaluation"))

from run import _strict  # noqa: E402


def _quote(text: str, kind: str, speaker: str | None) -> dict[str, object]:
    return {"text": text, "kind": kind, "speaker": speaker, "venue": None}


def _gold(text: str, kind: str, speaker: str | None) -> dict[str, object]:
    return {"text": text, "kind": kind, "speakers": [speaker], "venue": None}


def test_a_text_quoted_twice_is_scored_as_two_quotes_in_order() -> None:
    gold = {
        "quotes": [
            _gold("ring-fenced", "partial", "Health Executive West"),
            _gold("ring-fenced", "scare", None),
        ]
    }
    pred = {
        "quotes": [
            _quote("ring-fenced", "partial", "Health Executive West"),
            _quote("ring-fenced", "scare", None),
        ]
    }
    counts = _strict(gold, pred)
    assert (counts["ok"], counts["unspoken_attributed"], counts["extra"]) == (2, 0, 0)


def test_an_echo_given_the_first_speaker_counts_as_a_scare_quote_attributed() -> None:
    gold = {"quotes": [_gold("ring-fenced", "partial", "X"), _gold("ring-fenced", "scare", None)]}
    pred = {
        "quotes": [
            _quote("ring-fenced", "partial", "X"),
            _quote("ring-fenced", "partial", "X"),
            _quote("Park the Charges", "title", None),
        ]
    }
    counts = _strict(gold, pred)
    assert (counts["ok"], counts["unspoken_attributed"], counts["extra"]) == (1, 1, 1)

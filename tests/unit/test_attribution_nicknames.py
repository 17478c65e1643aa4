"""Nicknames are looked for only at the first name before a quotation mark and a capital: the same
matches as the pattern's scan of the whole text (see nicknames.nicknames)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import nicknames
from reader.core.load import load_path

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"Harold Sparrow Duckett Bo Ann A ann McD Cy O’Neil x1 said and".split(),
        *"“ ” \" ' ‘ ’ - .".split(),
        *"Harold_ “Bo”_ 'Sparrow'_ ‘Cy’_ \"Mac\"_ Duckett_ Cole’s_ ann_ “Bo'_".split(),
        " ",
        "  ",
        "\n",
        "\u00a0",
    ]
).map(lambda piece: piece.replace("_", " "))


def _found(text: str, fast: bool) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    found = nicknames.nicknames(text) if fast else nicknames.NICKNAME.finditer(text)
    return [(m.span(), m.groupdict()) for m in found]


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=24).map("".join))
def test_the_mark_first_search_finds_what_the_scan_finds(text: str) -> None:
    assert _found(text, True) == _found(text, False), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(PIECES, max_size=24).map(" ".join))
def test_the_searches_agree_on_spaced_words(text: str) -> None:
    assert _found(text, True) == _found(text, False), text


def test_nicknames_are_found() -> None:
    text = "Harold “Sparrow” Duckett and Ann 'Bo' Cole met Ann “Cy” Mabry’s son."
    assert [m["nick"] for m in nicknames.nicknames(text)] == ["Sparrow", "Bo", "Cy"]
    assert _found(text, True) == _found(text, False)


def test_the_searches_agree_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        text = load_path(path).text
        assert _found(text, True) == _found(text, False), path.name

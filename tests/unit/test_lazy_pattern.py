"""Patterns compiled on first use behave like compiled ones and compile once."""

from __future__ import annotations

from reader.core.attribution.lazy_pattern import LazyPattern


def test_a_lazy_pattern_matches_like_a_compiled_one_and_compiles_once() -> None:
    pattern = LazyPattern(r"(?P<who>[A-Z]\w+) said")
    assert pattern._compiled is None  # nothing compiled until a sentence asks
    match = pattern.match("Voss said the berth would reopen.")
    assert match is not None and match["who"] == "Voss"
    compiled = pattern._compiled
    assert pattern.search("In May, Voss said so.") is not None
    assert pattern.match("the berth") is None
    assert pattern._compiled is compiled

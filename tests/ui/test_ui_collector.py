"""Full collections between key presses: only when one is due anyway."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from reader.ui.collector import collect_if_due


@pytest.fixture
def full_collections() -> Iterator[list[int]]:
    """The generations of the collections started while the test runs."""
    started: list[int] = []

    def heard(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(info["generation"])

    thresholds = gc.get_threshold()
    gc.callbacks.append(heard)
    try:
        yield started
    finally:
        gc.callbacks.remove(heard)
        gc.set_threshold(*thresholds)


def test_a_full_collection_when_the_next_young_one_could_start_it(
    full_collections: list[int],
) -> None:
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, 1)
    gc.collect(1)  # one middle collection since the last full one: a full one is due
    full_collections.clear()
    collect_if_due()
    assert 2 in full_collections
    full_collections.clear()
    collect_if_due()  # just collected: nothing due
    assert 2 not in full_collections


def test_none_while_collection_is_off(full_collections: list[int]) -> None:
    gc.set_threshold(0)  # as while the quotes are found
    collect_if_due()
    assert 2 not in full_collections

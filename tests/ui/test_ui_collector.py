"""Collections between key presses: a young one after each key, a full one only when due."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from reader.ui.collector import READING_YOUNG, collect_if_due, reading_thresholds


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


def test_a_young_collection_between_keys_when_nothing_older_is_due(
    full_collections: list[int],
) -> None:
    gc.collect()
    full_collections.clear()
    collect_if_due()
    assert full_collections == [0]


def test_a_middle_collection_when_the_next_young_one_would_start_it(
    full_collections: list[int],
) -> None:
    young, _, full = gc.get_threshold()
    gc.set_threshold(young, 2, full)
    gc.collect()
    gc.collect(0)
    gc.collect(0)  # two young collections since the last middle one: the next one is due
    full_collections.clear()
    collect_if_due()
    assert full_collections == [1]


def test_reading_raises_the_young_threshold_and_says_what_to_put_back(
    full_collections: list[int],
) -> None:
    gc.set_threshold(700, 10, 10)
    assert reading_thresholds() == (700, 10, 10)
    assert gc.get_threshold() == (READING_YOUNG, 10, 10)
    gc.set_threshold(0)  # collection off stays off
    reading_thresholds()
    assert gc.get_threshold()[0] == 0

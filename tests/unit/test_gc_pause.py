"""The collector is paused while an article is attributed and left as it was found after."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from reader.core.attribution import attribute
from reader.core.attribution.gc_pause import paused_gc
from reader.core.load import load_text
from reader.core.segment import split_sentences


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.enable()
    yield
    if not was_enabled:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_collection_is_off_inside_and_on_again_after() -> None:
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_collection_is_on_again_after_an_error() -> None:
    with pytest.raises(ValueError), paused_gc():
        raise ValueError
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_attribute_leaves_the_collector_on() -> None:
    article = load_text("Osei said the plan would fail.\n\n“It will,” she said.", "a.txt", "text")
    quotes, _ = attribute(article, split_sentences(article), {})
    assert quotes and gc.isenabled()

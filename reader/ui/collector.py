"""When the garbage collector runs: between key presses rather than in the middle of one.

A key's frame makes thousands of short-lived containers (Textual's strips carry seven caches
each), so with Python's default young threshold (700) three or four young collections, and
now and then a middle one, fell inside every press. While the reader reads, the young
threshold is raised so a press makes no collection of its own, and `collect_if_due` collects
in the idle turn after each key's frame instead."""

from __future__ import annotations

import gc

READING_YOUNG = 10_000  # net new containers before a young collection starts by itself


def reading_thresholds() -> tuple[int, int, int]:
    """Raise the young threshold for reading (collection stays off if it is off); returns the
    thresholds as they were, to put back."""
    before = young, middle, full = gc.get_threshold()
    if young:
        gc.set_threshold(max(young, READING_YOUNG), middle, full)
    return before


def collect_if_due() -> None:
    """Collect now, while the reader is idle (a key's frame is drawn): the generation the next
    young collection would reach, else the young one, so the next press starts with none due.
    Nothing while collection is off (as while the quotes are found)."""
    young, middle, full = gc.get_threshold()
    if not gc.isenabled() or not young:
        return
    _, middle_count, full_count = gc.get_count()
    if full and full_count >= full:
        gc.collect()  # over what a long session keeps, a full pass takes 5-40 ms
    elif middle and middle_count >= middle:
        gc.collect(1)
    else:
        gc.collect(0)

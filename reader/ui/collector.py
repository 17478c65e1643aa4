"""When the garbage collector runs: between key presses rather than in the middle of one."""

from __future__ import annotations

import gc


def collect_if_due() -> None:
    """A full collection now, while the reader is idle (a key's frame is drawn), if the next
    young collection could start one in the middle of the next key press: over what a long
    session keeps (cards, rendered lines) a full pass takes 5-40 ms."""
    young, _, full = gc.get_threshold()
    if gc.isenabled() and young and full and gc.get_count()[2] >= full:
        gc.collect()

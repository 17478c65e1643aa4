"""A part of the app the first screen does not show (the notes' store, the link cache): made
after the first frame, or at once when something needs it sooner.

Start-up pays neither for importing it nor for opening it before the article is on screen, and
a key pressed in between (a note written at once) still finds it: `get` makes it there and then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Deferred(Generic[T]):
    """`make` runs once, on the first `get`."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._made = False
        self._value: T

    @property
    def made(self) -> bool:
        return self._made

    def get(self) -> T:
        if not self._made:
            self._value = self._make()
            self._made = True
        return self._value

"""A quoted span: the words between a pair of quote marks in one paragraph."""

from __future__ import annotations

from dataclasses import dataclass


# Not frozen (never changed after it is made): a frozen dataclass's __init__ sets each field
# through object.__setattr__, 4x slower, and a book has tens of thousands of spans.
# unsafe_hash keeps the hash (and ==) a frozen dataclass has.
@dataclass(slots=True, unsafe_hash=True)
class MarkedSpan:
    """Words between quote marks. `start`/`end` exclude the marks; `open_at` is the opening mark."""

    paragraph: int
    start: int
    end: int
    open_at: int
    close_at: int | None

    @property
    def closed(self) -> bool:
        return self.close_at is not None

"""A quote while it is being attributed: mutable, with the evidence that decided it."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.attribution.sieves import Cue
from reader.core.model import QuoteKind


@dataclass(slots=True)
class Draft:
    start: int
    end: int
    paragraph: int
    sentence_ids: list[int]
    kind: QuoteKind
    starts_paragraph: bool = False
    unclosed: bool = False
    cue: Cue | None = None
    speaker: str | None = None
    mention: str | None = None
    venue: str | None = None
    reason: str = ""
    confidence: float = 0.0
    descriptions: list[str] = field(default_factory=list)
    # the speaker is only the article's description of a source it does not name ("Sources
    # close to the minister"): quoted words inside its report credit no one
    unnamed: bool = False

    @property
    def can_continue(self) -> bool:
        """An uncued quote or paragraph of quotation that may take its speaker from a neighbour."""
        return self.speaker is None and self.cue is None and self.kind in _CONTINUABLE

    @property
    def spoken(self) -> bool:
        return self.kind in _SPOKEN


_SPOKEN = {QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.BLOCK}
# A block quote stands apart from the paragraphs around it: it is attributed by its own line.
_CONTINUABLE = {QuoteKind.DIRECT, QuoteKind.PARTIAL}

"""Where the selection can go: sentences, attributed quotes, one speaker's quotes.

Pure data over an `Analysis`, built once; every query is a dict look-up or a bisection, so a
key press costs O(log n) however long the article is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.core.model import Analysis, Quote, QuoteKind


def quote_priority(quote: Quote) -> tuple[bool, bool, int]:
    """Sort key: attributed before unattributed, quoted words before reported speech."""
    return (not quote.attributed, quote.kind == QuoteKind.INDIRECT, quote.start)


class Navigator:
    """Sentence positions, and the sentences where attributed quotes begin."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.ids = [sentence.id for sentence in analysis.sentences]
        self._position = {sid: index for index, sid in enumerate(self.ids)}
        self._starts = [sentence.start for sentence in analysis.sentences]
        attributed = sorted((q for q in analysis.quotes if q.attributed), key=lambda q: q.start)
        self.quote_rank = {quote.id: rank for rank, quote in enumerate(attributed, 1)}
        self.quote_count = len(attributed)
        self._quote_starts = sorted({self._first_position(q) for q in attributed})
        self._speaker_starts: dict[str, list[int]] = {}
        for quote in attributed:
            self._speaker_starts.setdefault(quote.speaker or "", []).append(
                self._first_position(quote)
            )
        for positions in self._speaker_starts.values():
            positions[:] = sorted(set(positions))

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, sentence_id: object) -> bool:
        return sentence_id in self._position

    def position(self, sentence_id: int) -> int:
        """Index of the sentence in article order (0 if unknown)."""
        return self._position.get(sentence_id, 0)

    def clamp(self, position: int) -> int:
        """The id of the sentence at `position`, clamped to the article."""
        return self.ids[max(0, min(position, len(self.ids) - 1))]

    def sentence_at_offset(self, offset: int) -> int:
        """The id of the sentence containing (or last starting before) `offset`."""
        return self.clamp(bisect_right(self._starts, offset) - 1)

    def next_quote(self, sentence_id: int) -> int | None:
        return self._after(self._quote_starts, sentence_id)

    def previous_quote(self, sentence_id: int) -> int | None:
        return self._before(self._quote_starts, sentence_id)

    def next_by(self, speaker: str, sentence_id: int) -> int | None:
        return self._after(self._speaker_starts.get(speaker, []), sentence_id)

    def previous_by(self, speaker: str, sentence_id: int) -> int | None:
        return self._before(self._speaker_starts.get(speaker, []), sentence_id)

    def first_by(self, speaker: str) -> int | None:
        """The sentence where the speaker's first quote begins."""
        positions = self._speaker_starts.get(speaker)
        return self.ids[positions[0]] if positions else None

    def neighbours(self, sentence_id: int) -> list[int]:
        """Where the next key is likely to go: the next and previous sentence and quote."""
        position = self.position(sentence_id)
        found = [
            self.clamp(position + 1),
            self.next_quote(sentence_id),
            self.clamp(position - 1),
            self.previous_quote(sentence_id),
        ]
        return list(dict.fromkeys(sid for sid in found if sid is not None and sid != sentence_id))

    def primary_quote(self, sentence_id: int) -> Quote | None:
        """The quote the side panel describes for this sentence."""
        quotes = self.analysis.quotes_in_sentence(sentence_id)
        return min(quotes, key=quote_priority) if quotes else None

    def _first_position(self, quote: Quote) -> int:
        known = [self._position[sid] for sid in quote.sentence_ids if sid in self._position]
        if known:
            return min(known)
        return self.position(self.sentence_at_offset(quote.start)) if self.ids else 0

    def _after(self, positions: list[int], sentence_id: int) -> int | None:
        index = bisect_right(positions, self.position(sentence_id))
        return self.ids[positions[index]] if index < len(positions) else None

    def _before(self, positions: list[int], sentence_id: int) -> int | None:
        index = bisect_left(positions, self.position(sentence_id)) - 1
        return self.ids[positions[index]] if index >= 0 else None

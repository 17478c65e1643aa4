"""Where the selection can go: sentences, attributed quotes, one speaker's quotes.

Pure data over an `Analysis`, built once; every query is a dict look-up or a bisection, so a
key press costs O(log n) however long the article is.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from reader.core.model import Analysis, Quote, QuoteKind

_REPORT = QuoteKind.INDIRECT

StopKey = tuple[int, int, int]  # (sentence position, quote start, quote id): article order


@dataclass(frozen=True)
class Stop:
    """Where `n`, `p`, `]` and `[` land: an attributed quote, in the sentence where it begins.
    Two quotes in one sentence are two stops."""

    sentence_id: int
    quote: Quote


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
        stops = _attributed_stops(analysis)
        self._stop_keys = {q.id: self._stop_key(q) for q in stops}
        keyed = [(self._stop_keys[q.id], q) for q in stops]
        keyed.sort(key=lambda pair: pair[0])
        self.quote_rank = {quote.id: rank for rank, (_, quote) in enumerate(keyed, 1)}
        self.quote_count = len(keyed)
        self._stops = _Stops(keyed)
        self._quote_starts = sorted({key[0] for key, _ in keyed})
        by_speaker: dict[str, list[tuple[StopKey, Quote]]] = {}
        for key, quote in keyed:
            by_speaker.setdefault(quote.speaker or "", []).append((key, quote))
        self._speaker_stops = {name: _Stops(pairs) for name, pairs in by_speaker.items()}

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

    def next_stop(
        self, sentence_id: int, shown: Quote | None, speaker: str | None = None
    ) -> Stop | None:
        """The quote after `shown` (the one the panel describes in `sentence_id`), or after
        the sentence when it shows none of the stops; only `speaker`'s when given."""
        stops = self._stops_of(speaker)
        index = bisect_right(stops.keys, self._here(sentence_id, shown, after=True))
        return self._stop(stops, index)

    def previous_stop(
        self, sentence_id: int, shown: Quote | None, speaker: str | None = None
    ) -> Stop | None:
        stops = self._stops_of(speaker)
        index = bisect_left(stops.keys, self._here(sentence_id, shown, after=False)) - 1
        return self._stop(stops, index)

    def stop_of(self, quote_id: int) -> Stop | None:
        """The stop of the quote with this id (after a correction: the quote as it is now)."""
        key = self._stop_keys.get(quote_id)
        if key is None:
            return None
        index = bisect_left(self._stops.keys, key)
        return self._stop(self._stops, index)

    def first_by(self, speaker: str) -> int | None:
        """The sentence where the speaker's first quote begins."""
        stop = self._stop(self._stops_of(speaker), 0)
        return stop.sentence_id if stop else None

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

    def _stops_of(self, speaker: str | None) -> _Stops:
        if speaker is None:
            return self._stops
        return self._speaker_stops.get(speaker, _NO_STOPS)

    def _here(self, sentence_id: int, shown: Quote | None, *, after: bool) -> tuple[int, ...]:
        """The key to bisect the stops at. A quote shown in the sentence where it begins is a
        stop itself; otherwise (a quote's later sentence, or no quote) the whole sentence is
        passed over: (position + 1,) sorts after its stops, (position,) before them."""
        position = self.position(sentence_id)
        key = self._stop_keys.get(shown.id) if shown is not None else None
        if key is not None and key[0] == position:
            return key
        return (position + 1,) if after else (position,)

    def _stop(self, stops: _Stops, index: int) -> Stop | None:
        if not 0 <= index < len(stops.keys):
            return None
        return Stop(self.ids[stops.keys[index][0]], stops.quotes[index])

    def _stop_key(self, quote: Quote) -> StopKey:
        return (self._first_position(quote), quote.start, quote.id)

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


def _attributed_stops(analysis: Analysis) -> list[Quote]:
    """The attributed quotes, but a report holding its speaker's own quoted words ("X called
    the walkout “reckless”") is one stop with them: the quoted words, as the panel shows."""
    attributed = [q for q in analysis.quotes if q.attributed]
    words: dict[tuple[str | None, int], list[Quote]] = {}
    for quote in attributed:
        if quote.kind is not _REPORT:
            words.setdefault(_place(quote), []).append(quote)
    return [q for q in attributed if not (q.kind is _REPORT and _holds(q, words))]


def _place(quote: Quote) -> tuple[str | None, int]:
    return quote.speaker, quote.sentence_ids[0] if quote.sentence_ids else -1


def _holds(report: Quote, words: dict[tuple[str | None, int], list[Quote]]) -> bool:
    inside = words.get(_place(report), [])
    return any(report.start <= q.start and q.end <= report.end for q in inside)


class _Stops:
    """Stops in article order: their keys (to bisect) and their quotes."""

    def __init__(self, keyed: list[tuple[StopKey, Quote]]) -> None:
        self.keys = [key for key, _ in keyed]
        self.quotes = [quote for _, quote in keyed]


_NO_STOPS = _Stops([])

""" "“…,” they said" of one person: the one whose they/them pronouns the article states, or one
whose gender the article never shows, just quoted or the subject of the sentence before (the
Resolver's)."""

from __future__ import annotations

import bisect

from reader.core.attribution.cast import Cast
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolution import Resolution
from reader.core.attribution.subjects import is_subject

_THEY_WINDOW = 600  # characters back to the one named last who may be a singular "they"
# someone's own pronoun, stated (or their title: "Mx Rowan Castellanos-Iqbal")
_THEY_THEM = compiled(r"\bthey/them\b|\bnon-?binary\b|\bMx\.?\s+[A-Z]")
_CONTACTED = compiled(
    r"(?:^|\n|[.!?]\s+)(?:Reached|Contacted|Interviewed|Approached)\b[^,.;“”\"]{0,60},\s+\Z"
)
# "Their solicitor", "Their mother": one person's own, when a sentence about one person opens so
_THEIR_OWN = compiled(
    r"(?:^|\n|[.!?]\s+)(Their)\s+(?:solicitor|lawyer|attorney|mother|father|partner|agent|"
    r"manager|sister|brother|spouse|wife|husband|coach|doctor)\b"
)
_PAIR_REACH = 40  # characters into the sentence before where "X and Y" would make "Their" theirs
_OPENING_MARKS = frozenset("“‘\"'")
_GENDERED = compiled(r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Hh]ers|Mr|Mrs|Ms|Miss)\b")


class SingularThey:
    cast: Cast
    _text: str
    _timeline: list[tuple[int, str]]
    _mentions_of: dict[str, list[int]]
    _spoken: list[tuple[int, str]]

    def _sentence_around(self, pos: int) -> tuple[int, int]:
        raise NotImplementedError  # (PronounResolution's)

    def _singular_they(self, at: int) -> Resolution | None:
        """ "“…,” they said" when the person named last, and quoted last or the subject of the
        sentence before, is one whose gender the article never shows ("Jude Fennimore, who has
        organised the rota since 2015"): them."""
        stated = _THEY_THEM.search(self._text, max(0, at - 2 * _THEY_WINDOW), at)
        if stated is None and (owner := self._their_own(at)):
            return owner
        # "Jordan Ellery-Nash, who uses they/them pronouns, … Council Member Rodney Keel said he
        # … “…,” they told the council": the one named just before the pronouns are stated
        # (a title states it for the one named right after it)
        pivot = (stated.end() if stated[0].startswith("Mx") else stated.start()) if stated else at
        end = bisect.bisect_left(self._timeline, (pivot, ""))
        while end and self._timeline[end - 1][1] not in self.cast.entities:
            end -= 1  # a mention the cast does not keep ("the old Corn Exchange")
        if not end or at - self._timeline[end - 1][0] > (3 if stated else 1) * _THEY_WINDOW:
            return None
        name = self._timeline[end - 1][1]
        entity = self.cast.entities.get(name)
        if entity is None or entity.kind != "person":
            return None
        if stated:
            return Resolution(name, "they-them", None)  # "Rua Taiaroa, who uses they/them …"
        # the cue of a quote, or a report after a reporter's contact ("Reached by phone, they
        # said …"); not any report's subject ("They disagree about …", "They allege …")
        one = self._text[at : at + 1] in _OPENING_MARKS or _CONTACTED.search(
            self._text, max(0, at - 90), at
        )
        cue = bool(one) and self._subject_just_before(name, at)
        if entity.gender is not None:  # (guessed from a first name alone: "Jordan", "Rowan")
            return Resolution(name, "pronoun", None) if cue and self._no_pronoun(name, at) else None
        spoke = bisect.bisect_left(self._spoken, (at, ""))  # and was quoted just before
        quoted_at, quoted = self._spoken[spoke - 1] if spoke else (-1, "")
        near = quoted == name and at - quoted_at <= 2 * _THEY_WINDOW
        return Resolution(name, "pronoun", None) if near or cue else None

    def _their_own(self, at: int) -> Resolution | None:
        """ "Rowan Ellery, 27, spent two years in … Their solicitor, Harvey Quint, …. “…,” they
        said": a "Their" opening the sentence after one about a person names that person's."""
        their = _THEIR_OWN.search(self._text, max(0, at - _THEY_WINDOW), at)
        if their is None:
            return None
        end = bisect.bisect_left(self._timeline, (their.start(1), ""))
        name = self._timeline[end - 1][1] if end else ""
        entity = self.cast.entities.get(name)
        if entity is None or entity.kind != "person" or not self._no_pronoun(name, at):
            return None  # (no "he" or "she" for them from their first mention on)
        if not self._subject_just_before(name, their.start(1)):
            return None
        before, _ = self._sentence_around(their.start(1) - 1)
        if " and " in self._text[before : before + _PAIR_REACH]:
            return None  # "Tom and Jill Baker ran the shop. Their lawyer …": the two's
        return Resolution(name, "their-own", None)

    def _no_pronoun(self, name: str, at: int) -> bool:
        """No "he", "she" or title of either sex from the person's first mention to the quote."""
        first = self._mentions_of.get(name, [at])[0]
        return _GENDERED.search(self._text, max(0, first - 6), at) is None

    def _subject_just_before(self, name: str, at: int) -> bool:
        """ "Jordan Ames-Whitley, a spokesperson for the union, said …. “…,” they said", "Alex
        Mburu, a ranger, has guarded the herd for nine years. ¶ “…,” they said": the subject of
        the sentence right before the quote's."""
        start, _ = self._sentence_around(at)
        if not start:
            return False
        before, end = self._sentence_around(start - 1)
        mentions = self._mentions_of.get(name, ())
        first = next((pos for pos in mentions if before <= pos < end), None)
        # (a role before the name: "Artist Sam Achebe-Lund, whose …, said")
        return first is not None and (first - before <= 30 or is_subject(self._text, first))

"""The spokesperson half of the pronoun resolver: "the spokesman" and a "she" right after "a
spokeswoman for X said" are X, unless someone named since may be the one meant."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from reader.core.attribution.cast import Cast
from reader.core.attribution.resolution import PRONOUN_WINDOW, Resolution


class SpokesPronouns:
    cast: Cast
    _timeline: list[tuple[int, str]]
    _spokes: list[tuple[int, str, str | None]]

    def _before(self, end: int) -> Iterator[tuple[int, str]]:
        raise NotImplementedError  # PronounResolution's

    def _spokesperson_org(self, at: int, gender: str | None) -> Resolution | None:
        """ "the spokesman" / "she" right after "a spokeswoman for X said": X speaks."""
        spokes = self._spokes  # in text order: read back from `at`, only within the window
        for index in range(bisect.bisect_left(spokes, at, key=_position) - 1, -1, -1):
            pos, org, spoken_gender = spokes[index]
            if at - pos >= PRONOUN_WINDOW:
                break
            if gender is None or spoken_gender in (None, gender):  # "a spokesperson": either
                return Resolution(org, "organisation", spoken_gender)
        return None

    def _spokes_at(self, at: int) -> int:
        index = bisect.bisect_left(self._spokes, at, key=_position)
        return self._spokes[index - 1][0] if index else -1

    def _may_mean_since(self, since: int, end: int, gender: str | None) -> bool:
        """Whether anyone named after `since` (and before timeline index `end`) may be the one
        a pronoun of `gender` means: of that gender, or of none the article shows."""
        for pos, name in self._before(end):
            if pos <= since:
                return False
            entity = self.cast.entities.get(name)
            if entity is None or entity.gender in (None, gender):
                return True
        return False


def _position(spokesperson: tuple[int, str, str | None]) -> int:
    return spokesperson[0]

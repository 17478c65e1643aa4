"""Sources the article describes but keeps unnamed on purpose: "A senior nurse, who asked not to
be named because she is not authorised to speak, said …". A "she said" right after is hers, not
that of the last woman the article named."""

from __future__ import annotations

import bisect

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolution import PRONOUN_WINDOW, gender_of

_KEPT_UNNAMED = compiled(
    r"\b(?:who|speaking|spoke)\s+(?:(?:asked|requested|declined|refused)\s+(?:not\s+to\s+be\s+"
    r"(?:named|identified)|to\s+be\s+(?:named|identified)|anonymity)|(?:spoke\s+)?on\s+(?:the\s+)?"
    r"condition\s+(?:of\s+anonymity|that\s+(?:she|he|they)\s+not\s+be\s+(?:named|identified)))"
)
_NEEDED = ("anonymity", "to be named", "to be identified", "not be named", "not be identified")
# a subject pronoun in the same clause: "… because she is not authorised to speak"
_OWN_PRONOUN = compiled(r"[^.;“”\"]{0,120}?\b(she|he)\b")
# the noun before the phrase: "A senior nurse, who asked …" (one), not "Two aides, speaking …"
_HEAD_BEFORE = compiled(r"([A-Za-z’'-]+)\s*,?\s*$")
_PLURALS = frozenset("people police staff men women children officials".split())


class AnonymousSources:
    """Where the text keeps a source unnamed, with the gender its own words show (if any)."""

    def __init__(self, masked: str) -> None:
        self._at: list[int] = []
        self._genders: list[str | None] = []
        if not any(words in masked for words in _NEEDED):
            return  # a substring test, not a scan of the text with the pattern
        for match in _KEPT_UNNAMED.finditer(masked):
            if not _one_person_before(masked, match.start()):
                continue
            own = _OWN_PRONOUN.match(masked, match.end())
            self._at.append(match.start())
            self._genders.append(gender_of(own[1]) if own else None)

    def latest_before(self, at: int, gender: str) -> int:
        """Where the last unnamed source a pronoun of `gender` may mean was described before
        `at` (within the pronoun window); -1 if none was."""
        index = bisect.bisect_left(self._at, at)
        while index:
            index -= 1
            if at - self._at[index] > PRONOUN_WINDOW:
                break
            if self._genders[index] in (None, gender):
                return self._at[index]
        return -1


def _one_person_before(masked: str, at: int) -> bool:
    head = _HEAD_BEFORE.search(masked, max(0, at - 60), at)
    if head is None:
        return True
    word = head[1].lower()
    return word not in _PLURALS and not (word.endswith("s") and not word.endswith("ss"))

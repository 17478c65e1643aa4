"""A regular expression compiled on first use.

Every pattern that embeds the mention grammar costs about 20 ms to compile; the ones only a few
sentences need ("As reported by …", "While X said …, he …") wait until a sentence asks for them,
so `reader quotes` on a short article does not pay for them.
"""

from __future__ import annotations

import re

from reader.core.attribution.pattern_cache import compiled


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = compiled(self.pattern, self._flags)
        return self._compiled

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._get().match(text, pos)

    def search(self, text: str) -> re.Match[str] | None:
        return self._get().search(text)

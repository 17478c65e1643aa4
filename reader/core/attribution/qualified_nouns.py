"""Descriptions whose capitalised words qualify a noun: "the Vermont senator", "a Skyline
spokesman", "the Tipperary boss", "a Boston lawyer" (the Resolver's). The capitalised words are a
place, a team or a body, never the speaker's name: the speaker is the body's spokesperson, the
person the article tied to those words, the person whose name opens the sentence before, the one
person named just before (lone_people.py), or no one named.
"""

from __future__ import annotations

import bisect
import re

from reader.core.attribution.cast import Cast
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

# words for someone who speaks for a body: "a Skyline spokesman" is Skyline Autonomous's
_SPEAKS_FOR_BODY = compiled(r"(?:spokes(?:man|woman|person)|representative|executive|statement)s?")
# more of a name: "Skyline" -> "Skyline Autonomous", "Shire" -> "Shire of Murrindal"
_NAME_GOES_ON = r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'&-]*)+"
_BODY_LOOKBACK = 20_000  # bounded: a book-length text has many spokesmen
_TIED_REACH = 60  # characters between the words and a name: "Tipperary, whose manager Eamon …"
_TIED_LOOKBACK = 3000  # how far back the article may have tied the words to someone
# what may come before a sentence's subject: titles ("Sen.", "Dr"), a capitalised opener
_LOWER_WORD = compiled(r"\s(?!(?:of|the|and|for|de|del|la)\s)[a-z]")
_BEFORE_SUBJECT = compiled(r"(?:[A-Z][\w.’'-]*\s+)*")


class QualifiedNounSources:
    cast: Cast
    _text: str
    _timeline: list[tuple[int, str]]

    # (the Resolver's and EarlierSubjects' methods)
    def _organisation(self, who: str, at: int = 0) -> Resolution | None:
        raise NotImplementedError

    def _of_person(self, name: str, how: str) -> Resolution:
        raise NotImplementedError

    def _sentence_around(self, pos: int) -> tuple[int, int]:
        raise NotImplementedError

    def _sentence_before(self, at: int) -> tuple[int, int]:
        raise NotImplementedError

    def lone_person(self, who: str, at: int, epithet: bool = False) -> Resolution | None:
        raise NotImplementedError

    def qualified_noun(self, who: str, at: int) -> Resolution:
        """Whom "the Vermont senator" (no one called Vermont) is, at `at`."""
        body = self._organisation(who, at)
        if body and body.name and not _LOWER_WORD.search(body.name):
            return body  # a body's name (not "Saint-Aubert director of rugby", a role)
        words = who.split()
        qualifier = " ".join(word for word in words[1:] if word[0].isupper())
        if _SPEAKS_FOR_BODY.fullmatch(words[-1]):  # "a Skyline spokesman": Skyline Autonomous's
            return Resolution(self._body_starting(qualifier, at) or qualifier, "organisation")
        if words[0].lower() != "the":
            return Resolution(None, "unnamed")  # "a Boston lawyer": someone new, not named
        if tied := self._tied_to(qualifier, at):
            return self._of_person(tied, "tied")  # "the Tipperary boss"
        if subject := self._named_opener_before(at):  # "the Florida senator"
            return self._of_person(subject, "subject-before")
        # "By 6:15, Jonah Feldstein is already annoyed. “…,” the Brooklyn-born chef says"
        return self.lone_person(who, at, epithet=True) or Resolution(None, "unnamed")

    def _body_starting(self, words: str, at: int) -> str | None:
        """The one body of the cast called `words` or whose name starts so, else the longest
        capitalised name starting so that the article wrote before `at`: "the former head of
        safety at Skyline Autonomous" … "A Skyline spokesman said"."""
        bodies = [
            entity.name
            for entity in self.cast.entities.values()
            if entity.kind != "person" and f"{entity.name} ".startswith(f"{words} ")
        ]
        if bodies:
            return bodies[0] if len(bodies) == 1 else None
        name_goes_on = re.compile(rf"\b{re.escape(words)}{_NAME_GOES_ON}")
        written = [
            found[0]
            for found in name_goes_on.finditer(self._text, max(0, at - _BODY_LOOKBACK), at)
            if not self._names_someone(found.start(), found.end())  # "Treasury Secretary Jacob"
        ]
        longest = max(written, key=len, default="")
        return longest if longest and not self.cast.is_person(longest) else None

    def _tied_to(self, words: str, at: int) -> str | None:
        """The person named right next to `words` where the article last wrote them in the same
        sentence: "a win over Tipperary, whose manager Eamon Lonergan …" ties him to Tipperary."""
        found = self._text.rfind(words, max(0, at - _TIED_LOOKBACK), at)
        if found < 0:
            return None
        start, end = self._sentence_around(found)
        low = bisect.bisect_left(self._timeline, (max(start, found - _TIED_REACH), ""))
        high = bisect.bisect_left(self._timeline, (min(end, found + _TIED_REACH), ""))
        people = [name for _, name in self._timeline[low:high] if self.cast.is_person(name)]
        return people[0] if len(set(people)) == 1 else None

    def _named_opener_before(self, at: int) -> str | None:
        """The person whose name opens the sentence before: "Marco Rubio, who is third …. The
        Florida senator told reporters …" is Rubio."""
        previous, start = self._sentence_before(at)
        index = bisect.bisect_left(self._timeline, (previous, ""))
        if index >= len(self._timeline) or self._timeline[index][0] >= start:
            return None
        pos, name = self._timeline[index]
        opener = _BEFORE_SUBJECT.fullmatch(self._text, previous, pos)
        return name if opener and self.cast.is_person(name) else None

    def _names_someone(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._timeline, (start, ""))
        return index < len(self._timeline) and self._timeline[index][0] < end

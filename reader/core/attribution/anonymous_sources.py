"""Sources the article describes but keeps unnamed on purpose: "A senior nurse, who asked not to
be named because she is not authorised to speak, said …". A "she said" right after is hers, not
that of the last woman the article named."""

from __future__ import annotations

import bisect

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolution import PRONOUN_WINDOW, gender_of

_ROLE_AFTER_UNNAMED = 600  # characters: a role in the same paragraph or the next

# Words that keep a source unnamed on purpose ("asked not to be named", "did not want to be
# identified", "would give only the name of her street", "spoke on condition of anonymity").
ANONYMITY = (
    # ("one veteran lobbyist told me, asking not to be named")
    r"(?:ask(?:ed|ing)|request(?:ed|ing)|declin(?:ed|ing)|refus(?:ed|ing))\s+"
    r"(?:not\s+to\s+be\s+(?:named|identified)|to\s+be\s+(?:named|identified)|anonymity|"
    r"to\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?)"
    r"|(?:did|does|would)(?:\s+not|n[’']t)\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)"
    r"|would(?:\s+not|n[’']t)\s+give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?"
    r"|would\s+give\s+only\s+the\s+name\s+of|(?:asked|wished|wishes)\s+to\s+remain\s+anonymous"
    # ("a senior Democratic aide granted anonymity to discuss private talks")
    r"|(?:granted|given)\s+anonymity|speaking\s+anonymously"
    r"|(?:spoke\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+anonymity|that\s+(?:she|he|they)\s+not\s+"
    r"be\s+(?:named|identified))"
)
# (not "who asked to be identified only by his first name": named by it)
# the phrase anywhere: "… granted anonymity to discuss the talks" (not_reports.py, and a source
# whose own words keep it unnamed in unnamed_descriptions.py)
ANONYMOUS = compiled(ANONYMITY)
_KEPT_UNNAMED = compiled(rf"\b(?:who|speaking|spoke)\s+(?:{ANONYMITY})(?!\s+(?:only|by|as)\b)")
_NEEDED = ("anonym", "named", "identified", "name")
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

    def latest_before(self, at: int, gender: str | None) -> int:
        """Where the last unnamed source a pronoun of `gender` (or a role: None) may mean was
        described before `at` (within the pronoun window); -1 if none was."""
        index = bisect.bisect_left(self._at, at)
        while index:
            index -= 1
            if at - self._at[index] > PRONOUN_WINDOW:
                break
            if gender is None or self._genders[index] in (None, gender):
                return self._at[index]
        return -1


def _one_person_before(masked: str, at: int) -> bool:
    head = _HEAD_BEFORE.search(masked, max(0, at - 60), at)
    if head is None:
        return True
    word = head[1].lower()
    return word not in _PLURALS and not (word.endswith("s") and not word.endswith("ss"))


class KeptUnnamed:
    """The part of `Resolver` that knows where the article keeps a source unnamed."""

    _masked: str
    _timeline: list[tuple[int, str]]  # (where, whom) of every person named, in order
    _anonymous: AnonymousSources | None = None  # built when a pronoun or role first asks

    def unnamed_source_since_named(self, at: int, gender: str | None) -> int:
        """Where a source the article keeps unnamed was described before `at` with no person
        named since (-1 if none was): "A former colleague, who spoke on the condition of
        anonymity, … “…,” the judge said" is that colleague."""
        if self._anonymous is None:
            self._anonymous = AnonymousSources(self._masked)
        unnamed = self._anonymous.latest_before(at, gender)
        end = bisect.bisect_left(self._timeline, (at, ""))
        return unnamed if unnamed > (self._timeline[end - 1][0] if end else -1) else -1

    def unnamed_role(self, who: str, common: bool, at: int) -> bool:
        """A person's role ("the judge"; not a `common` body's "the ministry") in the sentences
        right after a source kept unnamed, with no one named since."""
        if not who.startswith(("the ", "The ")) or not who[4:].islower() or common:
            return False
        unnamed = self.unnamed_source_since_named(at, None)
        return unnamed >= 0 and at - unnamed < _ROLE_AFTER_UNNAMED


# the unnamed sources of wire copy, named again ("the people said")
THE_SOURCES = frozenset(("the people", "the person", "the sources", "the source"))
_FAMILIAR = compiled(
    r"\b(?:people|persons?|sources?)\s+(?:familiar|briefed|close|with\s+knowledge)\b"
)
_FAMILIAR_REACH = 1500  # characters back to where the wire introduced them


def familiar_people_again(lowered: str, text: str, at: int) -> bool:
    """ "… people familiar with the matter said. … the people said": the same unnamed sources."""
    return lowered in THE_SOURCES and bool(_FAMILIAR.search(text, max(0, at - _FAMILIAR_REACH), at))

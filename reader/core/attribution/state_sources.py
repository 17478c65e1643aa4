"""US lawmakers called by their state (or town) and party after a first mention: "Sen. Roy
Albrecht, R-Neb., …. “…,” the Nebraska Republican said", "State Sen. Lorena Bracamonte spoke
against the bill. “…,” the El Paso Democrat said". The `Resolver` half that reads them."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from reader.core.attribution.party_states import PARTY_WORDS, PartyTags, state_reference
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.roles import RoleIndex

_BARE_PARTY = compiled(r"[Tt]he\s+(Democrat|Republican)")
_OPENING = 24  # characters: "State Sen. Lyle Fairweather", a name that opens its sentence


class StateSources:
    roles: RoleIndex
    _party_tags: PartyTags
    _timeline: list[tuple[int, str]]
    _sentence_starts: list[int]
    _text: str
    _of_person: Callable[[str, str], Resolution]  # the Resolver's

    def by_state(self, who: str, at: int) -> Resolution | None:
        """ "the Nebraska Republican" after "Sen. Roy Albrecht, R-Neb.,", or the one person the
        article describes with that state ("Florida Sen. Marco Rubio"), else the person the
        sentence before is about, unless tagged with another party; an untagged "the Kentucky
        Republican" with no one before keeps the article's label. None for other words."""
        if (state := state_reference(who)) is None:
            return None
        found = self._tagged(state) or self._from_state(state)
        if found is None and state[1] in PARTY_WORDS:
            named = self._subject_before(at, state[1])
            found = Resolution(f"{state[0]} {state[1].title()}", "state-label")
            found = self._of_person(named, "state-subject") if named else found
        return found

    def by_party(self, who: str, at: int) -> Resolution | None:
        """ "the Democrat said" after "Rep. Aurelio Bustamante, a three-term Colorado Democrat":
        the person the sentence before is about, unless of another party, else the one named
        last before `at` whom the article describes with that party or tags with it (None when
        it names no one so)."""
        party = _BARE_PARTY.fullmatch(who.strip())
        if party is None:
            return None
        word = party[1].lower()
        if subject := self._subject_before(at, word):
            return self._of_person(subject, "state-subject")
        described = {
            name
            for name, phrases in self.roles.described().items()
            if any(word in phrase.lower().split() for phrase in phrases)
        }
        tagged = set(self._party_tags.people_of_party(word))
        members = (described | tagged) - {
            n for n in described if self._party_tags.of_another_party(n, word)
        }
        before = self._timeline[: bisect.bisect_left(self._timeline, (at, ""))]
        latest = [name for _, name in reversed(before) if name in members]
        return self._of_person(latest[0], "party-member") if latest else None

    def _tagged(self, state: tuple[str, str]) -> Resolution | None:
        """The one person the article tagged with that state and party."""
        tagged = self._party_tags.people(*state)
        return self._of_person(tagged[0], "party-state") if len(tagged) == 1 else None

    def _from_state(self, state: tuple[str, str]) -> Resolution | None:
        """The one person described with that state, not tagged with another party ("Rep.
        Maribel Santos, D-Texas" is no Texas Republican)."""
        people = [
            name
            for name, phrases in self.roles.described().items()
            if any(state[0] in phrase for phrase in phrases)
            and not self._party_tags.of_another_party(name, state[1])
        ]
        return self._of_person(people[0], "state") if len(people) == 1 else None

    def _subject_before(self, at: int, party: str) -> str | None:
        """The first person named in the sentence before `at`, in the same paragraph, unless
        tagged with another party: "State Sen. Lorena Bracamonte spoke …. “…,” the El Paso
        Democrat said"."""
        this = bisect.bisect_right(self._sentence_starts, at) - 1
        if this < 1:
            return None
        start, end = self._sentence_starts[this - 1], self._sentence_starts[this]
        # across a paragraph break only the name that opens the paragraph before ("State Sen.
        # Lyle Fairweather has represented …" ¶ "“…,” the Maddox County Republican said")
        reach = end if "\n" not in self._text[start:at] else start + _OPENING
        index = bisect.bisect_left(self._timeline, (start, ""))
        while index < len(self._timeline) and self._timeline[index][0] < min(end, reach):
            at_name, name = self._timeline[index]
            index += 1
            if self._possessive(at_name, name):
                continue  # "Mr. Trump's opponents": not the one the sentence is about
            return None if self._party_tags.of_another_party(name, party) else name
        return None

    def _possessive(self, at: int, name: str) -> bool:
        """Whether the mention of `name` at `at` is a possessive ("Mr. Trump's")."""
        surname = name.split()[-1]
        end = self._text.find(surname, at, at + 80) + len(surname)
        return end > len(surname) - 1 and self._text[end : end + 2] in ("'s", "’s")

"""The one person a description can mean when the article gives it to no one: "the founder" with
one person near, "the Italian" of the only coach named, the only man in a piece (lone_people.py
finds them; this `Resolver` half answers with them)."""

from __future__ import annotations

from reader.core.attribution.cast import Cast
from reader.core.attribution.document_sources import DocumentSources
from reader.core.attribution.epithets import given_nationality
from reader.core.attribution.lone_people import demonym_sex, only_person_near, only_person_of
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.roles import RoleIndex


class LoneSources(DocumentSources):
    cast: Cast
    roles: RoleIndex
    _text: str
    _timeline: list[tuple[int, str]]

    def _of_person(self, name: str, how: str) -> Resolution:
        raise NotImplementedError  # the Resolver's

    def lone_person(self, who: str, at: int, epithet: bool = False) -> Resolution | None:
        described = self.roles.described()
        text, timeline = self._text, self._timeline
        kin = {couple.completed: couple.partner for couple in self.cast.relatives}
        name = only_person_near(who, at, text, timeline, self._sexed, described, kin, epithet)
        return self._of_person(name, "near") if name else None

    def _lone_of_nationality(self, who: str, at: int) -> Resolution | None:
        """The one person near, for a nationality the article gives no one ("the Italian" of
        "AC Montereggio coach X"), if they have no other ("Englishman Tom Redfern" is no Dane)
        and the demonym's sex fits theirs ("the Frenchman" is no Kylie)."""
        found = self.lone_person(who, at, epithet=True)
        if found is None or found.name is None:
            return found
        if given_nationality(self._text, self._timeline, found.name):
            return None
        sex = demonym_sex(who)
        return found if sex is None or self.cast.gender_of(found.name) in (sex, None) else None

    def only_person_of(self, sex: str) -> Resolution | None:
        """The one person of that sex the article names ("male" or "female"), if only one."""
        only = only_person_of(self.cast.entities.values(), sex)
        return self._of_person(only, "only-sex") if only else None

    def _sexed(self, name: str) -> bool:  # (not "Nova Scotia", a place the cast took for a name)
        return self.cast.is_person(name) and self.cast.gender_of(name) is not None

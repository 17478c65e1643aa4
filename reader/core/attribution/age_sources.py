"""People named by their age or their children: "The 26-year-old midfielder said", "the teenager
said", "the mother of two said" (the Resolver's; the index of ages is ages.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.attribution import cues
from reader.core.attribution.ages import AgeIndex
from reader.core.attribution.kin_owners import described_parent
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.role_words import FEMALE_KIN, MALE_KIN
from reader.core.attribution.roles import RoleIndex

# the sex a role noun after an age gives: "the 71-year-old widow", "the 45-year-old father"
_SEX_OF = dict.fromkeys(FEMALE_KIN | {"woman", "mum", "mom", "grandma"}, "female") | dict.fromkeys(
    MALE_KIN | {"man", "dad", "grandad"}, "male"
)

PARENT_EPITHET = compiled(cues.PARENT_EPITHET)
_MOTHER_WORD = compiled(rf"\b{cues.MOTHER_WORDS}[-\s]of\b")  # else a father


class AgeSources:
    roles: RoleIndex
    _ages: AgeIndex | None
    _text: str
    _timeline: list[tuple[int, str]]
    _sentence_starts: list[int]

    # (the Resolver's and RoleSources' methods)
    def _person(self, mention: str, unknown_ok: bool = False) -> str | None:
        raise NotImplementedError

    def _of_person(self, name: str, how: str) -> Resolution:
        raise NotImplementedError

    def _by_role(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError

    def _lede_reference(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError

    def _gender(self, name: str) -> str | None:
        raise NotImplementedError

    def only_person_of(self, sex: str) -> Resolution | None:
        raise NotImplementedError

    if TYPE_CHECKING:  # PronounResolution's, after this class in the Resolver's bases: a stub
        # here would shadow it

        def _pronoun(self, pronoun: str, at: int, quoted_ok: bool = False) -> Resolution | None: ...

    def parent(self, epithet: str, at: int) -> Resolution | None:
        """ "the mother of two said": the one the article describes so, else the last person of
        the parent's sex named before (whom the writer goes on about)."""
        if parent := described_parent(epithet.lower(), self.roles.described()):
            return self._of_person(parent, "described")
        found = self._pronoun("she" if _MOTHER_WORD.search(epithet.lower()) else "he", at)
        return Resolution(found.name, "parent", found.gender) if found and found.name else None

    def by_age_and_role(self, who: str, at: int) -> Resolution | None:
        """ "The 26-year-old midfielder": the midfielder the article introduced, when it did; else
        whoever is that age (the man just named may be his manager), or the lede's "An
        80-year-old retiree …" named after it."""
        role = who.split()[2:]  # past "The 26-year-old"
        by_role = self._by_role(" ".join(["the", *role]), at) if role else None
        found = by_role or self._by_age(who, at) or self._lede_reference(who, at)
        if not (found and found.name) and (alone := self._only_person_before(at)):
            found = alone  # "The 36-year-old Pole, who …, said" after one person named
        sex = _SEX_OF[role[-1].lower()] if role and role[-1].lower() in _SEX_OF else None
        if found and found.name and sex and self._gender(found.name) not in (sex, None):
            # "the 71-year-old widow" is no man named before: the one woman named, if one
            return self.only_person_of(sex)
        return found

    def _only_person_before(self, at: int) -> Resolution | None:
        """The one person the article names before `at`, if it names only one."""
        only = None
        for pos, name in self._timeline:  # (sorted: stops at the second person, or at `at`)
            if pos >= at:
                break
            if only is not None and name != only:
                return None
            only = name
        return self._of_person(only, "only-before") if only else None

    def aged_in(self, span: range) -> Resolution | None:
        """ "the teenager said", "the septuagenarian said": the one person the article gives
        an age in that span."""
        name = self._ages_index().aged_in(span)
        return self._of_person(name, "age") if name else None

    def _ages_index(self) -> AgeIndex:
        if self._ages is None:
            self._ages = AgeIndex(self._text, self._person)
        return self._ages

    def _by_age(self, who: str, at: int) -> Resolution | None:
        ages = self._ages_index()
        name, how = ages.person_aged(who, self._timeline, self._sentence_starts, at)
        return self._of_person(name, how) if name else None

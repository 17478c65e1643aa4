"""Resolve a cue's words ("Osei", "Dr. Lindgren", "she", "the ministry") to a canonical source.

People are tracked on a timeline of mentions; pronouns go to the most recent person whose gender
fits, where gender comes from titles, the registry and the pronouns the article uses near a name.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.attribution import cues
from reader.core.attribution.mentions import NOT_NAMES, Cast, person_name, strip_title
from reader.core.model import Sentence

_PERSON = re.compile(rf"(?<![\w.])({cues.TITLE})?({cues.NAME})")
_FEMALE = re.compile(
    r"\b(?:she|her|hers|herself|(?:spokes|chair|business|congress|council|sales)woman)\b",
    re.IGNORECASE,
)
_MALE = re.compile(
    r"\b(?:he|him|his|himself|(?:spokes|chair|business|congress|council|sales)man)\b", re.IGNORECASE
)
_COMMON = re.compile(cues.COMMON_SOURCE)
_PRONOUN_WINDOW = 2500  # characters back in which "she" may still point to a name


@dataclass(frozen=True, slots=True)
class Resolution:
    name: str | None  # None: a source the article does not name ("officials")
    how: str  # "named", "surname", "title", "pronoun", "organisation", "registry", "unnamed"
    gender: str | None = None


class Resolver:
    def __init__(self, text: str, sentences: list[Sentence], cast: Cast, masked: str) -> None:
        self.cast = cast
        self._lowercase_words = set(re.findall(r"\b[a-z][a-z'’-]+\b", text))
        self._timeline: list[tuple[int, str]] = []
        for match in _PERSON.finditer(text):
            name = self._person(match.group(0))
            if name:
                self._timeline.append((match.start(2), name))
        self._infer_genders(sentences, masked)

    def resolve(self, who: str, at: int) -> Resolution | None:
        who = " ".join(who.split())
        lowered = who.lower()
        if lowered in {"he", "she"}:
            return self._pronoun(lowered, at)
        if lowered == "they":
            return None
        if _COMMON.fullmatch(who):
            return self._organisation(who)
        named = _name_part(who)
        name = self._person(named, unknown_ok=True)
        if name:
            entity = self.cast.entities.get(name)
            return Resolution(name, _how_named(named, name), entity.gender if entity else None)
        return self._organisation(who)

    def note_speaker(self, name: str, at: int) -> None:
        """A pronoun-attributed quote keeps its speaker in focus for the next pronoun."""
        bisect.insort(self._timeline, (at, name))

    def _person(self, mention: str, unknown_ok: bool = False) -> str | None:
        """The canonical person a mention names; `unknown_ok` accepts a surname never introduced
        (only where a cue says someone speaks: a bare capitalised word is too often a place)."""
        words = strip_title(mention).split()
        while len(words) > 1 and words[0] in NOT_NAMES:  # "For Kwame Asante", "But Osei"
            words = words[1:]
        if not words or words[0] in NOT_NAMES:
            return None
        bare = " ".join(words)
        canonical = self.cast.canonical(bare)
        if canonical:
            entity = self.cast.entities.get(canonical)
            return canonical if entity is None or entity.kind == "person" else None
        if unknown_ok and len(words) == 1 and self._proper_noun(bare, bare != mention.strip()):
            return bare  # "Mr. Biden" with no full name given; "Hillary", never written lowercase
        return person_name(bare)

    def _proper_noun(self, word: str, titled: bool) -> bool:
        if word in NOT_NAMES or not word[:1].isupper() or word.isupper():
            return False
        return titled or word.lower() not in self._lowercase_words

    def _pronoun(self, pronoun: str, at: int) -> Resolution | None:
        gender = "female" if pronoun == "she" else "male"
        end = bisect.bisect_left(self._timeline, (at, ""))
        fallback: str | None = None
        for pos, name in reversed(self._timeline[:end]):
            if at - pos > _PRONOUN_WINDOW:
                break
            entity = self.cast.entities.get(name)
            known = entity.gender if entity else None
            if known == gender:
                return Resolution(name, "pronoun", known)
            if known is None and fallback is None:
                fallback = name  # the nearest person whose gender the article never shows
        return Resolution(fallback, "pronoun", None) if fallback else None

    def _organisation(self, who: str) -> Resolution | None:
        bare = re.sub(r"^(?:an?|the|its|their)\s+", "", who, flags=re.IGNORECASE)
        spokes = re.match(r"(?:spokes\w+|representative|official)\s+(?:for|from|at)\s+(.+)", bare)
        if spokes:
            bare = re.sub(r"^(?:the|its|their)\s+", "", spokes.group(1), flags=re.IGNORECASE)
        known = self.cast.canonical(bare) or self.cast.organisation_for(bare.split()[-1])
        if known:
            return Resolution(known, "organisation")
        named = bare[:1].isupper() and bare.split()[0] not in NOT_NAMES
        if named and (_looks_like_org(bare) or who.startswith("The ") or len(bare.split()) > 1):
            return Resolution(bare, "organisation")  # "The Blaze reported", "Gallup said"
        return Resolution(None, "unnamed")

    def _infer_genders(self, sentences: list[Sentence], masked: str) -> None:
        """Count she/he that follow a sentence naming exactly one person (quotes masked out)."""
        votes: dict[str, list[int]] = {}
        starts = [s.start for s in sentences]
        by_sentence: dict[int, set[str]] = {}
        for pos, name in self._timeline:
            by_sentence.setdefault(bisect.bisect_right(starts, pos) - 1, set()).add(name)
        for index, names in by_sentence.items():
            if len(names) != 1:
                continue
            name = next(iter(names))
            span = masked[sentences[index].start : sentences[index].end]
            if index + 1 < len(sentences) and index + 1 not in by_sentence:
                span += " " + masked[sentences[index + 1].start : sentences[index + 1].end]
            tally = votes.setdefault(name, [0, 0])
            tally[0] += len(_FEMALE.findall(span))
            tally[1] += len(_MALE.findall(span))
        for name, (female, male) in votes.items():
            entity = self.cast.entities.get(name)
            if entity and not entity.gender and female != male:
                entity.gender = "female" if female > male else "male"


def _name_part(mention: str) -> str:
    """The name in a role-prefixed mention: "GOP strategist Keith Nahigian" -> "Keith Nahigian"."""
    if _PERSON.fullmatch(mention):
        return mention
    after_possessive = re.split(r"['’]s\s+", mention)[
        -1
    ]  # "Iowa State University's Dianne Bystrom"
    runs = list(_PERSON.finditer(after_possessive))
    return runs[-1].group(0) if runs else mention


def _how_named(mention: str, name: str) -> str:
    bare = strip_title(mention)
    if bare == name:
        return "named"
    return "title" if bare != mention else "surname"


def _looks_like_org(name: str) -> bool:
    last = name.split()[-1].lower()
    return last in cues.ORG_HEADS or name.split()[-1] in cues.OUTLET_WORDS or " of " in name

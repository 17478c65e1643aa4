"""Organisations on a timeline: "the bank" is the bank named last, "the company" the last company.

An index by word keeps this a bisection per lookup rather than a scan of every name, so long
articles stay linear.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution.acronyms import initials_index, named_by_initials
from reader.core.attribution.cast import Cast
from reader.core.attribution.pattern_cache import compiled

LOOKBACK = 200  # organisations named before a mention that "the company" may point to
_COMPANY = "\0company"  # the index key of names that end in a company head
_CLUB = "\0club"  # ... and of names that end like a sports club's ("Elmsford Town")
_CLUB_HEADS = frozenset([*cues.CLUB_WORDS, "united", "city", "fc"])
GENERIC_ORG_WORD = compiled(cues.GENERIC_ORG)  # "company", "agency": a body by its kind
# A word for a body its name does not hold: "the club" is the football club named last ("Elmsford
# Town"), "the school" the university or college
_ALSO_MEANT = {
    "club": (_CLUB,),
    "school": ("university", "college", "academy", "primary"),
    # "the United Democratic Front"
    "party": ("front", "movement", "alliance", "congress", "partido"),
    # "the union" after "the Millbrook Police Officers Association", "the Fraternal Order of …"
    # ("the National Alliance of Federal Employees": a union by another name)
    "union": (
        "association",
        "federation",
        "guild",
        "brotherhood",
        "order",
        "alliance",
        "sindicato",
    ),
    "board": ("nhs",),  # "the health board" after "NHS Loch Arden"
    # a Spanish or Portuguese body called by the English word: "the Ministerio de Salud Pública
    # … The ministry said"
    "ministry": ("ministerio", "ministério"),
    "institute": ("instituto",),
    "bank": ("banco", "banca", "bancorp", "bancshares", "bankshares"),
    "cooperative": ("cooperativa",),
    "airline": ("aerolíneas",),
    "university": ("universidad",),
    "council": ("consell", "consejo", "conseil", "concello"),
    # "the military said", "the army said" after "The Israel Defense Forces said …"
    "military": ("forces", "army", "military", "defence", "defense"),
    "army": ("forces", "army"),
    "label": ("recordings", "records"),  # "the label said" of "Gravel Moth Recordings"
}
# Generic words for a public body, and the heads that name one: "the agency" is not a company,
# and "the company" is not the port authority named after it.
# "the department" or "the ministry" where none is named so: the public body named before it
# ("Health Canada … a spokesperson for the department said")
_PUBLIC_WORDS = frozenset(["agency", "regulator", "watchdog", "department", "ministry"])
_NEAR = 250  # characters: a body named this close before "the company" is the one meant
_SALIENCE = 40  # organisation mentions read back to find the one a passage is about
# (a dateline's dash too: "OTTAWA — Transport Canada has ordered …")
_SENTENCE_BEFORE = compiled(r"(?:^|[.!?:”\"]\s+|\n|[A-Z]\s+[—–]\s+)(?:(?:But|And|The|Yet)\s+)?$")
_PUBLIC_HEADS = frozenset(
    "ministry department agency authority council board commission committee office government "
    "police court administration city county state bureau service parliament assembly "
    "programme".split()  # "the Meridian Food Programme" … "the agency said"
)


class OrganisationTimeline:
    def __init__(self, cast: Cast, text: str) -> None:
        self._cast = cast
        self._text = text
        self._mentions = cast.organisations
        self._starts = [pos for pos, _ in cast.organisations]
        self._index: dict[str, list[int]] | None = None
        self._heads: list[str] | None = None  # each mention's head word, read once
        self._initials: dict[str, str] | None = None  # "SEC" -> the body so spelt out

    def latest(self, head: str, at: int) -> str | None:
        """ "the bank": the bank named last before `at`; "the company": the business the passage
        is about. One named right at `at` counts: "Ridgeway Insurance … has opened 90 claims,
        the company said" reports what opens the sentence."""
        end = bisect.bisect_right(self._starts, at)
        first = max(0, end - LOOKBACK)
        named = self._latest_headed(head.lower(), first, end)
        named = named or self._latest_with_word(head.lower(), end)
        if named is not None and named[0] >= first:
            return named[1]
        described = _described_as(self._cast.described_bodies, head.lower(), at)
        if described is not None:  # "the journal said" after "the journal Cellular Frontiers"
            return described
        for word in _ALSO_MEANT.get(head.lower(), ()):  # "the club said", "the school said"
            named = self._latest_with_word(word, end)
            if named is not None and named[0] >= first:
                return named[1]
        public = head.lower() in _PUBLIC_WORDS
        generic = GENERIC_ORG_WORD.fullmatch(head.lower()) and head != "House"  # a name's word
        if (public or generic) and end > first:
            fits = _is_public if public else _is_business
            return self._salient(first, end, at, fits) or self._mentions[end - 1][1]
        return self._cast.organisation_for(head)

    def by_initials(self, words: str) -> str | None:
        """ "the SEC": the body named in full with those initials (the last, if several)."""
        if self._initials is None:
            self._initials = initials_index(self._mentions, self._text)
        return named_by_initials(words, self._initials)

    def latest_of_phrase(self, words: str, at: int) -> str | None:
        """ "the bank", and "the police service" by either head: "Prairie Valley Regional
        Police" named before."""
        *modifiers, head = words.split()
        if head.lower() == "family":
            return None  # "the family said" is no "Granger Family Foundation"
        found = self.latest(head, at)
        if (
            found is None
            and head.lower() == "service"
            and modifiers
            and modifiers[-1].lower() in cues.ORG_HEADS
        ):
            found = self.latest(modifiers[-1], at)
        return found

    def latest_any(self, at: int, public: bool = False, document: bool = False) -> str | None:
        """ "It said", "the filing said": the body named just before, else the business the
        passage is about, else whatever body was named last. (Not one named right at `at`, as
        `latest` allows: "It" and a document are never the name that follows them.) With
        `public`, a public body first: "the indictment" is the prosecutors', not the firm's.
        A `document` is the issuer's who opened a sentence lately, though a body named after it
        came later ("Transport Canada has ordered operators of the Horizon Spirit …. The
        directive states")."""
        end = bisect.bisect_left(self._starts, at)
        first = max(0, end - LOOKBACK)
        if end <= first:
            return self._cast.organisation_for("company")
        # "The Election Commission … said …. The result stood, it said": whatever its kind
        for index in range(end - 1, max(first, end - (4 if document else 1)) - 1, -1):
            if subject := self._subject_just_before(index, at):
                return subject
        fits = _is_public if public else _is_business
        return self._salient(first, end, at, fits) or self._mentions[end - 1][1]

    def _salient(self, first: int, end: int, at: int, fits: Callable[[str], bool]) -> str | None:
        """Of the bodies of the right kind named lately, the one named just before `at`, else
        the one named most often ("the company" in an earnings story is the company reporting,
        not a rival named in passing), the later one on a tie. `fits` reads a name's head word."""
        heads = self._head_words()
        fitting = [i for i in range(max(first, end - _SALIENCE), end) if fits(heads[i])]
        if not fitting:
            return None
        if subject := self._subject_just_before(fitting[-1], at):
            return subject  # "Brightmoor said … The company said"
        counts = Counter(self._mentions[i][1] for i in fitting)
        order = {self._mentions[i][1]: i for i in fitting}  # each name's last mention
        return max(counts, key=lambda name: (counts[name], order[name]))

    def _subject_just_before(self, index: int, at: int) -> str | None:
        """The body of mention `index`, if it opened a sentence just before `at`."""
        named_at, name = self._mentions[index]
        return name if at - named_at <= _NEAR and self._opens_sentence(named_at) else None

    def _opens_sentence(self, at: int) -> bool:
        """Whether the name at `at` is a sentence's subject, not a body named in passing."""
        return _SENTENCE_BEFORE.search(self._text, max(0, at - 12), at) is not None

    def _word_index(self) -> dict[str, list[int]]:
        if self._index is None:
            self._index = _index_by_word(self._mentions)
        return self._index

    def _head_words(self) -> list[str]:
        if self._heads is None:
            self._heads = [_head_word(name) for _, name in self._mentions]
        return self._heads

    def _latest_headed(self, word: str, first: int, end: int) -> tuple[int, str] | None:
        """The last mention (from index `first`) whose head is `word`: "the city" is "City of
        Millbrook", not the "Office of the City Auditor" named since."""
        indices = self._word_index().get(word, [])
        heads = self._head_words()
        for index in reversed(indices[: bisect.bisect_left(indices, end)]):
            if index < first:
                break
            if heads[index].rstrip("s") == word.rstrip("s"):
                return index, self._mentions[index][1]
        return None

    def _latest_with_word(self, word: str, end: int) -> tuple[int, str] | None:
        """The last mention before index `end` whose name has `word` (or its plural)."""
        indices = self._word_index().get(word)
        if not indices:
            return None
        at = bisect.bisect_left(indices, end)
        return (indices[at - 1], self._mentions[indices[at - 1]][1]) if at else None


def _described_as(described: list[tuple[int, str, str]], noun: str, at: int) -> str | None:
    """The body named last before `at` right after "the <noun>"."""
    return next((name for start, name, n in reversed(described) if n == noun and start < at), None)


# Heads of bodies that are neither public nor businesses: "the company" is none of these.
_NOT_BUSINESS = _PUBLIC_HEADS | frozenset(
    "union association federation foundation party campaign university school "
    "coalition alliance league society trust institute forum club team center centre "
    "hospital clinic church museum library".split()
)


def _is_public(head: str) -> bool:
    return head in _PUBLIC_HEADS


def _is_business(head: str) -> bool:
    return head in cues.COMPANY_HEADS or head not in _NOT_BUSINESS


def is_business(name: str) -> bool:
    """Whether a body's name reads as a business's ("Oriel Mining", not "Wexmoor Council")."""
    return _is_business(_head_word(name))


def _head_word(name: str) -> str:
    """ "Bureau of Workplace Safety": bureau; "Wrenhaven Port Authority": authority."""
    words = name.lower().split(" of ", 1)[0].split()
    return words[-1] if words else ""


def _index_by_word(organisations: list[tuple[int, str]]) -> dict[str, list[int]]:
    """Word -> indices of the mentions whose name has it: "the bank" is in "Osterley Bank" and
    "Banks Group", not in "Riverbank Homes"."""
    index: dict[str, list[int]] = {}
    for position, (_, name) in enumerate(organisations):
        words = name.lower().split()
        keys = {*words, *(w[:-1] for w in words if w.endswith("s"))}
        if words and words[-1] in cues.COMPANY_HEADS:
            keys.add(_COMPANY)
        if words and words[-1] in _CLUB_HEADS:
            keys.add(_CLUB)
        for key in keys:
            index.setdefault(key, []).append(position)
    return index

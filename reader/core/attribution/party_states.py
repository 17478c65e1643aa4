"""US lawmakers called by their state and party: "Sen. Roy Albrecht, R-Neb.," and then "the
Nebraska Republican said", "the Michigan senator", "the Arizona lawmaker". The party tag after a
name gives both; a reference to a state and a party (or a legislator's title) is the one person
the article tagged so."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled

# Each state, with its AP abbreviation (where AP shortens it) and its postal code
_STATES = {
    "Alabama": "Ala. AL", "Alaska": "AK", "Arizona": "Ariz. AZ", "Arkansas": "Ark. AR",
    "California": "Calif. CA", "Colorado": "Colo. CO", "Connecticut": "Conn. CT",
    "Delaware": "Del. DE", "Florida": "Fla. FL", "Georgia": "Ga. GA", "Hawaii": "HI",
    "Idaho": "ID", "Illinois": "Ill. IL", "Indiana": "Ind. IN", "Iowa": "IA", "Kansas": "Kan. KS",
    "Kentucky": "Ky. KY", "Louisiana": "La. LA", "Maine": "ME", "Maryland": "Md. MD",
    "Massachusetts": "Mass. MA", "Michigan": "Mich. MI", "Minnesota": "Minn. MN",
    "Mississippi": "Miss. MS", "Missouri": "Mo. MO", "Montana": "Mont. MT", "Nebraska": "Neb. NE",
    "Nevada": "Nev. NV", "New Hampshire": "N.H. NH", "New Jersey": "N.J. NJ",
    "New Mexico": "N.M. NM", "New York": "N.Y. NY", "North Carolina": "N.C. NC",
    "North Dakota": "N.D. ND", "Ohio": "OH", "Oklahoma": "Okla. OK", "Oregon": "Ore. OR",
    "Pennsylvania": "Pa. PA", "Rhode Island": "R.I. RI", "South Carolina": "S.C. SC",
    "South Dakota": "S.D. SD", "Tennessee": "Tenn. TN", "Texas": "TX", "Utah": "UT",
    "Vermont": "Vt. VT", "Virginia": "Va. VA", "Washington": "Wash. WA",
    "West Virginia": "W.Va. W.V. WV", "Wisconsin": "Wis. Wisc. WI", "Wyoming": "Wyo. WY",
}  # fmt: skip
_STATE_OF = {
    form.rstrip("."): state for state, forms in _STATES.items() for form in [state, *forms.split()]
}
_PARTIES = {"R": "republican", "D": "democrat", "I": "independent"}
PARTY_WORDS = frozenset(_PARTIES.values())
# A party tag right after a name: "Sen. Roy Albrecht, R-Neb.,", "Rep. Ann Ortega (R-Ariz.)",
# "Kyle (D-MI)"; the roster keeps the tag as a speaker detail
TAG_AFTER_NAME = (
    r"(?:,\s*|\s*\(\s*)(?P<tag>(?P<party>[DRI])-(?P<state>[A-Z][A-Za-z.]*"
    r"(?:\s?[A-Z][A-Za-z.]*)?))(?=[,.)\s])"
)
_TAG = compiled(rf"(?P<name>{cues.PERSON}){TAG_AFTER_NAME}")
_LEGISLATOR = "senator congressman congresswoman representative lawmaker legislator".split()
# "the Nebraska Republican", "the Michigan senator", "The former Florida congressman"
_REFERENCE = compiled(
    r"[Tt]he\s+(?:former\s+)?(?P<state>"
    + "|".join(sorted(_STATES, key=len, reverse=True))
    + r")\s+(?P<what>(?i:republican|democrat|independent)|"
    + "|".join(_LEGISLATOR)
    + r")"
)


# "the El Paso Democrat", "the Brooklyn Republican": a town's, with a party
_PLACE_PARTY = compiled(
    r"[Tt]he\s+(?:former\s+)?(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<what>Republican|Democrat)"
)


def state_reference(who: str) -> tuple[str, str] | None:
    """(state, what) of "the Nebraska Republican", "the Michigan senator" (or (town, party) of
    "the El Paso Democrat"); None otherwise."""
    words = " ".join(who.split())
    match = _REFERENCE.fullmatch(words) or _PLACE_PARTY.fullmatch(words)
    return (match["state"], match["what"].lower()) if match else None


class PartyTags:
    """Who the article tags with which party and state (read on first use)."""

    def __init__(self, text: str, person: Callable[[str], str | None]) -> None:
        self._text = text
        self._person = person
        self._tags: dict[str, set[tuple[str, str]]] | None = None

    def people(self, state: str, what: str) -> list[str]:
        """Everyone tagged with that state (and that party, if `what` is one)."""
        party = what if what in _PARTIES.values() else None
        return [
            name
            for name, tags in self._index().items()
            if any(s == state and (party is None or p == party) for p, s in tags)
        ]

    def people_of_party(self, party: str) -> list[str]:
        """Everyone tagged with that party ("D-Colo.": a Democrat)."""
        return [name for name, tags in self._index().items() if any(p == party for p, _ in tags)]

    def of_another_party(self, name: str, party: str) -> bool:
        """Whether the article tags `name` with a party, and not with `party`."""
        parties = {p for p, _ in self._index().get(name, ())}
        return party in PARTY_WORDS and bool(parties) and party not in parties

    def _index(self) -> dict[str, set[tuple[str, str]]]:
        if self._tags is None:
            self._tags = {}
            text = self._text
            at = text.find("-")
            while at >= 0:  # a tag's hyphen follows D, R or I: most hyphens are skipped
                if text[at - 1 : at] in _PARTIES and (tag := _tag_before(text, at)):
                    name, party, state = tag
                    person = self._person(name)
                    if person:
                        self._tags.setdefault(person, set()).add((party, state))
                at = text.find("-", at + 1)
            for name, party, state in _described_members(text):
                if person := self._person(name):
                    self._tags.setdefault(person, set()).add((party, state))
        return self._tags


STATE_NAMES = "|".join(sorted(_STATES, key=len, reverse=True))
# "Rep. Nora Villanueva, a Democrat from Oregon,", "Rep. Curtis Bramwell, a Texas Republican"
_DESCRIBED = compiled(
    rf"(?P<name>{cues.PERSON}),\s+an?\s+(?:(?P<state>{STATE_NAMES})\s+(?P<party>Republican|"
    rf"Democrat|Independent)|(?P<party2>Republican|Democrat|Independent)\s+from\s+"
    rf"(?P<state2>{STATE_NAMES}))\b"
)
_PARTY_WORD = compiled(r"\b(?:Republican|Democrat|Independent)\b")


def _described_members(text: str) -> list[tuple[str, str, str]]:
    """(name, party, state) of each lawmaker the article describes by party and state in
    words; read around each party word only (a name pattern run over a whole book is slow)."""
    found = []
    for word in _PARTY_WORD.finditer(text):
        for match in _DESCRIBED.finditer(text, max(0, word.start() - 90), word.end() + 20):
            party = (match["party"] or match["party2"]).lower()
            found.append((match["name"], party, match["state"] or match["state2"]))
    return found


def _tag_before(text: str, hyphen: int) -> tuple[str, str, str] | None:
    """(name, party, state) of the tag whose hyphen is at `hyphen`."""
    start = max(0, hyphen - 80)
    for match in _TAG.finditer(text, start, hyphen + 20):
        if match.start("party") == hyphen - 1:
            state = _STATE_OF.get(match["state"].rstrip(".").replace(". ", "."))
            return (match["name"], _PARTIES[match["party"]], state) if state else None
    return None

"""Names the cast trims or turns away after finding them: "Dean Marsh" as the dean, a name
given to a thing ("the Kerr Memorial Trophy"), a demonym used as an epithet before a name, a
name after "the" that heads its phrase ("The Nova Scotian made a draw")."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.verb_phrases import VERB_WORDS


def dean_by_surname(person: str, surnames: set[str], lowercase: set[str]) -> bool:
    """ "Dean Marsh" where someone else is a Marsh and someone is "the dean": the title and her
    surname (cues.TITLE takes "Dean" for a first name before one word). With no dean in the
    article, "Her husband, Dean Morrow," is Kate Morrow's husband."""
    words = person.split()
    if len(words) != 2 or words[0] not in cues.GIVEN_NAME_TITLES:
        return False
    return words[1] in surnames and words[0].lower() in lowercase


# "the Mahila Samman Nidhi scheme", "the Kerr Memorial Trophy": a name given to a thing
_THING_AFTER = compiled(
    r"[^\S\n]+(?:scheme|programme|program|initiative|project|fund|trophy|prize|awards?|act|bill|"
    r"amendment|doctrine|yojana|stadium|arena|bridge|tunnel|memorial|lecture|scholarship|"
    r"fellowship|seat|ward|constituency"  # "held his Hill Top seat": a seat, no one
    # "named Young Farmer of the Year": an award's title
    r"|of[^\S\n]+the[^\S\n]+(?:Year|Season|Month|Match|Tournament|Series|Decade)"
    # "Kiamaina Ward MCA Grace Njoroge": an electoral ward, then its member
    r"|(?<=\sWard[^\S\n])(?:MCA|MLA|MP|[Cc]ouncill?or|[Mm]ember|Cllr|Rep))\b"
)


def names_a_thing(text: str, end: int) -> bool:
    """Whether the capitalised words ending at `end` name a scheme, prize, award or place: no
    one (but "Tova Reinholt’s stadium tour" is hers)."""
    return text[end - 2 : end] not in ("’s", "'s") and _THING_AFTER.match(text, end) is not None


# "the product tanker Baltic Wren", "the bulk carrier Ocean Pioneer", "MV Lamu Trader": a ship
_VESSEL_BEFORE = compiled(
    r"\b(?:tanker|carrier|vessel|ship|containership|boxship|bulker|freighter|trawler|ferry|yacht|"
    r"dredger|tug|tugboat|barge|liner|frigate|destroyer|corvette|submarine|cutter|schooner|"
    r"MV|MT|RV|HMS|USS|HMAS|HMNZS|HMCS)[^\S\n]+$"  # (not "MS", a member of the Senedd)
)
# a church or a parish that opens with its saint: "St. Barbara Parish lost a third of its families"
_SAINT_BEFORE = compiled(r"(?<![\w’'-][^\S\n])\bSt\.[^\S\n]+$")


# a dateline's town in capitals, then its region: "DEIR AL-BALAH, Gaza Strip —"
_DATELINE_TOWN_BEFORE = compiled(r"(?:^|\n)[A-Z][A-Z’'. -]{2,40},[^\S\n]+$")


def names_a_ship_or_dateline(text: str, at: int) -> bool:
    """Whether the capitalised words at `at` are a ship's name, or the region of a dateline: no
    one a pronoun can mean."""
    return (
        _VESSEL_BEFORE.search(text, max(0, at - 16), at) is not None
        or _SAINT_BEFORE.search(text, max(0, at - 8), at) is not None
        or _DATELINE_TOWN_BEFORE.search(text, max(0, at - 45), at) is not None
    )


def without_things(
    named: list[tuple[int, str, str, str | None]], things: dict[str, int]
) -> list[tuple[int, str, str, str | None]]:
    """The names of people, less those first named as a thing: after "the Mahila Samman Nidhi
    scheme", "the Samman Nidhi money" is no one (but "the Bernie Sanders bill" after Bernie
    Sanders himself is still him)."""
    if not things:
        return named
    first: dict[str, int] = {}
    for at, _, person, _ in named:
        first.setdefault(person, at)
    gone = {
        person
        for person, at in first.items()
        if any(thing.endswith(person) and seen < at for thing, seen in things.items())
    }
    return [entry for entry in named if entry[2] not in gone]


# "the Aucklander said", "the Kerryman": a demonym the article uses as a word for someone
_DEMONYM_LIKE = compiled(r"[A-Z][a-z]{3,}(?:er|man|woman|ian|an)")
_THE_BEFORE = compiled(r"\b[Tt]he[^\S\n]+$")
_EPITHET_END = compiled(r"\b(?![^\S\n]+[A-Z])")  # "the Aucklander said", not "the Aucklander Trust"
_THE_REACH = 40  # characters before the word read for its "the"


class Epithets:
    """Words the article uses after "the" for someone, looked up for the first word of a name
    only, once per word (a scan of every "the" in the text cost 0.23 s on 5 MB)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._called: dict[str, bool] = {}

    def without_epithet(self, person: str | None) -> str | None:
        """ "Aucklander Mele Taufa" -> "Mele Taufa" where the article calls her "the Aucklander"."""
        if person is None:
            return None
        first, _, rest = person.partition(" ")
        if " " not in rest or not _DEMONYM_LIKE.fullmatch(first):
            return person
        if first not in self._called:
            self._called[first] = self._called_the(first)
        return rest if self._called[first] else person

    def _called_the(self, word: str) -> bool:
        text = self._text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _EPITHET_END.match(text, end) and _THE_BEFORE.search(
                text, max(0, at - _THE_REACH), at
            ):
                return True
            at = text.find(word, end)
        return False


_THE_OLD_BEFORE = compiled(r"\b[Tt]he\s+(?:old|disused|derelict|historic|listed)\s+\Z")
_WORD_AFTER = compiled(r"\s*(?:[^\w\s]|$)|\s+(?P<word>[a-z]+)")
_VERB_AFTER = frozenset(
    [*VERB_WORDS, *"is was has had will would could can did does who which made won".split()]
)


def after_the(text: str, at: int, mention: str, person: str, end: int) -> bool:
    """ "The Nova Scotian made a draw", "said the Kerryman.": a name right after "the" as the
    head of its phrase (not "the Bernie Sanders presidential campaign": his name as a modifier)."""
    if (
        mention == person
        and _THE_OLD_BEFORE.search(text, max(0, at - 20), at)
        and first_name_gender(person.split()[0]) is None
    ):
        return True  # "the side of the old Corn Exchange": a building, no one (not "a flash
        # of the old Nikola Dragović": a first name)
    if mention != f"The {person}" and (mention != person or text[at - 4 : at] != "the "):
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and after["word"] and first_name_gender(person.split()[0]) is None:
        return True  # "the Rail Baltica terminal plan": a project's name, no first name in it
    return after is not None and (after["word"] is None or after["word"] in _VERB_AFTER)

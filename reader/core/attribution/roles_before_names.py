"""A role's word capitalised before a name, which is no part of it: "Coroner Brendan Mahon",
"Leg-spinner Imran Qadir", "Golfers Amelia Crane and Rory Fitzgibbon", "Filmmaker Ana Ruiz"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.agent_nouns import is_agent_noun
from reader.core.attribution.first_names import SURNAMES_FIRST, first_name_gender
from reader.core.attribution.leading_roles import LEADING_ROLES
from reader.core.attribution.name_atoms import MEMBER_LETTERS
from reader.core.attribution.pattern_cache import compiled

# A role's word, capitalised before a name: "Coroner Brendan Mahon" is Brendan Mahon (kin are
# left out: "Father" is a title, "Son" a surname's part)
ROLES_BEFORE_NAMES = (
    LEADING_ROLES
    | (  # (not "Dean": "Dean Mahoney" is a name, see cues.GIVEN_NAME_TITLES)
        frozenset(w.capitalize() for w in cues.ROLE_KEYS if w not in cues.KIN and len(w) > 3)
        - frozenset(cues.GIVEN_NAME_TITLES)
        - {"Junior"}  # "the Junior Doctors Association", "Junior Seau": no student's year
    )
    # a member's letters: "Algonquin Shores MPP Desmond Hale", "Kelso Valley MLA …"
    | frozenset(["MP", "TD", *MEMBER_LETTERS])
)
# "Co-host", "Out-half"; a Cantonese given name after the surname ("Kin-man", surname_forms.py)
HYPHENED_WORD = compiled(r"[A-Z][a-z]+-[a-z]+")
_HYPHENED_ROLE = compiled(r"[A-Z][a-z]+-[a-z]+(?:er|or|ist|back|half|chair|president)")


def leading_role(words: list[str]) -> bool:
    """ "Pilot Craig Dunlop", "Geologist Thandiwe Mokoena", "Restaurateur Felix Okwuosa": an
    occupation opening the run (no first name ends in "-ist" or "-eur")."""
    word, count = words[0], len(words)
    if count > 2 and _agent_noun_before_first_name(words):
        return True  # "Goaltender Mikko Lahtinen", "Groundskeeper Ada Price"
    if word.endswith(("-year-old", "-based", "-born")):
        return True  # "Seventeen-year-old Reece Abbotsford marked his debut", "Kobe-based …"
    if "-" in word and all(part in cues.TITLE_WORDS for part in word.split("-")):
        return True  # "Lieutenant-Colonel Siyabonga Mkhize"
    if _HYPHENED_ROLE.fullmatch(word):
        return True  # "Leg-spinner Imran Qadir", "Co-founder Ada Lind" (not "Seo-yeon Park")
    if count > 2 and HYPHENED_WORD.fullmatch(word):
        return True  # "Co-host Lewis Greatorex", "Out-half Cian Mulvaney": two names follow
    if count > 2 and word.endswith("s") and _plural_role(word):
        return True  # "Golfers Amelia Crane, 19, and …", "Councillors Ruth Abernethy and …"
    if word in _GIVEN_NAME_NATIONALITIES:  # "Dane Christian Eriksen" (not "Dane Whitford")
        return count > 2 and first_name_gender(words[1]) is not None
    return word in LEADING_ROLES or (count > 2 and word.endswith(("ist", "eur")) and len(word) > 5)


_GIVEN_NAME_NATIONALITIES = frozenset(("Dane", "Finn"))  # nationalities that are first names too


def _agent_noun_before_first_name(words: list[str]) -> bool:
    """A long word in "-er", "-or" or "-man" that no list gives as a first name, before one that
    is ("Helmsman Rhys Llewellyn"); a sport's player of any length ("Boxer Danny Quarrie")."""
    word = words[0]
    return (
        (
            (len(word) > 5 and word.endswith(("er", "or")))
            or (len(word) > 6 and word.endswith(("ant", "ent")))  # "Congregant Grace Nkosi"
            or (len(word) > 6 and word.endswith("man"))
            or word in _SPORTS_PEOPLE
        )
        and word[1:].islower()
        and first_name_gender(word) is None
        # (Punjabi given names: "Jaswinder Singh Grewal", "Harvinder Kaur Sandhu")
        and not word.endswith("inder")
        and words[1] not in ("Singh", "Kaur")
        # "Hawker Tan Hui Min": a surname written first stands where the first name would
        and (first_name_gender(words[1]) is not None or words[1].lower() in SURNAMES_FIRST)
    )


def role_before_name(word: str) -> bool:
    """ "Coroner", "Swimmer", "Beekeeper" before a name of two words or more: no part of it
    (not a name ending like a trade: "Abdirahman", "Tasman", "Arkwright", "Goldsmith")."""
    lowered = word.lower()
    if len(word) > 5 and word.endswith("s") and role_before_name(word[:-1]):
        return True  # "Conservationists Ama Boateng and Peter Skelding": their trade, plural
    return (
        word in ROLES_BEFORE_NAMES
        or word in _SPORTS_PEOPLE
        or (is_agent_noun(lowered) and not lowered.endswith(("man", "smith", "wright")))
    )


def maker_before(words: list[str], i: int) -> bool:
    """ "Cheesemaker Hollis Abara", "Filmmaker Ana Ruiz": a maker's trade before a name (not
    "Carmaker Hyundai Motor": a company's)."""
    return words[i].endswith("maker") and words[i].lower() not in _FIRM_MAKERS


_FIRM_MAKERS = frozenset(
    "carmaker automaker chipmaker drugmaker steelmaker planemaker jetmaker truckmaker "
    "shipmaker phonemaker".split()
)


def _plural_role(word: str) -> bool:
    single = word[:-1]
    return single in ROLES_BEFORE_NAMES or single in cues.TITLE_WORDS or single in _SPORTS_PEOPLE


# Players of a sport, capitalised before two names: "Golfers Amelia Crane and Rory Fitzgibbon"
_SPORTS_PEOPLE = frozenset(
    "Golfer Cyclist Runner Swimmer Rower Boxer Skier Skater Surfer Climber Player Driver".split()
)

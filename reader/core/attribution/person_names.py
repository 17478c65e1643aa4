"""Whether a run of capitalised words names a person, and the name it gives: titles, roles,
owners, post-nominals and particles taken off ("State Transportation Secretary Gerald Mwangi",
"Plaid Cymru's Mabon ap Dafydd", "Leah Achebe KC"), offices and places turned away."""

from __future__ import annotations

from itertools import pairwise

from reader.core.attribution import cues
from reader.core.attribution.demonyms import NATIONALITY_WORDS
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_atoms import DEGREES, INITIAL, PARTICLE_WORDS, POLICE_RANKS
from reader.core.attribution.name_words import (
    FAITH_WORDS,
    FIELDS,
    GIVEN_DATES,
    GIVEN_MONTHS,
    NOT_NAMES,
    PLACE_FIRST,
    PLACE_INSIDE,
    PLACE_LAST,
    after_fields,
)
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.roles_before_names import (
    leading_role,
    maker_before,
    role_before_name,
)
from reader.core.calendar_words import WEEKDAYS

# Shortened titles, which no surname spells ("Dean" or "Major" may be one; "Sen" is not)
_TITLE_ABBREVIATIONS = frozenset(
    "Sen Rep Gov Gen Lt Col Capt Sgt Rev Prof Dr Mr Mrs Ms Cllr Cr Det Supt Insp Fr Coun "
    "Smt".split()
)
# How a club's name ends: "Carrowkeel AFC", "Lagan RFC", "Kilbride GAA"
CLUB_INITIALS = frozenset("FC AFC RFC RUFC GAA CLG CF AC HC".split())
HYPHEN_ARTICLE = compiled(cues.HYPHEN_PARTICLE)  # "al-" of "al-Suwaidan"
_ARTICLE_OR_MUTATION = compiled(rf"{cues.HYPHEN_PARTICLE}|an$|[hnt][A-ZÁÉÍÓÚ]")  # "Ó hAodha"
POST_NOMINAL_WORDS = frozenset(cues.POST_NOMINALS.split("|")) | frozenset(DEGREES)
SURNAME_PARTICLES = PARTICLE_WORDS | set(cues.IRISH_PARTICLES.lower().split())
# Particles that never stand for a first name, as "Al" (Gore), "Van" (Jones) or "Del" may
# (not "Nic", "Von", "Du", "Da" or "Den": Nic Robertson, Von Miller, Du Wei)
_NEVER_FIRST = frozenset("ó ní uí ua de der ter ten dos bin ibn ap".split())
# Offices that end a capitalised phrase but no surname ("Major", "Judge" or "King" may be one)
_OFFICES = frozenset(
    "Minister President Secretary Mayor Governor Senator Councillor Councilor Commissioner "
    "Ambassador Chairman Chairwoman Premier Treasurer Comptroller Congressman Congresswoman "
    "General Attorney "  # "Attorney General", "Ashworth General", "U.S. Attorney"
    "Member "  # "The Assembly Member for Kpehe North, Mr Kwadwo Ntim Gyasi"
    # "the Managing Director of …", "the Collector said", "the Chief Operating Officer"
    "Director Manager Officer Superintendent Inspector Collector Registrar Chairperson "
    # "Police Media Spokesman SSP …", "The Zonal Commander of the agency"
    "Spokesman Spokeswoman Spokesperson Commander Coordinator "
    # "The Church of Ireland Archbishop of Dunmarragh": a church's offices
    "Archbishop Archdeacon Primate Prelate Moderator".split()
)


# a paper's or a body's first word: "Corriere della Sera", "Maison Coralie", "Grupo Ferraz"
CLUB_FIRST = frozenset("Real Sporting Atlético Deportivo Olympique".split())  # "Real Costanera"
BODY_FIRST = (
    frozenset("Corriere Gazzetta Maison Groupe Grupo Banco Banca Fundación".split()) | CLUB_FIRST
)
_HOUSES = frozenset(("Senate", "Assembly", "Parliament"))  # a house before a member's name
# "the Oregon Democrat": a party's member, named by a state or a place
_PARTY_MEMBERS = frozenset("Democrat Republican Independent Conservative Tory".split())

# A reporting verb opening an inverted cue ("Said Dorothy Poynter, …") before a whole name
_VERBS_FIRST = frozenset(
    "Said Says Added Asked Wrote Replied Explained Continued Declared Stated".split()
)


_JOINED_TITLES = frozenset(
    {"Judge", "Attorney", "Secretary", "Director", "Governor", "Mayor", "Officer"}
)  # ("Officer-in-Charge")


def _is_title(word: str, words_after: int) -> bool:
    word = word.rstrip(".")
    if word in cues.GIVEN_NAME_TITLES:
        return words_after >= 2  # "Dean Laura Pike"; "Dean Mahoney" is his name
    # "County Judge-Executive Wendell Marsh": a title joined to another word
    # ("Sub-Inspector Shabnam Akhtar Rajput": a rank below the title)
    return word.removeprefix("Sub-") in cues.TITLE_WORDS or word.split("-", 1)[0] in _JOINED_TITLES


# a tabloid's epithet before a name: "Dad-of-two", "Grandmother-of-five", "Mum-of-three"
_KIN_EPITHET = compiled(
    r"(?:Mum|Mom|Mother|Dad|Father|Grandmother|Grandfather|Gran|Grandad|Granddad|Nan|Mam)"
    r"-of-[a-z]+"
)


_PARTIES = frozenset("Labour Labor Conservatives Tories Democrats Republicans Greens".split())


def person_name(candidate: str, date_given: bool = False) -> str | None:
    """The person's name in capitalised words, or None; `date_given`: a month or a day opening
    them is a given name ("His mother, June Hartnell,"), as the caller read from the words
    before."""
    words = candidate.split()
    if _owner_then_thing(words):
        words = words[:-1]  # "Trainer Helen Ashcombe’s Brackenridge won": her horse
    if words and words[-1].endswith(("’s", "'s")):
        words[-1] = words[-1][:-2]  # "The words were Brenda Ashcroft’s": a mention of her
    elif len(words) > 1 and words[-1].endswith(("s’", "s'")) and first_name_gender(words[0]):
        words[-1] = words[-1][:-1]  # "Bethany Coles’ fairytale run": hers
    words = [w for w in words if not _INITIALS_IN_BRACKETS.fullmatch(w)]  # "Officer (OC) of"
    titled = [
        i
        for i, w in enumerate(words[:-1])
        if _is_title(w, len(words) - i - 1) and not (w == "Sri" and words[i + 1] == "Lanka")
    ]
    if titled == [1] and words[0] not in NOT_NAMES and first_name_gender(words[0]):
        titled = []  # "Ibrahim Sheriff Sesay": a title's word as a middle name
    # ("Minister Sabitri Kumari Thapa": Nepal's "Kumari" after a given name is a middle name)
    titled = [i for i in titled if not (words[i] == "Kumari" and i and i - 1 not in titled)]
    if titled:
        title = words[titled[-1]]
        words = words[titled[-1] + 1 :]  # "State Transportation Secretary Gerald Mwangi"
        if len(words) > 2 and title in POLICE_RANKS and words[0] in _AREAS:
            words = words[1:]  # "SSP South Irfan Ali Baloch": the part of the district
        if len(words) > 2 and words[0] in ("of", "for"):  # "Secretary of State Madeleine
            # Albright", "Minister for Housing Ciarán Mulcahy"
            words = words[3:] if words[1] == "the" else words[2:]
            # "Superintendent of Public Instruction Rhonda Keel": the office's second word
            if (
                len(words) > 2
                and first_name_gender(words[0]) is None
                and first_name_gender(words[1])
            ):
                words = words[1:]
    if len(words) > 2 and _KIN_EPITHET.fullmatch(words[0]):
        words = words[1:]  # "Dad-of-two Jason Reid", "Mum-of-three Kelly Brindle"
    roles = [
        i
        for i, w in enumerate(words[:-2])
        if role_before_name(w) or _body_before(words, i) or maker_before(words, i)
    ]
    if roles:
        words = words[roles[-1] + 1 :]  # "Bates County Coroner Ida Funk"
    words = without_possessor(after_fields(words))
    if words and (words[-1] in FIELDS or words[-1] in _PARTIES):
        return None  # "Municipal Affairs (and Housing Minister …)": a field, no one's name;
        # "Scottish Labour’s rural affairs spokeswoman X": a party
    if words and words[-1].strip(",") in POST_NOMINAL_WORDS:
        words = words[:-1]  # "Leah Achebe KC": her name is Leah Achebe
        if words:  # "Rajinder Sidhu, MLA for …": not "Sidhu,"
            words[-1] = words[-1].rstrip(",")
    if words and words[-1].rstrip(".") in _TITLE_ABBREVIATIONS:
        return None  # "State Sen. Marisol Greaves": "State Sen" is her title, not a name
    if len(words) > 3 and words[0] == "New" and words[1].endswith("er"):
        words = words[2:]  # "New Zealander Tama Rewiti", "New Yorker Dana Kim"
    if words[:1] == ["Former"]:
        words = words[1:]  # "Former Olympic (gymnast Lena Haverford)": no given name
    # a day or a month as a given name after a title: "Comrade Friday Agbo", "Representative
    # June Ostrowski"
    day_name = (
        bool(titled) and len(words) > 1 and (words[0] in WEEKDAYS or words[0] in GIVEN_MONTHS)
    ) or (date_given and not titled and len(words) > 1 and words[0] in GIVEN_DATES)
    while words and not day_name and (words[0] in NOT_NAMES or leading_role(words)):
        words = words[1:]
    if len(words) > 2 and (words[0] in NATIONALITY_WORDS or words[0] in _HOUSES):
        words = words[1:]  # "Austrian Benedikt Sauer", "(in the) Senate Jacqueline Odle-Prescod"
    if len(words) > 3 and words[1] == "Class" and words[0] in ("First", "Second", "Third"):
        words = words[2:]  # "Trooper First Class Angela Whitcomb", "Airman First Class …"
    if words and words[0][:-2].isupper() and words[0].endswith(("’s", "'s")):
        words = words[1:]  # "the AU’s Peace (and Security Council)": an acronym's, no one's
    if len(words) > 2 and words[0] in _VERBS_FIRST:
        words = words[1:]  # "Said Dorothy Poynter, who grew up with him": not "Said Jalili"
    particles = [w.lower() for w in words[:-1]]
    if all(p in SURNAME_PARTICLES for p in particles) and not _NEVER_FIRST.isdisjoint(particles):
        return None  # "Ní Fhlatharta", "Van der Berg": a surname alone (not "Van Jones")
    # ("Suha Abu Eid": a word after "Abu" is a name's, though "Eid" alone is a festival)
    if len(words) < 2 or any(w in NOT_NAMES and b != "Abu" for b, w in pairwise(words)):
        return None
    if not all(
        w[:1].isupper() or w in PARTICLE_WORDS or _ARTICLE_OR_MUTATION.match(w) for w in words
    ):
        return None  # "the defense lawyer" describes a person; it does not name one
    if words[-1] in cues.OUTLET_WORDS or words[-1].lower() in cues.ORG_HEADS:
        return None
    if words[0] in BODY_FIRST or words[0] in FAITH_WORDS:
        return None  # "Corriere della Sera": a paper's name; "Catholic Bishop": an office
    if words[-1] in _OFFICES or words[-1] in _PARTY_MEMBERS:
        return None  # "the Prime Minister", "Vice President": an office, not a name
    if words[-1] in CLUB_INITIALS or words[-1] in cues.LEGAL_FORMS:
        return None  # "Carrowkeel AFC", "Lagan RFC": a club; "Hollerbach Automobil AG"
    if words[0] in PLACE_FIRST or (words[-1] in PLACE_LAST and not _surname_too(words)):
        return None
    if any(w in PLACE_INSIDE for w in words[1:-1]):
        return None  # "Harbor City Mariners", "Bay County Bulls": a place's team or firm
    if any(w.endswith(("’", "'")) for w in words):
        return None  # "the Miners’ Arms": a plural possessive names a place or a body
    return " ".join(words)


def _owner_then_thing(words: list[str]) -> bool:
    """ "(Trainer) Helen Ashcombe’s Brackenridge": a first name and a possessive surname, then
    one word, the thing of hers (not "Fianna Fáil’s Eamon Dunne": a party's man)."""
    return (
        2 <= len(words) - 1 <= 3
        and words[-2].endswith(("’s", "'s"))
        and words[-2][1:-2].islower()
        and first_name_gender(words[-3]) is not None
    )


def _surname_too(words: list[str]) -> bool:
    """ "Mina Park", "Jessica Hall": a given name before a place's word that is a surname too
    (not "Victoria Park" or "Albert Hall", places named for royals)."""
    return (
        len(words) == 2
        and words[1] in _SURNAME_PLACES
        and words[0] not in _ROYAL_NAMES
        and (first_name_gender(words[0]) is not None or bool(_KOREAN_GIVEN.fullmatch(words[0])))
    )


_KOREAN_GIVEN = compiled(r"[A-Z][a-z]{1,3}-[a-z]{2,4}")  # "Seo-yeon Park", "Min-ji Hall"
_SURNAME_PLACES = frozenset(
    "Park Hall Hill Wood Green Field Fields Lane Cross Mill Moor Heath Firth Dam".split()
)
_ROYAL_NAMES = frozenset(
    "Victoria Albert Elizabeth George Edward Stanley Regent Hyde Alexandra".split()
)


def _body_before(words: list[str], i: int) -> bool:
    """ "(Director of the Regional) Meteorological Centre S. Balamurugan": a body's head word,
    then an initial or a first name, opens the name after it ("Belkuchi Police Station Md
    Anisur Rahman Talukder")."""
    following = words[i + 1]
    given = _INITIALS.fullmatch(following) or first_name_gender(following)  # "S.", "H.R."
    return i > 0 and words[i].lower() in _BODY_HEADS and bool(given)


_INITIALS = compiled(rf"{INITIAL}{{1,3}}")
_BODY_HEADS = frozenset((*cues.ORG_HEADS, "station", "thana"))
# a police district's part, after the rank: "SSP South", "SP Saddar", "DSP City"
_INITIALS_IN_BRACKETS = compiled(r"\([A-Z]{2,5}\)")
_AREAS = frozenset("North South East West Central City Saddar Rural Cantt".split())


def without_possessor(words: list[str]) -> list[str]:
    """ "RealClearPolitics’ David Byler" -> "David Byler", "Plaid Cymru's Mabon ap Dafydd" ->
    "Mabon ap Dafydd": the owner is no part of the name (two words at least are left)."""
    owners = [i for i, word in enumerate(words[:-2]) if word.endswith(("’s", "'s", "’", "'"))]
    return words[owners[-1] + 1 :] if owners else words

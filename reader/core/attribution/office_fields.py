"""The name after an office's field: in "Minister for Housing Ciarán Mulcahy" and "Union Minister
for Ports and Inland Waterways Raghav Deshmane" the capitalised run after "for" holds the field
first and the person's name last. Which words are the name: from the first word that is a first
name by the name lists ("Mary Lou Keane"), else the last two."""

from __future__ import annotations

from reader.core.attribution.first_names import SURNAMES_FIRST, first_name_at
from reader.core.attribution.name_atoms import AREA_WORDS, COMPASS_WORDS, TITLE_WORDS
from reader.core.attribution.name_words import POLICY_FIELDS
from reader.core.attribution.pattern_cache import compiled

_COMPASS = frozenset(COMPASS_WORDS) | {"North-East", "North-West", "South-East", "South-West"}
# the last word of an area or a branch a brief covers, before the name
_AREA_ENDS = frozenset(AREA_WORDS) | {"Crimes", "Unit"}
_LOOK_BACK = 90  # characters: "Minister of State for Housing, Planning and "
# an office and "for" (or "of": "Minister of Electronics and Information Technology Harish
# Vardhan Pillai"), perhaps a first field and "and": the run that follows opens with a field
_OFFICE_FOR = compiled(
    r"\b(?:(?:Minister|Secretary|Spokes(?:person|man|woman)|Commissioner|Envoy|Adviser|Advisor|"
    # (Kenya's "County Executive for Health Halima Said"; "Vice Chair for Supervision …")
    r"MEC|[Ss]enator|Czar|Tsar|Executive|Director|Chair|Chairman|Chairwoman|Chairperson|Officer|"
    # "Member for Bellbrook Brendan O’Hagan": a seat; "Chief Conservator of Forests X"
    # ("Member of Parliament for St Brannock Central X", "Custos of St Brannock X")
    r"Member|MP|MLA|MPP|MSP|TD|Conservator|Controller|Registrar|Parliament|Custos|"
    r"Dean|Provost|Representative)"  # a university's: "Dean of Admissions Howard Lisle"
    r"(?:\s+of\s+State)?\s+(?:for|of)(?:\s+St\.?)?"  # ("… for St Aldric Eastern X": a saint's)
    # "Ambassador to the United Nations Henrietta Sowande": an envoy's "to"
    r"|(?:Ambassador|Envoy|Representative)\s+to(?:\s+the)?"
    # an aide's brief: "Special Assistant to the Prime Minister on Health Faisal Sultan"
    # ("Opposition Spokesman on Finance Julian Robb-Stennett": a shadow brief)
    r"|(?:Minister|President|Spokes(?:person|man|woman))\s+on"
    # the European Commission's: "Executive Vice-President for Competition X",
    # "Commissioner-designate for Climate X"
    r"|(?:Vice[- ]President|[A-Z][a-z]+-designate)\s+for"
    # a Sri Lankan police rank's brief: "DIG in charge of the Northern Province X"
    r"|(?:DIG|SDIG|SSP|SP|ASP|Officer)\s+in\s+charge\s+of(?:\s+the)?)"
    # ("Secretary for Financial Services and the Treasury Edmund Lok Ho-yin": "and the")
    r"\s+(?:[A-Z][\w’'-]*(?:,?\s+[A-Z][\w’'-]*)*,?\s+(?:and|&)\s+(?:the\s+)?)?$"
)


def after_office_field(text: str, at: int, mention: str) -> tuple[int, str]:
    """(where, words) of the person's name in a capitalised run at `at` that follows
    "Minister for …"; the run itself when it follows no such office."""
    long_enough = len(mention.split()) >= 3
    office = _OFFICE_FOR.search(text, max(0, at - _LOOK_BACK), at) if long_enough else None
    if office is None:
        return at, mention
    # ("Minister of State for Tourism Planning, and Fatma Obaid Al Zaabi": a name may open it;
    # after "for St" the first word is the saint's, a seat's: "for St| Paul Ezra Warner-Samuel")
    name = name_after_field(mention, 0 if office.group().rstrip().endswith("and") else 1)
    return at + mention.rfind(name), name


# a title whose "of" took one word of the office: "Director of Public| Health Benjamin Kam"
_TITLE_OF_ONE_WORD = compiled(r"\bof\s+(?:the\s+)?[A-Z][a-z]+\s+$")


def after_title_field(title: str, at: int, mention: str) -> tuple[int, str]:
    """(where, words) of the name in a run after a title that took only the first word of a
    two-word field ("Director of Water| Supplies Benjamin Kam" -> "Benjamin Kam")."""
    first, _, rest = mention.partition(" ")
    if " " in rest and first in POLICY_FIELDS and _TITLE_OF_ONE_WORD.search(title):
        return at + len(first) + 1, rest
    return at, mention


def name_after_field(run: str, field_first: int = 1) -> str:
    """The person's name that ends a capitalised run opening with an office's field
    ("Finance Eoin Madigan" -> "Eoin Madigan")."""
    words = run.split()
    area = max((i for i, word in enumerate(words) if word in _AREA_ENDS), default=-1)
    if 0 <= area < len(words) - 2:  # "the Northern Province Sarath Kumara Liyanagamage",
        return " ".join(words[area + 1 :])  # "Crimes and Organised Crimes Nishantha …"
    # "St Aldric Eastern Patricia Dunkley-Rowe": a seat that ends in a point of the compass
    titled = [
        i
        for i, word in enumerate(words[:-2])
        if word.rstrip(".") in TITLE_WORDS or (i and word in _COMPASS)  # not "Western Australia"
    ]
    if titled:  # "… Community Development Datuk Nor Azizah Kamaruddin": all after the title
        return " ".join(words[titled[-1] + 1 :])
    # "Senior Minister of State for Transport Koh Siew Ling": a surname written first
    last_two = len(words) - (3 if len(words) > 3 and words[-3].lower() in SURNAMES_FIRST else 2)
    # not "Urban" nor "Human" of "Human Rights"; nor the first word where it is a field's or a
    # seat's ("Long" of "Long Island Vanessa Knowles-Cartwright")
    first = first_name_at(words, POLICY_FIELDS, field_first)
    if first and words[first - 1].lower() in SURNAMES_FIRST:
        first -= 1  # "Manpower Goh Pei Ling": the lists know "Pei"; the surname stands before it
    fields = next((i for i, word in enumerate(words) if word not in POLICY_FIELDS), len(words))
    if 2 <= len(words) - fields <= 3 and 0 < fields < (last_two if first is None else first):
        return " ".join(words[fields:])  # "Climate Change Zartasha Naheed Kundi": the lists
        # know only "Naheed"; every word before "Zartasha" is a field (not "Civil| Aviation
        # Prabhat Ranjan Sinha": four words are a field's and a name)
    return " ".join(words[last_two if first is None else first :])


def holder_after_field(office: str, between: str) -> tuple[str, str] | None:
    """(name, office in full) of "Minister| of State for Railways Arjun Mehta |said", where a
    lead's "of" phrase took the field and the name after the office; None for other words."""
    field = _OF_STATE_FIELD.match(between)
    if field is None and office.endswith("Member"):  # "Nominated Member| of Parliament Tan …"
        field = _OF_PARLIAMENT.match(between)
    if field is None:
        return None
    name = name_after_field(field["run"])
    return name, f"{office}{between[: field.start('run')]}{field['run'][: -len(name)]}".strip()


def holder_after_state(who: str, rest: str) -> tuple[str, str]:
    """(name, rest after it) of "said Minister of State| for Manpower Rachel Goh …", where a
    trailer's speaker ended at "of State"; `who` and `rest` as they are otherwise."""
    field = _FOR_FIELD.match(rest) if who.endswith(" of State") else None
    if who.endswith(" Minister"):  # "said Senior Minister| of State for Manpower Hafiz Rahman"
        # ("said State Minister| for Health Anisur Rahman Mollik yesterday")
        field = _OF_STATE_FOR_FIELD.match(rest) or _FOR_FIELD.match(rest)
    # ("said Chief Conservator| of Forests Ashok Kumar Tripathi": an office of a field)
    field = field or (_OF_FIELD.match(rest) if who.split()[-1] in _OFFICES_OF else None)
    return (name_after_field(field["run"]), rest[field.end() :]) if field else (who, rest)


# An office's field and the holder's name in one run of capitals ("Railways Arjun Mehta"), after
# "of State for" in a lead's words and after "for" in a trailer's
_FIELD_RUN = r"(?P<run>[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){2,5})"
_OF_STATE_FIELD = compiled(rf"\s+of\s+State\s+for\s+{_FIELD_RUN}\s*$")
_OF_PARLIAMENT = compiled(r"\s+of\s+(?P<run>Parliament(?:\s+[A-Z][\w’'-]*){2,4})\s*$")
_FOR_FIELD = compiled(rf"\s+for\s+{_FIELD_RUN}")
_OF_FIELD = compiled(rf"\s+of\s+{_FIELD_RUN}")
_OF_STATE_FOR_FIELD = compiled(rf"\s+of\s+State\s+for\s+{_FIELD_RUN}")
_OFFICES_OF = frozenset("Conservator Inspector Director Commissioner Controller Registrar".split())

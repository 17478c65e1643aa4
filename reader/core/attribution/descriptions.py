"""The article's own words about each person: appositives ("Voss, 61, a retired geologist"),
predicates ("Varga is a civil engineer"), a role or office before the name, the body after it."""

from __future__ import annotations

import re
from collections import Counter

from reader.core.attribution import cues
from reader.core.attribution.capitals import find_names
from reader.core.attribution.description_ends import says_something, trim_role, up_to_clause_end
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.name_atoms import POLICE_RANKS, WEST_AFRICAN_HONORIFICS
from reader.core.attribution.party_states import TAG_AFTER_NAME
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_before_names import (
    ROLE,
    ROLE_LOWER,
    ends_in_role,
    names_another,
    role_before,
)
from reader.core.attribution.tails import search_end
from reader.core.attribution.title_list import MALAYSIAN_STYLES
from reader.core.attribution.word_trie import word_trie

# A title of office before a name describes the person ("Mayor Celia Drummond").
_OFFICES = (
    "Solicitor General|Surgeon General|"  # before "General"
    "Mayor|President|Prime Minister|Minister|Senator|Sen|Governor|Gov|Representative|Rep|"
    "Councillor|Councilor|Judge|Justice|Ambassador|Commissioner|Chancellor|Secretary|Chief|"
    "Inspector|Superintendent|Deputy Mayor|Professor|Prof|Bishop|Rabbi|Imam|General|Gen|"
    # ranks written before a name: "Lt. Aaron Pruitt" is the lieutenant
    "Colonel|Lieutenant|Lt|Sergeant Major|Sergeant|Sgt|Detective|Det|Captain|Capt|Supt|Insp|"
    "Constable|Const|Cst|Corporal|Cpl|Sheriff|Archbishop|Cardinal|Admiral|Commander|Recorder|"
    "Col|Brigadier|Brig|Cdr|Cmdr|Adm|"  # "Brig Samantha Iredale" is the brigadier
    # clergy: "Fr Kieran Tobin" is the priest, "Sr Bernadette …" the nun
    "Fr|Sr|Pastor|Swami|Aunty|Auntie|Uncle|"  # (an Indigenous elder: "Aunty Doreen Kirby")
    "Oknha|Landeshauptfrau|Landeshauptmann"  # a Cambodian tycoon; an Austrian Land's governor
).split("|")
_OFFICE_TITLES = f"(?:{'|'.join(_OFFICES)})"
# "…, a retired geologist", "…, who…", and a bare role: "Anjali Ruthven, director of the …"
_APPOSITIVE_START = (
    # (a home town: "Galway captain Niamh Fahy, of Athenry,")
    rf"(?:an?|the|who|whose|former|now|then|\d{{2}}|(?:of|from)(?=\s+[A-Z])|"
    rf"(?:(?:deputy|acting|interim|senior|chief|assistant|vice)\s+)?{ROLE_LOWER}s?|"
    # a field before the role, then its firm: "Ewan MacLeish, equity strategist at …"
    rf"[a-z][\w-]+\s+{ROLE_LOWER}(?=\s+(?:at|of|for|with)\s)|"
    # an office in capitals of a field or body: "X, Minister of State for Tourism Planning, …"
    # ("X, Fiaga of the Ave-Dakpa Traditional Area,": a chief's stool)
    rf"(?:(?:Deputy|Acting|Senior|Chief|Assistant|Vice)\s+)?{ROLE}(?:\s+of\s+State)?\s+(?:of|for)"
    r"(?=\s+(?:the\s+)?[A-Z])|"
    # "Simon Kettering, 47, Northline Rail's operations director, who …"
    r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*['’]s\s+(?=[a-z]))\b"
)
_WINDOW = 90
# (an office of a branch of a body: "The Chairman of the Oyo-Ogbomoso Chapter of the Commercial
# Motorcycle Riders Association, Alhaji …")
_BEFORE_WINDOW = 120
# ", 61, a retired geologist": the age is its own segment; the description follows it.
_APPOSITIVE = compiled(
    rf",\s+(?:\d{{1,3}},\s+(?=\D))?(?P<d>{_APPOSITIVE_START}[^,;“”\"()\n]{{2,140}})"
)
# "The Minister for Housing, ", "the chairman of Harlow Rail, ": an office of a named field or body;
# "Veldoria's ambassador to the United States, ": a country's envoy to another
_ROLE_OF_BEFORE = compiled(
    # ("The chief fire officer for Wrexley, X,": two words before the role)
    # ("A former Deputy Minister for Finance, X,": a time before the office)
    rf"(?P<d>\b(?:[Tt]he|[Aa]n?|[A-Z][\w-]*['’]s)\s+(?:(?:former|then|acting|interim)\s+)?"
    rf"(?:[A-Z][\w’'&-]+\s+){{0,2}}(?:[a-z][\w-]+\s+){{0,2}}"
    # ("The Minister of State for …, "; "The Vice-Chancellor of …")
    # ("The member representing Ikeja II Constituency in the … House of Assembly, Hon. X,")
    # ("The District Chief Executive (DCE) for …, X,": the office's initials after it)
    # ("The Inspector-General of Police, X,", "The Attorney General of …": a general's office)
    rf"(?:[A-Za-z]+-)?{ROLE}s?(?:[\s-]+General)?(?:\s+\([A-Z]{{2,6}}\))?(?:\s+of\s+State)?"
    r"\s+(?:of|for|to|representing|at)\s+"  # ("A don at Ahmadu Bello University, Dr X,")
    # a body, in lower case before "in" ("the agency in Lagos"), or its name
    # ("The governor of the Argentine province of Valle Escondido, X,": a place's kind between)
    r"(?:the\s+(?:[a-z]+(?=\s+in\s)|(?:state|country|nation|federation|province|county)(?=,))"
    r"|(?:the\s+)?(?:(?:city|region|province)\s+of\s+)?[A-Z][\w’'&/-]*"
    r"(?:\s+(?:and\s+|&\s+|of\s+(?:the\s+)?|(?:province|state|region|city|district|county)\s+of\s+)?"
    r"[A-Z][\w’'&-]*){0,5}(?:\s+(?:crisis|talks|region))?"
    # a portfolio of several fields: "The Minister for Local Government, Chieftaincy and
    # Religious Affairs, Hon. X,"
    r"(?:(?:,\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2}){1,3},?\s+and\s+[A-Z][\w’'&-]*"
    r"(?:\s+[A-Z][\w’'&-]*){0,2})?)"
    # where the office is: "The Chief Medical Director of the Specialist Hospital, Kafin Gari,",
    # "The Zonal Commander of the agency in Lagos,"
    r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"|\s+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})?)"
    # ("The Member of Parliament (MP) for Ketu North, X,": the letters, then the seat; "The Member
    # of the House of Representatives for Ugbo-Nkwo Federal Constituency, Hon. X,")
    r"(?:(?:\s+\([A-Z]{2,6}\))?\s+for\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
    r"(?:\s+\([A-Z]{2,6}\))?,\s+$"  # "The Inspector-General of Police (IGP), X,"
)
# "Varga, 44, is a civil engineer who …", "Halloran has been a midwife at Bellhaven for …"
# ("Dr Emeka Nwosu has been the only GP in Glenarrow for eleven years")
_PREDICATE = compiled(
    r"(?:,\s+\d{1,3},)?\s+(?:is|was|has\s+been|had\s+been|became)\s+"
    r"(?P<d>(?:an?|the\s+(?:only|sole))\s+[^,;“”\"()\n]{2,120})"
)
# "Kim Sun-ah was named chief executive of Daewon Marine in January": an office given
_APPOINTED = compiled(
    # ("Delphine Carraway, 41, was sworn in as mayor of Southwick Falls")
    r"(?:,\s+\d{1,3},)?\s+(?:is|was|has\s+been|had\s+been)\s+"
    r"(?:named|appointed|elected|re-elected|made|sworn\s+in)\s+(?:as\s+)?"
    rf"(?P<d>(?:the\s+)?(?:[a-z][\w-]*\s+){{0,3}}{ROLE_LOWER}\b[^,;“”\"()\n]{{0,80}})"
)
# "Gauteng MEC for Health ", "MEC for local government ": an office and its field, no comma
# ("Minister of National Security Ainsley Carrington": "of" too)
_ROLE_FOR_FIELD = compiled(
    # ("Inspector General of Police Shazia Akram Tahirkheli": a general office)
    rf"(?P<d>\b(?:[A-Z][\w’'&-]+\s+){{0,2}}{ROLE}(?:[\s-]+General)?\s+"
    # ("Minister of the Interior Yang Shih-chung", "Minister of Industry and Trade Dang Quoc Hung")
    r"(?:for(?:\s+[A-Za-z][\w’'&-]*){1,4}?|of(?:\s+the)?(?:\s+[A-Z][\w’'&-]*){1,4}?)"
    r"(?:\s+and(?:\s+[A-Z][\w’'&-]*){1,2}?)?)\s+$"
)
# "Netball Australia has appointed Tanya Merriweather as head coach": the office after "as"
_APPOINTED_AS = compiled(
    r"\s+as\s+(?:(?:its|their|the|his|her)\s+)?"
    rf"(?P<d>(?:[a-z][\w-]*\s+){{0,3}}{ROLE_LOWER}\b[^,;“”\"()\n.]{{0,60}})"
)
# "The company was founded in 2020 by Wanjiru Kamau-Otieno": its founder
_FOUNDED_BY = compiled(r"\b(?:co-)?founded\b[^.;“”\"]{0,40}\bby\s+$")
# "The Senate hearing, chaired by Senator Leonora Baptiste-Hale," … "the chairwoman said"
_CHAIRED_BY = compiled(r"\bchaired\s+by\s+(?:[A-Z][a-z]{1,12}\.?\s+)?$")
# (a role of the past may come between: "have appointed former captain Gary Nolan as manager")
_APPOINTS = compiled(
    r"\b(?:appointed|named|hired|elected|chose|chosen|picked|installed)\s+"
    r"(?:(?:former|ex-|club|assistant|interim)\s*[a-z]*\s+)?$"
)
# What both of those open with: a quick test before them (most names are followed by neither).
_MAY_DESCRIBE = compiled(r",|\s+(?:is|was|has|had|became)\s")
# "For Calder, a merger would …": after a preposition, a comma opens no appositive.
_PREPOSITION_BEFORE = compiled(r"\b(?i:for|to|with|by|from|of|in|on|at|about)\s+$")
_SENTENCE_START = compiled(r"(?:^|[.!?][”\"’']?\s+|\n\s*)$")
# What a surname or first name alone may be described by: "a …", "the 22-year-old …", a role.
_PLAIN = compiled(rf"(?:(?:an?|the)\s+[a-z\d]|\d|who\s+[a-z]|{ROLE_LOWER})")
# "Sen.", as the article has it ("Lt. Gov.": the lieutenant governor, not "the governor")
_OFFICE_BEFORE = compiled(rf"\b(?P<d>(?:Lt\.?\s+)?{_OFFICE_TITLES}\.?)\s+$")
_PARTY_TAG = compiled(TAG_AFTER_NAME)  # "Sen. Tessa Kyle, D-Mich.,"
# An honorific between a role and the name: "Coroner Dr Eimear Hanlon" is the coroner
_HONORIFIC_BEFORE = compiled(
    r"(?<=\s)(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sir|Dame|Rev|Shri|Sri|Smt|Shrimati|Advocate|Adv|"
    r"Barrister|"  # Pakistani: "City Mayor Barrister Murtaza Ali Dahri"
    r"\((?:Mrs|Mr|Ms|Miss|Dr)\.?\)|"  # "Hon. (Mrs.) X": a courtesy title in brackets
    r"(?<=[A-Za-z]\s)\([A-Z][\w&/ -]{1,17}\)|"  # an office's range: "DIG (Sitapur Range) X"
    r"Engr|Barr|Arc|Pharm|Alhaji|Alhaj|Alhaja|Hajiya|Malam|Mallam|"
    rf"(?:{word_trie(MALAYSIAN_STYLES)})|Dato['’]|"  # "Deputy Finance Minister Datuk X"
    r"Comrade|Hon|Lolo|"  # Nigerian: "the
    # Commissioner for Works, Engr. …", "The Commissioner for Women Affairs, Hajiya Amina Lawal"
    r"(?<=,\s)Chief|"  # "The President-General of the Ezinifite Progressive Union, Chief …"
    # Ghana's and the Gambia's: "The Omanhene of the Amansie Traditional Area, Nana Kofi …"
    rf"(?<=,\s)(?:{word_trie(WEST_AFRICAN_HONORIFICS)})|"
    # "The Mayor of Carrigbeg, Cllr Eileen Moriarty": a councillor's title after an office;
    # "The Police Public Relations Officer, SP Adebola Ogunleye": a police rank
    rf"(?<=,\s)(?:Cllr|Cr|{word_trie(POLICE_RANKS)})|"
    # ("The Chief Judge of the state, Justice X,", "the coroner, Magistrate X,": a bench's title)
    r"(?<=,\s)(?:Justice|Magistrate|Judge)|"
    # "The vessel's master, Capt. Emre Yildiz": a rank after the role
    # ("the lead detective in the case, Detective Sgt. Paul Greene,": a detective's rank)
    r"(?<=,\s)(?:Detective\s+)?(?:Capt|Cpt|Col|Lt|Sgt|Maj|Cmdr|Cdr|Insp|Supt|Det)|"
    # "the vicar, the Rev Alison Whitcombe", "The Bishop of Wenlock, the Rt Rev Caroline Ashby"
    r"(?<=,\s)(?:[Tt]he\s+)?(?:(?:Rt|Most|Very)\.?\s+)?(?:Rev|Revd|Reverend|Ven)|"
    # "Prime Minister the Most Honourable Dr X", "the Custos of St Elizabeth, the Honourable X"
    r"(?:(?<=[a-z]\s)|(?<=,\s))[Tt]he\s+(?:(?:Most|Right|Rt)\.?\s+)?Hono(?:u)?rable|"
    r"(?<=[a-z]\s)(?:Senator|Sen)|"  # "Minister of Education Senator Dr Anita Cole": the minister
    r"(?<=\s)(?:Fr|Sr))\.?\s+$"  # "parish priest Fr Kieran Tobin", "Rev. Fr. Chidi Okonkwo"
)
_LONGEST_HONORIFIC = len("the Most Honourable.")
# "… of Indigo Coast University" right after a name: where the person works
_OF_BODY = compiled(
    r"\s+(?P<d>of\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'&-]*){0,5})"
)
# The longest match of each pattern above before the window's trailing whitespace (see tails.py).
_LONGEST_PREPOSITION = len("about")
_LONGEST_STOP = len(".”")  # "\n\s*$" lies inside the trailing whitespace
_LONGEST_OFFICE = max(map(len, _OFFICES)) + 1  # "Gov."


def describe(text: str, names: list[str]) -> dict[str, list[str]]:
    """The article's own words about each person: appositives and a role or title before the name.

    One pass over the text finds every mention of every name; each is read through a small window
    on either side, so the cost grows with the text and the mentions, not text times speakers.
    """
    found: dict[str, list[str]] = {name: [] for name in names}
    if not names:
        return found
    named = _short_forms(names)
    for match in find_names(list(named), text):
        start, end = match.span()
        mention = match.group()
        out = found[named[mention]]
        # an appositive or a predicate needs a comma or "is", "was", … right after the name
        # (`_MAY_DESCRIBE` has no anchor nor look-behind: matching in place reads as the window)
        may_describe = _MAY_DESCRIBE.match(text, end, end + 2 * _WINDOW) is not None
        if named[mention] != mention and not may_describe:
            continue  # most mentions by surname alone: no window is cut for them
        before = text[max(0, start - _BEFORE_WINDOW) : start]
        after = text[end : end + 2 * _WINDOW]
        if named[mention] != mention:  # "Voss, 61, a retired geologist"
            after_preposition = search_end(_PREPOSITION_BEFORE, before, _LONGEST_PREPOSITION)
            appositive = None if after_preposition else _APPOSITIVE.match(after)
            opens_sentence = search_end(_SENTENCE_START, before, _LONGEST_STOP)
            if opens_sentence:  # "Varga, 44, is a civil engineer who …"
                appositive = appositive or _predicate(before, after)
            if appositive and _PLAIN.match(appositive["d"]):
                out.append(up_to_clause_end(appositive["d"]))
            continue
        said = (_APPOSITIVE.match(after) or _predicate(before, after)) if may_describe else None
        if said and not _WHOSE_NAMED.match(said["d"]):  # ("…, whose singer Ezra Blum": his)
            out.append(up_to_clause_end(said["d"]))
        if _APPOINTS.search(before, len(before) - 40) and (made := _APPOINTED_AS.match(after)):
            out.append(made["d"])  # "has appointed Tanya Merriweather as head coach"
        if _FOUNDED_BY.search(before, len(before) - 50):
            out.append("founder")  # "The company was founded in 2020 by Wanjiru Kamau-Otieno"
        if _CHAIRED_BY.search(before, len(before) - 30):
            out.append("chair")
        if of_body := _OF_BODY.match(after):  # "Professor Megan Drury of Indigo Coast University"
            out.append(of_body["d"])
        elif tag := _PARTY_TAG.match(after):
            out.append(tag["tag"])
        role_at = before  # "Coroner Dr Eimear …", "Vice-chancellor Prof Dr Iqbal …"
        while honorific := search_end(_HONORIFIC_BEFORE, role_at, _LONGEST_HONORIFIC):
            if role_at != before and (office := _OFFICE_BEFORE.search(honorific[0])):
                out.append(office["d"])  # "Minister of Education Senator Dr X" is the senator too
            role_at = role_at[: honorific.start()]
        role = role_before(role_at) if ends_in_role(role_at) else None
        if role and names_another(trim_role(role["d"]), named, named[mention]):
            role = None  # "Assistant District Attorney Colleen Marsh asked Judge| Peter Lang"
        if role:
            out.append(trim_role(role["d"]))
            outer = _FORMER_END.sub("", role_at[: role.start("d")])  # "The African Union's
            # special envoy for the Lubangan crisis, former Zembaran president Samuel Kibet Tanui"
            if outer.endswith(", ") and (office_of := _ROLE_OF_BEFORE.search(outer)):  # crisis,
                out.extend(_not_of_another(office_of["d"], found))
        elif role_at.endswith(", ") and (office_of := _ROLE_OF_BEFORE.search(role_at)):
            out.extend(_not_of_another(office_of["d"], found))  # "The Minister for Housing, X,"
        elif role_at.endswith(", ") and (role_in := _ROLE_IN_BEFORE.search(role_at)):
            out.append(role_in["d"])  # "the lead detective in the case, X,"
        elif _FOR_OR_OF.search(role_at[-50:]) and (office_for := _ROLE_FOR_FIELD.search(role_at)):
            out.append(office_for["d"])  # "Gauteng MEC for Health Nomvula Radebe"
        office_at = role_at if before.rstrip().endswith(")") else before  # (the range's office)
        if office := search_end(_OFFICE_BEFORE, office_at, _LONGEST_OFFICE):
            out.append(office["d"])
    return {
        name: [d for d in descriptions if says_something(d)] for name, descriptions in found.items()
    }


def _not_of_another(office: str, people: dict[str, list[str]]) -> list[str]:
    """The office, unless the place after its comma is someone else's name ("The akim of the
    city, Daniyar Kunanbayev," is his office, not his deputy's named after him)."""
    return [] if office.rpartition(", ")[2] in people else [office]


_FOR_OR_OF = compiled(r"\s(?:for|of)\s")
# a role in the matter at hand: "the lead detective in the case, X,", "the chief engineer on the
# project, X,"
_ROLE_IN_BEFORE = compiled(
    rf"\b[Tt]he\s+(?P<d>(?:[a-z][\w-]+\s+){{0,2}}{ROLE}\s+(?:in|on)\s+the\s+[a-z]+),\s+$"
)
_WHOSE_NAMED = compiled(r"whose\s+(?:[a-z][\w-]*\s+){1,3}[A-Z]")
_FORMER_END = compiled(r"(?:former|then|now|ex-|acting|interim)\s+$")


def _predicate(before: str, after: str) -> re.Match[str] | None:
    """ "X is a civil engineer", "X was named chief executive of …", outside quotation marks
    (inside, they are someone's words)."""
    if before.rfind("“") > before.rfind("”"):
        return None
    return _PREDICATE.match(after) or _APPOINTED.match(after)


def _short_forms(names: list[str]) -> dict[str, str]:
    """Each full name and, where no other name shares it, its surname and its first name: the
    article describes "Voss, 61, a retired geologist" and "Ada, 71, a third-generation grower"."""
    forms = {name: name for name in names}
    shorts = {name: {name.split()[0], name.split()[-1]} for name in names if " " in name.strip()}
    counts = Counter(short for both in shorts.values() for short in both)
    for name, both in shorts.items():
        if name.split()[-1].lower() in cues.ORG_HEADS:
            continue  # "Calder" of "Calder Bank" is not a person to describe
        for short in both:
            if counts[short] == 1 and short not in NOT_NAMES and short not in forms:
                forms[short] = name
    return forms

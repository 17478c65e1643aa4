"""How news text names organisations and those who speak for them.

"the port authority", "a spokeswoman for Harbridge Water", "Powell’s office", "officials said".
`cues` re-exports every public name.
"""

from __future__ import annotations

from reader.core.attribution.name_atoms import CAP, TITLE
from reader.core.attribution.romance_bodies import FRENCH_BODY_NAME as FRENCH_BODY_NAME
from reader.core.attribution.word_trie import word_trie
from reader.core.calendar_words import MONTHS, WEEKDAYS

# Words that end a business's name, added on 2026-12-01: organisation heads and company heads both
INDUSTRY_HEADS = (
    "works software therapeutics biosciences robotics analytics dynamics semiconductors chemicals "
    "learning cloud financial "  # "Clearpath Learning", "Lattice Cloud", "Norwood Financial"
    "credit "  # "Great Plains Farm Credit", a farm lender
    "bancorp bancshares bankshares "  # "Baltic Bancorp": a bank ("the bank said")
    "petroleum automotive brewing devices electronics instruments games entertainment apparel "
    # "Aoba Chemical", "Daehan Shipbuilding" (not "steel": David Steel is a person)
    "chemical pharma shipbuilding "
    # drug and device makers: "Tessaro Bio", "Obsidian Biotherapeutics", "Stellan Orthopedics"
    "bio biotech biotherapeutics biologics biopharma diagnostics genomics orthopedics "
    "orthopaedics oncology vaccines "
    "ales brewery breweries brewers distillery distillers wines vineyards dairies bakeries farms "
    "stores supermarkets hypermarkets retail outfitters "  # "Karoo Home Stores"
    # "Pemberton Mining", "Cantera Tiles", "Fellgate Water" (not "paving":
    # "Redfield Paving & Grading" would end at its first word)
    # a miner by its ore: "Fouta Iron", "Kasai Copper" (not "gold", "silver": surnames)
    "iron copper nickel lithium uranium potash zinc cobalt graphite bauxite "
    "mining minerals metals tiles estates textiles plastics packaging hardware water "
    "events optical eyewear esports aquaculture "  # "Frostline Events", "Nordlys Aquaculture"
    "recordings records"  # record labels: "Gravel Moth Recordings"
).split()  # "Hartwell Ales", "Glenmorran Distillers"
ORG_HEADS = (
    "ministry department agency authority council union company firm group bank board commission "
    "superintendency procuracy "  # "Chile's Superintendency of Marine Farming"
    "committee office government police constabulary party campaign institute institution "
    "university school "
    "hospital court association federation foundation forum coalition organisation organization "
    "administration city county state port trust society center centre bureau service corporation "
    "corp network alliance league club team ferries airline airlines airways air holdings capital "
    "partners securities inc ltd llc plc energy motors systems technologies media insurance fund "
    "consulting consultancy presidency "  # "Lindqvist Automotive Consulting", "the Presidency"
    "ventures industries logistics shipping railways homes resources pharmaceuticals laboratories "
    "labs studios services solutions enterprises communications construction properties brands "
    "foods rail railway transit trains buses metro trams tramways crypto electric utilities "
    "telecom festival independents "
    "racing motorsport motorsports autosport "  # "Vireo Racing", "Brightwater Autosport"
    "greens socialists chamber caucus assembly parliament congress legislature tribunal "
    "secretariat inspectorate directorate cooperative co-op co-operative gallery front movement "
    # "Lakeshore Unified School District", "the district said"
    "academy theatre theater museum orchestra opera ballet district system mutual coaches "
    # "Holme Fen Primary": a school; "The American Legion"; "Fitch Ratings"
    "primary legion ratings ombudsman regulator watchdog "
    # "the Kinosew Lake First Nation" (a people's government, not a person), "Farmers’ Guild of
    # Wales"
    "nation guild municipality "
    # "the observatory said in a statement": institutions that speak as bodies
    "observatory clinic charity diocese library registry synod archdiocese conference "
    "archive archives conservatory philharmonic "  # "the Metropolitan Archive of Photography"
    "zoo aquarium sanctuary "  # "Kestrel Bay Zoo … the zoo said in a statement"
    # houses of worship that speak as bodies, and churches ("A Church of England spokesperson")
    "synagogue mosque congregation cathedral gurdwara church "
    # "the Harwood Health Policy Unit": "the unit’s report said"; "the panel", "the college"
    "unit panel college ambulance conservancy operator guide "
    "mission "  # "The UN Mission in South Sudan (UNMISS) said …. The mission said"
    "faculty "  # "the dean of the Faculty of Creative Arts, Professor X,"
    # "Waitaha Regional Health", "Northern Health": a health service by its field; "(An) Garda
    # Síochána", the Irish police
    "health síochána "
    # "Granite Families Action, a conservative advocacy group"
    "action "
    # Nigerian police and immigration commands: "Kaduru State Command", "Lagos State Police Command"
    "command chapter "
    # military units: "Two soldiers with the 11th Airborne Division …. The division said"
    "division brigade battalion regiment fleet corps "
    "rūnanga runanga "  # a Māori council: "Te Rūnanga o Ngāi Tahu"
    # "the military said", "the army said": armed forces ("Israel Defense Forces", "Salvation Army")
    "army military forces force "  # ("the Coastal Security Force (CSF)", "the force said")
    "partnership "  # "the Planning Advisory Partnership"
    "prefecture tramway tramways omnibus consortium high "  # "Harmon High"
    # "a spokesperson for the label" (a record label; not "band": "Douglas J. Band"); "the
    # Rotterdam venue De Ketel" … "the venue said"
    "label venue "
    "programme"  # "the Meridian Food Programme" (not "program": "Obama Administration To Expand
    # Program" is a headline's words)
).split() + INDUSTRY_HEADS
# Spanish and Portuguese bodies: "Ministerio de Salud Pública", "Banco de España"
ROMANCE_HEADS = (
    "ministerio ministério instituto banco cooperativa aerolíneas universidad secretaría "
    "comisión consejo fiscalía corte partido sindicato asociación federación fundación agencia "
    "policía empresa compañía companhia gobierno governo alcaldía ayuntamiento procuraduría "
    "defensoría "
    # "Contraloría General del Estado", "Frente Guerrillero del Sur", "Superintendencia de …"
    "contraloría superintendencia registraduría dirección frente ejército junta "
    "alianza coordinadora movimiento "  # "Alianza Ciudadana por la Democracia"
    "consell conseil concello"  # "the Consell de Mallorca … the council said"
).split()
ORG_HEADS += ROMANCE_HEADS
# How football clubs' names end ("Elmsford Town", "Brackwater Rovers"): organisations, not people.
# ("United" is left out of the heads: "the United States" is not a club.)
# ("Harrowgate Ladies": a women's side)
CLUB_WORDS = "town rovers wanderers rangers athletic albion ladies thistle harriers".split()
# a side named for an animal or a band: "Harrowgate Raiders", "Corbridge Tigers"
CLUB_WORDS += "raiders warriors tigers lions sharks bulls eagles falcons wolves titans".split()
ORG_HEADS += CLUB_WORDS

# Fields of government and causes that end a body's name after "and": "Department of Health and
# Human Services", "Centre for Justice and Police Accountability"
FIELD_WORDS = (
    "Services|Networks|Affairs|Sciences|Resources|Communities|Skills|Families|Industries|"
    "Fisheries|Sport|Sports|Works|Communications|Statistics|Development|Transport|Environment|"
    "Energy|Innovation|Industry|Trade|Culture|Media|Technology|Security|Justice|Welfare|Housing|"
    "Education|Employment|Agriculture|Food|Water|Infrastructure|Planning|Tourism|Heritage|Health|"
    "Care|Policy|Research|Economy|Finance|Commerce|"
    "Accountability|Governance|Transparency|Reform|Rights|Safety|Equality|Democracy|Sustainability"
)
# A trie (case-insensitive alternatives get no first-letter skip); each use ends at a word boundary
ORG_HEAD = r"(?i:" + word_trie(ORG_HEADS) + r")"
# "the ministry", "the port authority", "a spokeswoman for the union", "the Ministry of Transport"
# One way only to read the spaces between words: "\s+(?:of)?\s*" split a run of spaces
# in two ways at every word, and backtracking over them doubled with each word.
# Lower-case nouns that follow an outlet's name: "Parlour magazine"
# ("told the SITA newswire", "told the MENA news agency")
OUTLET_NOUNS = r"(?:magazine|newspaper|daily|weekly|tabloid|newswire|news\s+agency)"
# A company's legal form after its name: "Hollerbach Automobil AG", "Strand Logistik GmbH"
LEGAL_FORMS = frozenset(
    "AG SE GmbH NV BV Oyj ASA SpA KGaA PLC plc LLP Berhad Bhd Tbk JSC PJSC "
    "SA SAB SAA SAC Ltda".split()  # Latin America's: "Hidrocarburos Andinos SA", "… SAB de CV"
) | {"Limited"}  # ("Lagos-based fintech firm, PayKobo Limited,": no one's name)
FORM_WORDS = LEGAL_FORMS | {"Inc", "Corp", "Ltd", "LLC", "Co"}  # and the English ones


def without_legal_form(name: str) -> str | None:
    """ "Crandall Ives" of "Crandall Ives LLP": a firm's name without its legal form."""
    words = name.split()
    if len(words) > 2 and words[-1].rstrip(".") in FORM_WORDS:
        return " ".join(words[:-1]).rstrip(",")
    return None


# ... and with its full stop: "Luzon Electric Distribution Corp. said", "Acme Inc. said"
ABBREVIATED_FORM = r"\s+(?:Inc|Corp|Co|Ltd|Bros)\.(?=\s+(?!and\b|or\b)[a-z])"
_DAY_OR_MONTH = rf"(?:{'|'.join(WEEKDAYS + MONTHS)})\b"
POLICE_INITIALS = frozenset("RCMP OPP SPVM PSNI SAPS".split())  # "Pine Hollow RCMP said"
ORG_NAME = (
    # a body named in French, perhaps after its country's possessive ("Morocco's Haut-…")
    rf"(?:(?:[Tt]he\s+|[A-Z][a-z]+['’]s\s+)?{FRENCH_BODY_NAME}|"
    # "Office of the Comptroller of the Currency", "North Valeshire Hospitals NHS Foundation Trust"
    rf"(?:(?:the\s+)?(?:[A-Z]{{2,5}}\s+|St[ao]?\.\s+|(?:[A-Z]\.){{2,3}}\s+)?{CAP}"
    # (not "Devendra Kumar Ojha on Thursday described": a day is no part of a name)
    # ("Cooperativa Cafetera del Huila": a Spanish "of the"; not a bare "de", which joins a
    # surname: "Minister for Health Orla de Búrca")
    # ("the Sarnesian Embassy in Vaskova": an embassy's city)
    rf"(?:\s+(?:(?:of\s+the|of|for|and|on(?!\s+{_DAY_OR_MONTH})|&|the|del|de\s+l[ao]s?"
    r"|(?<=Embassy\s)in|(?<=Consulate\s)in)\s+)?"
    rf"(?:{CAP}|[A-Z]{{2,5}}(?=\s+[A-Z])))*"
    # ("… Firefighters Local 217": a union's branch, by its number)
    # (and a police detachment or a club by its initials: "Pine Hollow RCMP", "Carrowkeel AFC")
    rf"(?:\s+(?:{'|'.join(sorted(LEGAL_FORMS))})\b|{ABBREVIATED_FORM}"
    # ("Harbourline TV said", "Coast FM reported": a station's letters; "Universities UK said":
    # a national body's)
    rf"|(?<!The)(?<!the)\s+(?:{'|'.join(sorted(POLICE_INITIALS))}|A?FC|RU?FC|GAA|TV|FM|UK)\b"
    rf"|\s+Local\s+\d{{1,5}}\b)?"
    rf"(?:\s+{OUTLET_NOUNS}\b)?))"  # "Parlour magazine reported": the magazine
)
# Organisation names that say "business", for "the company said" among public bodies.
COMPANY_HEADS = set(
    "company firm ferries airline airlines airways holdings capital partners securities inc "
    "ltd llc plc energy motors systems technologies media insurance fund ventures industries "
    "logistics shipping railways homes resources pharmaceuticals laboratories labs studios "
    "bank group corporation corp line lines network networks power water electric utilities "
    "cooperative co-op co-operative "
    "telecom communications services solutions rail railway transit trains buses metro trams "
    "tramways crypto ratings".split()
    + INDUSTRY_HEADS
)
GENERIC_ORG = (
    r"(?:operator|carrier|insurer|lender|retailer|developer|utility|regulator|landlord|"
    r"manufacturer|producer|maker|owner|employer|agency|company|firm|group|bank|airline|"
    r"channel|broadcaster|publisher|website|charity|startup|co-operative|cooperative|co-op|journal|"
    r"brewery|brewer|distillery|winery|carmaker|automaker|drugmaker|chipmaker|miner|supplier|"
    r"exporter|meatpacker|broker|brokerage|"
    r"supermarket|housebuilder|builder|airport|"
    r"chain|watchdog|house|organi[sz]ation|nonprofit|(?<!governing\s)body)"
    # "the department store chain warned", "The watchdog alleges", "The organisation warned that"
    # (the body named last); "The body, which represents …, said" (not "the governing body")
)
# a nation's word before a body's letters: "The Scottish FA", "the Welsh RU"
NATION_BEFORE_INITIALS = r"(?:Scottish|Welsh|Irish|English|British)"
# "the governing body", "World football’s governing body", "the referees’ body": the body of a
# sport or a trade named in the sentence before (governing_bodies.py), not the club named last
GOVERNING_BODY = (
    r"(?:[Tt]he\s+(?:[a-z]+['’]s\s+)?|(?:[A-Z][a-z]+\s+)?[a-z]+['’]s\s+)governing\s+body"
    r"|[Tt]he\s+[a-z]+s['’]\s+body"
)
# "The PGA Tour confirmed …. The tour said": a tour named by its capital (not "during a tour")
TOUR_NAME = r"(?:(?!The\s)[A-Z][\w&]*\s+){1,3}Tour\b"
THE_TOUR = r"[Tt]he\s+tour(?=\s+(?:said|says|confirmed|announced|added|has|had|will|would)\b)"
# "a spokeswoman for", "A producer for Yahoo Studios", "an aide to Senator Okafor", "a senior
# official at": someone who speaks for the body (or the person) named next
# "lawyers for the county", "representatives of the union" speak for that body as one does
SPEAKS_FOR_ROLES = (
    r"(?:spokes(?:man|woman|person|men|women|people)|(?:representative|official|lawyer|attorney|"
    r"aide|adviser|advisor|producer|executive|staffer|strategist|member|employee|source|"
    r"director|officer)s?)"
)
_SPOKES_FOR = (
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)\s+)?"
    r"(?:(?:senior|top|former|longtime|veteran|high-ranking|chief|leading|close|key)\s+)?"
    rf"{SPEAKS_FOR_ROLES}\s+(?:for|from|at|with|to|of)\s+"
)
# "the ministry", "the port authority", "the company", "the Ministry of Transport"
THE_HEAD = (
    # (not "The judge said the court …": a verb and "the" are no part of a body's name)
    # (nor "the former miner", "the retired builder": people; a body is no former one)
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?!(?:said|says|told|the|former|retired)\s)[A-Za-z\-]+\s+){{0,3}}?"
    r"(?:(?<=[Tt]he\s)[a-z]+['’]s\s+)?"  # "a spokesperson for the sheriff's office"
    rf"(?:{ORG_HEAD}|{GENERIC_ORG})s?\b"
    # ("the Office of the Special Envoy for the Vell Islands": two phrases)
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*){0,2}"
)
# "Powell’s office said", "Trump's campaign said": the office speaks for its principal.
POSSESSIVE_SOURCE = (
    # ("The University of Castleford’s press office": a body's name with its article and "of")
    rf"(?:(?:{TITLE}|[Tt]he\s+(?=[A-Z]))?{CAP}(?:\s+(?:of\s+(?:the\s+)?)?{CAP})*['’]s?\s+"
    r"(?:[a-z\-]+\s+){0,2}(?:office|campaign|team|"
    r"camp|staff|aides?|spokes(?:man|woman|person)|lawyers?|attorneys?|representatives?)"
    # "the sheriff's office", "the mayor's office": an office named by its holder's role
    r"|[Tt]he\s+(?:[a-z]+\s+)?[a-z]+['’]s\s+office"
    # "the company's spokesman", "the department’s lawyers": a body's, named before
    rf"|[Tt]he\s+(?:[a-z-]+\s+)?(?:{ORG_HEAD}|{GENERIC_ORG})['’]s\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:spokes(?:man|woman|person)|lawyers|attorneys|representatives?))"
)
# "Clinton campaign says", "Obama administration officials said": the body, with no article
_CAMPAIGN_OF = rf"(?:{CAP}(?:\s+{CAP}){{0,2}}\s+(?:campaign|administration)(?!\s+[a-z]+s?\s+[A-Z]))"
COMMON_SOURCE = (
    # ("a spokeswoman for developer Coastline Living": the body's trade before its name; "a
    # spokesman for the HSE": a body by its initials)
    # ("a spokesman for the aid group Tamarind Relief Network": its kind, then its name)
    rf"(?:{_SPOKES_FOR}(?:{THE_HEAD}|(?:(?:the\s+)?(?:[a-z]+\s+)?{GENERIC_ORG}\s+)?{ORG_NAME}|(?:the\s+)?[A-Z](?:[A-Z]|&(?=[A-Z])){{1,5}}\b(?!['’]))"
    # ("a spokesman for the Federal Office for Migration in Liebenau": the body's seat)
    rf"(?:\s+in\s+(?!{_DAY_OR_MONTH})[A-Z][\w’'\-]+(?![\w’'\-]|\s+[A-Z]))?"
    rf"|{THE_HEAD}|{POSSESSIVE_SOURCE}|{_CAMPAIGN_OF})"
)
# "the spokesman said", after "a spokesman for the association" named the organisation
SPOKES_BACK = r"(?:[Tt]he\s+(?:spokes(?:man|woman|person)|representative))"
# Sources the article does not name: "officials said", "two dockworkers told Reuters".
UNNAMED = (
    # "one of the officials said", "one of them told the paper"; "Another said simply:"
    r"(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Mm]any|[Mm]ost|[Ee]ach|[Ss]everal)\s+of\s+(?:the|"
    r"those|them)\b(?:\s+[a-z]+s\b)?|[Aa]nother(?=\s+(?:said|says|added|told|asked)\b))|"
    # "two senior Conservative sources", "some Labour members": a party or body's word after
    # a number or a rank
    r"(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther|[Ss]enior|[Ll]ocal|[Uu]nion)\s+"
    r"(?:(?:senior|junior|local)\s+)?(?:[A-Z][a-z]+\s+)?)?"
    r"(?:officials|critics|residents|workers|dockworkers|experts|analysts|sources|people|witnesses|"
    r"police|authorities|organi[sz]ers|economists|leaders|members|observers|neighbou?rs|"
    r"opponents|supporters|protesters|activists|lawmakers|diplomats|investigators|researchers|"
    r"regulators|inspectors|auditors)\b"
)
# Sources kept anonymous by what they know: "one person familiar with the talks", "a source close
# to the club", "two people briefed on the plan", "a source in the department". Nobody the
# article names.
ANONYMOUS = (
    # ("two party sources familiar with": whose sources, before the word)
    r"(?:[Oo]ne|[Aa]n?|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:(?:senior|person|people|"
    r"party|government|company|industry|"
    r"sources?|insiders?|individuals?|officials?)\s+){1,2}(?:familiar\s+with|close\s+to|"
    r"briefed\s+on|involved\s+in|in|inside|within|with\s+(?:direct\s+)?knowledge\s+of)\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+)?"
    r"[a-z]+(?:\s+[a-z]+)?"
)

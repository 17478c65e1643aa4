"""Words that decide whether capitalised words name a person: sentence openers and common words
that are never names on their own, and the first and last words of places and things."""

from __future__ import annotations

from reader.core.attribution.cues import CLUB_WORDS, ORG_HEADS
from reader.core.attribution.pattern_cache import compiled
from reader.core.calendar_words import MONTHS, WEEKDAYS

# Capitalised words that open sentences or name things, never people on their own.
NOT_NAMES = set(
    "The A An And But Or In On At For If When While After Before This That These Those It Its "
    "We I You They He She There Here As According Still Yet So Then Now Some Many Most Other "
    "Others Critics Officials Residents Workers Experts Analysts Supporters Opponents "
    "Everyone Nobody Nothing Something Everything Anything Asked Last "
    "Next One Two Three Our My His Her Their What Why How Who Where Yes No Not Even Only Also "
    "However Meanwhile Instead Under Over With Without From By To Of Since Until Despite Both "
    "Each Every All None Such Although Though Because Unless Whether Back Later Earlier Today "
    "Yesterday Tonight During Following Amid Among Across Around Against Along Beyond Inside "
    "Outside Within Like Unlike Given Including Except Plus Thanks Speaking Responding "
    "Referring Writing Told Sources Aides Advisers Voters Democrats Republicans Late Early "
    "Indeed Nevertheless Nonetheless Moreover Furthermore Additionally Separately Similarly "
    "Likewise Ultimately Overall Previously Recently Notably Specifically Elsewhere Hence Thus "
    "Therefore Importantly Interestingly Initially Finally Meanwhile Instead However Once "
    "Whenever Wherever "
    "Class Rank".split()  # "Sgt. 1st Class X", "Capt. 3rd Rank X": the rank's last word
) | set(WEEKDAYS + MONTHS)
# months that are given names too: after a title, "Representative June Ostrowski" is a person
GIVEN_MONTHS = frozenset({"April", "May", "June", "August"})
# days that are given names too (West African naming: "Sunday Okonkwo", "Friday Adeyemi"); the
# next word is not a paper's, a programme's or a service's ("Sunday Times", "Monday Night")
GIVEN_DAYS = frozenset({"Sunday", "Monday", "Friday"})
GIVEN_DATES = GIVEN_MONTHS | GIVEN_DAYS  # "June Hartnell", "Sunday Okonkwo": no title before them
_DAY_COMPOUNDS = frozenset(
    "Times Night Morning Evening Afternoon Service Services Mass School Telegraph Mirror Express "
    "Post Herald Tribune Star Independent Mail Sport Sun People Edition Magazine Review Trading "
    "Session Market Prayers Prayer Lunch Show Club Live Best Roast Feature Briefing Masses "
    "Schools Markets Papers League Dinner Supplement Worship Liturgy Games Match Matches".split()
)
# Imperatives that open a quoted line ("Ask Skye," she said): no name is spelt so (not "Watch"
# or "Trust", which end bodies' names)
NOT_NAMES |= set(
    "Ask Tell Let Give Take Thank Bring Send Try Listen Wait Imagine Remember Forget Consider "
    "Blame Believe".split()
)
# What marchers carry: "Placards read “No water, no vote”" quotes a slogan, no speaker
NOT_NAMES |= set("Placards Signs Banners Posters Billboards Slogans Chants".split())
NOT_NAMES.add("Eid")  # "after Eid al-Fitr": a festival
# ("said in his Easter message:": a feast, no one's name)
NOT_NAMES |= set("Easter Christmas Ramadan Diwali Hanukkah Passover Thanksgiving".split())
NOT_NAMES |= {"Several", "Few"}  # "Several residents said"
# a scraped page's furniture left inside a paragraph: "… with your hands.” Advertisement"
NOT_NAMES |= {"Advertisement", "Sponsored"}
# "Whoever decided …": no one's name
NOT_NAMES |= {"Whoever", "Whatever", "Anyone", "Everyone", "Someone", "Nobody"}
NOT_NAMES |= {"Besides", "Apart"}  # "Besides Joan Kresge, he is survived by …"
# prepositions that open a sentence: "Near Weyland, Sask., grain farmer Colleen Bergstrom …"
NOT_NAMES |= set("Near Behind Beside Beneath Between Throughout Toward Towards Upon Via".split())
NOT_NAMES |= {"Born"}  # "Born Adaeze Nwankwo-Bell in south London, the singer …"

# A faith's word before a title: "the Catholic Bishop of Umuahia-Ukwu" is no Mr Bishop (but
# "Islamic State" is a name, of a body: person_names reads these first words)
FAITH_WORDS = frozenset(
    "Catholic Anglican Methodist Presbyterian Baptist Lutheran Evangelical Pentecostal Islamic "
    "Jewish Hindu Sikh Muslim Buddhist Orthodox".split()
)

# Capitalised pairs that name places and things, not people ("Eastern Terminal", "Port Calloway").
PLACE_FIRST = set(
    "Port Lake Mount Fort San Santa Saint New North South East West Northern Southern Eastern "
    "Northeast Northwest Southeast Southwest Midwest "
    "Western Upper Lower Greater Central Old Royal National Federal Supreme High "
    "Co "  # an Irish county: "a Co Mayo teenager"
    "Barangay Kampung "  # a Philippine or Malay village: "residents of Barangay Pinagsama"
    "Ngāti Ngāi Ngati Ngai".split()  # an iwi, a people: "Ngāti Rāwhiti chair Tamati Kerehoma"
)
# Words of a place inside a longer name, never inside a person's: "Harbor City Mariners"
PLACE_INSIDE = frozenset("City Town County Bay Valley".split())
PLACE_LAST = set(
    "Terminal Street Road Avenue Lane Square Bridge Harbour Harbor River Lake Mountain Park "
    "Hall Station Airport Tower Building Centre Center Market Valley Island Islands County "
    "City Province Republic Kingdom Gate Quay Dock Docks Line Bay Coast Sea Ocean Day Week "
    "Act Bill Law Plan Fund Project Programme Program Treaty Accord Pact Prize Cup Games Open "
    "Festival Church Cathedral Hospital Museum Library Stadium Arena Hotel Cafe Club Trail "
    "Canal Dam Plaza Boulevard Way Drive District Region Territory Basin Delta Strait "
    "Peninsula Estate Mall Cross Green Heath Moor Hill Hills Field Fields Wood Woods Row Diner "
    "Bakery Pub Inn Bar Restaurant Shop Store Farm Mill Yard Wharf Pier Crescent Terrace Gardens "
    "Firth Sound Loch Reef Cove Point Headland Cape Creek Falls Marina Lighthouse Crossing Span "
    "Fork United FC House Primary "  # "Sabine Fork": a river
    # "Tōtara Flat", "Alice Springs", "the First World War" (not "Ridge": Tom Ridge)
    "Springs Heights Flat Flats War "
    # two-word places whose last word is no surname: "Hong Kong", "Kuala Lumpur", "Costa Rica"
    "Kong Lumpur Aires Rica Lanka Leone Arabia Emirates Area "  # ("Kpehe North Electoral Area")
    # a sporting event: "the Kingsbarrow Classic", "the Harlow Invitational"
    "Classic Invitational Championship Championships Trophy Tournament Marathon Regatta "
    # a business's reach ends its name: "Amnesty International" ("Ireland" is a surname too)
    "International Worldwide "
    # a country that ends a body's name: "Environment Canada", "Visit Scotland" (not "Wales",
    # "England" or "Ireland": surnames too)
    "Canada Australia America Britain Scotland Zealand "
    # Irish and Welsh parties: "Fine Gael councillor Patricia Nolan", "Sinn Féin's …"
    "Gael Fáil Fail Féin Fein Cymru".split()
) | {word.capitalize() for word in CLUB_WORDS}
# Plural fields that end a title, never part of a name: "Director of Government Affairs Phil
# Smith" names Phil Smith.
FIELDS = set(
    "Affairs Relations Services Operations Communications Resources Studies Programs Programmes "
    "Sciences Investigations Sales Analytics Logistics Economics Politics "
    "Instruction "  # "Superintendent of Public Instruction Rhonda Keel"
    # a portfolio's last word, never a surname: "Minister for Municipal Administration, Urban
    # Development and Metropolitan Transport" names no one
    "Development Transport Transportation Administration Infrastructure Agriculture Education "
    "Employment Tourism Welfare Planning Innovation Technology Fisheries Forestry "
    "Immigration Management People "  # ("Minister of State for Older People")
    # "Director Agriculture Extension Tariq Mehmood Watto", "… on Narcotics Control Khurram …"
    "Extension Control "
    # "Minister of National Security Fitzgerald …", "Director of Public Prosecutions Kathleen …",
    # "Senior Superintendent of Police Desmond Keating", "Minister of Works …"
    "Security Prosecutions Police Works "
    "Protection Crisis "  # "Minister for Climate Crisis and Civil Protection X"
    "Business Economy".split()  # "Manager of Opposition Business X", "… and Maritime Economy, X"
)


# The fields a minister's office joins with "and": "Municipal Affairs and Housing Minister …"
POLICY_FIELDS = FIELDS | set(
    "Higher "  # "Provincial Minister for Higher Education X"
    "Municipal Local Social Foreign Home Public Climate Change Government Housing Health Care "
    "Environment Transport Transportation Infrastructure Energy Trade Industry Finance Justice "
    "Education Culture Sport Sports Tourism Agriculture Fisheries Forestry Immigration "
    "Communities Families Children Labour Labor Employment Defence Defense Veterans Water "
    "Mines Minerals Mining Resources Heritage Arts Science Innovation Technology Digital Training "
    "Competition "
    # Indian portfolios: "State Food and Civil Supplies Commissioner Tarun Mehrotra"
    "Food Civil Supplies Consumer Rural Urban Development Planning Revenue Power Irrigation "
    "Welfare Commerce Textiles "
    # a county's departments: "Road and Bridge Supervisor Merle Hostetler"
    "Road Roads Bridge Bridges Parks Recreation Streets Sanitation "
    "Investment Enterprise Lands Youth Treasury "  # "Investment, Trade and Industry …"
    # "Minister for Human Rights X" ("Human" is a given name too), "Excise and Taxation Director"
    "Human Rights Services Excise Taxation Customs Information Broadcasting Religious Affairs "
    "Relief Disaster Management Maritime".split()
)


def after_fields(words: list[str]) -> list[str]:
    """The words after the last field word, when at least two are left (not the field word of
    a body's name: "Business Forum Ireland")."""
    last = max(
        (
            i
            for i, word in enumerate(words)
            if word in FIELDS and words[i + 1 : i + 2] != [] and words[i + 1].lower() not in _HEADS
        ),
        default=-1,
    )
    return words[last + 1 :] if 0 <= last < len(words) - 2 else words


_HEADS = frozenset(ORG_HEADS)
WIRE_SERVICES = {"Reuters", "Bloomberg", "AP", "AFP", "BBC", "CNN", "NPR", "Politico", "Axios"}


def drop_leading_common(name: str) -> str:
    words = name.split()
    while words and words[0] in NOT_NAMES and not (irish_article(words) or _counted_name(words)):
        words = words[1:]
    if len(words) > 2 and (words[0] in BUSINESS_TRADES or words[0].endswith("-based")):
        words = words[1:]  # "Developer Thornbury Homes said", "Kobe-based Aoba Chemical said"
    return " ".join(words)


def irish_article(words: list[str]) -> bool:
    """ "An Garda Síochána", "An Post", "An Bord Pleanála": the Irish article is the name's."""
    return words[0] == "An" and len(words) > 1 and words[1] in _IRISH_AFTER_AN


def _counted_name(words: list[str]) -> bool:
    """ "Three Counties Agricultural Society", "Two Sisters Food Group": the number is the name's
    when a plural and at least one more capitalised word follow it."""
    return (
        words[0] in _COUNTS
        and len(words) > 2
        and words[1][-1:] == "s"
        and words[1][-2:] not in ("’s", "'s")
        and words[1] not in NOT_NAMES
    )


_COUNTS = frozenset("Two Three".split())
_IRISH_AFTER_AN = frozenset("Garda Post Bord Taisce Chomhairle Roinn Coimisiún Foras".split())


# A business's trade, capitalised before its name at a sentence's start
BUSINESS_TRADES = frozenset(
    "Developer Housebuilder Retailer Carmaker Automaker Chipmaker Drugmaker Insurer Lender "
    "Broadcaster Publisher Contractor Manufacturer Brewer Supermarket Grocer Landlord "
    "Telco Miner Airline Studio Distributor Supplier Operator Carrier Utility".split()
)


_THE_BEFORE = compiled(r"\b[Tt]he\s+\Z")


def after_the(text: str, at: int) -> bool:
    """Whether "the" stands right before `at`: "The Elmsford manager, Graham Ostler" (a
    modifier), "the Lakeport Herons" (a team)."""
    return _THE_BEFORE.search(text, max(0, at - 5), at) is not None


# words a date follows ("in June", "since May", "on 4 June", "mid-April", "April and May")
_DATE_BEFORE = compiled(
    r"(?:\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|"
    r"[Tt]hrough|[Oo]f|[Tt]his|[Dd]uring|[Oo]n|[Tt]o|[Bb]efore|[Aa]fter|[Ee]ach|[Ee]very|"
    r"[Tt]hroughout|[Aa]round|[Bb]etween|[Aa]nd|[Oo]r|[Tt]hat|[Ff]or|[Aa]s\s+of)\s+|[\d-]\s*)\Z"
)


# what a day as a given name follows: the text's start, a comma, a bracket or an opening mark
_DAY_NAME_BEFORE = compiled(r"(?:\A|[,(“\"]|[.!?]”?)\s*\Z")


def date_as_given_name(text: str, at: int, mention: str) -> bool:
    """Whether the month or day opening `mention` is a given name ("His mother, June Hartnell,
    said", "The captain, Sunday Okonkwo,"), not a date ("In June Hartnell said", "on 4 May Ellis
    resigned", "said Monday Ellis would")."""
    first, _, rest = mention.partition(" ")
    if not rest or rest.split(" ", 1)[0] in NOT_NAMES:
        return False
    if first in GIVEN_DAYS:
        if _DAY_COMPOUNDS.intersection(rest.split()) or rest.count(" ") > 1:
            return False
        if _DAY_NAME_BEFORE.search(text, max(0, at - 3), at) is None:
            return False
    elif first not in GIVEN_MONTHS:
        return False
    return _DATE_BEFORE.search(text, max(0, at - 12), at) is None

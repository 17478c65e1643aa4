"""Role words and the key each is filed under ("attorney" -> lawyer, "Gov." -> governor), and
relatives by the gender the word gives. Plain data for `cues` and `roles`."""

from __future__ import annotations

# Role words, each with the key it is filed under: "district attorney" is a prosecutor and an
# "attorney" otherwise a lawyer; "counsel", "solicitor" and "barrister" are lawyers too.
# Relatives, by the gender the word gives: "her son, Daniel Marrow", "his son cut in"
FEMALE_KIN = frozenset(
    "wife daughter sister mother aunt niece granddaughter grandmother girlfriend widow".split()
)
MALE_KIN = frozenset(
    "husband son brother father uncle nephew grandson grandfather boyfriend widower".split()
)
KIN = FEMALE_KIN | MALE_KIN | {"partner", "cousin"}
SEXED_KIN_WORDS = "|".join(sorted(FEMALE_KIN | MALE_KIN))  # as one alternation, for patterns
# A trade a profile names its subject by: "the singer said on Instagram that …" (a role key,
# and role_sources' topic fallback when no one is introduced by it)
PROFILE_TRADES = (
    "singer songwriter rapper musician actor actress novelist poet playwright artist painter "
    "comedian dancer chef designer writer calypsonian "
    # a tabloid's celebrity: "Love Island beauty X" … "the Love Island beauty said"
    "star presenter model influencer socialite beauty "
    "restaurateur hotelier publican shopkeeper baker winemaker florist"  # owners of one place
)
# a student's year ("a junior majoring in …" … "the junior said"; role_keys.py reads it as the
# role only where it heads its phrase, not in "junior doctors")
STUDENT_YEARS = "freshman sophomore junior first-year second-year third-year final-year".split()
ROLE_KEYS = {
    **{
        w: w
        for w in (
            "judge prosecutor lawyer superintendent treasurer coach manager captain goalkeeper "
            "leader chairman chairwoman chair president mayor governor senator minister secretary "
            "director executive inspector detective sheriff commander officer principal teacher "
            "doctor nurse professor researcher author economist analyst referee striker defender "
            "candidate challenger incumbent owner founder pastor priest landlord witness defendant "
            "chancellor commissioner councillor councilor spokesman spokeswoman spokesperson "
            "coroner magistrate sergeant lieutenant constable bishop rabbi imam curator librarian "
            "selector "  # "Chief selector X" … "the chief selector said"
            "examiner "  # "Deputy Chief Medical Examiner Vanessa Okoye-Branch" … "the examiner"
            "undersecretary "  # "Dr X, Undersecretary for Agriculture," … "the Undersecretary"
            # a summit's and a firm's: "the Qadiri mediator, X," … "the mediator said"; "his
            # Tarsovian host, President X" … "the host said"; "X, equity strategist at …"
            "mediator host strategist ombudsman deputy predecessor dean "
            # a fund's, a planning agent's: "Its managing partner, X," … "the managing partner
            # said"; "X of Barrington Planning, the agent for the applicant," … "the agent said"
            "partner "
            "headteacher keeper premier marshal administrator chief speaker taoiseach tánaiste "
            "cathaoirleach "  # an Irish council's chair: "The Cathaoirleach, Cllr X,"
            "son daughter wife husband brother sister mother father widow widower "
            # added on 2026-12-02: titles that had no role key ("the archbishop said"; not
            # "dean", "general" or "king", which open names: Dean Lowe, General Motors)
            "archbishop cardinal vicar chaplain pope ambassador envoy congressman "
            "assemblyman assemblywoman alderman provost colonel admiral corporal warden ranger "
            "auditor comptroller victim reeve goaltender member councilmember collector "
            # clergy and their offices: "the Archdeacon said", "the Primate said", "the Sheikh
            # declared" after "The Chief Imam of …, Sheikh X,"
            "archdeacon primate moderator prelate sheikh mufti maulana deacon curate rector monk "
            "abbot abbess preacher patriarch commandant "
            "countess baroness duchess marquis viscount "  # "the countess said"
            # trades a report calls its subject by: "A Longreach grazier …" … "the grazier said"
            "grazier farmer rancher fisherman butcher grocer plumber electrician builder cabbie "
            "mechanic carpenter crofter smallholder shepherd herder grower breeder "
            # a village's people: "Churchwarden Mary Oldroyd", "Greengrocer Amrit Sandhu"
            "churchwarden verger sexton greengrocer publican postmistress postmaster akela "
            # (the shopkeeper, baker, florist …: PROFILE_TRADES, below)
            "helm coxswain master harbourmaster surveyor bosun deckhand "
            # medical trades: "Paediatrician Dr Anjali Rao" … "the paediatrician said"
            "paediatrician pediatrician surgeon physician psychiatrist psychologist midwife "
            "paramedic pharmacist dentist veterinarian vet "
            # "Dr. Helen Park, a chemical engineer at Boston College" … "the engineer said"
            "engineer chemist scientist "
            # the field sciences: "Claire Vandermeer, an agronomist who advises 40 farms" …
            # "the agronomist said"
            "agronomist ecologist biologist botanist zoologist ornithologist geologist "
            "hydrologist climatologist meteorologist epidemiologist virologist toxicologist "
            "statistician archaeologist anthropologist sociologist forester "
            # a player's position: "Wyre Valley midfielder Jamie Lockhart" … "the midfielder"
            "midfielder winger fullback quarterback pitcher shortstop linebacker flanker "
            "batsman bowler wicketkeeper jockey winner hooker seamer spinner opener shooter guard "
            "wing prop flyhalf fly-half scrum-half sprinter rider seed "  # "the top seed"
            # rugby's positions in Ireland, New Zealand and league: "Munster out-half X"
            "out-half first-five five-eighth loosehead tighthead back-row second-row half-back "
            "stand-off openside blindside "
            f"{PROFILE_TRADES} rookie grandmother grandfather "
            # members of parliaments and assemblies: "Liberal MP Anita Desrosiers" … "the
            # Liberal MP", "provincial health MEC Nomsa Radebe" … "the MEC"
            "mp mep mla mpp msp mna mk mca td mec lawmaker legislator "
            # "Olympic swimming champion Ellie Cartwright" … "the champion", "the Olympian"
            "champion medallist medalist olympian "
            # "A woman who lost her home, Jane Mercer, …" … "the woman said"
            "man woman "
            # "A pensioner who spent 14 hours trapped …" … "the pensioner said"
            "pensioner retiree motorist hiker tramper climber surfer "
            # "Volunteer Ron Staszak" … "the volunteer told the Chronicle"
            "volunteer coordinator diplomat consul "
            # "Conductor Thandeka Mokoena" … "the conductor"; "the nun", "the Swami"
            "conductor paralympian nun swami major "
            # "Heather Gillis, a broker with Lakeland Realty" … "the broker said"
            "broker realtor auctioneer valuer architect planner critic lecturer recorder "
            "headmistress headmaster "
            # "The cleric said" of "The Bishop of …, Rt. Rev. …" (roles.py); a Jamaican custos
            "cleric clergyman custos "
            # a province's governor in Algeria and Morocco, a French-style prefect: "The wali,
            # Zoubir Aït Ouarab, met …" … "The wali said that"
            "wali prefect tahsildar sarpanch elder "
            # a party's grandee in Nigerian copy: "A chieftain of the APC, Alhaji X," … "the
            # APC chieftain said"
            "chieftain "
            # "a 22-year-old suspect, X," … "the suspect told us"
            "suspect "
            # a Kazakh city's or region's head ("The akim of the city, X"), a Bhutanese
            # district's governor ("The Dzongdag, Dasho X,")
            "akim dzongdag "
            # Somali and Afar clan leaders: "Ugas Mohamed Dirir Farah" … "the Ugas said"
            "ugas ugaas garaad "
            # racing and insurance: "trainer X" … "the Randwick trainer said"; "the underwriter"
            "trainer underwriter "
            # "said a fighter who gave his name as Abu Hamza" … "the fighter said"
            "soldier fighter guerrilla combatant conscript "
            # a band's and a festival's: "whose singer Ezra Blum" … "the frontman admitted";
            # "Booker Femke de Vries said"
            "frontman vocalist guitarist bassist drummer keyboardist booker promoter "
            # the drinks trades: "Cooper Tobias Laidlaw said", "Brewers Owen Pritchard and …"
            "brewer distiller vintner sommelier cooper blender cellarmaster "
            # the books pages: "The bookseller Idris Penhallow" … "said the bookseller"
            "bookseller translator illustrator editor agent "
            "tycoon magnate "  # "Oknha X" (a Cambodian tycoon's honour) … "the tycoon said"
            "fresher"
        ).split()
        + STUDENT_YEARS
    },
    # an Austrian Land's governor: "Lower Austria's governor, Dr. X" … "the Landeshauptfrau said"
    "landeshauptfrau": "governor",
    "landeshauptmann": "governor",
    "gp": "doctor",  # "Dr Farah Siddiqui, a GP at Meadowbank Surgery" … "the GP said"
    "justice": "judge",  # "Mrs Justice Helen Carrow", "Justice Harriet Lindqvist"
    "attorney": "lawyer",
    "counsel": "lawyer",
    "advocate": "lawyer",  # "Senior advocate Raghav Deshpande" … "the senior counsel"
    "custodian": "goalkeeper",  # "said the custodian" of "goalkeeper Brian Otieno"
    "oba": "monarch",  # "Oba Adewale Ogunlade" … "the monarch said"
    "emir": "monarch",
    "igwe": "monarch",  # "Igwe Samuel Eze", an Igbo community's traditional ruler
    "monarch": "monarch",
    "solicitor": "lawyer",
    "barrister": "lawyer",
    "ceo": "executive",
    # a finance chief: "chief financial officer Elena Markovic" … "the CFO said" (see roles.py)
    "cfo": "cfo",
    "cjp": "judge",  # "Chief Justice of Pakistan X" … "the CJP remarked"
    "cji": "judge",  # India's: "Chief Justice of India X" … "the CJI remarked"
    "dc": "commissioner",  # a district commissioner: "DC Mussa Kindamba" … "the DC said"
    "cj": "judge",
    "cec": "commissioner",  # "Chief Election Commissioner X" … "the CEC said"
    "cdo": "officer",  # Nepal's "Chief District Officer X" … "The CDO called the kilns …"
    "ig": "inspector general",  # "Inspector General of Police X" … "The IG said:"
    "igp": "inspector general",
    "dig": "dig",  # a deputy inspector general: "DIG (Sitapur Range) X" … "the DIG said"
    "dg": "director general",
    # Ghana's district and municipal chief executives: "The DCE for X, Mr Y" … "the DCE said"
    "vc": "chancellor",  # a vice-chancellor: "the VC told the students" (roles.py)
    "don": "lecturer",  # "A don at Ahmadu Bello University, Dr X," … "the don said"
    "dce": "executive",
    "mce": "executive",
    # traditional rulers by their stool's title: "Nana X, Omanhene of Y" … "the chief said"
    "omanhene": "chief",
    "ohene": "chief",
    "fiaga": "chief",
    "dufia": "chief",
    "alkalo": "chief",
    "seyfo": "chief",
    "cs": "secretary",  # Kenya's "Education Cabinet Secretary Beatrice Koech" … "the CS said"
    # a title's abbreviation names the role as the word does: "Gov. Carter Bellamy" is the governor
    "gov": "governor",
    "sen": "senator",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "sgt": "sergeant",
    "cpl": "corporal",
    "const": "constable",
    "cst": "constable",
    "lt": "lieutenant",
    "prof": "professor",
    "capt": "captain",
    "cllr": "councillor",
    "cr": "councillor",
    "coun": "councillor",
    "councilman": "councillor",
    "councilwoman": "councillor",
    "col": "colonel",
    "cdr": "commander",
    "cmdr": "commander",
    "brig": "brigadier",
    "brigadier": "brigadier",
    "adm": "admiral",
    # "Rep. Tobias Wrenfield", "Representative Owen Castellucci": the congressman
    "rep": "congressman",
    "representative": "congressman",
    "congresswoman": "congressman",
    # "the authors wrote", "the researchers found": the study's lead author speaks for them
    "authors": "author",
    # sport's words for its roles: "the skipper" is the captain, "the Tullyvane boss" its manager
    # "all-rounder Robin Ashby" … "the all-rounder said" (the key words are read apart)
    "all-rounder": "all-rounder",
    "rounder": "all-rounder",
    # "The left-hander said": a batter or a pitcher by the hand they play with
    "left-hander": "left-hander",
    "right-hander": "right-hander",
    "skipper": "captain",
    "boss": "manager",
    "gaffer": "manager",
    "researchers": "author",
}
# Officials a report goes through rather than is about
OFFICIAL_ROLES = frozenset(
    "councillor councilor mayor minister spokesperson spokesman spokeswoman judge prosecutor "
    "officer inspector detective sheriff superintendent sergeant constable commissioner "
    "senator governor".split()
)
# Titles that name a role only as a whole word before a name (no role nouns of the cue grammar:
# "fr" would end "a statement fr|om …"): "Fr Kieran Tobin" … "the parish priest said"
TITLE_ROLE_KEYS = {"fr": "priest", "sr": "nun", "oknha": "tycoon"}
# an Aboriginal or Torres Strait Islander elder's title: "Aunty Doreen Kirby" … "the elder said"
TITLE_ROLE_KEYS |= dict.fromkeys(("aunty", "auntie", "uncle"), "elder")

# "the councilwoman said" of "Council Member Priscilla Whitman" (role_keys reads "council
# member" as one word)
ROLE_KEYS.update(dict.fromkeys(("councilman", "councilwoman"), "councilmember"))
# "the chairwoman said" of "Patricia Lomax, who chairs the residents' association": one office
ROLE_KEYS.update(dict.fromkeys(("chairwoman", "chairperson", "chair"), "chairman"))
# "the host asked" of "Presenter Yvonne Marr": a programme's presenter, anchor and host are one
ROLE_KEYS.update(dict.fromkeys(("presenter", "anchor", "hostess"), "host"))

# "the legislator said" after "Kovalam MLA K. Rajasekharan": a member of any house is one
# ("the member for Rouyn-Noranda said" of "the MNA for Rouyn-Noranda–Témiscamingue")
MEMBER_ROLES: dict[str, tuple[str, ...]] = dict.fromkeys(
    ("legislator", "lawmaker", "member"),
    ("mp", "mla", "mpp", "msp", "td", "mec", "mna", "mk", "mca"),
)
# ("Kakamega Senator Boniface Shikuku" … "the legislator said"; "The member representing Ikeja
# II Constituency …, Hon. X" … "the lawmaker said")
for _house in ("legislator", "lawmaker"):
    MEMBER_ROLES[_house] += ("senator", "representative", "congressman", "congresswoman", "member")
# "added the officer" of "Det Sgt Kirsty Naylor": a police rank (when no one is an "officer")
MEMBER_ROLES["officer"] = ("detective", "sergeant", "constable", "inspector", "superintendent")
# "the chairwoman said" of one described as the "chair" (and the other way round)
MEMBER_ROLES["chairwoman"] = MEMBER_ROLES["chairman"] = ("chair", "chairperson")
MEMBER_ROLES["chair"] = ("chairman", "chairwoman", "chairperson")
MEMBER_ROLES["diplomat"] = ("ambassador", "envoy", "consul")  # "the diplomat said" of an envoy
# "the widower said" in an obituary: the one described as "her husband, Desmond Baptiste"
MEMBER_ROLES["widower"], MEMBER_ROLES["widow"] = ("husband",), ("wife",)
# "the frontman admitted" of "whose singer Ezra Blum", and the other way round
MEMBER_ROLES["frontman"] = MEMBER_ROLES["vocalist"] = ("singer",)
MEMBER_ROLES["singer"] = ("frontman", "vocalist")
ROLE_KEYS["frontwoman"] = "frontman"
# "the prelate called it" of an archbishop
MEMBER_ROLES["prelate"] = ("bishop", "archbishop", "cardinal", "primate", "patriarch")
# "the cleric said" of a bishop, an imam or a pastor
MEMBER_ROLES["cleric"] = MEMBER_ROLES["clergyman"] = tuple(
    "bishop archbishop cardinal imam pastor priest rabbi vicar chaplain swami archdeacon "
    "primate prelate sheikh mufti maulana deacon curate rector moderator patriarch".split()
)

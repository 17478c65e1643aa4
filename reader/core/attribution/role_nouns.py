"""Role nouns as patterns: the role keys as one alternation (`ROLE_KEY_WORDS`, for roles.py) and
the nouns a role with no name is spoken of by (`ROLE_NOUNS`: "the White House spokesman", "a
Trump supporter", named later by an appositive). Re-exported by cues.py."""

from __future__ import annotations

from reader.core.attribution.agent_nouns import AGENT_NOUN
from reader.core.attribution.role_words import ROLE_KEYS
from reader.core.attribution.verbs import REPORTING_VERBS, STANCE_VERBS
from reader.core.attribution.word_trie import word_trie

# The role keys as one alternation, for the role nouns below and for roles.py.
ROLE_KEY_WORDS = f"(?:{word_trie(ROLE_KEYS)}|{AGENT_NOUN})"  # and "the orchardist"
# "the White House spokesman", "a Trump supporter": a role with no name (named by an appositive).
ROLE_NOUNS = (
    r"(?:spokes(?:man|woman|person)|columnist|supporter|adviser|advisor|aide|official|source|"
    r"analyst|strategist|expert|executive|director|lawyer|attorney|economist|pollster|staffer|"
    r"organi[sz]er|consultant|operative|veteran|delegate|voter|resident|critic|host|anchor|"
    r"engineer|scientist|researcher|technician|passenger|witness|whistleblower|student|farmer|"
    r"pilot|driver|"
    r"forecaster|meteorologist|hydrologist|seismologist|volcanologist|geologist|"  # weather desks
    r"diplomat|investigator|activist|volunteer|founder|historian|author|trader|banker|surgeon|"
    r"physician|firefighter|paramedic|mechanic|worker|employee|survivor|specialist|lawmaker|"
    r"reader|listener|viewer|caller|customer|shopper|commuter|rider|motorist|parent|patient|MPP|MP|"
    r"user|"  # "said another Twitter user, Johanna Bayer"
    r"tenant|homeowner|neighbou?r|bystander|onlooker|legislator|backbencher|MEP|MSP|MS|MEC|MLA|CS|CJ[PI]|CEC|IGP?|VC|DC|"
    r"TD|MCA|"  # a Kenyan county assembly member: "Nandi Hills MCA X"
    r"friend|colleague|classmate|teammate|CEO|CFO|COO|CTO|GP|carer|caregiver|caretaker|cleaner|"
    r"porter|waiter|waitress|midwife|man|woman|independent|"  # "the Vermont independent said"
    r"junior|sophomore|freshman|juror|foreperson|foreman|"  # "said a junior who gave only …"
    # "said the all-rounder", "the teenager said": a player the report is about
    r"all-rounder|teenager|youngster|debutant|rookie|defenceman|defenseman|ruckman|netminder|"
    r"point\s+guard|"  # ("pensioner", "vicar": role keys, below)
    r"convenor|convener|"  # "Executive Council convenor Bernadette Tam Lau Siu-ping"
    # people out of doors: "said the dog walker who found it, Jean Corby"
    r"walker|hiker|rambler|angler|birdwatcher|birder|surfer|swimmer|climber|camper|diver|"
    rf"{ROLE_KEY_WORDS})"
)
# offices known by their initials: a person, whom the role rules find, not a body
# (Ghana's and Uganda's district heads: "the DCE", "the MCE", "the RDC")
ROLE_INITIALS = (
    r"(?:A?SP|DSP|[DA]CP|SHO|C[DEFOT]O|MPP?|MS|MLA|MCA|MEP|MSP|MK|TD|DA|GM|PM|CM|DG|IG|VC|DM|OC|[DM]CE|RDC"
    r"|CJP?|CEC)"  # Pakistan's and Bangladesh's chief justice and chief election commissioner
)

# A person named after their role: "GOP strategist Keith Nahigian", "CIA spokesman Ryan Trapani",
# "Iowa State University's Dianne Bystrom". Lazy, so a bare name is tried first.
# Lower-case words that end a role phrase: a clause has begun, not a description.
_NOT_ROLE = (
    "he she it they we i you him her them us me his its their our who whom which that what when "
    "while if because but not no is are was were be been being has have had do does did will "
    "would can could should may might must as than then there here so said says told until "
    "after before when whenever since because although though unless whereas where and or but "
    "nor yet if once while in on at to from with by into onto over under about against between "
    "through during without within across behind beyond near off out up down for here there "
    "also even still just only now see sees saw seen want wants wanted think thinks thought know "
    "knows knew need needs needed likes liked get gets got take takes took make makes made "
    "give gives gave find finds keep keeps kept let lets seem seems seemed feel feels felt hope "
    "hopes hoped expect expects expected view views viewed consider considers considered "
    "earlier later today yesterday tonight"  # "Gowdy earlier Thursday said": a time, no role
)
# A role phrase has no finite verb in it: "Netanyahu rejects Trump's" is not a role before a name.
# ("A single-Judge Bench of Justice X", "pro-Kremlin commentator X": a capital after a hyphen)
ROLE_WORD = (
    # ("café owner Lena Moeke": a small letter with an accent inside the word; "Munster
    # out-half X": a word joined by a hyphen is no preposition)
    rf"(?!{word_trie(_NOT_ROLE.split() + REPORTING_VERBS + STANCE_VERBS)}\b(?!-))"
    r"[a-z][a-zß-öø-ÿĀ-ɏ\-]+"
    # ("the reality-TV personality Dax Holloway": letters in capitals after the hyphen)
    r"(?:(?<=[a-z]{3}-)(?<!bin-)(?<!ibn-)(?<!abd-)(?<!abu-)(?:[A-Z][a-z]+|[A-Z]{2,3}\b))?"
)

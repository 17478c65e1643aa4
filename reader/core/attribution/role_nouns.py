"""Role nouns as patterns: the role keys as one alternation (`ROLE_KEY_WORDS`, for roles.py) and
the nouns a role with no name is spoken of by (`ROLE_NOUNS`: "the White House spokesman", "a
Trump supporter", named later by an appositive). Re-exported by cues.py."""

from __future__ import annotations

from reader.core.attribution.agent_nouns import AGENT_NOUN
from reader.core.attribution.role_words import ROLE_KEYS
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
    r"tenant|homeowner|neighbou?r|bystander|onlooker|legislator|backbencher|MEP|MSP|MEC|MLA|CS|CJP|CEC|IGP?|"
    r"TD|"
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
    r"(?:A?SP|DSP|[DA]CP|SHO|C[DEFOT]O|MPP?|MLA|MEP|MSP|MK|TD|DA|GM|PM|CM|DG|IG|VC|DM|OC|[DM]CE|RDC"
    r"|CJP?|CEC)"  # Pakistan's and Bangladesh's chief justice and chief election commissioner
)

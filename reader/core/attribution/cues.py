"""The words news writers use to attribute speech: reporting verbs, titles, names, venues.

Patterns are built once from small vocabularies so that every rule reads in words, not regex soup.
"""

from __future__ import annotations

import re

REPORTING_VERBS = (
    "said says say told tells added adds asked asks explained explains warned warns argued "
    "argues wrote writes posted posts stated states noted notes insisted insists recalled "
    "recalls continued continues replied replies answered answers admitted admits "
    "acknowledged acknowledges conceded concedes declared declares announced announces "
    "claimed claims countered counters suggested suggests observed observes remarked remarks "
    "emphasized emphasised emphasizes emphasises stressed stresses cautioned cautions "
    "complained complains joked jokes shouted shouts tweeted tweets predicted predicts "
    "concluded concludes agreed agrees responded responds maintained maintains pointed points "
    "offered offers recounted recounts whispered whispers mused muses testified testifies "
    "confirmed confirms denied denies vowed vows promised promises urged urges called calls "
    "described describes dismissed dismisses sighed sighs laughed laughs snapped snaps "
    "retorted retorts reflected reflects quipped quips boasted boasts lamented laments "
    "objected objects estimated estimates reported reports put puts"
).split()

# Verbs that end a clause before a *direct* quote only when speech is meant ("called it").
SPEECH_VERB = r"(?:" + "|".join(sorted(set(REPORTING_VERBS), key=len, reverse=True)) + r")"
ADVERB = r"(?:\w+ly\s+)?"

TITLES = (
    "Mr Mrs Ms Miss Mx Dr Prof Sen Rep Gov Gen Col Capt Lt Sgt Rev Sir Dame Lord Lady Judge "
    "Justice President Minister Secretary Mayor Chancellor Governor Senator Representative "
    "Councillor Councilor Inspector Chief Superintendent Commissioner Professor Father Sister "
    "Ambassador Deputy Director Chairman Chairwoman Chair Coach Detective Officer Premier "
    "King Queen Prince Princess Pope Bishop Rabbi Imam Sheikh"
).split()
TITLE = r"(?:(?:" + "|".join(TITLES) + r")\.?\s+)"
MALE_TITLES = {"Mr", "Sir", "Lord", "Father", "King", "Prince", "Chairman"}
FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Sister", "Queen", "Princess", "Chairwoman"}

# A capitalised word with at least one lower-case letter (not "NATO"). The lookahead keeps the
# pattern unambiguous: nested quantifiers here made long sentences backtrack for seconds.
_CAP = r"(?:[A-Z](?=[A-Za-zà-ÿ'’\-]*[a-zà-ÿ])[A-Za-zà-ÿ'’\-]*)"
_INITIAL = r"(?:[A-Z]\.)"
_PARTICLE = r"(?:de|del|della|da|van|von|der|den|al|el|bin|ibn|le|la|du|dos|di|ter)"
NAME = rf"(?:{_CAP}(?:\s+(?:{_INITIAL}|{_CAP}|{_PARTICLE}(?=\s+[A-Z])))*)"
PERSON = rf"(?:{TITLE}?{NAME})"
PRONOUN = r"(?:he|she|they|He|She|They)"

ORG_HEADS = (
    "ministry department agency authority council union company firm group bank board "
    "commission committee office government police party campaign institute university school "
    "hospital court association federation foundation forum coalition organisation "
    "organization administration city county state port trust society center centre bureau "
    "service corporation corp network alliance league club team"
).split()
_ORG_HEAD = r"(?i:" + "|".join(ORG_HEADS) + r")"
# "the ministry", "the port authority", "a spokeswoman for the union", "the Ministry of Transport"
COMMON_SOURCE = (
    rf"(?:(?:[Aa]n?\s+)?(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|from|at)\s+)?"
    rf"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z\-]+\s+){{0,2}}{_ORG_HEAD}s?\b"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"
)
ORG_NAME = rf"(?:(?:the\s+)?{_CAP}(?:\s+(?:of|for|and|on|&|the)?\s*{_CAP})*)"
# Sources the article does not name: "officials said", "two dockworkers told Reuters".
UNNAMED = (
    r"(?:(?:[Ss]ome|[Mm]any|[Tt]wo|[Tt]hree|[Ss]everal|[Oo]ther|[Ss]enior|[Ll]ocal|[Uu]nion)\s+)?"
    r"(?:officials|critics|residents|workers|dockworkers|experts|analysts|sources|people|witnesses|"
    r"police|authorities|organi[sz]ers|economists|leaders|members|observers|neighbou?rs|"
    r"opponents|supporters|protesters|activists|lawmakers|diplomats|investigators|researchers)\b"
)
MENTION = rf"(?:{PRONOUN}\b|{PERSON}|{COMMON_SOURCE}|{ORG_NAME}|{UNNAMED})"

OUTLET_WORDS = (
    "Gazette Times Post News Herald Journal Tribune Chronicle Guardian Telegraph Observer "
    "Independent Standard Express Mail Mirror Star Sun Review Record Courier Bulletin Reuters "
    "Bloomberg Press AP AFP BBC CNN NPR Radio Television TV Magazine Weekly Daily Wire Report "
    "Dispatch Monitor Insider Politico Axios"
).split()
OUTLET_REF = (
    r"(?:the\s+(?:paper|newspaper|magazine|outlet|station|broadcaster|network)"
    r"|this\s+(?:paper|newspaper|magazine))"
)
AUDIENCE = (
    r"(?:reporters|journalists|councillors|councilors|lawmakers|legislators|senators|delegates|"
    r"supporters|students|residents|workers|investors|shareholders|members|voters|listeners|"
    r"viewers|readers|the\s+(?:committee|court|hearing|inquiry|crowd|council|assembly|audience|"
    r"conference|parliament|senate|board|meeting|rally|jury))"
)
VENUE = rf"(?:me|us|{AUDIENCE}|{OUTLET_REF}|(?:the\s+)?{_CAP}(?:\s+{_CAP})*|AP|AFP|BBC|CNN|NPR)"
STATEMENT_VENUE = (
    r"(?:in|on)\s+(?:an?\s+|the\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:written\s+|emailed\s+|brief\s+|joint\s+|televised\s+|radio\s+|phone\s+|telephone\s+)?"
    r"(?:statement|interview|email|e-mail|post|letter|speech|press\s+release|press\s+conference|"
    r"briefing|tweet|blog\s+post|op-ed|message|podcast|video)"
    r"(?:\s+(?:with|to)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"
)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.VERBOSE)

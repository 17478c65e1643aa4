"""The words reported speech takes as a source besides people and organisations: polls and
studies by their makers, a party's members, groups named after someone or somewhere, officials
of a body, and a share of the people polled. The quote cues leave these out, which keeps their
many patterns quicker to compile."""

from __future__ import annotations

from reader.core.attribution.cues import CAP, CITY_THEN_COUNTRY, FRENCH_BODY_NAME, MENTION, TITLE

# A poll or study its maker names: "The latest Reuters/Ipsos poll", "A New York Times/CBS News
# survey released Sunday", "a study by the Council of the Great City Schools", "a national poll
# released Sunday by The Washington Post".
_MAKER = (  # ("a report by the Observatoire Tunisien des Prix et du Pouvoir d'Achat")
    rf"(?:{FRENCH_BODY_NAME}|"
    r"[A-Z][\w.&/’'-]*(?:\s+(?:of|for|and|the|[A-Z][\w.&/’'-]*))*"
    r"(?<![’']s)(?![\w’'-]|\s+(?!(?:Poll|Survey|Study|Report)s?\b)[A-Z]))"
)  # "the State Department's inspector general" is no maker; "… Millennial Poll" has one
# what kind of body the maker is, before its name: "by the polling firm Harcourt Lane"
MAKER_KIND = (
    # ("a survey by travel booking platform WanderGulf": two words of its trade)
    r"(?:(?:[a-z-]+\s+){0,2}(?:firm|company|group|agency|pollster|consultancy|charity|institute|"
    r"platform|website|portal|marketplace|provider|broker|think\s+tank)\s+)"
)
_SURVEY = (
    r"(?:[Pp]oll|[Ss]urvey|[Ss]tudy|analysis|[Rr]eport|audit|review|census|count|tally|estimate)s?"
)
_SURVEYED = (
    r"(?:conducted|released|published|taken|commissioned|carried\s+out|out|coordinated|"
    r"organi[sz]ed|led|run|funded|compiled|prepared|issued|produced)\b"
)
SURVEY_DETERMINER = (
    r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?:latest|new|recent|national|early|final|"
    r"separate|annual|own|internal|statewide)\s+)?"
)
SURVEYED_WHEN = (
    rf"(?:\s+{_SURVEYED}(?:\s+(?!(?:said|says|found|finds|showed|shows|suggested|suggests)\b)"
    r"[\w.’'/-]+){0,8})?"
)
# "… poll for NBC News released last week": its client, then when it came out
SURVEY_DETAIL = (
    r"(?:\s+for\s+(?:the\s+)?(?:[A-Z][\w.&/’'-]*(?:\s+(?:and|the|[A-Z][\w.&/’'-]*))*))?"
    + SURVEYED_WHEN
)
NAMED_SURVEY = (
    # ("A child safeguarding practice review published on Wednesday by …": words for its kind)
    rf"(?:{SURVEY_DETERMINER}(?:{_MAKER}\s+(?:[a-z]+\s+)?{_SURVEY}{SURVEY_DETAIL}"
    rf"|(?:(?!of\s)[a-z-]+\s+){{0,3}}?{_SURVEY}\s+"  # (not "average of recent polls")
    # "A survey of 2,400 motorists by the polling firm Harcourt Lane"
    r"(?:of\s+(?:[\w,’'-]+\s+){1,4}?)?"
    rf"(?:{_SURVEYED}(?:\s+[\w’'-]+){{0,3}}?\s+)?(?:by|from|for)\s+(?:the\s+)?{MAKER_KIND}?"
    rf"{_MAKER}{SURVEYED_WHEN}))"
)
# A party's members as a source: "Republicans said", "some Senate Democrats have argued".
PARTY_MEMBERS = "Democrats Republicans Conservatives Tories Liberals Progressives Libertarians"
PARTY_GROUP = (
    r"(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Ff]ew|[Tt]he|[Tt]op|[Ll]eading|[Mm]ore)\s+)?"
    # "moderate Republicans", "Senate Democrats"; not "as Republicans warn"
    r"(?:(?!(?:as|and|but|or|while|when|because|if|that|than|so|then)\s)(?:[A-Z][a-z]+|[a-z]+)\s+)?"
    rf"(?:{'|'.join(PARTY_MEMBERS.split())}"
    # "Senate Republican leaders", "Democratic lawmakers"
    r"|(?:Democratic|Republican|Conservative|Labour|Liberal)\s+(?:leaders|lawmakers|senators|"
    r"officials|strategists|operatives|members|legislators|candidates|MPs|councillors))\b"
)
# A group named after someone: "Sanders supporters", "some Clinton allies", "Trump's backers".
GROUP_NOUNS = (
    "supporters backers allies critics loyalists surrogates advisers advisors aides strategists "
    "donors voters delegates fans opponents associates officials activists leaders members "
    "lawmakers employees staffers executives organizers protesters negotiators diplomats "
    "prosecutors lawyers researchers economists analysts police confidants residents villagers "
    "locals neighbours neighbors"
)
_GROUP_VERBS = r"(?:said|says|told|tells|calls|asks|urges|sent|sends|met|meets|saw|sees)"
NAMED_GROUP = (
    r"(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Ss]everal|[Oo]ther|[Tt]he)\s+)?"
    r"(?!(?:The|A|An|Some|Many|Most|Several|Other|Their|His|Her|Its|Our|These|Those)\s)"
    # "North Carolina election officials"; not "Doyle called police": no verb before the noun
    rf"{TITLE}?{CAP}(?:\s+{CAP})?(?:['’]s?)?\s+(?:(?![a-z]+ed\b|{_GROUP_VERBS}\b)[a-z-]+\s+)?"
    rf"(?:{'|'.join(GROUP_NOUNS.split())})\b"
)
# "Fire officials said" after the Tamsett Fire Department was named: that department.
BODY_OFFICIALS = (
    r"(?:[Ff]ire|[Pp]olice|[Cc]ity|[Cc]ounty|[Ss]chool|[Hh]ospital|[Cc]ompany|[Cc]lub|[Cc]ouncil|"
    r"[Cc]ourt|[Pp]rison|[Aa]irport|[Pp]ort|[Aa]gency|[Mm]inistry|[Dd]epartment|[Cc]ommission|"
    r"[Uu]niversity)\s+(?:officials|authorities|spokesmen|representatives)"
)
# A share of the people polled: "85% of Democrats", "One in four voters in a Times poll",
# "Two-thirds of Democratic insiders", "Majorities of Democrats in five states".
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)"
# A number of people, not a share of them: "a significant number of Democrats", "dozens of …"
MANY = (
    r"(?:[Aa]n?\s+(?:(?:significant|growing|increasing|large|small|record|handful)\s+)?number"
    # people, not "a handful of days after …"
    r"|[Aa]\s+handful(?!\s+of\s+(?:days|weeks|months|years|hours|minutes|times|votes|states)\b)"
    r"|[Dd]ozens|[Ss]cores|[Hh]undreds|[Tt]housands)"
)
SHARE = (
    r"(?:(?:[Ss]ome|[Nn]early|[Aa]bout|[Aa]lmost|[Oo]nly|[Jj]ust|[Aa]s\s+many\s+as|"
    r"(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than)\s+)?"
    # a percentage or a fraction "of" someone; "one in four" may go without ("One in four voters")
    r"(?:(?:(?:\d+(?:\.\d+)?\s*|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|fifteen)\s+)"
    r"(?:%|percent|per\s+cent)"
    r"|(?:[Aa]\s+|[Tt]he\s+)?(?:[Mm]ajority|[Mm]inority|[Tt]hird|[Qq]uarter|[Hh]alf)"
    r"|(?:[Tt]wo|[Tt]hree)-(?:thirds|quarters|fifths)|(?:[Ll]arge\s+)?[Mm]ajorities"
    rf"|{MANY})\s+of"
    r"|(?i:" + _NUMBER_WORD + r")[- ]in[- ]" + _NUMBER_WORD + r"(?:\s+of)?)"
    r"\s+(?!(?:them|us|these)\b)"
    r"(?:(?!(?:said|say|says|told|think|believe|feel|and|were|are)\b)"
    # (not "…, said one in five prisoners had developed a …": a report, not its speaker)
    r"(?!(?<!\w)(?<!who\s)(?<!that\s)(?:had|has|have)\s+(?:been|[a-z]+(?:ed|en))\b)"
    r"[^,;:“”\"()]){2,90}?"
)
# A group named by whom it serves: "Aides to Clinton", "Supporters of Republican Donald Trump",
# "Staff for the House Select Committee on Benghazi", "Organizers of the AIPAC boycott".
GROUP_OF = (
    r"(?:(?:[Ss]ome|[Mm]any|[Ss]everal|[Ss]enior|[Tt]op|[Ff]ormer)\s+)?"
    r"(?:[Aa]ides|[Aa]dvisers|[Aa]llies|[Ff]riends|[Ss]upporters|[Ss]taff|[Oo]rgani[sz]ers|"
    r"[Cc]ritics|[Oo]pponents|[Mm]embers|[Ll]awyers|[Ss]pokes(?:men|women|people)|"
    # the people of a place or a body: "Residents of nearby Coal Camp", not the place itself
    r"[Rr]esidents|[Vv]illagers|[Ll]ocals|[Tt]raders|[Ff]amilies|[Pp]arents|[Ss]hoppers|"
    r"[Cc]ommuters|[Ww]orkers|[Ee]mployees|[Ff]ans|[Vv]oters|[Ss]tudents|[Tt]eachers|[Ff]armers|"
    r"[Tt]enants|[Nn]eighbou?rs|[Pp]atients|[Pp]assengers|[Cc]ustomers)"
    r"\s+(?:to|of|for|close\s+to)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    rf"{CAP}(?:\s+(?:(?:of|for|on|and|the)\s+)?{CAP}){{0,6}}(?:\s+for\s+president)?"
)
# "Allies of the chancellor, Geoffrey Pardoe": his allies, not him (his lawyers speak for him)
ALLIES_OF_NAMED = (
    r"(?:[Aa]llies|[Aa]ides|[Ff]riends|[Ss]upporters|[Cc]ritics|[Oo]pponents|[Aa]dvisers)\s+"
    rf"(?:of|to|close\s+to)\s+the\s+(?:[a-z]+\s+)?[a-z]+,\s+{CAP}(?:\s+{CAP}){{1,3}}"
)
# "The FBI said", "NATO says", "the F.B.I. has said": a body known by its initials (the name
# patterns want a lower-case letter, so that a headline in capitals names no one)
# (not a dateline's city: "KYIV, Jan 30 (Reuters) — …", "BENI, DR Congo — The mayor … told")
ACRONYM = (
    r"(?:(?:[Tt]he\s+)?(?:(?:[A-Z]\.){2,5}(?!\w)|[A-ZÄÖÜ][A-ZÄÖÜ&]{1,6}(?![\w.’'-])"
    rf"(?!,\s+[A-Z][a-z]{{2,8}}\.?\s+\d|\s+\(|{CITY_THEN_COUNTRY})))"
)
SOURCE_MENTION = (
    rf"(?:{NAMED_SURVEY}|{PARTY_GROUP}|{NAMED_GROUP}|{GROUP_OF}|{BODY_OFFICIALS}|{SHARE}"
    rf"|{MENTION}|{ACRONYM})"
)

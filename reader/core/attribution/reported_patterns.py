"""The sentence shapes of reported speech, as regular expressions: the subject (with an
opening phrase, appositives and asides), the reporting verb, and where the content starts."""

from __future__ import annotations

import re

from reader.core.attribution import cues, source_cues
from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.report_settings import ASKED_ASIDE
from reader.core.attribution.report_settings import DAY as DAY
from reader.core.attribution.report_settings import SETTING as SETTING
from reader.core.attribution.report_settings import TIME as TIME
from reader.core.attribution.report_settings import WHEN as WHEN
from reader.core.attribution.subject_patterns import IN_A_PLACE
from reader.core.attribution.told_objects import ASK_OBJECT, PRONOUN_OBJECT
from reader.core.attribution.told_objects import OBJECT as OBJECT
from reader.core.attribution.told_objects import TOLD_WHOM as TOLD_WHOM
from reader.core.attribution.verb_phrases import HELD_VIEWS as HELD_VIEWS
from reader.core.attribution.verb_phrases import ING_TRIE, VERB_TRIE
from reader.core.attribution.verb_phrases import PHRASAL_FIRST as PHRASAL_FIRST
from reader.core.attribution.verb_phrases import VERB as VERB
from reader.core.attribution.verb_phrases import VERB_SET as VERB_SET
from reader.core.attribution.verb_phrases import VERB_WORDS as VERB_WORDS
from reader.core.attribution.word_trie import word_trie
from reader.core.calendar_words import MONTHS, WEEKDAYS

AUX = (
    r"(?:\s+(?:has|have|had|also|previously|repeatedly|publicly|privately|long|already|later|earlier|"
    r"then|once|again|recently|would|will|did|does|do|not|never|often|now|still|reportedly|"
    r"further|even|too|since|sometimes|always|usually|frequently|first|both|all|"
    # "is continuing to insist"
    r"(?:is|was|are|were)\s+continuing\s+to|continues\s+to|continued\s+to|"
    r"(?:is|was|are|were)\s+(?:understood|believed|thought|reported|known)\s+to\s+have|"  # hedged
    r"(?:don|doesn|didn|won|wouldn|can|couldn|hasn|haven|hadn)[’']t))*"  # "Democrats don’t think"
)
DATELINE = cues.DATELINE
# An introductory phrase before the subject: "In a statement on Monday, ", "But ", "Still, ".
# Atomic phrases: one ends at its first comma not between digits; giving back finds no other end
_PHRASE = r"(?:[^,“”\"]|(?<=\d),(?=\d))"
OPENER = (
    r"(?:(?:But|And|Yet|Still|So|Now|Meanwhile|However|Instead|Then|Later|Earlier|Also|Finally|"
    r"Afterwards?|Separately|Privately|Publicly|Previously|Initially|Subsequently)"
    r"[, ]\s*(?![a-z]+ing,)"  # ("Also speaking, the Senator …": one phrase, below)
    # "An hour later Mr Furlong said that …": a time with no comma
    r"|(?:An?|One|Two|Three|Several|Some|A\s+few)\s+(?:hour|minute|day|week|month|year)s?\s+"
    r"later,?\s+"
    rf"|[A-Z](?>{_PHRASE}{{0,160}}),\s+"
    # the second phrase is no cue: in "Overall, she said, a number of …" she is the subject
    r"(?:(?:but|and|yet|so)\s+|(?!(?:he|she|they|we|I)\s+(?:said|says|added|noted)\b)"
    # (nor a name and its role: "Speaking on local radio, Liam Carroll, managing director of
    # …, maintained" is Carroll's, not the director's the second phrase would leave)
    # (not "In an email to the chief executive, Ian Brodsky, the studio's head of quality
    # assurance, Renata Silva, wrote": a second name after the role)
    # ("On Tuesday, John Smith, Minister for Health, said": an office in capitals too)
    # ("In his sermon, the Most Rev Alban Thorne, Archbishop of Mercia, said": "the" and a style)
    rf"(?!(?:the\s+)?[{cues.UPPER}][\w’'-]*(?:\s+[{cues.UPPER}][\w’'-]*)+,\s+(?:the\s+|an?\s+)?"
    # ("In an interview with X, Lorraine Batts, Corvane Automotive’s chief executive, said")
    r"(?:[a-z]|[A-Z][\w-]*\s+(?:of|for)\s|(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s)"
    r"[^,“”\"]{0,120},\s+[a-z])"
    rf"(?>{_PHRASE}{{0,80}}),\s+)?"
    # "When I met Mr X, the veteran remisier, at his office, he told me": the writer's clause,
    # however many phrases, then the pronoun of the one met
    rf"|(?<![^\n])(?:When|As|After)\s+(?:I|we)\s(?>{_PHRASE}{{2,160}})(?:,\s+(?>{_PHRASE}{{2,80}})){{0,2}},\s+"
    r"(?=(?:he|she|they)\s+(?:told|said|says|explained|insisted|admitted|argued|replied)\b)"
    # "Speaking Sunday on ABC's “This Week,” Carson admitted": a quoted title in the phrase
    r"|[A-Z][^,“”\"]{0,120}“[^“”\"]{1,40},”\s+"
    # "In a letter to staff last month she wrote that": a phrase with no comma, then a pronoun
    # "Last week she warned that", "Yesterday he said": a time, then the pronoun
    r"|(?:(?:In|At|On|During|After|Before|Since|Over)\s+[^,“”\"]{2,60}?"
    r"|(?:Last|This|Earlier\s+this|Later\s+that)\s+(?:week|month|year|morning|evening|night|"
    r"spring|summer|autumn|fall|winter)|Yesterday|Today)\s+(?=(?:he|she|they|we|I)\s"
    # "On Friday the minister said", "In March the council warned": "the" and a noun or two
    r"|the\s+(?:[A-Za-z][\w’'-]*\s+){1,3}(?:said|says|told|warned|argued|added|announced|"
    r"insisted|confirmed|reported|wrote|claimed)\b"
    # "At last week's meeting Darcourt argued that": a surname and its verb after the phrase
    # (not a headline's "… What His Anchor Just Said": an adverb in capitals)
    r"|(?!(?:Just|Also|Then|Now|Still|Never)\b)[A-Z][a-z][\w’'-]+\s+"
    r"(?:said|says|argued|argues|told|wrote|warned|insisted|added)\b"
    r"))??"
)
# The subject is tried without an opener first ("Matthew Prince, chief executive of CloudFlare,
# said": Prince, not CloudFlare); words that open sentences are never the subject.
SUBJECTS_OK = set(
    "The A An Some Many Several Other Others One Two Three His Her Their It We I You They He She "
    "Critics Officials Residents Workers Experts Analysts Supporters Opponents Everyone Nobody "
    "Sources Aides Advisers Voters Democrats Republicans Our My Most Few Both".split()
)
NOT_SUBJECT = word_trie(NOT_NAMES - SUBJECTS_OK)
# "Having announced …, Judge Berman" has no subject "Having"; "I've" is no name either (but
# "All India Platform Workers’ Forum convener …", "All Blacks head coach X" have a subject)
# nor is a party tag ("Rep. Alicia Brandt, D-Ohio, who …, said": the tag is no second opener's
# subject), nor a relative clause ("Priscilla Naidoo, whose ward includes most of Sandvlei, said")
# (but "Under-Secretary-General X said" has one: the opener there begins a hyphenated title)
NOT_WHO = (
    rf"(?!(?!All\s+(?:India|Ceylon|Island|Blacks|Whites|Progressives)\b)(?:{NOT_SUBJECT}|Having|Being|who|whose|whom)\b(?!-))"
    r"(?![A-Z]{1,3}-[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},)"  # ("R-Alder Creek,": a town's words)
    # nor an opening participle's phrase ("Answering questions from reporters, she said")
    r"(?![A-Z][a-z]+ing\s+[a-z][^,“”\"]{0,120},\s+(?:he|she|they|we|I)\s)"
    # nor a participle alone ("Reacting, the current Commissioner for Finance, Mrs. X, said")
    r"(?!(?:Reacting|Responding|Continuing|Commenting|Concluding|Replying|Speaking|Adding|"
    r"Explaining|Elaborating|Recalling),)"
)
# "Still, even Mr. X"
WHO = (
    rf"(?:(?:[Ee]ven|[Oo]nly|Both)\s+)?{NOT_WHO}(?![A-Z][a-z]*['’](?:ve|m|d|ll|re)\b)"
    rf"(?P<who>{source_cues.SOURCE_MENTION})"
)
# "(R-Ky.)"; "Harvey, a delegate from Houston, Texas," (fewest segments first)
# An appositive is closed by a comma: in "The Trust, which … and voted against it, said" the
# verb inside it is not the subject's.
# A segment opening with an auxiliary is a clause, not an appositive: in
# "Brennan, has denied that …, and his lawyer, Marianne Oduya, said" the lawyer said it.
# (nor with a reporting verb: in "X, said the findings suggest that the practice, popular on
# forums, offers no benefit" X said it; the practice offers)
_NOT_APPOSITIVE = r"(?!(?:has|have|had|is|are|was|were|will|would|did|does|said|says|told)\s)"
# (but "X, whose son Julien, 16, was a passenger, told": an age inside a relative clause)
_KIN_AGED = r"whose\s+[a-z]+\s+[A-Z][\w’'-]+,\s+\d{1,3},\s+"
APPOSITIVES = (
    r"(?:\s*\([^()]{1,120}\))?"
    rf"(?:(?:,\s+(?:{_KIN_AGED}|{_NOT_APPOSITIVE})(?:[^,“”\"]|(?<=\d),(?=\d)){{2,240}}?){{1,4}}?,|,)?"
)
# "Murphy — after a pause — told me"; scraped text spaces a hyphen for the dash.
ASIDE = (
    r"(?:(?:\s*[—–]|\s+--?)\s+?[^—–]{1,90}?(?:\s*[—–]|\s+--?)(?=\s)"
    # "Maja Lindqvist — no relation — a researcher at the institute, said": an appositive after
    r"(?:\s+(?:an?|the|his|her|their|its)\s+[^,—–“”\"]{2,120},)?)?"
)
# "Mr. Xi and other leaders have said": the named one speaks for the group.
# "Clinton and Sen. Bernie Sanders have said", "Clinton and the State Department": both speak.
AND_OTHERS = (
    # "Hawkins and others who want to ban abortion said": who the others are
    r"(?:(?:\s*\([^()]{1,30}\))?\s+and\s+(?:others(?:\s+who\s+[^,;:“”\"]{3,80}?(?=\s+(?:said|say|says)\b))?"
    r"|other\s+(?:[\w-]+\s+){0,6}?[a-z]+s"
    # "Hsu and her colleagues found": hers, as the lead of her team
    r"|(?:his|her|their)\s+(?:colleagues|co-?authors|team|aides|advisers|allies)\b"
    # not "the House Ways| and Means Committee": one name, which ends in an organisation's head
    # ("the Competition| and Markets Regulator": a generic head too)
    rf"|(?P<also>(?![A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}\s+(?:{cues.ORG_HEAD}|(?i:{cues.GENERIC_ORG}))\b)"
    # "Sanders and former Maryland governor Martin O'Malley": a role before a full name (not "…
    # and former mayor of Baltimore": a second role of the first)
    rf"{cues.PERSON}|(?!(?:\S+\s+){{0,5}}?of\s){cues.ROLE_PREFIX}(?=[A-Z][\w.’'-]*\s+[A-Z]){cues.PERSON}"
    rf"|the\s+{cues.ORG_NAME})))?"
)
# A verb right after "who" belongs to a relative clause ("X, the chief, who testified"), not X.
# "Gov. Rafael Tenorio of Arizona vowed": the state or city a title's holder is of (not "The
# Arizona Court| of Appeals": a body's name goes on)
_AFTER_CAPITALISED = cues.after_word(r"[A-Z][\w’'-]{{{}}}", then="", start=r"\b")  # ends here
_NOT_A_BODY_BEFORE = "".join(f"(?<!{head.capitalize()})" for head in cues.ORG_HEADS)
OF_PLACE = (
    rf"(?:(?=\s+of\s+[A-Z])(?<=[^\W\d_A-Z]){_NOT_A_BODY_BEFORE}"  # "members| of Congress" neither
    # (not "A single-Judge Bench| of Justice X": a judge, no place)
    # (nor "Deputy Conservator| of Forests M.G. Chinnappa": initials open a name)
    rf"\s+of\s+(?!{cues.ORG_HEAD}\b|Justices?\s)[A-Z][\w’'.-]*(?:\s+(?![A-Z]\.)[A-Z][\w’'.-]*){{0,2}}"
    # "Rep. Maricel Dumalagan of Dalandan City’s lone district", "… of Ohio's 5th
    # Congressional District": a legislator's seat in the place
    r"(?:(?<=['’]s)(?:\s+[\w-]+){0,2}?\s+(?i:district|constituency|ward|riding))?"
    # "Dr. Amara Okeke of the University of Calgary": a named person's body (a capital before);
    # a local station's "Sgt. Dana Kirby with the Millport Police Department says"
    # ("Rep. Moon Ga-eun of the ruling People’s Unity Party": a party's adjective first; not
    # "Director General of the authority Imran Shafiq Minhas": the authority's, then a name)
    r"|(?<=[^\W\d_A-Z])\s+(?:of|with)\s+the\s+(?:(?:ruling|governing|opposition|main|centrist|"
    r"far-right|far-left|nationalist|populist)\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,4}"
    # "Obinna Nwosu at Crestline Research", "… at the University of Leeds": a named person's firm
    # (not "Economists at Kingsgate Securities", "Staff at …", "A former colleague at the
    # Treasury, X,", "The Minister of State at the Department of Defence, X,": a group, whose
    # firm the who keeps, or a role before its holder's name)
    # (the cheap look-ahead first: the look-behinds are tried only before an "at")
    rf"|(?=\s+at\s){_AFTER_CAPITALISED}(?<![a-z]s)(?<!Staff)(?<!People)(?<!Police){_NOT_A_BODY_BEFORE}"
    r"\s+at\s+(?:the\s+)?[A-Z][\w’'.-]*+(?:\s+(?:of\s+)?[A-Z][\w’'.-]*+){0,3}+(?!,\s+[A-Z])"
    # "Knesset member Dror Nissim of the Achdut Leumit faction", "… of the centrist Derech party"
    r"|(?<=[^\W\d_A-Z])\s+of\s+the\s+(?:[a-z]+\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
    r"\s+(?:party|faction|movement|bloc|alliance|caucus|government|administration|coalition|"
    r"synagogue|mosque|congregation|"
    r"cathedral|church|temple|parish)"  # "Rabbi X of the Kehillat Yeshurun synagogue"
    # "Commissioner Riana Botha of the dispute resolution commission", "… of the federal labor
    # board's Seattle office": a body in lower case
    # (after a name only: not "Two former employees| of the roads department", who they are)
    rf"|(?<=[a-z])\s+{cues.AFTER_CAPITAL_WORD}(?<!Members\s)(?<!Officials\s)(?<!Residents\s)"
    r"(?<!Staff\s)(?<!Workers\s)(?<!Parents\s)"
    r"of\s+the\s+(?:[\w’'-]+\s+){0,4}?(?:board|"
    r"commission|office|tribunal|authority|agency|department|court|committee|ministry|"
    r"service)\b)?"
)
# "Rabbi Miriam Feld of Temple Beth Shalom in Ashbury, N.J., said": where the body is (its
# state's abbreviation is an appositive); not a group's ("Drivers in Ashcombe say": all of it
# describes them)
IN_PLACE = (  # (not "a Times/CBS News poll in December")
    rf"(?:(?<![a-z]s)(?!\s+in\s+(?:{'|'.join(MONTHS + WEEKDAYS)})\b){IN_A_PLACE})?"
)
REFLEXIVE = r"(?:\s+(?:himself|herself|themselves|itself))?"  # "Judge Akande himself, when …,"
# Right before the verb: no passive ("Two nurses who worked in Mississippi are found slain"), but
# "are warning"
NOT_PASSIVE = r"(?:(?<!\bare )(?<!\bwere )(?<!\bwas )(?<!\bis )(?<!\bbeen )|(?=[a-z]+ing\b))"
SUBJECT = (
    rf"^{DATELINE}{OPENER}{WHO}{OF_PLACE}{IN_PLACE}{AND_OTHERS}{REFLEXIVE}(?:{APPOSITIVES})?{ASIDE}{TIME}"
    rf"{AUX}\s+{cues.ADVERB}"
    r"(?<!who )(?<!which )" + NOT_PASSIVE
)
_MODAL = r"(?:could|would|will|was|were|is|are|had|has|have|might|may|should|must|can)\b"
LEAD_TELL = compiled(
    rf"{SUBJECT}(?P<verb>told|tells|assured|assures|reminded|reminds|informed|informs|warned|"
    r"asked|asks|(?:apprised|apprises)(?=(?:\s+[\w’'-]+){1,6}\s+that\s))"
    # ("warned| the council could be forced …": a verb after the words makes them its subject)
    rf"(?P<whom>{PRONOUN_OBJECT}|{OBJECT}|{ASK_OBJECT}|{TOLD_WHOM}(?!\s+{_MODAL}))"
    rf"{WHEN},?\s+(?:that\s+)?(?P<content>\S.+)$"
)
# (not "…, the club said in a statement, with an option for …": a phrase, no report, follows)
LEAD = compiled(
    # ("Ms Chaudhry said that was exactly what …": "that" the clause's subject, kept)
    rf"{SUBJECT}(?P<verb>{VERB})(?:{SETTING}|{WHEN}{ASKED_ASIDE}|{WHEN},?)\s+"
    r"(?:that\s+(?!(?:was|is|wasn['’]t|isn['’]t|would|will|had|has|seemed|seems|sounded|sounds)\b))?"
    # (nor "has called off its pantomime": a phrasal verb; nor "A Milwaukee man described by
    # prosecutors as …", "A man charged in a stabbing": a participle's passive, no report)
    # (nor "…, Ms Herlihy said, and this year's event …": the cue closes the clause before)
    rf"(?!(?<=,\s)(?:with|without|including|and|but)\s|{cues.STATEMENT_VENUE},|(?<=called\s)(?:off|up)\b"
    r"|(?:(?<=described\s)|(?<=charged\s)|(?<=wanted\s)|(?<=accused\s))(?:by|in|over)\s"
    # ("wrote to the regents on Monday.": a letter; not "wrote to say that …")
    r"|(?:(?<=wrote\s)|(?<=writes\s))to\s(?=(?:the|a|an|his|her|their|its|him|them)\b|[A-Z]))"
    r"(?P<content>\S.+)$"
)
# After a subject's name, a verb: not "of Obstetricians" (the name goes on)
NOT_A_VERB = "of|and|or|who|whose|which"
# A lighter subject for the clause patterns below: a name, a body or a pronoun (the full mention
# grammar costs 20 ms to compile in every pattern that embeds it).
NAMED_WHO = rf"{NOT_WHO}(?P<who>{cues.PERSON}|{cues.ORG_NAME}|[Hh]e|[Ss]he|[Tt]hey)"
# A subordinate clause's subject and verb (here and in clause_leads.py's later clauses)
# ("after Sen. Roderick Vance, R-S.C., accused …": a party tag in commas after the name)
CLAUSE_SUBJECT_VERB = (
    # ("after Tobias Lindgren, an analyst at Kvarnholm Bank, wrote": a described one too)
    # ("after the Border Control Authority (BCA) said": the body's initials in brackets)
    rf"{NAMED_WHO}(?:,\s+[DRI]-[A-Z][\w.]*,|,\s+(?:an?|the)\s+[^,“”\"]{{2,80}},|\s+\([A-Z]{{2,8}}\))?"
    rf"{AUX}\s+{cues.ADVERB}(?P<verb>{VERB})"
)
# "While Ramos said that journalists cannot take sides, he …": the report ends at the comma.
SUBORDINATE = LazyPattern(
    rf"^{DATELINE}(?:(?:But|And|Yet)\s+)?(?:While|Although|Though|Even\s+though|Even\s+as|"
    rf"Because|Since|After|When|Once|Before|Whereas)\s+{CLAUSE_SUBJECT_VERB}"
    r"\s+(?:that\s+)?(?P<content>[^,;“”\"]{12,}?),\s"
)
# "Despite challenging the leader's trustworthiness, Cruz said …", "Having announced that he
# would not …, Judge Berman …": the opening participle reports the main clause's subject.
OPENING_PARTICIPLE = LazyPattern(
    rf"^{DATELINE}(?:(?:After|Despite|Before|Since|While|Besides|By|In\s+addition\s+to|Instead\s+of|"
    rf"Rather\s+than|Even\s+after|Without)\s+)?(?:[A-Za-z]+ly\s+)?"
    rf"(?P<verb>(?:[Hh]aving\s+(?:{VERB_TRIE}))|(?i:{ING_TRIE}))\s+(?:that\s+)?"
    rf"(?P<content>[^,;“”\"]{{12,}}?),\s+{NAMED_WHO}(?:{APPOSITIVES})?\s+"
    r"(?!(?:of|and|or|who|whose|which|from|in|at|for|to)\b)[a-z]"
)
# "Giles attempted to re-engage the campaign in October and said he had prepared papers"
AND_VERB = (
    r"(?:and|but)\s+(?:later\s+|also\s+|then\s+|on\s+[A-Z][a-z]+\s+|[a-z]+ly\s+)?"
    r"(?P<verb>said|says|told\s+(?:me|us|reporters|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)|"
    r"added|argued|warned|insisted|claimed|defended|accused|denied|criticized|criticised|praised|"
    r"called\s+for|urged|vowed|pledged|promised|suggested|noted|stressed|explained|acknowledged|"
    r"conceded|predicted|announced|declared|asserted|contended|maintained|complained|recalled|"
    r"questioned|pointed\s+out|wrote|tweeted|reiterated|charged|alleged|blamed|dismissed)\s+"
)
AND_SAID = compiled(
    # "… singled out Colquhoun for praise on Tuesday, and said …": a comma may come before "and";
    # the subject's name is whole ("Clinton invoked President Obama and suggested …")
    rf"^{DATELINE}{OPENER}{WHO}(?:{APPOSITIVES})?\s+(?=[a-z])(?!(?:{NOT_A_VERB})\b)"
    rf"[^,;:“”\"]{{3,100}}?,?\s+{AND_VERB}"
    r"(?:that\s+)?(?P<content>\S.+)$"
)
# "The authority puts the figure closer to 250 and says …": a body named by its kind (AND_SAID
# reads a lone "The" as a name, and is tried first)
AND_SAID_BODY = compiled(
    # a verb's ending after the body ("puts", "published"), not "The council| leader dismissed"
    rf"^{DATELINE}{OPENER}(?P<who>{cues.THE_HEAD})\s+(?=[a-z]+(?:s|ed)\b)(?!(?:{NOT_A_VERB})\b)"
    rf"[^,;:“”\"]{{3,100}}?,?\s+{AND_VERB}(?:that\s+)?(?P<content>\S.+)$"
)
# "…, but he was copied on the questions and Gates said he spoke to Manafort": a later clause;
# "two days after Ms. Reyes said she would run"
CLAUSE_SAID = compiled(
    rf"^.*?\s(?:and|but|when|as|because|after|though|although)\s+(?P<who>{cues.PERSON}|{cues.THE_HEAD}"
    rf"|the\s+(?=[A-Z]){cues.ORG_NAME}|[Hh]e|[Ss]he)\s+(?:has\s+|have\s+|had\s+)?"
    # not "when he insisted on paying his bill": an act, not a report
    # "after the department store chain warned that …": other verbs report only before "that"
    r"(?P<verb>said|says|added|argued|insisted|noted|(?:warned|announced|confirmed|revealed|"
    r"admitted)(?=\s+that\s))\s+(?!on\s)(?:that\s+)?"
    r"(?P<content>[^“”\"]\S*\s.+)$"
)
PARTICIPLE_CUE = compiled(rf"{cues.REPORT_PARTICIPLE_OPENING}{cues.REPORT_PARTICIPLE}\b")
# The words PARTICIPLE_CUE needs: a sentence with none of them is not searched (most have none,
# and the search tries its openings' look-behinds at every space)
PARTICIPLE_WORDS = frozenset(re.findall(r"[a-z]+ing", cues.REPORT_PARTICIPLE))
PUNCTUATION = compiled(r"[^\w\s’'-]+")

"""The words news writers use to attribute speech: reporting verbs, titles, names, venues.

Patterns are built once from small vocabularies so that every rule reads in words, not regex soup.
"""

from __future__ import annotations

from reader.core.attribution.datelines import CITY_THEN_COUNTRY as CITY_THEN_COUNTRY
from reader.core.attribution.datelines import DATELINE as DATELINE
from reader.core.attribution.datelines import TIME_STAMP as TIME_STAMP
from reader.core.attribution.document_cues import DOCUMENT as DOCUMENT
from reader.core.attribution.document_cues import DOCUMENT_OF as DOCUMENT_OF
from reader.core.attribution.document_cues import DOCUMENT_WORDS as DOCUMENT_WORDS
from reader.core.attribution.document_cues import ISSUED_DOCUMENT as ISSUED_DOCUMENT
from reader.core.attribution.latter_former import LATTER_OR_FORMER
from reader.core.attribution.name_atoms import ABBREVIATIONS as ABBREVIATIONS
from reader.core.attribution.name_atoms import CAP as CAP
from reader.core.attribution.name_atoms import FEMALE_TITLES as FEMALE_TITLES
from reader.core.attribution.name_atoms import GIVEN_NAME_TITLES as GIVEN_NAME_TITLES
from reader.core.attribution.name_atoms import HYPHEN_PARTICLE as HYPHEN_PARTICLE
from reader.core.attribution.name_atoms import INITIAL, PRONOUN
from reader.core.attribution.name_atoms import IRISH_PARTICLES as IRISH_PARTICLES
from reader.core.attribution.name_atoms import MALE_TITLES as MALE_TITLES
from reader.core.attribution.name_atoms import NAME as NAME
from reader.core.attribution.name_atoms import NOT_AFTER_ABBREVIATION as NOT_AFTER_ABBREVIATION
from reader.core.attribution.name_atoms import PARTICLE as PARTICLE
from reader.core.attribution.name_atoms import PARTICLES as PARTICLES
from reader.core.attribution.name_atoms import PATRONYM_MARKS as PATRONYM_MARKS
from reader.core.attribution.name_atoms import PERSON as PERSON
from reader.core.attribution.name_atoms import PLAIN_TITLES as PLAIN_TITLES
from reader.core.attribution.name_atoms import POST_NOMINALS as POST_NOMINALS
from reader.core.attribution.name_atoms import TITLE as TITLE
from reader.core.attribution.name_atoms import TITLE_WORDS as TITLE_WORDS
from reader.core.attribution.name_atoms import TITLES as TITLES
from reader.core.attribution.name_atoms import UPPER as UPPER
from reader.core.attribution.org_cues import ABBREVIATED_FORM, UNNAMED
from reader.core.attribution.org_cues import ANONYMOUS as ANONYMOUS
from reader.core.attribution.org_cues import CLUB_WORDS as CLUB_WORDS
from reader.core.attribution.org_cues import COMMON_SOURCE as COMMON_SOURCE
from reader.core.attribution.org_cues import COMPANY_HEADS as COMPANY_HEADS
from reader.core.attribution.org_cues import FIELD_WORDS as FIELD_WORDS
from reader.core.attribution.org_cues import FORM_WORDS as FORM_WORDS
from reader.core.attribution.org_cues import FRENCH_BODY_NAME as FRENCH_BODY_NAME
from reader.core.attribution.org_cues import GENERIC_ORG as GENERIC_ORG
from reader.core.attribution.org_cues import GOVERNING_BODY as GOVERNING_BODY
from reader.core.attribution.org_cues import LEGAL_FORMS as LEGAL_FORMS
from reader.core.attribution.org_cues import NATION_BEFORE_INITIALS as NATION_BEFORE_INITIALS
from reader.core.attribution.org_cues import ORG_HEAD as ORG_HEAD
from reader.core.attribution.org_cues import ORG_HEADS as ORG_HEADS
from reader.core.attribution.org_cues import ORG_NAME as ORG_NAME
from reader.core.attribution.org_cues import OUTLET_NOUNS as OUTLET_NOUNS
from reader.core.attribution.org_cues import POSSESSIVE_SOURCE as POSSESSIVE_SOURCE
from reader.core.attribution.org_cues import ROMANCE_HEADS as ROMANCE_HEADS
from reader.core.attribution.org_cues import SPEAKS_FOR_ROLES as SPEAKS_FOR_ROLES
from reader.core.attribution.org_cues import SPOKES_BACK as SPOKES_BACK
from reader.core.attribution.org_cues import THE_HEAD as THE_HEAD
from reader.core.attribution.org_cues import THE_TOUR as THE_TOUR
from reader.core.attribution.org_cues import TOUR_NAME as TOUR_NAME
from reader.core.attribution.org_cues import without_legal_form as without_legal_form
from reader.core.attribution.person_epithets import AGE_MENTION as AGE_MENTION
from reader.core.attribution.person_epithets import AGE_WORDS, HOME_WORDS, JUNIOR_OR_SENIOR
from reader.core.attribution.person_epithets import FAMILY as FAMILY
from reader.core.attribution.person_epithets import HOME_FEMALE as HOME_FEMALE
from reader.core.attribution.person_epithets import HOME_MALE as HOME_MALE
from reader.core.attribution.person_epithets import HOME_NOUNS as HOME_NOUNS
from reader.core.attribution.person_epithets import HOME_PLACE as HOME_PLACE
from reader.core.attribution.person_epithets import MOTHER_WORDS as MOTHER_WORDS
from reader.core.attribution.person_epithets import PARENT_EPITHET as PARENT_EPITHET
from reader.core.attribution.role_nouns import ROLE_INITIALS as ROLE_INITIALS
from reader.core.attribution.role_nouns import ROLE_KEY_WORDS as ROLE_KEY_WORDS
from reader.core.attribution.role_nouns import ROLE_NOUNS as ROLE_NOUNS
from reader.core.attribution.role_nouns import ROLE_WORD as ROLE_WORD
from reader.core.attribution.role_words import FEMALE_KIN as FEMALE_KIN
from reader.core.attribution.role_words import KIN as KIN
from reader.core.attribution.role_words import MALE_KIN as MALE_KIN
from reader.core.attribution.role_words import ROLE_KEYS as ROLE_KEYS
from reader.core.attribution.speech_phrases import ADVERB as ADVERB
from reader.core.attribution.speech_phrases import PARTICIPLE as PARTICIPLE
from reader.core.attribution.speech_phrases import REPORT_PARTICIPLE as REPORT_PARTICIPLE
from reader.core.attribution.speech_phrases import (
    REPORT_PARTICIPLE_OPENING as REPORT_PARTICIPLE_OPENING,
)
from reader.core.attribution.speech_phrases import SPEECH_VERB as SPEECH_VERB
from reader.core.attribution.venue_cues import AUDIENCE as AUDIENCE
from reader.core.attribution.venue_cues import OUTLET_REF as OUTLET_REF
from reader.core.attribution.venue_cues import OUTLET_WORDS as OUTLET_WORDS
from reader.core.attribution.venue_cues import STATEMENT_VENUE as STATEMENT_VENUE
from reader.core.attribution.venue_cues import VENUE as VENUE
from reader.core.attribution.word_trie import word_trie
from reader.core.calendar_words import MONTHS, WEEKDAYS


def after_word(word: str, then: str = r"\s", start: str = r"(?<![\w.])") -> str:
    """A look-behind for a whole word of the given shape (`word`, with "{}" for its length) and
    what follows it, a space unless `then` says otherwise (Python's look-behinds are
    fixed-width, so one for each length)."""
    lengths = range(1, 16)
    return "(?:" + "|".join(rf"(?<={start}{word.format(n)}{then})" for n in lengths) + ")"


# "author and", "Gov. and" (not "Smith and Jones": two people); "Americans for"
_AFTER_LOWER_WORD = (
    "(?:" + after_word("[a-z]{{{}}}") + r"|(?<=[A-Z][a-z]\.\s)|(?<=[A-Z][a-z]{2}\.\s))"
)
AFTER_CAPITAL_WORD = after_word("[A-Z][a-z]{{{}}}")  # right after a capitalised word and a space
_AFTER_LEADING_TITLE = (
    "(?:"
    + "|".join(
        f"(?<={title}\\s)"
        for title in "President Chairman Chairwoman Chair Founder Publisher".split()
    )
    + ")"
)
# "Americans for| Prosperity President Tim Phillips", "Fight for| $15 organizing director Kendall
# Fells": "for" inside a body's name, then a role, then the person (not "head of the Center for|
# American Progress, recounted": a body, and no person after it)
_BODY_THEN_ROLE = (
    r"(?=\s+(?:\$\d[\d,.]*|[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+[a-z][a-z-]+){0,2}"
    rf"\s+(?:{word_trie(TITLES)}|[a-z][a-z-]+)\s+[A-Z])"
)
_BODY_HEADS = (
    "Authority|Commission|Board|Council|Agency|Bureau|Corporation|Exchange|Institute|"
    "Association|Federation|Union|Society|Foundation|Trust|Fund|Service|Committee|Centre|Center"
)
_DATE_WORD = rf"(?:{'|'.join(WEEKDAYS + MONTHS)})\b"  # "the Minister on Tuesday": no brief
ROLE_PREFIX = (  # not "of the University of Westmorland": a role does not open with "of"; nor
    # with an opening participle's phrase ("Introducing the bill, Minister of …"); "our" is the
    # paper's: "says our correspondent Ifeoma Clarke-Dunn"
    rf"(?!of\s|[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|its)\s)(?:(?:[Hh]is|[Hh]er|[Tt]heir|(?<=said\s)its|(?<=,\s)its|(?<=to\s)its|[Aa]n?|[Tt]he|[Oo]ur)\s+)?"
    # "AFL-CIO President Liz Shuler", "AT&T chief executive …": acronyms may be joined
    # (a party's letters with a bracket: "CPI(M) State secretary Manik Lal Debnath")
    # ("the Kasule village LC1 chairperson, Mr X": a council's tier, with its number; "Tessellate
    # Games Inc. chief financial officer X": a legal form's stop)
    # ("Penal/Debe Regional Corporation chairman X": two places joined by a slash)
    rf"(?:(?:[A-ZÄÖÜ]{{2,}}\d?(?:[-&][A-Z]+)*(?:\([A-Z]{{1,3}}\))?|(?:[A-Z]\.){{2,3}}|[A-Z][a-z]+/[A-Z][a-z]+"
    rf"|{CAP}|{INITIAL}|{ROLE_WORD}|\d+(?:st|nd|rd|th)"
    # ("Daiwa Motor Corp. President Hiroshi Kanda": the stop, then a title and the name)
    r"|(?:Inc|Corp|Co|Ltd)\.(?=\s+(?:[a-z]|(?:President|Chairman|Chairwoman|Chief|Vice)\s+[A-Z]))"
    r"|(?<=world\s)No(?=\s+\d)"  # "former world No 3 X"
    # "KQRT 7 Chief Meteorologist Dan Ebersole", "Ward 14 councillor Priscilla Naidoo"
    r"|\d+-[a-z][\w-]*|\d{1,3}(?=\s+(?:(?:councillor|councilor|councilman|councilwoman|"
    r"alderman|alderwoman|supervisor|commissioner|trustee|member|student|pupil)\s+)?[A-Z])"
    # "Autoworkers Local 4410 president Marcus Leblanc": a branch's number, then the role
    # ("Police Regional Office 7 director Brig. Gen. Federico Alvarado")
    r"|\d{1,5}(?=\s+(?:president|secretary|chair|chairman|chairwoman|leader|steward|director|"
    r"commander|chief|head|manager|spokesperson|spokesman|spokeswoman)\s+[A-Z])"
    # "journalist and author Hiro Aida", "former Gov. and Party Chairman Ed Rendell": two roles
    # ("grower and co-operative director Te Rangi Walker": a hyphened role word; "State housing
    # and local government committee chairman Datuk Seri …": three words after "and")
    # ("said its co-founder and chief executive, Ms Natalie Chua": a comma before the name)
    # ("Gov. Marcus Ellery’s pollster, Russell Danner,": an abbreviated title of the owner)
    r"|[A-Z][a-z]{1,3}\.(?=\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s\s+[a-z])"
    rf"|[A-Z][a-z]{{1,3}}\.(?=\s+and\s)|{_AFTER_LOWER_WORD}and(?=\s+(?:[a-z][a-z-]*\s+){{0,3}}(?:[A-Z][a-z]|[A-Z]{{2,}}\s|[a-z][a-z-]*,?\s+[A-Z]))"
    # "President and CEO Catherine Doucet", "Chairman and chief executive …": a title's "and"
    rf"|{_AFTER_LEADING_TITLE}and(?=\s+(?:[A-Z]{{2,}}\s|[Cc]hief\s|[Mm]anaging\s))"
    # "Investment, Trade and Industry Deputy Minister X": a ministry's fields, then its office
    r"|(?<=[a-z]\s)and(?=\s+(?:[A-Z][a-z]+\s+){1,2}(?:(?:Deputy|Assistant)\s+)?(?:Minister|Secretary)\s+[A-Z])"
    # "Securities and Futures Authority chief executive X": a body's name with "and" in it, then
    # the role its head holds
    # ("Korea Disease Control and Prevention Agency (KDCA) Commissioner X": its initials too)
    rf"|{AFTER_CAPITAL_WORD}and(?=\s+(?:[A-Z][\w’'-]*\s+){{0,2}}(?:{_BODY_HEADS})\s+(?:\([A-Z]{{2,8}}\)\s+)?"
    r"(?:[a-z][a-z-]+\s+|(?:Chief|Executive|Managing|Director|Chair(?:man|woman)?|President|"
    r"Secretary|Commissioner|Governor|Head)\s+){1,3}[A-Z])"
    # "Reform and Renewal bloc MP Khaled Abu Khalil": a party's name, then its kind
    r"|(?<=[a-z]\s)and(?=\s+[A-Z][a-z]+\s+(?:bloc|party|faction|alliance|list|movement)\s)"
    # "Minister for Finance Eoin Madigan", "Gauteng MEC for Health Dr …": an office's "for"
    r"|(?:(?<=Minister\s)|(?<=Secretary\s)|(?<=Commissioner\s)|(?<=Spokesperson\s)|(?<=MEC\s)"
    r"|(?<=Chair\s)|(?<=Officer\s)|(?<=Director\s)"  # "Vice Chair for Supervision"
    r")for(?=\s+[A-Z])"
    # "new senator for Western Australia Kiri Anderton-Wells": a state, then the name (not "MP
    # for Warrigal, Toby Lindqvist", whose name stands in apposition)
    r"|(?:(?<=[Ss]enator\s)|(?<=MP\s)|(?<=MLA\s))for(?=(?:\s+[A-Z][\w’'-]*){3,}\s)"
    # "Council cabinet member for highways Cllr Graham Teague", "MEC for local government
    # Thandiwe Mokoena": a portfolio in lower case
    # ("Minister of state for gas Olumide Adeyemi": a junior minister's, all in lower case)
    r"|(?:(?<=Minister\s)|(?<=minister\s))of(?=\s+state\s+for\s)"
    r"|(?:(?<=member\s)|(?<=holder\s)|(?<=MEC\s)|(?<=Minister\s)|(?<=minister\s)|(?<=Alderman\s)"
    r"|(?<=commissioner\s)"  # ("URA assistant commissioner for customs Moses X")
    r"|(?<=of\sstate\s))"
    r"for(?=\s+[a-z]+(?:\s+[a-z]+)?\s+[A-Z])"
    # "Leader of the Opposition in the Senate Jacqueline Odle-Prescod": the house it leads in
    # ("… in the Karnataka Legislative Council H.R. Gangadharaiah", "… in the Rajasthan Assembly")
    r"|in\s+the(?=\s+(?:[A-Z][\w-]*\s+){0,2}(?:Senate|House|Assembly|Legislature|Lords|Commons|"
    r"Council)\s+[A-Z])"
    # "Opposition spokesman on agriculture Lincoln Ruddock-Harvey": a spokesperson's brief
    r"|(?:(?<=spokesman\s)|(?<=spokeswoman\s)|(?<=spokesperson\s))on(?=\s+[a-z]+(?:\s+[a-z]+)?\s+[A-Z])"
    # "Ambassador to the United Nations Henrietta Sowande": an envoy's "to" and "to the"; an
    # aide's, and a brief "on" a field: "Special Assistant to the Prime Minister on Health X"
    # (the word first, the look-behinds after it: they are tried only where it stands)
    r"|to(?:(?<=Ambassador\sto)|(?<=Envoy\sto)|(?<=Representative\sto)|(?<=ambassador\sto)"
    r"|(?<=envoy\sto)|(?<=Adviser\sto)|(?<=Advisor\sto)|(?<=Assistant\sto)|(?<=Aide\sto))"
    r"(?:\s+the)?(?=\s+[A-Z])"
    rf"|on(?:(?<=Minister\son)|(?<=President\son))(?=\s+(?!{_DATE_WORD})[A-Z][\w-]*"
    r"(?:\s+[A-Z][\w’'-]*){2})"
    # "Federation of Indian Auto Dealers Associations (FIADA) president Suresh Kumar Iyer": the
    # "of" of a body's name and the body's initials in brackets
    # ("Railway Board member (infrastructure) Sudhir Kaushik": a brief in brackets)
    rf"|{AFTER_CAPITAL_WORD}(?:for|of){_BODY_THEN_ROLE}|\$\d[\d,.]*|\([A-Z]{{2,8}}\)"
    r"|\([a-z]+(?:\s[a-z]+)?\)(?=\s+[A-Z])"
    # "Cowell & Finch analyst Tamsin Okonkwo-Reyes", "Brantwood & Co. analyst …": a firm of two
    # names, then a trade and a name
    r"|[A-Z][\w’'-]+\s+&\s+(?:[A-Z][\w’'-]+|Co\.)(?=\s+[a-z][\w-]*\s+[A-Z]))"
    # "Private school owners’ association president …": a plural possessive too
    r"(?:['’]s|(?<=s)['’])?,?\s+){1,8}?"
)
# The role phrase is tried only where a person can follow it: a person opens with a capital (or
# "former", "acting", "interim") within nine words (`\S+\s+` each), the longest role phrase
# (a determiner and eight words), so a look ahead over nine words finds one ("the agency that
# will spend the money" has none).
_PERSON_AHEAD = rf"(?=(?:\S++\s++){{1,9}}?(?:[{UPPER}]|[Ff]ormer\s|[Aa]cting\s|[Ii]nterim\s))"
# (a company with its legal form reads as a name does: "German carmaker Hollerbach Automobil AG")
ROLE_PERSON = (
    # ("Fashion retailer Marlowe & Pike has denied": a firm of two names; not "Foreign Ministry"
    # of "Foreign Ministry spokesman Wen Liqiang": a role and a name follow)
    # ("Pub operator Thistle & Crown Inns has said": three)
    rf"(?:{_PERSON_AHEAD}{ROLE_PREFIX})?(?:[A-Z][\w’'-]+\s+&\s+[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,2}(?=\s+[a-z])"
    # (not "Cowell & Finch analyst Tamsin Okonkwo-Reyes wrote": the firm's analyst, named)
    rf"(?!\s+[a-z][\w-]*\s+[A-Z])|{PERSON}"
    # (nor "Western| Cape" of "Western Cape MEC for Education Lizette Coetzee": a place's office
    # and its holder follow)
    r"(?!\s+(?:spokes(?:man|woman|person)|MEC|MPP?|MLA|MSP|premier|mayor|minister)"
    r"(?:\s+for\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*)?\s+[A-Z]))"
    rf"(?:\s+(?:{'|'.join(sorted(LEGAL_FORMS))})\b|{ABBREVIATED_FORM})?"
    # "two senior Conservative sources": the word is a party's, and the sources speak
    r"(?!\s+(?:sources|officials|insiders|aides|members)\b)"
)

# A character inside a phrase that ends at its first comma: any but a comma or a quote mark, or a
# thousands comma ("Will Tebbutt, who farms 1,800 acres near March, said")
NO_COMMA = r"(?:[^,“”\"]|(?<=\d),(?=\d{3}\b))"
# A role word's hyphenated first part: "the vice-chancellor" (not "the co-operative", a body)
ROLE_HYPHEN_PART = r"(?!co-)[a-z]+-"
ROLE_NP = (
    # "the White House spokesman", "Clinton's campaign chairman"
    # "California Rep. Duncan Hunter’s chief of staff": a possessive of up to four words
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s|"
    r"[Tt]he\s+[a-z]+['’]s|"
    # ("…, its chairman, Eugene Sham, said": the body's, named in apposition)
    # ("…, with its chairman, Philip Ashdown, saying …")
    r"[Hh]is|[Hh]er|[Tt]heir|(?<=,\s)its|(?<=with\s)its)\s+"  # "her lawyer said", "his son cut in"
    # "A senior Obama administration official" (not "the former Arkansas governor": someone
    # named before)
    r"(?:(?<=[Aa]\s)(?:senior|top|former|longtime|veteran|high-ranking|chief|leading|key)\s+"
    r"|(?:(?<=[Aa]\s)|(?<=[Aa]n\s))[a-z]+\s+(?=[A-Z])"  # "a local Green councillor"
    r"|(?:(?<=[Aa]\s)|(?<=[Aa]n\s))\d{1,3}-year-old\s+(?=[a-z]))?"  # "a 24-year-old fighter"
    # "A Department of Health spokesperson": "of" joins the capitalised words of a body, and so
    # do "&" ("A Brannock & Pryce spokesperson"), "for" and "and" ("a Department for Education
    # spokesperson", "a Department of Health and Social Care spokesperson")
    r"(?:[A-Z][\w.’'-]*\s+(?:(?:of|&|(?<=[a-z]\s)(?:for|and))\s+(?=[A-Z]))?){0,5}"
    # "Google's chief human resources executive" (not "The judge said the man": a verb and
    # "the" are no part of a role)
    r"(?:(?!(?:and|or|the|said|says|told|tells)\s)[a-z][a-z-]+\s+){0,3}"
    # "the nurse-turned-candidate", "the vice-chancellor"; "Kessler's head of human resources,
    # Annika Vogt,"; a whole word (not "the man|ifesto")
    rf"(?:[a-z]+-turned-|{ROLE_HYPHEN_PART})?(?:{ROLE_NOUNS}\b|head(?=\s+of\s))"
    # "chief of staff", "best friend at Lehigh": a short post-modifier before an appositive name
    # "the club’s chairman of 22 years, Neville Osei,", "the MP for Haverleigh North, Gareth …"
    # ("Qaradan's minister of state for foreign affairs, Hamad bin Khalid al-Mansouri,": two)
    # ("the deputy head of the state road agency, Rashad Nuriyev,": four words in lower case)
    # ("the chair of Linford's health scrutiny panel, Councillor X,": a possessive, then its noun)
    # ("the woman behind the counter, Marguerite Olsson,": where she stands, in lower case)
    r"(?:\s+(?:behind|beside|inside|outside|in|on|from|with)\s+(?:the|a|an|his|her|their)"
    r"(?:\s+[a-z]+){1,3}(?=,\s+[A-Z])"
    # ("the lawmaker from the flood-hit Kacchi Sharif constituency, Sumaira Gul Jamali,")
    r"|\s+from\s+(?:the|a|an)(?:\s+[a-z][a-z-]*){0,2}(?:\s+[A-Z][\w’'-]*){1,2}\s+[a-z]+"
    r"(?=,\s+[A-Z])"
    r"|(?:\s+(?:of|at|for)\s+(?:[a-z]+(?:\s+[a-z]+){0,3}|\d+\s+years|"
    r"[A-Z][\w’'-]*['’]s(?:\s+[a-z]+){1,3}|"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})){1,2}(?=,\s+[A-Z])"
    # ("the Saint-Aubert director of rugby insisted": a field in lower case, the verb right after)
    r"|\s+of\s+(?!(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[a-z]+"
    r"(?=\s+(?:said|says|insisted|added|admitted|explained|conceded|told)\b)"
    # ("“…,” one soldier from the battalion said": where an unnamed one serves)
    r"|\s+(?:from|in|at|with)\s+the\s+[a-z]+(?=\s+(?:said|says|added|told)\b)"
    # "A former nurse at the Oakhaven Care Center testified": where an unnamed person works
    r"|\s+(?:at|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3}"
    r"(?:\s+[a-z]{3,})?"  # "at the Halden University laboratory"
    r"(?=\s+(?:has\s+|had\s+|have\s+)?(?:[a-z]+(?:ed|s)|told|wrote)\b))?)"
)
MENTION = (  # "the grandmother of six" before the role noun "the grandmother"
    rf"(?:{PRONOUN}\b|{FAMILY}|{PARENT_EPITHET}"
    # one "the" for the two: an age, a home ("the Kilmallow man", "the Ghana international");
    # before a body's name, which would take "the Ghana"
    rf"|[Tt]he\s+(?:{AGE_WORDS}|{HOME_WORDS})|{LATTER_OR_FORMER}"
    rf"|{SPOKES_BACK}\b|{GOVERNING_BODY}|{THE_TOUR}|{ROLE_PERSON}|{COMMON_SOURCE}|{ORG_NAME}"
    # "analysts at Brightwater Securities": the firm's staff
    # ("analysts at Brixton Lowe led by Samuel Adeyemi-Clarke": their leader, firm_staff.py)
    rf"|{ROLE_NP}|{UNNAMED}(?:\s+(?:at|from)\s+(?=[A-Z]|the\s+[A-Z]){ORG_NAME}"
    rf"(?:\s+led\s+by\s+{PERSON})?)?|{ANONYMOUS}|{DOCUMENT}"
    rf"|{ISSUED_DOCUMENT}"
    rf"|{JUNIOR_OR_SENIOR}"
    # "the accused, Kemar Swaby, shouted from the dock" (not "Trump accused Clinton of …")
    r"|[Tt]he\s+accused(?=,\s+[A-Z])"
    r"|[Tt]he\s+world\s+No\.?\s*\d{1,3}\b"  # "said the world No. 3" (rankings.py)
    # "the NTA said", "NASA said": a body (not "the SP said", a superintendent of police, nor
    # a dateline's "OSLO, Oct 3 (Reuters) -")
    # ("the ÖVP said", "The Scottish FA said": a nation's body by its letters)
    rf"|(?:[Tt]he\s+)?(?:{NATION_BEFORE_INITIALS}\s+)?(?!{ROLE_INITIALS}\b)"
    rf"[A-ZÄÖÜ][A-ZÄÖÜ&]{{1,6}}"
    rf"(?![\w’'-]|\.\w|,\s+[A-Z][a-z]|\s+\(|\s+[—–-]|{CITY_THEN_COUNTRY}))"
)

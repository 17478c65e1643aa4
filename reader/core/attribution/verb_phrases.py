"""The reporting verb of reported speech as one pattern piece: a stance verb in any form, the
phrases that take a stance ("made it clear", "took aim at", "is skeptical", "was quick to point
out"), and the statements someone made ("expressed concern over"); and the words that show a
sentence may hold one (VERB_SET, for the cheap checks before the patterns)."""

from __future__ import annotations

import re

from reader.core.attribution.verbs import BASE_FORMS, STANCE_PROGRESSIVE, WIDER_STANCE_VERBS
from reader.core.attribution.word_trie import word_trie
from reader.core.calendar_words import WEEKDAYS

# "states" is more often the noun ("in all five states voting Tuesday", "the United States")
VERB_WORDS = [verb for verb in WIDER_STANCE_VERBS if verb != "states"]
# Phrases that take a stance: "made it clear that", "took aim at", "fired back at", "spoke out".
PHRASAL = (
    r"(?:made|makes|making)\s+(?:it\s+)?clear|(?:made|makes|make)\s+(?:the|a|his|her|their)\s+case|"
    r"(?:took|takes)\s+(?:aim|issue)|(?:fired|fires|hit|hits|pushed|pushes|shot|shoots)\s+back|"
    r"(?:lashed|lashes)\s+out|(?:weighed|weighs)\s+in|"
    # "spoke at the White House on Tuesday about rights …": where and when, then what about
    r"(?:spoke|speaks|speak|talked|talks|talk|talking|speaking)\s+(?:out|of\b|(?:(?!about\b)[^,;:“”\"]{1,60}?\s+)??about\b)|"
    r"(?:sounded|sounds)\s+the\s+alarm|(?:came|comes)\s+out\s+(?:against|for|in\s+favou?r\s+of)|"
    r"(?:threw|throws)\s+(?:his|her|their|its)\s+support\s+behind|(?:doubled|doubles)\s+down|"
    r"(?:went|goes)\s+on\s+to\s+say|(?:went|goes)\s+after|"
    r"(?:came|come|comes)\s+out\s+and\s+(?:say|said|says)|(?:point|points|pointed)\s+to|"
    r"(?:talked|talks|talk)\s+up|(?:backed|backs|back)\s+away\s+from|(?:dwelled|dwelt|dwells)\s+on|"
    # "is among those who say they …": one of a group that holds the view
    r"(?:is|was|are|were)\s+among\s+(?:those|the\s+[a-z]+)\s+who\s+(?:say|said|believe|think|"
    r"argue|want|fear|worry|hope)|"
    r"(?:took|takes|taken)\s+(?:a\s+)?(?:swipe|shot|jab|dig)s?\s+at|"
    # "used to say that a shop dies …", "likes to joke that": a habit of saying
    r"(?:used|uses|liked|likes|loved|loves)\s+to\s+(?:say|tell|joke|argue|remark|point\s+out)|"
    # "has long held the view that", "takes the position that": a view held
    r"(?:held|holds|hold|took|takes|take)\s+the\s+(?:view|position|line)(?=\s+that\b)|"
    # a court's finding: "The Court of Appeals ruled on Monday that" (not "ruled the country")
    # ("Justice X held that the strike was …", "The magistrate ordered that they be remanded")
    r"(?<!\bwho\s)(?<!\bthat\s)(?:ruled|rules|held|holds|ordered|orders)"
    # ("ruled Tuesday that": a bare day, as US wire copy writes it)
    # ("ruled in the Supreme Court that": the court it sits in)
    r"(?=(?:\s+(?:(?:on|last|this|earlier|late)\s+[\w-]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|in\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:Court|Tribunal)(?:\s+of\s+[A-Z][\w’'-]*)?)){0,2}"
    r"\s+that\b)"
)
PHRASAL_FIRST = frozenset(
    "made makes making took takes fired fires hit hits pushed pushes lashed lashes weighed weighs "
    "spoke speaks talked talks talking speaking sounded sounds came comes threw throws doubled "
    "doubles went goes continued continues continue make taken point points pointed talk speak "
    "back backed backs dwelled dwelt dwells shot shoots used uses liked likes loved loves ruled "
    "rules held holds hold take ordered orders".split()
)
# The first words of phrases that report only with the verb after them ("attempted to portray",
# "seemed hopeful that", "is likely to stress"): as a first verb on their own they report
# nothing ("appeared on a show and defended himself"; see report_shapes.py)
LEAD_IN_WORDS = frozenset(
    "attempted tried sought moved yet likely expected poised among come seemed seems appeared "
    "appears".split()
)
# "is skeptical Trump can …", "was adamant that …", "are concerned about …": a view held
HELD_VIEWS = frozenset(
    "skeptical sceptical confident convinced adamant optimistic pessimistic worried concerned "
    "certain hopeful doubtful upbeat critical wary upset angry furious pleased frustrated "
    "disappointed alarmed persuaded unsure".split()
)
_HELD_VIEW = (
    r"(?:is|are|was|were|remains|remained|seemed|seems|appeared|appears)\s+"
    r"(?:(?:also|now|still|not|very|more|less|"
    r"increasingly|deeply|equally|particularly|so|especially|highly|sharply|openly|fiercely|"
    r"strongly|most|quite|clearly|visibly|privately|publicly)\s+)*"
    # ("was of the view that …", South Asian papers' "is of the opinion that …")
    rf"(?:{'|'.join(sorted(HELD_VIEWS))}|of\s+the\s+(?:view|opinion))(?:\s+(?:that|about|of|over)\b)?"
)
# "continued to question whether", "was quick to point out that": the verb after "to"
_GOES_ON_TO = (
    r"(?:continued|continues|continue|(?:went|goes)\s+on|attempted|tried|sought|moved|"
    r"(?:has|have|had)\s+yet|"
    r"(?:was|were|is|are)\s+(?:quick|quicker|eager|careful|keen|"
    r"the\s+first))"
    rf"\s+to\s+(?:{word_trie(BASE_FORMS)})(?:\s+out)?\b"
)
# "came out a few minutes ago to tell supporters that", "took to Twitter to say that": a trip
# made to report (a short aside between; no comma, so "went home, to say nothing" is none)
_CAME_TO_SAY = (
    r"(?:came|comes|went|goes|took|takes|stepped|steps)\s+(?:[\w’'-]+\s+){1,6}?to\s+(?:"
    r"(?:say|argue|insist)\b|(?:warn|announce|explain|claim|complain|stress|declare|deny)(?=\s+that\b)"
    r"|tell\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?(?=\s+that\b))"
)
# "used her Mansion House speech to promise a ‘bonfire of red tape’": a platform used to speak
_USED_TO_SAY = (
    r"(?:used|uses)\s+(?:her|his|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:speech|address|keynote|"
    r"remarks|interview|appearance|statement|column|post|letter|platform|testimony)\s+to\s+"
    r"(?:promise|pledge|vow|warn|urge|call\s+for|attack|announce|argue|insist|say|defend|"
    r"criticise|criticize|accuse|praise|reject|dismiss)\b"
)
# "wouldn't say when", "did not mention …", "won't reveal …": what someone would not say
_NOT_SAID = (
    # not "did not respond|comment|reply": no answer is no report (indirect.py)
    "say mention reveal discuss disclose confirm deny specify explain".split()
)
_NOT_SAYING = (
    r"(?:(?:did|does|do|would|will|could|can)\s+not|(?:didn|doesn|don|wouldn|won|couldn|can)[’']t)"
    rf"\s+(?:{'|'.join(_NOT_SAID)}|rule\s+out)\b"
)
# "Yellen is likely to stress that": what someone is expected to say (not "is expected to pass")
_EXPECTED_TO_SAY = (
    r"(?:is|are|was|were)\s+(?:likely|expected|set|poised)\s+to\s+(?:say|stress|argue|announce|"
    r"tell|warn|urge|ask|endorse|propose|deny|claim|insist|repeat|reiterate|call\s+for)\b"
)
# "was quoted by a business weekly as saying the plant would close": a report of a report
_QUOTED_AS_SAYING = (
    r"(?:is|was|were|(?:has|had)\s+been)\s+(?:widely\s+|reportedly\s+)?quoted\s+"
    r"(?:(?:by|in)\s+(?:[\w’'&.-]+\s+){1,5}?)?as\s+saying"
)
# Built once: the tries serve several patterns below, and building one is start-up time.
VERB_TRIE = word_trie(VERB_WORDS)
# ("Arnley Town are showing every symptom of …" reports nothing: "showing" only before "that")
ING_TRIE = word_trie([verb for verb in STANCE_PROGRESSIVE if verb != "showing"])
# "issued a statement on Friday.", "issued a brief statement late on Tuesday, hours after …": a
# statement with no topic, only a time, says nothing a report could hold
_WHEN_WORDS = "|".join(
    [*WEEKDAYS, "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week"]
)
_NO_TOPIC = (
    r"(?!\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:statement|comment)s?"
    rf"(?:\s+(?:late|early|later))?(?:\s+(?:on|last|this|that))?(?:\s+(?:{_WHEN_WORDS}))?"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:[.;]|,\s+(?!saying|adding)|$))"
)
# "Trump has made several controversial statements on …", "delivered a tirade against …",
# "expressed particular concern over …": the statement is the content, the verb alone the cue.
_STATEMENT_VERBS = (
    r"(?:made|makes|making|delivered|delivers|issued|issues|expressed|expresses|expressing|"
    r"voiced|voices|voicing)"
)
_MADE_STATEMENTS = (
    rf"{_STATEMENT_VERBS}{_NO_TOPIC}"
    # "made the remarks at a rally": the remarks are no content; "made several remarks on …"
    # and "made the conservative case for …" are
    r"(?=\s+(?:(?:the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?case\b|"
    r"(?!(?:the|these|those|this|his|her|their|its)\s)(?:[\w’'-]+\s+){0,3}?"
    r"(?:statements?|comments?|remarks?|claims?|promises?|pledges?|appeals?|pitch|arguments?|"
    r"case|speech|address|tirade|rebuke|warning|threats?|accusations?|predictions?|concerns?|"
    r"support|opposition|doubts?|frustration|dismay|regret|outrage|skepticism|scepticism|"
    r"attacks?|pleas?|references?|charges?|allegations?|suggestions?|secret|vows?|denials?|"
    r"sound\s+bites?|messages?|"
    r"assertions?|criticism|jabs?|swipes?)\b))"
)
VERB = (
    r"(?:(?:points?|pointed)\s+out|called\s+(?:on|for)|raised\s+(?:questions|concerns|doubts)|"
    rf"{PHRASAL}|{_HELD_VIEW}|{_GOES_ON_TO}|{_CAME_TO_SAY}|{_USED_TO_SAY}|{_NOT_SAYING}|{_EXPECTED_TO_SAY}|"
    rf"{_QUOTED_AS_SAYING}|"
    r"states(?=\s+that\b)|"  # not "in all five states"
    r"accept(?:s|ed)(?=\s+that\b)|"  # a concession, not "accepted the award"
    r"bare[sd](?=\s+that\b)|"  # Philippine copy: "bared that", not "bared his teeth"
    # counsel's argument and an official's order: "Solicitor General X submitted that the
    # petitioners …", "The RDC has directed that all riders wear …" (not "submitted a bid")
    r"submit(?:s|ted)(?=\s+that\b)|direct(?:s|ed)(?=\s+that\b)|"
    r"resolve[sd](?=\s+that\b)|"  # a council: "The Council of Chiefs has resolved that"
    rf"{_MADE_STATEMENTS}|"
    # "is calling for", "has been quietly pushing for"
    + r"(?:is|are|was|were|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|(?:has|have|had)\s+been)\s+"
    + r"(?:(?:also|now|still|already|again|quietly|repeatedly|increasingly|publicly|privately|"
    + r"openly|loudly)\s+)?"
    + r"(?:calling\s+(?:on|for)|pushing\s+for|(?:talking|speaking)\s+about|"
    + rf"{_MADE_STATEMENTS}|showing(?=\s+that\b)|{ING_TRIE})|"
    + VERB_TRIE
    + r")"
)
VERB_SET = (
    frozenset(VERB_WORDS)
    | frozenset(STANCE_PROGRESSIVE)
    | PHRASAL_FIRST
    | HELD_VIEWS
    | {
        "called",
        "raised",
        "quick",
        "eager",
        "states",
        "accepts",
        "accepted",
        "pushing",
        "bared",
        "bares",
        "submitted",
        "submits",
        "directed",
        "directs",
        "resolved",
        "resolves",
        "apprised",  # "apprised the committee that …" (reported_patterns.LEAD_TELL)
        "apprises",
    }
    | {"view", "opinion"}  # "was of the view that"
    | LEAD_IN_WORDS
    | frozenset(_NOT_SAID)
    | frozenset(re.findall(r"[a-z]+", _STATEMENT_VERBS))
)

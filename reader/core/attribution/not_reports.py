"""Matches of the reported-speech patterns that report nothing: a passive participle ("accused
by the government of …"), a noun after "has" or a possessive, what someone is charged with, the
words before a colon and a quote, a verb whose object is only a pronoun, what someone did not
say, "it" that is no body, and a quotation someone called a thing ("called it “…”")."""

from __future__ import annotations

import re

from reader.core.attribution.anonymous_sources import ANONYMOUS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.tail_patterns import ADVERBIAL_OPENER
from reader.core.attribution.verbs import PLURAL_PRESENT, QUESTION_VERBS

_RAISED = frozenset("raised raises raise raising Raising".split())  # "Raising a point of order, X"
# what is raised that no one says: money, a price, a bar
_RAISED_SUM = compiled(
    r"(?:[$£€₹¥]|Sh\d|Rs\.?\s*\d|\d|(?:more\s+than|nearly|about|almost|over)\s+[$£€₹\d]"
    r"|(?:its|their|the|his|her)?\s*(?:fares?|prices?|rates?|taxes|fees|funds|money|cash|capital|"
    r"rents?|tariffs?|wages?|salaries|bar|limit|age|stakes|the\s+flag)\b"
    r"|an?\s+point\s+of\s+order\b)"  # a procedure, not what was said
)
_CELEBRATED = frozenset("celebrate celebrates celebrated celebrating".split())
_WHEN_OR_HOW = compiled(r"(?:after|as|with|at|in|on|by|during|following|before)\b")
_FOUND = frozenset("found find finds finding".split())
_A_WAY = compiled(r"(?:an?\s+(?:new\s+|cheap\s+|simple\s+)?(?:way|means|method|technique)\b)")
_NOTES_OF = tuple("release field patch liner lecture case show programme program".split())
_NAMING_VERBS = frozenset("dubbed nicknamed labelled labeled branded called".split())
_NAMES_NOW = _NAMING_VERBS | {"calls", "dubs", "termed"}
_NAMED_THING = compiled(r"(?:it|them|him|her|this|that|these|those)\s+[“\"‘']")
# (not "she calls it “…” and says Fernwell would rather …": a report follows)
# the speaker of an inverted cue in the middle of a sentence: "…, said Jane Smith[ of X],"
_NAME_AND_COMMA = compiled(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+(?:\s+(?:of|at)\s+[A-Z][^,“”\"]{1,60})?,\s"
)
_AND_SAYS = compiled(r"\band\s+(?:said|says|added|adds|argued|argues|insisted|insists)\b")


def quotes_what_it_names(verb: str, content: str) -> bool:
    """ "Kyle called it “long overdue” before the vote": the quotation is what she said, a
    partial quote with its own cue, not the start of a report."""
    named = verb in _NAMES_NOW and _NAMED_THING.match(content) is not None
    return named and _AND_SAYS.search(content) is None


def names_a_thing(match: re.Match[str]) -> bool:
    """ "raised fares by Sh20", "Raising a point of order, …": the verb's object is a thing or
    a circumstance, not anyone's words."""
    verb = match.groupdict().get("verb") or ""
    return any(verb in verbs and after.match(match["content"]) for verbs, after in _THING_AFTER)


def not_a_report(match: re.Match[str]) -> bool:
    """ "A professor, accused by the government of …" is passive; "it showed how …" has no
    source: only a body's own words ("it said", "it announced") make "it" one."""
    verb = match.groupdict().get("verb") or ""
    if quotes_what_it_names(verb, match["content"]):
        return True
    if (
        verb
        and match["content"].startswith("by ")
        and _PASSIVE_BEFORE.search(match.string, 0, match.start("verb"))
    ):
        return True
    if (
        verb in QUESTION_VERBS | _NAMING_VERBS
        and match.string[match.end("who") : match.start("verb")].strip() == ","
    ):
        # "Duarte, asked whether she would let them, smiled", "Anton Weiss, dubbed ‘the
        # Professor’ by the tabloids, was sacked": a passive participle
        return True
    if (
        verb
        and match.string[match.end("who") : match.start("verb")].strip() == ","
        and _NAME_AND_COMMA.match(match["content"]) is not None
    ):
        return True  # "Beauty, said Harriet Oakes-Mallory of …, was holding up": hers
    if verb in PLURAL_PRESENT and _PERFECT.search(match.string, 0, match.start("verb")):
        return True  # "Clinton has support from 52 percent": a noun after "has"
    if verb and match["who"].endswith(("’s", "'s")):
        return True  # "Thiel’s support for Trump was first noted": a noun after a possessive
    if verb == "notes" and match["who"].endswith(_NOTES_OF):
        return True  # "Brightfield’s model release notes run to 40 pages": a document's name
    if verb.endswith("ing") and _OWN_SUBJECT.search(
        match.string, match.end("who"), match.start("verb")
    ):
        return True  # "The mayor listened as Reid addressed the chamber, warning": Reid's
    if verb in _SPOKE and match["content"].startswith(_NOTHING):
        # ("the court said nothing in the recording statute required a deed to be typed": a
        # clause whose subject is "nothing")
        return _NOTHING_CLAUSE.match(match["content"]) is None  # "has said nothing in public"
    if verb in _CHARGED and match["content"].startswith(("with ", "of ")):
        return True  # "A councilman charged with taking bribes …": what he is charged with
    if names_a_thing(match):
        return True  # "raised fares by Sh20", "showed visitors the enclosures": no words
    if verb and ANONYMOUS.match(match.string, match.start("verb")):
        return True  # "one in Whitby, who asked not to be named, said …": no report of "asked"
    if _COLON_THEN_QUOTE.match(match["content"]):
        return True  # "wrote on X: ‘If the council …’": the words before a colon and a quote
    if any(only.fullmatch(match["content"]) for only in (_WHEN_ONLY, _WHERE_ONLY)):
        return True  # "posted on X an hour after the interview:", "told a news conference at
        # the council yesterday: “…”" (when or where, then the quote)
    if _OBJECT_ONLY.match(match["content"]):
        return True  # "She repeated it on Wednesday", "has been saying some version of that"
    if (
        verb
        and "," in match.string[match.end("verb") : match.start("content")]
        and _ADVERBIAL.match(match["content"])
    ):
        return True  # "…, Ollerton insisted last night, despite mounting debts": the report
        # came before the cue
    if (
        verb
        and match.start("who") > 0
        and "," in match.string[match.end("verb") : match.start("content")]
        and _APPEAL.match(match["content"])
    ):
        return True  # "… for three weeks, Dr. X said on Wednesday, urging patients to …": the
        # report came before the cue, and the appeal is no report of "said"
    told = verb in ("told", "tells", "addressed")
    if told and (
        _AUDIENCE_ONLY.fullmatch(match["content"])
        or _NAME_ONLY.fullmatch(match["content"])  # "the Washington Post in a statement"
        or _PHRASE_TO_COLON.match(match["content"])
    ):
        return True  # "…, Hortensia Villanueva, told the city council on Tuesday.": the report
        # came before the cue; the words after it are whom she told
    if verb.startswith("point") and match["content"].startswith("at "):
        return True  # "Walter Birch points at the cracked bed with his stick": a gesture
    if verb.rsplit(" ", 1)[-1].startswith(_ANSWER_STEMS) and _ANSWERED_WHOM.match(match["content"]):
        return True  # "He was responding to MP Eleni Panayiotou, who had accused …": whom
    if verb in _ANSWERS and _NEGATION.search(match.string[: match.start("verb")]):
        return True  # "The campaign did not respond to emailed questions about …"
    if (
        verb
        and match.start("who") > match.start("content")
        and _NEGATION.search(match.string[: match.start("verb")])
    ):
        return True  # "…, a figure Quillmont does not disclose": what it did not say
    return match["who"].lower() == "it" and verb.split()[0] not in _IT_SAYS


_ANSWER_STEMS = ("respond", "repl", "react")
# (or with what: "Lasko responded with a blizzard of promotions")
_ANSWERED_WHOM = compiled(
    r"with\s+(?:an?|more|new)\s+(?![a-z]+\s+(?:saying|that)\b)"
    # ("responded to Trump’s request that …", "to a message from X, reporting that …" report)
    r"|to\s+(?:(?:the|a|an|his|her|their)\s+[a-z]+(?:\s+[a-z]+)?,?\s+)?"
    r"(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w’'-]*(?<![’']s)(?:\s*\([^()]{1,40}\))?,\s+who\b"
)
_COLON_THEN_QUOTE = compiled(r"[^:“”\"‘’]{0,60}:\s*[“\"‘']")
# "told the monthly meeting| of the municipal district:": the rest of whom he told
_PHRASE_TO_COLON = compiled(
    r"(?:of\s[^:;“”\"‘’]{1,80}(?::\s*)?|(?:at|in|on)\s[^:;“”\"‘’]{1,80}:\s*)$"
)
_OWN_SUBJECT = compiled(
    r"\b(?:as|while|when)\s+[A-Z]"
)  # not "sued after Ohio eliminated …, saying"
# After the cue's own time and a comma, a phrase that is no clause: "said on Friday, citing …"
_ADVERBIAL = compiled(ADVERBIAL_OPENER)
_APPEAL = compiled(r"(?:urging|appealing|imploring|calling\s+(?:on|for))\b")
_SPOKE = frozenset("said says say told tells wrote writes added adds".split())
_NOTHING = ("nothing ", "nothing.", "little ", "not a word")
_NOTHING_CLAUSE = compiled(
    r"nothing\s+(?:in|about|on|under)\s+[^,.;:]{1,80}?\s+(?:required|requires|allowed|allows|"
    r"prevented|prevents|permitted|permits|barred|bars|was|is|had|has|would|could|gave|gives)\b"
    # "said that nothing had been decided": "nothing" the subject of a passive
    r"|nothing\s+(?:had|has|have|was|is|would|will)\s+(?:yet\s+)?been\s+[a-z]+ed\b"
)
_CHARGED = frozenset("charged accused indicted convicted suspected".split())
_WHEN_ONLY = compiled(
    r"(?:an?|one|two|three|four|five|several|a\s+few|\d+)\s+(?:minute|hour|day|week|month|year)s?"
    r"\s+(?:after|before|later|earlier|ago)\b[^,;.:]*[:.]?\s*"
)


# a place and a time, nothing more: "at the council yesterday"
_WHERE_ONLY = compiled(
    r"(?:at|in|outside|inside)\s+(?:the|a|an|his|her|their|its)\s+[a-z][\w’'-]*"
    r"(?:\s+[a-z][\w’'-]*)?(?:\s+(?:yesterday|today|tonight|on\s+[A-Z][a-z]+day"
    r"|this\s+(?:morning|afternoon|evening|week)))?"
    r"[:.]?\s*"
)


_ANSWERS = frozenset("respond responded comment commented reply replied answer answered".split())
# right before the verb: "did not respond", "has never commented", "didn't reply"
_NEGATION = compiled(r"(?:\b(?:not|never)\s+(?:\w+\s+)?|n[’']t\s+)$")
# What the verb says is only a pronoun for earlier words: the sentence reports no content.
_OBJECT_ONLY = compiled(
    r"(?:(?:it|them|this|that)\s+(?:on|in|at|to|again|during|while|when|after|before|for|since|"
    r"over|with|from|last|every|often|many|twice|once)\b|(?:some|a|one)\s+version\s+of\b"
    r"|(?:it|this)\s*[,;.]|that\s*[;.])"  # "she says it, but she is only half joking"
)
# An audience and a time, nothing more (but what she did then): "the city council on Tuesday.",
# "reporters."
_AUDIENCE_ONLY = compiled(
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:[A-Za-z][\w’'-]*\s+){0,4}?"
    r"(?:council|committee|board|court|jury|jurors|reporters|journalists|parliament|assembly|"
    r"senate|house|hearing|meeting|conference|audience|crowd|residents|members|staff|students|"
    r"briefing|gathering|forum|"  # "told a media briefing in Pretoria: “…”"
    r"supporters|listeners|viewers|readers|newspaper|paper|agency|station|broadcaster|"
    # "…, the chair of the audit committee, Howard Pemberton, told trustees at … on Tuesday."
    r"trustees|governors|shareholders|investors|delegates|councillors|councilors|lawmakers|"
    r"legislators|inquiry|tribunal|panel|congregation|parents|employees|colleagues|donors)"
    r"(?:\s+of\s+the\s+[^,;:“”\"]{1,40})?"  # "the monthly meeting of the municipal district:"
    r"(?:\s+(?:on|in|at|last|this|during|after|before)\s+[^,;:“”\"]{1,40})?"
    # ("… told the regional security council on Friday, presenting a log of incidents.")
    rf"(?:,\s+{ADVERBIAL_OPENER}[^“”\"]*|\s*[.!?:]?)\s*"
)
# A name told, and where or how, nothing more: "the Washington Post in a written statement"
_NAME_ONLY = compiled(
    r"(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*"
    r"(?:\s+(?:in|on|at|after|during)\s+(?:(?!that\b)[^,;:“”\"]){1,40})?\s*[.!?:]?\s*"
)
_GIVEN_THING = compiled(r"(?:it|him|her|them|me|us)\s+(?:a|an)\s")
_SHOW = frozenset("show shows showed shown showing".split())
# whom, then what: "visitors the new enclosures", "reporters around the site", "me a photograph"
_SHOWN_TO = compiled(
    r"(?:me|us|him|her|them|visitors|reporters|journalists|guests|tourists|customers|students|"
    r"inspectors|investigators|officials|members|delegates)\s+"
    r"(?:the|a|an|his|her|their|its|our|my|some|around|round)\b"
)
_PRESSED = frozenset("pressed presses questioned quizzed challenged grilled".split())
_PRESSED_ON = compiled(
    r"(?:him|her|them|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:on|over|about)\b"
)
_REFLEXIVE = compiled(r"(?:themselves|himself|herself|itself)\b")
# A verb, then what follows it that is a thing or a circumstance, not anyone's words
# what a writer writes that is no report: "writes the Money Matters column every Sunday"
_A_COLUMN = compiled(
    r"(?:the|a|an|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?(?:column|blog|newsletter)s?\b(?![’'])"
)
_THING_AFTER = (
    (_RAISED, _RAISED_SUM),  # "Matatu operators have raised fares by Sh20", "raised $57 million"
    (_CELEBRATED, _WHEN_OR_HOW),  # "Lena Hollis celebrates after saving the penalty": a caption
    (_FOUND, _A_WAY),  # "Chemists have found a way to turn bottles into …": a finding
    (frozenset(("wrote", "writes", "sent")), _GIVEN_THING),  # "wrote it a cheque": a thing given
    (_SHOW, _SHOWN_TO),  # "showed visitors the new enclosures": a thing shown to someone
    (_PRESSED, _PRESSED_ON),  # "pressed Ms Okafor on deaths": whom she questioned, and on what
    (frozenset(("found", "find", "finds")), _REFLEXIVE),  # "have found themselves on opposite …"
    (frozenset(("wrote", "writes", "write")), _A_COLUMN),  # "X writes the Money Matters column"
)
_PERFECT = compiled(r"\b(?:has|have|had)\s+$")
_PASSIVE_BEFORE = compiled(r"(?:,|\b(?:was|were|been|being|is|are|be))\s+$")
_IT_SAYS = frozenset(
    "said says added adds stated states announced announces told tells wrote writes noted notes "
    "reported reports warned warns argued argues claimed claims confirmed confirms denied denies "
    "insisted insists explained explains acknowledged acknowledges estimated estimates accused "
    "accuses urged urges forecast forecasts predicted predicts projected projects "
    # an inquiry's or a report's findings: "It concluded that fatigue was a factor"
    "concluded concludes found finds recommended recommends".split()
)

"""Cues in the sentence next to a quote that has none of its own: `Bystrom agreed. “…”` before
it, `“…” That, at least, is how Mara Voss sees it.` after it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.attribution import cues
from reader.core.attribution.leads import COLON_SUBJECT, lead_without_verb, subject_of
from reader.core.attribution.next_sentences import NEXT_SENTENCE, ROLE_BEFORE
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import APPOSITIVE, Cue, cue_before, valid_speaker

_M = cues.MENTION
_PLEA = compiled(r"\b(?:pleaded|pleads|pled|found)\s+(?:not\s+)?guilty\b")  # no words said
# `“…missing.” Trump said.` A sentence that is nothing but the cue, right after the quote.
_CUE_SENTENCE = compiled(
    # (not "So says Aoife Brennock, …": NEXT_SENTENCE's inverted cue)
    rf"^\s*(?!(?:So|Thus)\s)(?P<who>{_M}){APPOSITIVE}\s+{cues.ADVERB}(?P<verb>said|says|added|adds|explained|"
    # not "The developer said in a statement that it …": a report of its own
    r"told|wrote|writes|asked|replied|continued|recalled|tweeted|posted)\b(?![^“”\"]*\bthat\s)"
    # nor "Clay Deavers, said his client would appeal": a report without its "that"
    # ("… said 11 mayors were under investigation")
    r"(?!(?<!told)(?<!asked)\s+(?:(?:his|her|their|its|the|a|an|he|she|they|it|we|I|there)\s|\d))"
    # nor "Her father, at the helm, said nothing but grinned": no words
    r"(?!\s+(?:nothing|little|not\s+a\s+word)\b)"
    # nor "Lt. Gov. Peter Haines said shelters had been opened": a clause with its own verb
    r"(?![^“”\",]{0,40}\b(?:had|has|have|was|were|is|are|would|will|could|can|should|must)\s)"
    # a participle's phrase may follow ("… Rep. Tobias Wrenfield wrote on X on Tuesday, responding
    # to an invitation his challenger, Leah Dunmore, had accepted"), not a report's content
    r"[^“”\"]{0,60}(?:,\s+[a-z]+ing\b[^“”\"]{0,140})?$"
)


def is_signature(sentence: str) -> bool:
    """ "Gareth Pellham, chief executive": a name and a role, and nothing else."""
    line = _NAME_LINE.match(sentence)
    return line is not None and line["who"] is not None and "," in sentence


# "— Bernie Sanders." / "- Sanders, the Vermont senator": the quote's signature on a line of its own
_NAME_LINE = compiled(
    # ("— Joel Ainsworth (@jainsworth9), March 4": a post's signature, its handle and date)
    # (not "— Florida, Texas and Georgia — in a memo …": a dash goes on with the sentence)
    rf"^\s*(?:[-–—]\s*)?(?P<who>{cues.PERSON})(?:\s*\(@[\w.]{{1,30}}\))?"
    r"(?:,\s+[^,.“”\"\n—–]{1,100})?\.?\s*$"
    # "— Priya Nandakumar, chief executive, Velstra Foods": after a dash, a longer signature
    # ("— Sen. Rowena Castile (D-Ill.), describing the talks to reporters on Tuesday.")
    rf"|^\s*[–—]\s*(?P<signed>{cues.PERSON})(?:\s*\([^()]{{1,20}}\))?"
    r"(?:(?:,\s+[^,.“”\"\n]{1,100}){2,3}|,\s+[a-z]+ing\s[^“”\"\n]{1,200})\.?\s*$"
)
# A short sentence about what someone did, right before their words: an action beat.
_BEAT = compiled(
    # "Asked whether it was a lottery, Etchells shook his head.": an opening clause first
    r"^\s*(?:(?:Then|And|But|Finally|Later)\s+|(?:Asked|Pressed|Told)\s[^,“”\"]{3,80},\s+"
    # "In an interview with the Tidewater Post-Courier, Mr. Varney was unrepentant."
    r"|In\s+an?\s+(?:interview|phone\s+call|call|email|conversation)\b[^,“”\"]{0,80},\s+"
    # "When I ask whether she has thought of gas, as most potters did, she shrugs."
    r"|When\s+(?:I|we)\s+(?:ask|asked|suggest|suggested|mention|mentioned)\s[^“”\"]{3,160}?,\s+"
    # "The Nordic bloc's trade commissioner, Helga Marstrand, was unimpressed by …": her role
    r"|(?P<role>The\s+[^,“”\"]{3,60},\s+)"
    # "Cedar Point Clippers left fielder Trey Huddleston was blunt …": a role before the name
    rf"|{ROLE_BEFORE})?"
    # ("The minister was unapologetic.": a role the article gave someone)
    rf"(?P<who>{cues.PERSON}|[Hh]e|[Ss]he|[Tt]he\s+{cues.ROLE_KEY_WORDS})"
    rf"(?(role),|(?:,[^,“”\"]{{1,80}},)?)\s+"
    r"(?:(?P<verb>[a-z]+ed|turned|thought|stood|sat|shook|looked|smiled|laughed|paused|shrugged|"
    # ("Mensah-Bonsu struck a conciliatory tone when he addressed staff on Monday.")
    r"nodded|sighed|leaned|grinned|frowned|stopped|said|told|wrote|spoke|struck|sounded"
    # what a profile's subject has been doing: "Ella Whitcombe, a vector ecologist at …, has
    # been collecting ticks from the same hillside every month for fifteen years."
    r"|has\s+been\s+(?!missing|facing|held|detained)[a-z]{3,}ing)\b"
    r"[^“”\"]{0,70}"
    # a mood, in a word: "Strand is unbothered.", "Mr. Varney was unrepentant.", "Cllr X was in
    # no doubt about where the blame lay." (not "was elected": an "-ed" word only with "un-")
    r"|(?P<mood>is|was|remains|remained|seemed|seems|sounded|sounds)\s+"
    r"(?:(?:more|less|far|rather|quite|very|still|just\s+as|equally|typically|characteristically)\s+)?"
    r"(?:in\s+no\s+doubt|under\s+no\s+illusions?|un[a-z]+|(?![a-z]+ed\b)"
    r"(?!(?:a|an|the|not|also|one|there|here|now|home|back|gone|out)\b)"
    r"[a-z]{3,})\b"
    # and what moved them: "Helga Marstrand was unimpressed by Valdoria's offer to …"
    # ("… was blunt when asked about the team’s 2-9 road trip.")
    r"(?:\s+(?:by|with|about|over|at|when\s+asked)\s[^“”\"]{0,140})?"
    # a profile's present tense, a short sentence: "She pauses.", "Ardery shrugs, then smiles."
    # (a closed list: "Trump supporters cheered", "Kessler aides disagree" are nouns before a verb)
    r"|(?P<now>pauses|shrugs|laughs|smiles|nods|sighs|grins|frowns|leans|turns|looks|stops|"
    r"stands|sits|waits|points|gestures|hesitates|winces|chuckles|beams|blinks|considers|"
    r"thinks|muses|groans|snorts|scoffs|demurs|relents|brightens|softens|grimaces)\b"
    r"[^“”\"]{0,20})[.!]\s*$"
)
# "I asked him which walk he would recommend. His answer took some time.": his words follow
_HIS_ANSWER = compiled(
    r"^\s*(?P<whose>His|Her)\s+(?:answer|reply|response|explanation)\s+(?:took|came|was|is)\b"
    r"[^“”\"]{0,60}[.:]\s*$"
)
# "… and when I asked her why she started it, she talked for a while.": the last clause's answer
_TALKED_LAST = compiled(
    r"(?:^|,\s+)(?P<who>[Hh]e|[Ss]he)\s+(?P<verb>talked|answered|replied|explained|obliged)\b"
    r"[^,“”\"]{0,40}[.:]\s*$"
)
_DOUBLE_MARKS = ("“", "”", '"', "''")  # a sentence holding a quote is not a cue for the next
_SINGLE_OPENING = compiled(r"(?:^|\s)['‘][A-Z]")  # nor one that opens a single-quoted one


def cue_in_previous(sentence: str) -> Cue | None:
    """`Bystrom agreed.` / `Her verdict was blunt:` right before a quote that has no cue."""
    if any(mark in sentence for mark in _DOUBLE_MARKS) or len(sentence.split()) > 60:
        return None
    if _SINGLE_OPENING.search(sentence):
        return None  # "'I knew before they spoke,' wrote Janet Hamlyn.": not "they spoke"
    cue = cue_before(sentence.rstrip(" .:")) if not _PLEA.search(sentence) else None
    if cue is None and (answer := _HIS_ANSWER.match(sentence)):  # "His answer took some time."
        return Cue("he" if answer["whose"] == "His" else "she", "answered", "beat")
    if cue is None and (talked := _TALKED_LAST.search(sentence)):  # "…, she talked for a while."
        return Cue(talked["who"], talked["verb"], "beat")
    if cue is None and (beat := _BEAT.match(sentence)) and valid_speaker(beat["who"]):
        # "Hollis stopped forking. “She'll take it.”", "She pauses. “…”"
        return Cue(beat["who"], beat["verb"] or beat["now"] or beat["mood"], "beat")
    # a sentence about its subject ending in a colon introduces the words after it, as the
    # same sentence's lead would: "She remembers it this way:", "Mr. Okafor put it like this:"
    intro = COLON_SUBJECT.match(sentence) if cue is None else None
    if intro is not None and valid_speaker(subject_of(intro)):
        return Cue(subject_of(intro), intro["verb"], "beat")
    if cue is None and sentence.rstrip().endswith(":") and ", and " in sentence:
        # "… crowded into the hall, and the university's president, X, had a blunt message:"
        later = lead_without_verb(sentence.rstrip())
        if later is not None and valid_speaker(later[0]):
            return Cue(later[0], later[1], "beat")
    if cue is None and _HAD_A_MESSAGE.search(sentence):
        # "… General Samuel Ignacio had a simple message. ¶ “Serve the people …”": as if a colon
        later = lead_without_verb(sentence.rstrip(" .") + ":")
        if later is not None and later[2] == "colon-subject" and valid_speaker(later[0]):
            return Cue(later[0], later[1], "beat")
    asked = _WAS_ASKED.search(sentence) if cue is None and "was asked" in sentence else None
    if asked is not None and valid_speaker(asked["who"]):
        # "…, X was asked whether he feared for his job. ¶ “I do not think about it.”": his answer
        return Cue(asked["who"], "answered", "beat")
    if cue is None and (framed := _FOR_SOMEONE.match(sentence)):
        # "For Lorna Pettigrew, whose son was killed …, the report brought little comfort."
        return Cue(framed["who"], "felt", "beat")
    return Cue(cue.who, cue.verb, "previous-sentence", cue.venue, cue.description) if cue else None


# a sentence framed by one person's experience: "For X, [whose …,] <what it was to them>."
_FOR_SOMEONE = compiled(
    rf"^\s*For\s+(?P<who>{cues.PERSON}),\s+(?:(?:whose|who)\s[^“”\"]{{1,160}}?,\s+)?"
    r"[^“”\"]{1,160}[.!]\s*$"
)
_WAS_ASKED = compiled(
    rf"(?P<who>{cues.PERSON})(?:,[^,“”\"]{{1,100}},)?\s+was\s+asked\s+"
    r"(?:whether|if|about|what|how|why|when)\b[^“”\"]*\.\s*$"
)
# ("… opened the session with a pointed message for the ministry.": "with" one too)
_HAD_A_MESSAGE = compiled(
    r"\b(?:had|has|gave|offered|with)\s+(?:a|an|one|this)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:message|warning|piece\s+of\s+advice|plea)(?:\s+for\s+[^.“”\"]{1,60})?\.\s*$"
)


# each of NEXT_SENTENCE's alternatives names its speaker "who…" and its verb, if any, "verb…"
# (one alternative matches, so one of each is set): read from the pattern, not kept by hand
_WHO_GROUPS = tuple(g for g in NEXT_SENTENCE.groupindex if re.fullmatch(r"who\d*", g))
_VERB_GROUPS = tuple(g for g in NEXT_SENTENCE.groupindex if re.fullmatch(r"verb\d*", g))


_TITLED_NAME_AFTER = compiled(rf",\s+(?:{cues.TITLE})(?P<name>{cues.PERSON}),")


def name_line_cue(sentence: str) -> Cue | None:
    """ "— Bernie Sanders.": a line that is nothing but a name signs the quote before it."""
    line = _NAME_LINE.match(sentence)
    if line and valid_speaker(who := line["who"] or line["signed"]):
        return Cue(who, "said", "name-line")
    return None


def cue_in_next(sentence: str) -> Cue | None:
    """`“…” That, at least, is how Mara Voss sees it.` / `“…missing.” Trump said.` / a line
    that is nothing but a name (`— Bernie Sanders.`), as fact-checks and pull quotes sign them."""
    line = name_line_cue(sentence)
    if line is not None:
        return line
    match = _CUE_SENTENCE.match(sentence) or _next_sentence(sentence)
    if match is None:
        return None
    groups = match.groupdict()
    key = next((k for k in _WHO_GROUPS if groups.get(k)), None)
    who = groups[key] if key else None
    apposed = _TITLED_NAME_AFTER.match(sentence, match.end(key)) if key else None
    if who and apposed and who.lower().startswith("the "):
        who = apposed["name"]  # "That was how the Mtwara Regional Commissioner, Colonel X, put it"
    if who and who.endswith(("’s", "'s")) and (groups.get("who4") or _own_speech(match)):
        who = who[:-2]  # "The words were Brenda Ashcroft’s.", "… of X's acceptance speech"
    verb = next((groups[k] for k in _VERB_GROUPS if groups.get(k)), "spoke")
    if not who or not verb or not valid_speaker(who):
        return None
    return Cue(who, verb, "next-sentence")


# "Those were the first words of Rosalind Mbeki's acceptance speech": her speech's
_SPEECH_AFTER = compiled(
    r"\s+(?:[a-z-]+\s+)?(?:speech|address|remarks|statement|interview|testimony|tribute|eulogy)\b"
)


def _own_speech(match: re.Match[str]) -> bool:
    return bool(match["who7"]) and _SPEECH_AFTER.match(match.string, match.end("who7")) is not None


def _next_sentence(sentence: str) -> re.Match[str] | None:
    """`NEXT_SENTENCE.search(sentence)`: all but its first alternative open with `^`, so past the
    first character only "how …"/"what …" can match, and a sentence without them is not read."""
    match = NEXT_SENTENCE.match(sentence)
    if match is None and ("how" in sentence or "what" in sentence):
        match = NEXT_SENTENCE.search(sentence, 1)
    return match


# "“…” ¶ Jonah Van der Berg-Mokoena has been guiding visitors across the salt pan for eleven
# years": a feature that opens on a quote and then introduces its speaker by full name (with
# an age and a clause between: "Ms Priya Nathan, 31, who moved into …, laughed")
_INTRODUCED = compiled(  # ("Edgeworthstown beef farmer Ruadhán Ó Duinnín was speaking at …")
    rf"^\s*(?:{ROLE_BEFORE})??(?P<who>{cues.PERSON})(?:(?:,[^,“”\"]{{1,120}}){{1,2}},)?\s+"
    # ("Eun-ji Choi, 27, a nurse who …, had come with a placard": any word after "had")
    r"(?:(?:has|had|is|was)\s+(?P<done>[a-z]+)|(?P<verb>[a-z]+(?:s|ed|ing)))\b"
)


def introduced_after_quote(
    after: str, lead: str, trailer: str, earlier: Iterable[str]
) -> Cue | None:
    """ "“…” ¶ Jonah Van der Berg-Mokoena has been guiding visitors …", "'…' Bongani Mofokeng, a
    security guard, was among the first on the train": a quote that is whole sentences, then
    someone named for the first time opens the next sentence; the quote brought them in (not
    "“Opening Belle,” which …", a title inside a sentence, nor "Allouche Gallery signed …")."""
    if lead.strip() or trailer.strip(" .,;:!?"):
        return None
    match = _INTRODUCED.match(after)
    if match is None:
        return None
    who = match["who"]
    if len(who.split()) < 2 or _ORG_HEAD_END.search(who) or not valid_speaker(who):
        return None
    surname = who.split()[-1]
    if any(surname in sentence for sentence in earlier):
        return None  # named before: the quote did not bring them in
    return Cue(who, match["verb"] or match["done"], "opening-quote")


_ORG_HEAD_END = compiled(rf"\b{cues.ORG_HEAD}$")

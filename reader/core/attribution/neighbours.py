"""Cues in the sentence next to a quote that has none of its own: `Bystrom agreed. “…”` before
it, `“…” That, at least, is how Mara Voss sees it.` after it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.attribution import cues
from reader.core.attribution.leads import COLON_SUBJECT, lead_without_verb, subject_of
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.sieves import APPOSITIVE, Cue, cue_before, valid_speaker

_M = cues.MENTION
# `“…missing.” Trump said.` A sentence that is nothing but the cue, right after the quote.
_CUE_SENTENCE = compiled(
    rf"^\s*(?P<who>{_M}){APPOSITIVE}\s+{cues.ADVERB}(?P<verb>said|says|added|adds|explained|"
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
# a lowercase word of a role before a name ("transport planner"), not "as she sentenced"
_ROLE_WORD = (
    r"(?!(?:as|when|while|who|and|after|before|he|she|they|it|of|in|on|at|to|for|with|by|the|"
    r"an?|was|is|had|has|said|says)\b)[a-z][\w-]*"
)
_NEXT_SENTENCE = compiled(
    rf"\b(?:how|what)\s+(?P<who>{_M})(?:,[^,“”\"]{{1,80}}){{0,3}},?\s+(?P<verb>sees|saw|puts|put|"
    r"sums\s+up|summed\s+up|"  # "That is how Tomasz Wierzba, …, sums up the first season"
    r"describes|described|calls|"
    r"called|explains|explained|remembers|remembered|recalls|recalled|tells|told)\s+"
    # "That is how Teodora Lindqvist, who skippered a trawler, describes the months after …",
    # "That was how Ruth Calloway, a former student, described Dr. Pike"
    r"(?:(?:it|the|those|that|her|his|their|him|them)\b|[A-Z])"
    # "“…” That was how Cllr Pennock, the council leader, opened the debate."
    rf"|^\s*(?:That|This)\s+(?:was|is)\s+how\s+(?P<who6>{_M})(?:,[^,“”\"]{{1,80}}){{0,2}},?\s+"
    r"(?P<verb6>opened|began|started|ended|closed|summed\s+up|greeted|answered)\b"
    # "“…” Crandall spoke those words from the witness stand": the words are named as hers.
    # "“…” Brannigan has been saying some version of that since 2021": hers too ("has said").
    # "“…” Halvard Rønning — who has farmed here for 31 years — said this without a trace …"
    rf"|^\s*(?P<who2>{_M})(?:\s*[—–][^—–“”\"]{{1,200}}[—–]|,[^,“”\"]{{1,120}},)?\s+"
    r"(?P<verb2>(?:(?:has|had|have)\s+(?:been\s+)?|keeps\s+|kept\s+)?"
    r"(?:spoke|said|wrote|uttered|posted|tweeted|repeated|saying|repeating|telling\s+people))"
    r"\s+(?:(?:some|a|one)\s+version\s+of\s+|variations\s+on\s+)?"
    r"(?:(?:those|these|the)\s+words\b|(?:that|this|it)(?=\s+(?:to|on|in|at|as|while|when|"
    r"during|from|after|before|last|one|over|since|for|ever|again|often|many|with|without)\b"
    r"|\s*[,.;]))"
    # "“…” The speaker was Teodor Blaskovich, …" / "The question came from …" / "That was …"
    # "“…” ¶ The advice comes from Wendell Okafor-Smythe, a retired county clerk"
    # "Those words, scrawled on a whiteboard in the dressing room, belong to Patricia …"
    # ("The angry words came from Smt Kamla Bairwa": an adjective may come first)
    rf"|^\s*(?:The|That|This|Those|These)\s+(?:[a-z]+\s+)?(?:speaker|caller|voice|words?|line|"
    r"question|answer|remark|comment|plea|reply|verdict|view|warning|advice|message|quip|boast|"
    r"assessment|forecast|diagnosis|"
    r"complaint|criticism|rebuke|appeal|call|claim|response|retort|accusation|allegation|"
    r"admission|prediction)(?:,[^,“”\"]{1,120},)?\s+"
    # ("The warning came not from a consumer group but from Garrett Lowe, …")
    r"(?:was|were|is|are|(?:came|comes)\s+(?:not\s+from\s+[^,“”\"]{1,60}?\s+but\s+)?from|"
    r"belonged\s+to|belongs?\s+to|"
    # "The words were spoken on Tuesday by the Chairman of the …, Mr. Usman Adamu Gombe,"
    r"(?:was|were)\s+(?:spoken|uttered|delivered)\s+(?:[^,“”\"]{0,40}?\s+)?by)\s+"
    r"(?:(?<=by\s)the\s+[^,“”\"]{1,100},\s+)?"
    # "The words were Brenda Ashcroft’s." / "… were those of Brenda Ashcroft"; "The warning came
    # from paediatrician Dr. Ramona Sealy-Greene": a trade before the name
    rf"(?:those\s+of\s+)?(?:{_ROLE_WORD}\s+(?=[A-Z]))?(?P<who4>{cues.PERSON})(?=[\s,.;]|$)"
    # "“Reckless.” Those were among the words Senator Gideon Marsh of Florida used …"
    r"|^\s*(?:Those|These)\s+(?:were|are)\s+(?:among\s+)?(?:the|some\s+of\s+the)\s+words\s+"
    rf"(?P<who16>{cues.PERSON})(?:\s+of\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?)?\s+(?:used|chose)\b"
    rf"|^\s*(?:(?:That|This)\s+(?:was|is)|That['’]s)\s+(?P<who5>{cues.PERSON})(?=\s*[,.;]|\s+(?:who|of)\b)"
    # "“…” So said Marjorie Pell, chief judge at the show, after …"; "Thus said Lourdes …"
    rf"|^\s*(?:So|Thus)\s+(?P<verb8>said|says|wrote|writes|insisted|insists|argued|argues|"
    r"declared|declares|claimed|claims|warned|warns)\s+"
    rf"(?P<who8>{_M})(?=[\s,.;]|$)"
    # "“…” ¶ That is the memory that drove Lowri Pritchard-Evans, now 58, to write her first play"
    r"|^\s*(?:That|This)\s+(?:is|was)\s+the\s+(?:[a-z]+\s+)?(?:memory|story|thought|image|idea|"
    r"experience|feeling|conviction)\s+that\s+(?:drove|drives|led|leads|inspired|inspires|prompted|"
    rf"pushed|shaped|haunts|haunted)\s+(?P<who17>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” Those were the words of Oluwaseun Adebayo-Cole, chairman of …"
    # ("That was the blunt message from …": an adjective may come first)
    r"|^\s*(?:(?:Those|These|That|This)\s+(?:were|are|was|is)|That['’]s)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:words?|verdict|view|opinion|conclusion|"
    r"plea|voice|answer|reply|philosophy|advice|motto|creed|assessment|warning|message|reaction|"
    r"position|stance|argument|case|pledge|promise|estimate|forecast|reality)\s+"
    # "That was the message Thursday from Patrice Delacroix, chief executive of …", "the stark
    # estimate on Monday from …"; "That is the reality for Thabiso Moloi, 23, …"
    r"(?:\S+\s+){0,2}?(?:of|from|(?<=reality\s)for)\s+"
    # "That was the verdict of the shadow chancellor, Imogen Radley, within minutes …", "the
    # position of the National Chairman of the Rice Growers and Millers Forum, Dr Emeka Udeh"
    r"(?:the\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}|[A-Z][^,“”\"]{1,80}),\s+"
    # ("… of the Federal University of Technology, Ugbenu, Prof. Ngozi Alabi-Eze": its place)
    rf"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}},\s+(?={cues.TITLE}))?)?"
    # "… of transport planner Yusuf Adeyemi", "… of Harbour Hawks coach Rawiri Tane", "… of
    # 78-year-old Iris McLean"
    rf"(?:(?:[A-Z][\w’'-]*\s+){{0,3}}{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,2}}\s+(?=[A-Z])"
    r"|\d{1,3}-year-old\s+(?=[A-Z]))?"
    rf"(?P<who7>{cues.PERSON})(?=[\s,.;]|$)"
    # "“…” Jess Harcourt-Lowe, who runs three bars in Bristow, reckons she has seen …": a whole
    # name that opens the next paragraph and holds a view is the one the quote brought in
    rf"|^\s*(?=[A-Z][\w’'-]+\s+[A-Z])(?P<who9>{cues.PERSON})(?:,[^,“”\"]{{1,160}},)?\s+"
    r"(?P<verb9>reckons|says|thinks|believes|insists|argues|admits|maintains|agrees)\b"
    # "“…” That was how her former pupil, now the school’s principal, Eoin Madigan, remembered
    # her": the one who remembered or put it so
    # (descriptions only before the name: not "how Renata Oyelaran, 58, …, Ohio, described")
    r"|^\s*(?:That|This)\s+(?:was|is)\s+how\s+(?:[a-z][^,.;“”\"]{0,59},\s+){0,3}"
    rf"(?P<who10>{cues.PERSON}),?\s+(?P<verb10>remembered|remembers|described|describes|put|puts|"
    r"saw|sees|summed)\b"
    # "“…” That was Jarrod Fenwick’s honest answer when asked …": the words named as his
    r"|^\s*(?:(?:That|This)\s+(?:was|is)|That['’]s)\s+"
    rf"(?P<who11>{cues.PERSON})['’]s?\s+(?:[a-z]+\s+){{0,2}}"
    r"(?:answer|verdict|reply|response|assessment|view|message|warning|advice|plea)\b"
    # "“…” Councillor Tomás Gilsenan was speaking at Monday’s meeting …": the speaker of the words
    rf"|^\s*(?P<who12>{cues.PERSON})(?:,[^,“”\"]{{1,120}},)?\s+(?:was|is|had\s+been)\s+"
    r"(?:speaking|talking)\s+(?:at|to|on|during|after|in)\b"
    # "“…” Celeste Armand-Hughes laughs as she says it": the one saying it now
    rf"|^\s*(?P<who13>{cues.PERSON})\s+(?:laughs|smiles|grins|shrugs|sighs|winces)\s+(?:as|when)\s+"
    r"(?:she|he|they)\s+(?P<verb13>says|said)\s+(?:it|this|that)\b"
    # "“…” The new Commissioner of Police, CP Aminu Garba-Danjuma, gave this warning on …",
    # "… Okafor disclosed this while …": the speaker named after a quote-only lede
    rf"|^\s*(?:[^,“”\"]{{1,80}},\s+)?(?P<who14>{cues.PERSON}),?\s+(?P<verb14>(?:gave|issued|"
    r"sounded|made)\s+(?:this|these|the)\s+(?:warning|assurance|charge|appeal|call|remarks?|"
    r"comments?|statement|pledge|promise|vow|plea)|(?:stated|disclosed)\s+this)\b"
    # "“…” With that, Rep. Harriet Okonjo opened the hearing": the words were hers.
    # "“…” It is his daughter, Jodie Birch, 31, who speaks first": the one who speaks
    r"|^\s*It\s+(?:is|was)\s+(?:(?:his|her|their|the)\s+[^,“”\"]{1,40},\s+)?"
    rf"(?P<who15>{cues.PERSON}),?(?:\s*\d{{1,3}},)?\s+who\s+(?P<verb15>speaks|spoke|answers|"
    r"answered|replies|replied)\b"
    # ("With those words, Coralline Telecom chief executive Simon Ng opened …": a body, a role)
    rf"|^\s*With\s+(?:that|this|those\s+words)\s*,\s+"
    rf"(?:(?:[A-Z][\w’'-]*\s+){{1,3}}{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,2}}\s+(?=[A-Z]))?"
    rf"(?P<who3>{cues.PERSON})"
    r"(?=[\s,])(?:,[^,“”\"]{1,160},)?\s+(?P<verb3>[a-z]+)"
)


def is_signature(sentence: str) -> bool:
    """ "Gareth Pellham, chief executive": a name and a role, and nothing else."""
    line = NAME_LINE.match(sentence)
    return line is not None and line["who"] is not None and "," in sentence


# "— Bernie Sanders." / "- Sanders, the Vermont senator": the quote's signature on a line of its own
NAME_LINE = compiled(
    # ("— Joel Ainsworth (@jainsworth9), March 4": a post's signature, its handle and date)
    rf"^\s*(?:[-–—]\s*)?(?P<who>{cues.PERSON})(?:\s*\(@[\w.]{{1,30}}\))?(?:,\s+[^,.“”\"\n]{{1,100}})?\.?\s*$"
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
    r"|(?P<role>The\s+[^,“”\"]{3,60},\s+))?"
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
    # a mood, in a word: "Strand is unbothered.", "Mr. Varney was unrepentant." (not "was
    # elected": an "-ed" word only with "un-")
    r"|(?P<mood>is|was|remains|remained|seemed|seems|sounded|sounds)\s+"
    r"(?:(?:more|less|far|rather|quite|very|still|just\s+as|equally|typically|characteristically)\s+)?"
    r"(?:un[a-z]+|(?![a-z]+ed\b)(?!(?:a|an|the|not|also|one|there|here|now|home|back|gone|out)\b)"
    r"[a-z]{3,})\b"
    # and what moved them: "Helga Marstrand was unimpressed by Valdoria's offer to …"
    r"(?:\s+(?:by|with|about|over|at)\s[^“”\"]{0,140})?"
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
    cue = cue_before(sentence.rstrip(" .:"))
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
    return Cue(cue.who, cue.verb, "previous-sentence", cue.venue, cue.description) if cue else None


_WHO_GROUPS = ("who", *(f"who{n}" for n in range(2, 18)))
_VERB_GROUPS = ("verb", *(f"verb{n}" for n in (2, 3, 6, 8, 9, 10, 13, 14, 15)))


def cue_in_next(sentence: str) -> Cue | None:
    """`“…” That, at least, is how Mara Voss sees it.` / `“…missing.” Trump said.` / a line
    that is nothing but a name (`— Bernie Sanders.`), as fact-checks and pull quotes sign them."""
    line = NAME_LINE.match(sentence)
    if line and valid_speaker(who := line["who"] or line["signed"]):
        return Cue(who, "said", "name-line")
    match = _CUE_SENTENCE.match(sentence) or _next_sentence(sentence)
    if match is None:
        return None
    groups = match.groupdict()
    who = next((groups[k] for k in _WHO_GROUPS if groups.get(k)), None)
    if who and who.endswith(("’s", "'s")) and groups.get("who4"):
        who = who[:-2]  # "The words were Brenda Ashcroft’s."
    verb = next((groups[k] for k in _VERB_GROUPS if groups.get(k)), "spoke")
    if not who or not verb or not valid_speaker(who):
        return None
    return Cue(who, verb, "next-sentence")


def _next_sentence(sentence: str) -> re.Match[str] | None:
    """`_NEXT_SENTENCE.search(sentence)`: all but its first alternative open with `^`, so past the
    first character only "how …"/"what …" can match, and a sentence without them is not read."""
    match = _NEXT_SENTENCE.match(sentence)
    if match is None and ("how" in sentence or "what" in sentence):
        match = _NEXT_SENTENCE.search(sentence, 1)
    return match


# "“…” ¶ Jonah Van der Berg-Mokoena has been guiding visitors across the salt pan for eleven
# years": a feature that opens on a quote and then introduces its speaker by full name (with
# an age and a clause between: "Ms Priya Nathan, 31, who moved into …, laughed")
_INTRODUCED = compiled(
    rf"^\s*(?P<who>{cues.PERSON})(?:(?:,[^,“”\"]{{1,120}}){{1,2}},)?\s+"
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

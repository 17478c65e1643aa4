"""Leads that introduce a quote without a reporting verb, tried when no other cue is found.

- `Mr. Christie gloated: “…` / `Zeldin gave the technique a whirl on CNN: “…`: a lead that ends
  in a colon, in a sentence whose subject is a named person or body; the subject speaks.
- `IOWA POLLS TOO EARLY - Mark Blumenthal: “…` / `More from Blumenthal and Cohen: “…`: a name
  as a label right before the quote, after a dash or "from".
- `what Gilbert called “a perception problem”` / `Early described it as “…`: the words are the
  caller's own.
"""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.called_leads import (
    CALLED_REACH,
    CALLING_LEAD,
    called_lead,
    calling_lead,
)
from reader.core.attribution.cue_names import without_claim_noun
from reader.core.attribution.name_atoms import NO_PARTY_TAG
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_keys import role_key

# "Opposition frontbencher Kate …" (not a party tag: "Sen. X, R-Alder Creek, who …, put it …:")
_WHO = rf"{NO_PARTY_TAG}(?P<who>{cues.ROLE_PERSON}|{cues.ORG_NAME})"
# ("The critic, X, was …:"; "X, a retired nurse, a 40-year resident of …, had one question …:":
# more than one, each after the first opening in lower case, not a list of names)
_ASIDE = r"(?:\s*\([^()]{1,30}\))?(?:,\s+[^,“”\"]{2,100}(?:,\s+(?!wh)[a-z][^,“”\"]{1,100}){0,3},)?"
_ASIDE += r"(?:,(?=\s+(?:was|is|had|has|gave|offered)\s))?"
_ASIDE += r"(?:\s+[—–]\s*[^—–“”\"]{2,200}?\s*[—–])?"  # "X — who as head of …, — said …:"
_OPENER = (  # "On Tuesday, " / "Asked about the deal, " / "And "
    r"(?:[A-Z][^,“”\"]{0,140},\s+)?(?:(?:And|But|So|Then|Yet)\s+(?:then\s+)?)?"
    r"(?:(?:At\s+(?:one|that|this)\s+point|Moments\s+later|Later)\s+)?"  # (with no comma)
    # "After a further burst of heckling from the Opposition benches he rose and said:": a time
    # phrase with no comma and no name in it (a capital only after "the"), then "he" or "she"
    r"(?:(?:After|Before|During|Amid)(?:\s+(?:[a-z][\w’'-]*|(?<=the\s)[A-Z][\w’'-]*)){1,14}"
    r"\s+(?=s?he\s))?"
)
# "Clinton has since apologized for what happened:": the verb is "apologized", not "has".
_AUXILIARIES = r"(?:\s+(?:has|have|had|also|since|then|later|again|once|already)(?=\s+[a-z]))*"
# "He's opened with a warning about the weather:": a pronoun, its "has" or "is" run on
# (in lower case after a conjunction: "Then she turned to face them:"; not after an opening
# phrase, where a name in the phrase is too often taken for the one meant)
_AFTER_CONJUNCTION = r"(?:(?<=And\s)|(?<=But\s)|(?<=Yet\s)|(?<=Then\s)|(?<=So\s))"
_AFTER_PHRASE = r"(?<=[a-z]\s)"  # (after the time phrase of `_OPENER`, or "And then")
_PRONOUN_WHO = (
    rf"(?P<pronoun>(?:He|She|{_AFTER_CONJUNCTION}s?he|{_AFTER_PHRASE}s?he)(?:['’]s)?)(?![\w'’])"
)
# "Mthembu's brother, Themba, had …": the name in apposition to a kin or role word is the subject
_OWNER_WORD = (
    # ("the university's president, Professor Dennis Tang Wai-kit, had …": a body's, in lower case)
    # ("Its leader, Ruaidhrí Ó Ceallaigh, addressed supporters at the count centre:": a body's)
    r"(?P<owned>(?:[A-Z][\w’'-]*['’]s|[Tt]he\s+[a-z][\w-]*['’]s|His|Her|Their|Its)\s+"
    # ("His neighbour on plot 14, Gwen Harrop, was more forgiving:": where the kin is)
    r"(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?:\s+(?:on|at|in|from)\s+[\w-]+(?:\s+[\w-]+)?)?,\s+)"
)
# The subject's verb and the words after it, up to the colon that ends the lead
# ("The Dundry boss has been speaking to the press:": "been" before an -ing verb)
_VERB_TO_COLON = (
    rf"{_AUXILIARIES}(?:\s+been(?=\s+[a-z]+ing\b))?\s+"
    # (no role before a name: "Arcwell Entertainment| chief executive Jonathan Mbeki laid out …:")
    r"(?!(?:chief|executive|director|president|chairman|chairwoman|chair|head|founder|manager|"
    r"spokesman|spokeswoman|spokesperson|minister|secretary|leader|coach|officer|editor)\b)"
    # (nor a trade before a name: "Meat Workers Union| organiser Ana Fifita was scathing:")
    r"(?![a-z]+(?:ist|yst|er|or|ant|ent)\s+[A-Z][\w’'-]+\s+[A-Z])"
    r"(?P<verb>[a-z][\w’'-]*)\b"
    r"[^“”\":;]{0,160}:\s*$"
)
# ("The letter from Gov. X to the regents, sent late Monday, was blunt:": its writer's words)
# (its manner after it, or an aside: not "A text message sent by X to Y in March …, reads:")
_COLON_WHO = (
    rf"{NO_PARTY_TAG}(?P<who>(?=[AT])(?:{cues.ISSUED_DOCUMENT})(?=,|\s+(?:was|is)\s)"
    rf"|{cues.ROLE_PERSON}|{cues.ORG_NAME})"
)
COLON_SUBJECT = compiled(
    # (not a role of a body after a name the opener took: "Dr. X, |chief of the … Center, had")
    rf"^\s*{cues.DATELINE}(?:(?=(?:{cues.ISSUED_DOCUMENT})[,\s])|{_OPENER})(?:{_PRONOUN_WHO}|(?![a-z]+\s+of\s){_OWNER_WORD}?{_COLON_WHO}(?(owned),)(?P<aside>{_ASIDE}))"
    + _VERB_TO_COLON
)
# "(Cowell & Finch) analyst Tamsin Okonkwo-Reyes wrote …:": a trade before a name is no verb
_ROLE_BEFORE_NAME = compiled(r"[a-z]+(?:ist|yst|er|or|ant|ent)\s+[A-Z][\w’'-]+\s+[A-Z]")
# COLON_SUBJECT with a role for its subject: "The veteran was characteristically modest:"
_ROLE_COLON_SUBJECT = compiled(
    # ("The Dundry boss": a club's capitalised name before the role)
    rf"^\s*{cues.DATELINE}{_OPENER}(?P<who>[Tt]he\s+(?:[A-Z][\w’'-]*\s+(?=[a-z]))?[a-z-]+"
    r"(?:\s+(?!(?:was|is|were|are|has|had|have|offered|offers|gave|gives|herself|himself)\b)"
    r"[a-z-]+)?)(?:\s+(?:herself|himself|themselves))?"  # ("The teenager herself was …:")
    r"(?P<aside>)(?P<pronoun>(?!))?" + _VERB_TO_COLON
)
# "had a simple message for residents:", "has one piece of advice:": words the subject had for
# someone, given after the colon ("had" is otherwise no speech: "The kit had three parts:")
_HAD_WORDS = compiled(
    # "offered a simple answer:", "gave a blunt reply:", "had a different view:"
    r"(?:\s+(?:also|then|later|again|once))?\s+(?P<words>(?:had|has|have|offered|offers|gave|gives)\s+"
    r"(?:a|an|one|this|some|the|his|her|their|these|those)\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:piece\s+of\s+)?(?:message|warning|word|advice|plea|answer|reply|"
    r"response|verdict|appeal|request|prediction|explanation|theory|challenge|promise|question|"
    r"view|take|pitch|retort|riposte|reminder|suggestion|assessment|forecast|rebuttal)s?)\b"
    r"[^“”\":;]{0,100}:\s*$"
)


def subject_of(colon_subject: re.Match[str]) -> str:
    """The name, or the pronoun without its "'s", that a `COLON_SUBJECT` match opens with."""
    return colon_subject["who"] or re.split(r"['’]", colon_subject["pronoun"])[0]


_DASH_LABEL = compiled(
    rf"(?:\s[-—–]+\s*|\b[Ff]rom\s+){_WHO}(?:\s+and\s+(?:{cues.PERSON}))?\s*:\s*$"
)
# "More from the race director:" (a live blog's label for one it quoted), "More from X, on …:"
_MORE_FROM = compiled(
    rf"\b[Mm]ore\s+from\s+(?P<who>{cues.MENTION})(?:,\s+on\s+[^,:“”\"]{{1,60}})?\s*:\s*$"
)
# Verbs after which a colon introduces a list or an explanation, not the subject's words.
_NOT_SPEECH = frozenset(
    "is are was were be been has have had includes included include lists listed reads read "
    "shows showed shown features featured a an the one two three four five six several many "
    "some no his her their its our my this these those".split()
)


# "a rate the authors": a determiner not after a preposition starts a new noun phrase.
_NEW_PHRASE = compiled(
    r"(?<!\bof)(?<!\bfor)(?<!\bat)(?<!\bin)(?<!\bon)(?<!\bby)\s+(?=(?:the|a|an)\s)"
)


def _last_phrase(who: str) -> str:
    starts = [m.end() for m in _NEW_PHRASE.finditer(who)]
    return who[starts[-1] :] if starts else who


_PERSON = compiled(cues.PERSON)


def lead_without_verb(lead: str) -> tuple[str, str, str] | None:
    """(who, verb, rule) for a lead that introduces a quote by a colon, a label or "called"."""
    called = called_lead(lead[-CALLED_REACH:])
    if called:  # "Told of the poll, Keller described it as": the name after the last comma
        who = without_claim_noun(_last_phrase(called["who"].split(",")[-1].strip()))
        if called["named"] and _PERSON.fullmatch(called["named"]):
            who = called["named"]
        return who, called["verb"], "called"
    calling = calling_lead(lead) if len(lead) <= CALLING_LEAD else None
    if calling:
        return calling
    colon_end = lead.rstrip().endswith(":")
    joined = max(lead.rfind(", and "), lead.rfind(", but ")) if colon_end else -1
    if joined > 0 and (later := lead_without_verb(lead[joined + 6 :])) is not None:
        return later  # "Students crowded in, and the university's president, X, had a blunt
        # message for them:": the last clause's subject
    label = _DASH_LABEL.search(lead[-160:]) if colon_end else None  # `\s*:\s*$`
    label = label or (_MORE_FROM.search(lead[-160:]) if colon_end and "ore from" in lead else None)
    if label:
        return label["who"], "said", "label"
    writer = _BY_WRITER.search(lead[-300:]) if colon_end and " by " in lead else None
    if writer:
        return writer["who"], "wrote", "colon-subject"
    subject = COLON_SUBJECT.match(lead) if colon_end else None
    role = _ROLE_COLON_SUBJECT.match(lead) if colon_end else None
    # "The veteran was characteristically modest:"; "Asked whether he knew, the premier was
    # categorical:" (not "Asked", after no opener)
    if role and (
        not subject
        or subject["who"] in ("The", "A", "An")
        or (subject["who"].startswith("The ") and role_key(subject["verb"]) is not None)
        or _PARTICIPLE.fullmatch(subject["who"] or "")
    ):
        subject = role
    if subject and (subject["who"] or "").split(" ", 1)[0] in _COUNTED:
        return None  # "One Brackley Town player, who asked not to be named, said:": no name
    if (
        subject
        and subject["verb"] not in _NOT_SPEECH
        and not _ROLE_BEFORE_NAME.match(lead, subject.start("verb"))
    ):
        return subject_of(subject), subject["verb"], "colon-subject"
    had = (
        _HAD_WORDS.match(lead, subject.end("aside" if subject["who"] else "pronoun"))
        if subject
        else None
    )
    if subject and had:
        return subject_of(subject), " ".join(had["words"].split()), "colon-subject"
    manner = _MANNER.match(lead, subject.end("verb")) if subject else None
    if subject and manner and subject["verb"] in ("was", "is"):  # "Mayor Denise Harrow was
        return (
            subject_of(subject),
            f"{subject['verb']} {manner['how']}",
            "colon-subject",
        )  # direct:"
    return None


# "The departure was announced in a short post on LinkedIn by Ophelia Grant, who …:": the one
# who wrote what the colon brings
_BY_WRITER = compiled(
    r"\b(?:announced|posted|written|shared|confirmed|revealed)\s+(?:[^“”\":;]{1,80}?\s+)?by\s+"
    rf"(?P<who>{cues.PERSON})(?:,[^“”\":;]{{1,160}})?\s*:\s*$"
)
_PARTICIPLE = compiled(r"[A-Z][a-z]+(?:ed|ing)")  # "Asked whether he knew, the premier …"
_COUNTED = frozenset("One Another Two Three Several Some Many".split())


# How someone put it, before a colon: they said it in that manner
_MANNER = compiled(
    r"\s+(?:(?:more|less|even|characteristically|typically|equally|rather|far|as)\s+)?"
    r"(?P<how>blunt|blunter|direct|candid|succinct|emphatic|adamant|defiant|frank|unequivocal|terse|"
    r"categorical|unambiguous|insistent|firm|resolute|curt|explicit|expansive|forthcoming|guarded|"
    r"circumspect|reflective|emotional|animated|brisk|brief|philosophical|unapologetic|unrepentant|upbeat|forthright|scathing|withering|"
    r"dismissive|matter-of-fact|plain-spoken|understated|gracious|effusive|magnanimous|bullish|"
    r"modest|humble|self-deprecating|measured|diplomatic|coy|forgiving|charitable|generous|"
    r"downbeat|sanguine|realistic|cautious|bitter|unimpressed|unconvinced|not\s+convinced|"
    r"unmoved|sceptical|skeptical|optimistic|pessimistic|hopeful|confident|"
    # a scientist's verdict on a study: "X, who was not involved in the work, is impressed:"
    r"(?:(?:cautiously|quietly|hugely|deeply)\s+)?(?:impressed|enthusiastic|excited|intrigued|"
    r"surprised|delighted|thrilled|doubtful|wary|puzzled|unsurprised|sympathetic)|"
    r"prosaic|pragmatic|practical|down-to-earth|laconic|wry|sardonic|straightforward|"
    r"unsentimental|conciliatory|combative|defensive|not\s+impressed|not\s+amused|"
    r"full\s+of\s+praise(?:\s+for\s+[^“”\":;]{1,60}?)?"
    # "was careful to separate the project from retail use:", "was quick to add:"
    r"|(?:careful|quick|keen|eager|anxious|at\s+pains)\s+to\s+[a-z][^“”\":;]{0,100}?"
    r"|in\s+no\s+doubt|in\s+(?:a\s+)?(?:reflective|defiant|bullish|sombre|somber)\s+mood"
    # "Rao, however, was more concerned about the bowling:": what worried the speaker
    r"|(?:concerned|worried|preoccupied|focused|critical|pleased|frustrated|angry|upset)\s+"
    r"(?:about|with|on|of|by)\s+[^“”\":;]{1,80}?)"
    # "was typically understated afterwards:", "was blunt after the match:"
    r"(?:\s+(?:afterwards?|later|after\s+(?:the\s+)?(?:match|game|race|fight|bout|final|win|"
    r"defeat|loss|draw|meeting|hearing|vote|verdict)"
    # "was blunt during Tuesday's debate:", "in his remarks to the council:"
    r"|(?:during|in|at)\s+(?:the\s+|[A-Z][a-z]+day['’]s\s+|his\s+|her\s+|their\s+)"
    r"(?:[a-z]+\s+){0,2}(?:debate|meeting|hearing|session|remarks|speech|address|interview))"
    # "was dismissive when asked about video of the collision:": the one asked answers;
    # "was blunt in response:"
    r"|\s+when\s+(?:asked|pressed|questioned)\s+[^“”\":;]{1,120}?"
    r"|\s+in\s+(?:response|reply)(?:\s+to\s+[^“”\":;]{1,60}?)?)?\s*:\s*$"
)

"""Who speaks a quote inside someone's quote when the outer words say it in their own way: "He
told me this morning: ‘Boss, I can play.’" is the one man the outer words (or the lines around
them) name, "My coach told me before the race, ‘…’" the coach the article names, and "Someone
told me yesterday, ‘…’" or "The agent told me ‘…’" nobody the article names.

The outer speaker is never the answer here: their own words in their own voice start with "I" or
"we", which nested.py leaves part of the outer quote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from reader.core.attribution.mention_titles import strip_title
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolve import Resolver

_TIMES = "year|week|month|day|decade|while|moment|minute|few|couple|second|time|night|morning"
_SPEECH = (
    r"said|says|say|told|tells|tell|asked|asks|wrote|writes|texted|shouted|yelled|screamed|"
    r"replied|whispered|warned|added|insisted|messaged|emailed|radioed|goes|went"
)
# "My grandfather always said,", "Someone told me yesterday,", "My father would have said,",
# "The manager came in and said,": a lower-case source, the verb, and a few words to a comma
_INNER_LEAD = compiled(
    r"(?:^|\b(?:and|but|then|so|when|because|time|day|night|once|later|ago|yesterday|today|"
    r"week|month|year|morning|evening|afternoon|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\s+"
    # "After we lost to Lotus Rising he said to me,": a clause of its own after a time clause
    # with no comma ("At one point he asked me," is no such clause: left to the older rules)
    r"|^(?:After|When|Before|Once|Until|While)\s[^,“”‘\"]*?(?<=[\w’'])\s+(?=(?:he|she)\s))"
    r"(?P<who>(?i:my|our|the|a|an|one|his|her|their)\s+"
    rf"(?!(?:{_TIMES})s?\b)(?:[a-z][\w’'-]*\s+){{0,2}}?[a-z][\w’'-]*"
    r"|[Ss]omeone|[Ss]omebody|[Hh]e|[Ss]he)\s+"
    r"(?:(?:just|always|once|then|simply|only|even|finally|later|actually|still|often|would|"
    r"used\s+to|would\s+have|had|has|kept|came\s+in\s+and|came\s+over\s+and|looked\s+at\s+me\s+and|"
    r"(?:[\w’'-]+\s+){1,7}?and)\s+){0,3}"
    rf"(?P<verb>{_SPEECH})\b[^,:;.!?“”\"‘]{{0,60}}(?:,\s+and\s+I\s+quote)?[,:]\s*$"
)
# "I spoke with the president yesterday and he told me,": the one met is the one who spoke
_MET_ROLE = compiled(
    r"\b(?:spoke|talked|met|called|rang|phoned|asked|saw)\s+(?:(?:with|to)\s+)?(?:the|my|our)\s+"
    r"(?P<noun>[a-z]+)\b[^.!?“”‘’\"]{0,60}\b(?:and|but|so|then)\s+(?:he|she)\s"
)
_MET_REACH = 200
_NOBODY = frozenset({"a", "an", "one", "someone", "somebody", "their"})
_OWN = frozenset({"my", "our", "the", "his", "her"})
# what a speaker calls the one they answer to
_BOSS_ROLES = ("manager", "head coach", "coach", "trainer", "owner", "chief executive")
_SEX = {"he": "male", "she": "female"}
_UNSURE = "\0"  # no answer, where None is "nobody the article names"
# characters from "his grandfather" to the name: ", the late ", " at Larkspur, ", " of the
# state-run Bienestar bank, "
_BESIDE = 45
_ROLE_REACH = 5000  # characters either side of the inner quote where its speaker's role is read
_FULL_STOP = compiled(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})[.!?]\s")  # not "Dr. "


@dataclass(frozen=True)
class InnerSource:
    who: str  # the outer words' own name for them ("My coach", "He", "Someone")
    verb: str
    words: str  # the cue as written: "My mother used to say"
    name: str | None  # None: someone the article does not name


def inner_cue(lead: str) -> tuple[str, str, str] | None:
    """(who, verb, the cue's words) of an inner quote's lead in the outer words' own voice."""
    match = _INNER_LEAD.search(lead)
    if match is None:
        return None
    return match["who"], match["verb"], lead[match.start("who") : match.end("verb")]


def inner_source(
    resolver: Resolver,
    text: str,
    cue: tuple[str, str, str],
    at: int,
    outer_start: int,
    speaker: str,
) -> InnerSource | None:
    """Whom `who` means for an inner quote opening at `at`; None when it cannot say."""
    who = cue[0]
    first = who.split()[0].lower()
    if first in _SEX:
        met = _MET_ROLE.search(text, max(outer_start, at - _MET_REACH), at)
        if met and (holder := _role_holder(resolver, text, met["noun"], at, speaker)):
            return InnerSource(*cue, holder)  # "I spoke with the president and he told me,"
        name = _pronoun_name(resolver, text, at, outer_start, speaker, _SEX[first])
        return None if name is _UNSURE else InnerSource(*cue, name)
    if first in _NOBODY:
        return InnerSource(*cue, None)
    if first in _OWN:
        return InnerSource(*cue, _role_holder(resolver, text, who.split(" ", 1)[1], at, speaker))
    return None


def _pronoun_name(
    resolver: Resolver, text: str, at: int, start: int, speaker: str, sex: str
) -> str | None:
    """The one person of that sex named near the outer words, else the one in the article;
    nobody when the article names none but the speaker; None when it cannot say."""
    near = _people_near(resolver, text, start, at, speaker)
    for people in (*near, None):
        if people is None:  # the whole article, only when nobody is named near
            people = _named_between(resolver, 0, len(text), speaker)
        of_sex = [name for name in people if resolver.cast.gender_of(name) == sex]
        unsexed = [name for name in people if resolver.cast.gender_of(name) is None]
        if len(of_sex) == 1 and not any(_described(resolver, name) for name in unsexed):
            unsexed = []  # "Hanwha Aces", "Lotus Rising": names no words describe as anyone
        if len(of_sex) > 1 or (of_sex and unsexed) or len(unsexed) > 1:
            return _UNSURE  # two of that sex, or someone whose sex the article does not give
        if of_sex:
            return of_sex[0]
        if unsexed:  # "Regent Dedi Kurniawan", "the dean, Lynn Cooper-Abara": one person the
            # article describes, the only one near, whatever their sex (not a misread place)
            if unsexed[0].startswith(_UNSURE):  # "Captain Eli", whom the cast does not know
                return strip_title(unsexed[0][len(_UNSURE) :])
            return unsexed[0] if _described(resolver, unsexed[0]) else _UNSURE
    return None


def _described(resolver: Resolver, name: str) -> bool:
    """Whether the article describes them (a role, an appositive): a person, not a misread place
    or team; one whose title the cast could not place (`_UNSURE` + mention) counts as one."""
    return name.startswith(_UNSURE) or bool(resolver.roles.described().get(name))


# "The manager, a Mr Chong Kin-fai, told residents,", "My father, Nguyen Huu Tam, told me before
# he died,", "the charterer’s chartering manager, Sofia Reyes, rang me and said,": the name set
# in apposition to the words that describe them
_APPOSED_LEAD = compiled(
    r"(?:^|\b)(?:[Tt]he|[Aa]n?|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[^,“”‘’\"]|’(?=[a-z])){1,60}?,\s+"
    r"(?:an?\s+)?(?P<name>[A-Z][^,“”‘’\"]{1,60}),\s+(?:[\w’'-]+\s+){0,8}?"
    rf"(?P<verb>{_SPEECH})\b[^,:;.!?“”\"‘]{{0,60}}[,:]\s*$"
)


def apposed_source(resolver: Resolver, lead: str, at: int, speaker: str) -> InnerSource | None:
    """The person an inner quote's lead names in apposition, if the cast knows them."""
    match = _APPOSED_LEAD.search(lead)
    if match is None:
        return None
    found = resolver.resolve(match["name"], at)
    if found is None or found.name in (None, speaker) or not _is_person(resolver, found.name):
        return None
    words = lead[match.start() : match.end("verb")]
    return InnerSource(match["name"], match["verb"], words, found.name)


def _role_holder(resolver: Resolver, text: str, noun: str, at: int, speaker: str) -> str | None:
    nouns = _BOSS_ROLES if noun.lower() in ("boss", "gaffer") else (noun,)
    sex = resolver.cast.gender_of(speaker)
    owners = ("the", "her" if sex == "female" else "his")
    for role in nouns:
        if held := _named_beside(resolver, text, role, at, speaker):
            return held
        for owner in owners:
            found = resolver.resolve(f"{owner} {role}", at)
            if (
                found is not None
                and found.how == "role"
                and found.name is not None
                and found.name != speaker
            ):
                return found.name
    return None


def _named_beside(resolver: Resolver, text: str, noun: str, at: int, speaker: str) -> str | None:
    """The one person a possessive or a title names beside the noun: "his grandfather, the late
    Simon Kalluk", "Her coach, former Olympian Derek Wu Kin-pong", "her editor at Larkspur,
    Henrietta Gale", "President Aurelio Benítez Carranza"."""
    mentions = resolver.cast.person_mentions
    named = set()
    # (re's own cache, not the grammar's file: the noun is the article's word)
    owned = re.compile(
        # ("the Masovian voivode, Henryk Sadowski": a word of place between)
        rf"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Ww]hose)|’s|'s)\s+(?:[A-Z][\w’'-]*\s+){{0,2}}"
        rf"{re.escape(noun)}\b"
        # "President Aurelio Benítez Carranza": the office as a title before the name
        rf"|\b(?={re.escape(noun.capitalize())}\s+[A-Z])"
    )
    # (within reach of the quote: a book-length text is not scanned whole for every one)
    for match in owned.finditer(text, max(0, at - _ROLE_REACH), at + _ROLE_REACH):
        for position, mention in mentions[bisect.bisect_left(mentions, (match.end(), "")) :]:
            name = resolver.cast.canonical(mention)
            if position - match.end() > _BESIDE or _FULL_STOP.search(text, match.end(), position):
                break
            if name is not None and _is_person(resolver, name):
                named.add(name)  # the first person after the noun, past a body's name
                break
    named.discard(speaker)
    return named.pop() if len(named) == 1 else None


def _is_person(resolver: Resolver, name: str) -> bool:
    return resolver.cast.is_person(name) and name not in resolver.cast.not_people


def _people_near(
    resolver: Resolver, text: str, outer_start: int, at: int, speaker: str
) -> tuple[list[str], list[str], list[str]]:
    """The people other than the speaker named from the paragraph before the outer quote up to
    the inner one, those named after it in its own paragraph ("… Asante-Berg said of his
    manager, Tomasz Wierzbicki"), and those named after it to the end of the next paragraph."""
    here = text.rfind("\n", 0, outer_start)
    while here > 0 and text[here - 1] == "\n":  # past the blank line between paragraphs
        here -= 1
    before_from = text.rfind("\n", 0, here) if here > 0 else 0
    ends = text.find("\n", at)
    while 0 <= ends < len(text) and text[ends] == "\n":
        ends += 1
    after_to = text.find("\n", ends) if ends > 0 else -1
    paragraph_end = text.find("\n", at)
    return (
        _named_between(resolver, max(before_from, 0), at, speaker),
        _named_between(resolver, at, paragraph_end if paragraph_end > 0 else len(text), speaker),
        _named_between(resolver, at, after_to if after_to > 0 else len(text), speaker),
    )


def _named_between(resolver: Resolver, start: int, end: int, speaker: str) -> list[str]:
    mentions = resolver.cast.person_mentions
    found: list[str] = []
    for position, mention in mentions[bisect.bisect_left(mentions, (start, "")) :]:
        if position >= end:
            break
        name = resolver.cast.canonical(mention)
        if name is None and strip_title(mention) != mention:
            name = _UNSURE + mention  # "Mr. Obama", whom the cast does not know: of no sex here
        if name is None or name == speaker or name in found:
            continue
        if name.startswith(_UNSURE) or _is_person(resolver, name):
            found.append(name)
    return found

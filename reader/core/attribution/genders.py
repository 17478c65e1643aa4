"""Who is a man and who is a woman, as the article itself shows it: its pronouns and kinship words.

Quotes are masked out first (a speaker's "she" inside a quote is about someone else). A pronoun
votes for the person named last before it in its sentence, leaving out names set off as
appositives ("Asked whether he had spoken to the referee, Anita Sorensen, he said"); a pronoun
that opens its sentence ("She stopped, and Farrow put a hand on her shoulder") votes for the
subject of the sentence before. "she"/"he" count double: "her"/"his" often belong to someone
else; a pronoun right before or after a quote ("he said:") counts once, since whom it means is
the question attribution asks. Within one sentence a person gets votes of one gender only: in
"Farrow argued that his client … so she could repay it" the "she" is someone else.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from reader.core.attribution import cues
from reader.core.attribution.cast import Cast
from reader.core.attribution.first_names import PRIOR_VOTES, add_first_name_votes
from reader.core.attribution.kin_genders import kin_votes
from reader.core.attribution.name_sexes import (
    against_first_name,
    joined_by_and,
    joint_subject_voter,
    mentions_by_name_sex,
    named_near,
    subject_fits_better,
)
from reader.core.attribution.opening_phrases import after_opening_phrase
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronoun_objects import (
    object_in_relative,
    object_of_subject,
    object_use,
)
from reader.core.attribution.subjects import owner_before_name
from reader.core.attribution.word_starts import word_start
from reader.core.model import Sentence

_ROLES = "spokes|chair|business|congress|council|sales"  # "spokeswoman", "chairman", …
_FEMALE_WORDS = ["she", "her", "hers", "herself"] + [f"{w}woman" for w in _ROLES.split("|")]
_MALE_WORDS = ["he", "him", "his", "himself"] + [f"{w}man" for w in _ROLES.split("|")]
_FEMALE_SET = frozenset(_FEMALE_WORDS)
_GENDERED_WORDS = (
    rf"\b(?:(?P<female>{'|'.join(_FEMALE_WORDS)})|(?P<male>{'|'.join(_MALE_WORDS)}))\b"
)
_GENDERED = compiled(_GENDERED_WORDS, re.IGNORECASE)
# The same words in lower-case text, written for speed (see word_starts.py); at most one word can
# match at a position, so the order of the alternatives does not matter.
_GENDERED_LOWER = compiled(rf"(?:{word_start(_FEMALE_WORDS + _MALE_WORDS)})\b")
_AFTER_QUOTE = compiled(r"[”\"’']\s*$")
_BEFORE_SPEECH = compiled(r"\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|asked|replied)\b")
# "the referee, Anita Sorensen": a name in apposition to a role, not the clause's subject
_APPOSITIVE_BEFORE = compiled(
    r"\b(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,4}?[a-z][\w-]*,\s*$"
)

_PREPOSITIONS = set("at in on by near outside inside from after before during since under".split())
Timeline = list[tuple[int, str]]


def infer_genders(
    timeline: Timeline,
    sentences: list[Sentence],
    masked: str,
    cast: Cast,
    person: Callable[[str], str | None],
) -> None:
    """Set the gender of cast members the article shows clearly (ties stay unknown)."""
    votes: dict[str, list[int]] = {}
    for voter, is_female, weight in _pronoun_votes(timeline, sentences, masked):
        votes.setdefault(voter, [0, 0])[0 if is_female else 1] += weight
    votes.update(kin_votes(masked, cast, person))  # "Her son, Daniel Marrow": a son
    add_first_name_votes(votes, timeline, masked, cast)  # "Maren": a woman, unless …
    for name, (female, male) in votes.items():
        entity = cast.entities.get(name)
        if entity and entity.kind == "person" and not entity.gender and female != male:
            entity.gender = "female" if female > male else "male"


def _pronoun_votes(
    timeline: Timeline, sentences: list[Sentence], masked: str
) -> list[tuple[str, bool, int]]:
    """(person, is-female, weight) for every gendered word that points back to someone."""
    named = _mentions_by_sentence(timeline, sentences, masked)
    starts = [s.start for s in sentences]
    votes = []
    decided: dict[tuple[int, str], bool] = {}  # "Farrow argued … his client … she": not Farrow
    away: set[tuple[int, bool]] = set()  # (sentence, gender) whose pronouns mean a non-subject
    by_sex = mentions_by_name_sex(timeline)
    for match, female in _gendered_words(masked):  # one pass over the text, not per sentence
        at = match.start()
        index = bisect.bisect_right(starts, at) - 1
        mentions = named.get(index, [])
        before = bisect.bisect_left(mentions, (at, ""))  # mentions are in text order
        voter = (
            mentions[before - 1][1] if before else _subject_of(named.get(index - 1), masked, female)
        )
        if not before and index and _PRONOUN_OPENS.match(masked, starts[index - 1]):
            voter = None  # "He spoke at a seminar chaired by Dr. Uloma Nwogu. … he said": the
            # sentence before is about whom its "He" means, not about the name in it
        # "spokeswoman Jolene Whitcombe", "the council chairman, Hon. Festus Adegbite": the name
        # that follows the word
        follows = _named_right_after(timeline, match, masked) if len(match.group()) > 7 else None
        if follows:
            voter = follows
        elif before > 1 and voter and subject_fits_better(mentions[0][1], voter, female):
            voter = mentions[0][1]  # "Paul Ashdown hauled off Morgan Tait, with his side …"
        if voter is None or _opens_appositive(match, masked):
            continue  # "Tom Baird, her deputy": her is not Tom Baird
        # (the voter's sentence: this one, or the one before when none is named here yet)
        if not follows and _owner_has_sex(masked, starts[index if before else index - 1], female):
            continue  # "Her neighbour, Clive Amory, … She told me": the neighbour's owner
        if before and after_opening_phrase(masked, starts[index], mentions[before - 1][0], at):
            continue  # "Under cross-examination by Martin Oyelaran, she accepted": not him
        if before and object_in_relative(masked, mentions[before - 1][0], match):
            continue  # "Leonard Tapsell, 84, who worked alongside her": her is not Tapsell
        if before and voter == mentions[0][1]:
            if object_of_subject(masked, mentions[0][0], match):
                away.add((index, female))  # "Rourke asked him why": him is someone else
            if (index, female) in away:
                continue  # "… asked him why he had not cancelled": nor is this "he" Rourke
        elif not before and (index - 1, female) in away:
            continue  # "He said he had crossed": the one she asked, not the asker
        elif not before and _DESCRIBED_SPEAKER.search(masked, starts[index], at):
            continue  # "Outside court, the Dubliner said he …": the Dubliner's, not the judge's
        if before and against_first_name(voter, female) and _said_before(masked, at):
            continue  # "Judge Andrew Mellor said she had betrayed …": the defendant
        if before and against_first_name(voter, female) and object_use(match, masked):
            continue  # "Club captain Jarrod Mills calls her “the boss”": someone else
        if (
            not before
            and against_first_name(voter, female)
            and named_near(by_sex[female], starts[index - 1])
        ):
            continue  # "Rep. Delphine Osei-Bonsu … Valdivia told reporters …. In her office, she
            # said": not the last subject, of the other sex by name, when a woman was named near
        if decided.setdefault((index, voter), female) != female:
            continue
        # a woman's role word right before the name says more than the name lists ("A company
        # spokeswoman, Kadri Tamm,"): it outvotes a first name's prior ("spokesman" is written
        # for women too: "Trump spokesman Hope Hicks")
        weight = PRIOR_VOTES + 1 if follows and female else _weight(match, masked, at)
        votes.append((voter, female, weight))
    return votes


def _named_right_after(timeline: Timeline, word: re.Match[str], masked: str) -> str | None:
    """The person named right after a role word, with a comma or a title between, if any."""
    index = bisect.bisect_left(timeline, (word.end(), ""))
    if index == len(timeline) or timeline[index][0] - word.end() > _LONGEST_GAP:
        return None
    if masked[timeline[index][0]] == " ":
        return None  # named inside a quote (blanked)
    gap = _GAP_TO_NAME.fullmatch(masked, word.end(), timeline[index][0])
    return timeline[index][1] if gap else None


_GAP_TO_NAME = compiled(rf",?\s*(?:{cues.TITLE})?")
_LONGEST_GAP = 40


_SAID_BEFORE = compiled(r"\b(?:said|says|added|told\s+\w+)\s+$")


def _said_before(masked: str, at: int) -> bool:
    return _SAID_BEFORE.search(masked, max(0, at - 24), at) is not None


# A speaker called by a description before the pronoun in its sentence: "the Dubliner said",
# "the grandmother told"
_DESCRIBED_SPEAKER = compiled(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:[A-Z][a-z]+|[a-z][\w-]*)\s+(?:said|says|told|tells)\b"
)


def _owner_has_sex(masked: str, start: int, female: bool) -> bool:
    """Whether the sentence at `start` opens with "His …," or "Her …," of the given sex."""
    opens = _OWNER_OPENS.match(masked, start)
    return opens is not None and (opens["owner"] == "Her") == female


_PRONOUN_OPENS = compiled(r"\s*[“\"]?(?:He|She)\s")
_OWNER_OPENS = compiled(r"\s*(?:(?:But|And|Yet)\s+)?(?P<owner>His|Her)\s+[^,.;“”\"]{1,60},\s")


def _opens_appositive(pronoun: re.Match[str], masked: str) -> bool:
    """ "Tom Baird, her deputy,": a possessive right after a name and a comma is someone else's."""
    if pronoun.group().lower() not in ("his", "her"):
        return False
    at = pronoun.start()
    lo = max(0, at - 40)
    return _comma_ends(masked, lo, at) and _NAME_AND_COMMA.search(masked, lo, at) is not None


def _comma_ends(text: str, lo: int, end: int) -> bool:
    """Whether `text[lo:end]` ends in a comma and spaces, as every match of the appositive
    patterns must. A quick test before their search: most names and pronouns follow no comma."""
    while end > lo and text[end - 1].isspace():
        end -= 1
    return end > lo and text[end - 1] == ","


_NAME_AND_COMMA = compiled(r"[A-Z][\w’'.-]*,\s+$")


def _gendered_words(masked: str) -> Iterator[tuple[re.Match[str], bool]]:
    """Each gendered word, and whether it is female."""
    lowered = masked.lower()
    if len(lowered) != len(masked):  # a few characters lengthen when lowered ("İ")
        return ((m, m.lastgroup == "female") for m in _GENDERED.finditer(masked))
    return ((m, m.group() in _FEMALE_SET) for m in _GENDERED_LOWER.finditer(lowered))


def _subject_of(mentions: Timeline | None, masked: str, female: bool) -> str | None:
    """The subject of a sentence: its first person named, unless only as the owner of the one
    named next ("Mrs. Carmody's son, Peter Carmody, said": the son), or the owner when the
    pronoun after it is of the owner's sex and not the son's ("Ewa Sadowska’s coach, Patrick
    Lennihan, watched … Afterwards she said")."""
    if not mentions:
        return None
    if joined_by_and(mentions, masked):
        return joint_subject_voter(mentions, female)
    if len(mentions) > 1 and owner_before_name(masked, mentions[0][0]) == mentions[1][0]:
        owner, owned = mentions[0][1], mentions[1][1]
        fits_owner = against_first_name(owned, female) and not against_first_name(owner, female)
        return owner if fits_owner else owned
    return mentions[0][1]


def _mentions_by_sentence(
    timeline: Timeline, sentences: list[Sentence], masked: str
) -> dict[int, Timeline]:
    """Each sentence's person mentions in order, without the ones set off as appositives."""
    starts = [s.start for s in sentences]
    named: dict[int, Timeline] = {}
    for pos, name in timeline:
        if masked[pos] == " " or _in_apposition(masked, pos):
            continue  # named inside a quote (blanked): someone talked about, not the subject
        named.setdefault(bisect.bisect_right(starts, pos) - 1, []).append((pos, name))
    return named


def _in_apposition(masked: str, pos: int) -> bool:
    """ "the referee, Anita Sorensen" is; "At the lorry park, Marta Ilves" (a phrase of place or
    time opening the sentence) is not."""
    lo = max(0, pos - 48)
    match = _APPOSITIVE_BEFORE.search(masked, lo, pos) if _comma_ends(masked, lo, pos) else None
    if match is None:
        return False
    before = masked[max(0, match.start() - 12) : match.start()].split()
    # only a phrase opening the sentence: "by the district's manager, Arthur Pell" is apposition
    return not (before and before[-1].lower() in _PREPOSITIONS and before[-1][:1].isupper())


def _weight(match: re.Match[str], masked: str, at: int) -> int:
    if match.group().lower() not in ("she", "he"):
        return 1
    end = at + len(match.group())
    if _AFTER_QUOTE.search(masked, max(0, at - 4), at) or _BEFORE_SPEECH.match(masked, end):
        return 1
    return 2

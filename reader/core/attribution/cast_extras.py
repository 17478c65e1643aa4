"""People the text names by a first name, completed where the text allows: a nickname ("Harold
“Sparrow” Duckett"), a first name with an age ("Another neighbor, Dante, 19,"), a given name ("a
caller who gave his name as Vic"), a couple ("Tom and Linda Marsh"), and a relative named by a
first name right after the person they are kin to ("Rosalind Tapper … Her husband, Walt,
disagreed": Walt Tapper, whom "Mr. Tapper" then means)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.core.attribution import cues
from reader.core.attribution.ages import first_names_with_age
from reader.core.attribution.couples import Couple, couples, partner_sex
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.given_names import given_names
from reader.core.attribution.name_words import NOT_NAMES
from reader.core.attribution.nicknames import nicknames
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_names import person_name
from reader.core.attribution.word_starts import word_start

if TYPE_CHECKING:  # mentions.py builds the cast and calls this module
    from reader.core.attribution.cast import Cast

_KIN_WORDS = "husband wife son daughter brother sister father mother".split()
# the kin word first (written to open with its letters, word_starts.py), then a first name alone:
# not "His brother, Len Strand,"; the owner's word before it is checked apart (_OWNER_WORD)
_KIN_FIRST_NAME = compiled(
    rf"(?P<kin>{word_start(_KIN_WORDS)})(?:,\s+"
    r"(?P<first>[A-Z][a-z]+)(?=,|\.|\s+\(|\s+\d|\s+(?:and|who|is|was|has|had)\b)"
    # ("featuring his younger brother Mateo in central defence": no comma, a preposition after)
    r"|\s+(?P<bare>[A-Z][a-z]+)(?=\s+(?:in|at|on|for|with|from|who)\b))"
)
# ("Khumalo's sister, Zodwa,": the owner by surname)
_OWNER_WORD = compiled(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|(?P<surname>[A-Z][\w’'-]+)['’]s)\s+"
    r"(?:(?:younger|older|elder|twin|late|little|big)\s+)?$"
)
_OWNER_REACH = 400  # characters back to the person the kin word belongs to
# A name unquoted that the person goes by: "known to everyone at Cressbrook as Ollie", "would
# like you to call her Bex", "goes by Sunny", "performs as Marlo" (one word: not "known simply as
# Dr A")
# and in quotation marks: "known to every fan in Fairport as “T-Bone,”", "has been called ‘Tiny’
# by her team-mates", "nicknamed “Bull”"
_AMONG = r"(?:to|on|throughout|around|among|across|in|at)"
_CALLED = compiled(
    # ("known on the tour simply as Havi", "known simply as Tank around the training ground")
    rf"(?:known\s+(?:{_AMONG}\s+[^,.;“”\"]{{1,60}}?\s+)?(?:simply\s+|just\s+)?as"
    r"|call\s+(?:her|him|them)|goes\s+by"
    # a stage name: "the Dublin singer who performs as Marlo"
    r"|(?:perform|record)(?:s|ed|ing)\s+(?:under\s+the\s+name|as))\s+"
    # ("widely known as Beto Júnior": a nickname with the generation of the name)
    r"(?:simply\s+|just\s+)?(?P<nick>[A-Z][a-z]+(?:\s+(?:Júnior|Junior|Neto|Filho))?)\b"
    r"(?![\s’'-]*[A-Z\d])"
    # ("better known to cycling fans as “el Mono,”", "known … as “Don Chebo,”": an article
    # before it, or two words)
    rf"|(?:known\s+(?:{_AMONG}\s+[^,.;“”\"]{{1,60}}?\s+)?as|called|nicknamed)\s+"
    r"[“\"‘'](?:(?:el|la|El|La)\s+)?(?P<quoted>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)[,.]?[”\"’']"
)
_CALLED_REACH = 160  # characters back to the person, in the same sentence


def add_first_named(cast: Cast, text: str) -> None:
    """Add to the cast the people named by a first name (see the module's note)."""
    for match in nicknames(text):  # Harold “Sparrow” Duckett, then “…,” Sparrow said
        full = f"{match['first']} {match['last']}"
        cast.add(full, match.start())
        cast.add_alias(match["nick"], full)
    pairs = list(couples(text))  # "Siblings Aoife and Conor Delaney" … "Aoife, 31, said"
    paired = {full.split()[0]: full for c in pairs for full in (c.completed, c.partner)}
    for match in first_names_with_age(text):  # "Another neighbor, Dante, 19, said"
        if match[1] in paired:
            cast.add_alias(match[1], paired[match[1]])
        elif match[1] not in NOT_NAMES and cast.canonical(match[1]) is None:
            cast.add(match[1], match.start(1))
    for at, name, gender in given_names(text):  # "a caller who gave his name as Vic"
        if name not in NOT_NAMES and cast.canonical(name) is None:
            cast.add(name, at, gender=gender)
    for couple in pairs:  # "Tom and Linda Marsh": Tom Marsh too
        for name in (couple.completed, couple.partner):  # "June Whitcomb", though June is a
            if name not in cast.entities:  # month
                cast.add(name, couple.at)
        cast.couples.append(couple)
        if shown := partner_sex(text, couple):  # "Ravi and Anjali Menon … Mrs. Menon"
            cast.add(shown[0], couple.at, gender=shown[1])
    for nick, full in _called_by(text, cast.person_mentions):
        if nick not in NOT_NAMES and cast.canonical(nick) is None:
            cast.add_alias(nick, full)  # "Oliver Pryce, 7, known to everyone as Ollie"
    for at, first, full, gender, (owner, kin) in _kin_by_first_name(text, cast.person_mentions):
        if full not in cast.entities:
            cast.add(full, at, gender=gender)
            cast.add_alias(first, full)
        cast.relatives.append(Couple(at, full, owner, kin))
        if kin in _SPOUSES and not any(full in (c.completed, c.partner) for c in cast.couples):
            cast.couples.append(Couple(at, full, owner, kin))  # "…, and his wife, Bukola,"


_SPOUSES = frozenset({"husband", "wife", "partner"})


def _kin_by_first_name(
    text: str, mentions: list[tuple[int, str]]
) -> Iterator[tuple[int, str, str, str, tuple[str, str]]]:
    """(where, first name, full name, sex, (whose, what to them)) of each relative named by a
    first name alone after someone named in full: the relative shares their surname."""
    starts = [at for at, _ in mentions]
    for match in _KIN_FIRST_NAME.finditer(text):
        first = match["first"] or match["bare"]
        whose = _OWNER_WORD.search(text, max(0, match.start() - 30), match.start())
        if first in NOT_NAMES or first in cues.TITLE_WORDS or whose is None:
            continue
        other_sex = _NOT_OWNERS_SEX.get(whose.group().split()[0].lower())  # "His": not a woman
        owner = _named_before(mentions, starts, match.start(), not_of_sex=other_sex)
        if owner is None or match.start() - owner[0] > _OWNER_REACH:
            continue
        surname = owner[1].split()[-1]
        if whose["surname"] not in (None, surname):
            # "Petersen's father, Craig," after the coach was named: the owner named by surname
            if not any(m.split()[-1] == whose["surname"] for _, m in mentions):
                continue  # "Vance's wife, Ruth,": no one of that name to take it from
            surname = whose["surname"]
        sex = "male" if match["kin"] in cues.MALE_KIN else "female"
        at = match.start("first" if match["first"] else "bare")
        yield at, first, f"{first} {surname}", sex, (owner[1], match["kin"])


def _called_by(text: str, mentions: list[tuple[int, str]]) -> Iterator[tuple[str, str]]:
    """(name, full name) of each name someone is known by, from the sentence naming them in
    full."""
    starts = [at for at, _ in mentions]
    for match in _CALLED.finditer(text):
        owner = _named_before(mentions, starts, match.start())
        if owner is None or match.start() - owner[0] > _CALLED_REACH:
            continue
        if "." in text[owner[0] + len(owner[1]) : match.start()].replace("St.", ""):
            continue  # another sentence's person
        yield match["nick"] or match["quoted"], owner[1]


_NOT_OWNERS_SEX = {"his": "female", "her": "male"}


def _named_before(
    mentions: list[tuple[int, str]], starts: list[int], at: int, not_of_sex: str | None = None
) -> tuple[int, str] | None:
    """The last person named in full (two words at least) before `at`, whose first name is not
    of `not_of_sex` ("His wife, Niamh," after "Judge Ann Keane": not Ann's)."""
    index = bisect.bisect_left(starts, at)
    for pos, mention in reversed(mentions[max(0, index - 8) : index]):
        name = person_name(mention)
        if name is None or len(name.split()) < 2:
            continue
        if not_of_sex is None or first_name_gender(name) != not_of_sex:
            return pos, name
    return None

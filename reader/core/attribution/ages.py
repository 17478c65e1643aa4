"""People the article calls by their age: "The 31-year-old told The Sunday Echo …" is the person
whose age the article gives as 31 ("Tiffani Bright, 29, …"), or else the one the sentence before
is about, as a news writer means it; never a named person after "a 31-year-old student" brought
someone new in."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from reader.core.attribution.cues import AGE_MENTION, PERSON, ROLE_NOUNS
from reader.core.attribution.pattern_cache import compiled

_AGE_MENTION = compiled(AGE_MENTION)
_AGE = compiled(r"\d{1,3}")
# "Tiffani Bright, 29, …", "Kieran Doyle, 31." : a name with its age in apposition
# ("Vaughan turned 24 last month": a birthday says it too)
_STATED_AGE = compiled(
    # ("When Ciarán Nolan, now 71, opened …", "Amy Tse, aged 40,")
    rf"(?P<name>{PERSON})(?:,\s+(?:now\s+|aged\s+)?(?P<age>\d{{1,3}})(?=[,.;)]|\s+(?:and|who)\b)"
    r"|\s+\((?P<bracketed>\d{1,3})\)(?=[\s,.;])"  # Irish copy: "Kevin Brosnan (34), of Grange Park"
    # "Maricel, a 34-year-old Filipina salon worker, …": an age in a described apposition
    r"|,\s+an?\s+(?P<described>\d{1,3})-year-old\b"
    r"|\s+(?:turned|turns)\s+(?P<turned>\d{1,3})\b(?!\s*(?:%|per|points|years|minutes)))"
    # "a late strike from 19-year-old Reece Tilley", "23-year-old centre-back Kofi Mensah"
    # (not "the 29-year-old told Radio Kaap": a reference, then a verb)
    rf"|(?<![\w-])(?<!the\s)(?<!The\s)(?P<before>\d{{1,3}})-year-old\s+"
    # (not "A 23-year-old from County Fermanagh": a place)
    rf"(?:(?!(?:told|said|says|tells|was|is|has|had|added|from|of|in|at|near)\b)[a-z][\w-]*\s+){{0,2}}"
    rf"(?P<aged>{PERSON})"
)
# the words for someone of an age's span: "the teenager", "the septuagenarian" (a range each)
AGE_SPANS = {
    "the teenager": range(13, 20),
    "the teen": range(13, 20),
    "the sexagenarian": range(60, 70),
    "the septuagenarian": range(70, 80),
    "the octogenarian": range(80, 90),
    "the nonagenarian": range(90, 100),
    "the centenarian": range(100, 120),
}
_OPENS_WITH_AGE = compiled(r"\W*The\s+\d{1,3}-year-old\b")
# "She replaces Alan Beckwith, who retired": the subject is someone named before, not Beckwith
_OPENS_WITH_PRONOUN = compiled(r"\W*(?:She|He)\s+[a-z]")
# Who a story goes through rather than about: the court, the police, the coach, the office
# ("Her coach, Japheth Rotich,")
_OFFICIAL_WORDS = (
    r"(?:(?i:Judge|Justice|Magistrate|Prosecutor|Coroner|Coach|Detective|Det|Inspector|Insp|Sergeant|"
    r"Sgt|Constable|Const|Superintendent|Supt|Sheriff|Mayor|Minister|Senator|Sen|Councillor|Cllr|"
    # "Highways spokeswoman Lisa Carver said": one who speaks for a body is no subject of age
    r"Councilor|Commissioner|Governor|Gov|Principal|Headteacher|Spokes(?:man|woman|person))"
    # a sports report's manager or partner as a title ("Manager Gordon Tait said Kerr had …",
    # "Playing partner Reid Thornton said"), not "Halvergate United manager Tomasz Wieczorek
    # insisted …", the report's subject
    r"|(?:Manager|Boss|Teammate|Caddie|Playing\s+partner|playing\s+partner))\.?,?\s+"
)
_OFFICIAL = compiled(rf"{_OFFICIAL_WORDS}$")
_OFFICIAL_OPENING = compiled(rf"{_OFFICIAL_WORDS}(?=[A-Z])")  # a mention that opens with it
_SENTENCES_BACK = 3  # sentences read back for the one an age means
_UNNAMED_AGE = compiled(r"\b[Aa]n?\s+(?P<age>\d{1,3})-year-old\b")


def is_age_mention(who: str) -> bool:
    return _AGE_MENTION.fullmatch(who) is not None


class AgeIndex:
    """Who the article says is how old, and where it first brings in someone unnamed of an age."""

    def __init__(self, text: str, person: Callable[[str], str | None]) -> None:
        self._person = person
        self._text = text
        self._by_age: dict[int, set[str]] = {}
        self._ages_of: dict[str, set[int]] = {}
        self._first_unnamed: dict[int, int] = {}  # "A 23-year-old student was injured": where
        self._titled: set[str] | None = None
        described = set()  # where "a 34-year-old" describes the name before it
        for match in _STATED_AGE.finditer(text):
            name = person(match["name"] or match["aged"])
            if name:
                age = int(
                    match["age"]
                    or match["bracketed"]
                    or match["turned"]
                    or match["before"]
                    or match["described"]
                )
                self._by_age.setdefault(age, set()).add(name)
                self._ages_of.setdefault(name, set()).add(age)
                if match["described"]:
                    described.add(match.start("described"))
        for match in _UNNAMED_AGE.finditer(text):
            if match.start("age") not in described:
                self._first_unnamed.setdefault(int(match["age"]), match.start())

    def person_aged(
        self, who: str, timeline: list[tuple[int, str]], starts: list[int], at: int
    ) -> tuple[str, str]:
        """(name, how): "age" when the article gave this age for exactly one person, else
        "age-last": the first person named in the last sentence before this one that names
        anyone (the subject a news writer goes on describing). `starts`: sentence starts."""
        age = int(_AGE.search(who)[0])  # type: ignore[index]  # an age mention has one
        named = self._by_age.get(age, set())
        if len(named) == 1:
            return next(iter(named)), "age"
        if self._first_unnamed.get(age, at) < at:
            return "", "age-last"  # the unnamed 23-year-old introduced before
        this_sentence = starts[max(0, bisect.bisect_right(starts, at) - 1)]
        before = bisect.bisect_left(timeline, (this_sentence, ""))
        official = ""  # the first official named before, if no one else is
        for _ in range(_SENTENCES_BACK):  # "Sprinter Kiara Nolan …. The 24-year-old … beat
            if not before:  # Jasmine Hurle, 29": back past a sentence with no one that age
                break
            last = timeline[before - 1][0]
            that_sentence = starts[max(0, bisect.bisect_right(starts, last) - 1)]
            first = bisect.bisect_left(timeline, (that_sentence, ""))
            # not someone the article gives another age: "Head coach Martina Sáez, 41, …"; nor
            # an official the story goes through ("Prosecutor Gemma Alderton said …")
            officials = self._officials(timeline)
            fits = [
                name
                for at_name, name in timeline[first:before]
                if self._may_be(name, age) and not self._modifier(at_name, name)
            ]
            official = official or next((name for name in fits if name in officials), "")
            fits = [name for name in fits if name not in officials]
            # ("Mrs Pulai’s mother, Helen Yambu, said …": the mother, not the one who owns her)
            fits = [name for name in fits if not self._owner(name, that_sentence)] or fits
            # not past "The 19-year-old has looked after her mother, Carol,": not Carol
            opens = _OPENS_WITH_AGE.match(self._text, that_sentence) or _OPENS_WITH_PRONOUN.match(
                self._text, that_sentence
            )
            if fits and not opens:
                return fits[0], "age-last"
            before = first
        # "Former Gov. Ruth Delacroix-Hale … said …. “…,” the 72-year-old said": an official when
        # no one else is near
        return official, "age-last"

    def aged_in(self, span: range) -> str | None:
        """ "the teenager said", "the septuagenarian said": the one person the article gives
        an age in that span."""
        aged = {name for age in span for name in self._by_age.get(age, ())}
        return next(iter(aged)) if len(aged) == 1 else None

    def _officials(self, timeline: list[tuple[int, str]]) -> set[str]:
        """The people named after an official's title ("Coach Ricky Barnes", "Judge …")."""
        if self._titled is None:
            text = self._text
            self._titled = {
                name
                for at, name in timeline
                if _OFFICIAL.search(text, max(0, at - 16), at) or _OFFICIAL_OPENING.match(text, at)
            }
        return self._titled

    def _modifier(self, at: int, name: str) -> bool:
        """Whether the mention at `at` qualifies a noun after "the" ("Now the Riverside High
        senior is headed to the state finals": a school, not the sentence's subject), or is a
        thing after "a" ("it has a Bib Gourmand": no one's name takes an article)."""
        before = self._text[max(0, at - 4) : at].lower()
        if before.endswith((" a ", " an ")):
            return True
        last = name.split()[-1]  # (the mention may be the surname alone)
        end = self._text.find(last, at, at + 80)
        if end < 0:
            return False
        if _TRADE_BEFORE_NAME.match(self._text, end + len(last)):
            return True  # "Queensland Firebirds goal keeper Teuila X": a team's, then hers
        return before == "the " and _NOUN_AFTER.match(self._text, end + len(last)) is not None

    def _owner(self, name: str, sentence: int) -> bool:
        """Whether the sentence names `name` (or its last word) as the owner of someone named
        next: "X’s mother, Ruth Apa,"."""
        last = name.split()[-1]
        end = self._text.find(last, sentence, sentence + 400)
        return end >= 0 and _OWNS_NAMED.match(self._text, end + len(last)) is not None

    def _may_be(self, name: str, age: int) -> bool:
        """A person (not "the Highveld Rhinos") the article gives no other age."""
        return age in self._ages_of.get(name, {age}) and self._person(name) == name


_NOUN_AFTER = compiled(r"\s+[a-z]")
_OWNS_NAMED = compiled(r"['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},\s+[A-Z]")
# (not a verb after the name: "X stunned second seed Y", "X rode Silver Parlance")
_TRADE_BEFORE_NAME = compiled(
    r"\s+(?![a-z]+(?:ed|s)\b|(?:was|is|had|rode|won|beat|took|made|led|ran|met|became|will)\b)"
    rf"(?:[a-z][a-z-]+\s+)?{ROLE_NOUNS}\s+[A-Z]"
)


# A person the article names by one name only, given with an age: "Dante, 19,", "Marisol, 34,".
# after a comma ("Another neighbor, Dante, 19,"), at a paragraph's or sentence's start ("Maya,
# 16, a junior …"), after "was"/"is" ("Among the marchers was Lerato, 29, a hairdresser") or
# "Doña"
_FIRST_NAME_AND_AGE = compiled(
    r"([A-Z](?:(?<=,\s[A-Z])|(?<=\n[A-Z])|(?<=\A[A-Z])|(?<=[.!?]\s[A-Z])|(?<=\bwas\s[A-Z])"
    r"|(?<=\bis\s[A-Z])|(?<=Doña\s[A-Z])"  # ("Doña Rosario, 74,": a Spanish honorific)
    r"|(?<=\b[Ff]or\s[A-Z]))"  # ("For Diego, 16, who crossed alone, the hardest part …")
    r"[a-z]+),\s+\d{1,3},"
)
_AGE_AFTER = compiled(r",(?=\s+\d{1,3},)")  # the comma after such a name


def first_names_with_age(text: str) -> Iterator[re.Match[str]]:
    """`_FIRST_NAME_AND_AGE.finditer(text)`, tried only where an age between commas follows a
    word: ages are rare, capitals after a comma are not (a book is scanned 8x faster)."""
    end = 0  # finditer's matches do not overlap
    for comma in _AGE_AFTER.finditer(text):
        start = comma.start()
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        match = _FIRST_NAME_AND_AGE.match(text, start - 1) if start > end else None
        if match is not None:
            yield match
            end = match.end()

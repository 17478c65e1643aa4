"""People referred to by their role: "the judge said", "the prosecutor", "her lawyer", "the leader
of Wexmoor District Council". A careful reader knows the judge is the one the article introduced
as "Tolland County Judge Harriet Lindqvist"; this module keeps that index."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.acronyms import abbreviates, initials_of_role
from reader.core.attribution.descriptions import describe
from reader.core.attribution.name_words import FAITH_WORDS
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_keys import HEAD_OF_PHRASE, role_key
from reader.core.attribution.role_words import MEMBER_ROLES
from reader.core.attribution.word_starts import word_start

__all__ = ["ROLE_WORDS", "RoleIndex", "plural_reference", "role_key"]
ROLE_WORDS = cues.ROLE_KEY_WORDS
_DETERMINERS = ["The", "the", "His", "his", "Her", "her", "Their", "their", "Its", "its"]
# "the judge", "the defense lawyer", "her lawyer", "the leader of Wexmoor District Council",
# "the Republican nominee" (a capitalised word must be in the person's description too)
_REFERENCE = compiled(
    # ("the vice-chancellor": a role's hyphenated first part; "the executive secretary": the
    # last of two role words)
    rf"(?:{word_start(_DETERMINERS)})\s+(?:[A-Za-z][\w’'-]*\s+){{0,2}}(?:{cues.ROLE_HYPHEN_PART})?"
    rf"(?P<role>(?i:{ROLE_WORDS}))\b(?:[\s-]+(?i:general)\b)?"  # ("the solicitor general")
    r"(?!\s+[A-Z][a-z])"  # "the Premier" is a role, "the Premier League" is not
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?P<of>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*))?"
)
# "the Wandr boss" when no manager is described: the firm's head by another title
_HEADS_OF_FIRMS = ("executive", "chairman", "chairwoman", "chair", "founder", "owner", "president")
_FIRMS_HEAD = compiled(
    r"(?:[Tt]he|[Ii]ts)\s+(?:[\w’'-]+\s+)?boss|[Tt]he\s+(?:[A-Z][\w’'-]*\s+|[a-z]+['’]s\s+)chief"
    r"|[Tt]he\s+(?P<kind>central\s+bank|bank|airline|club|fund|regulator)\s+chief"
)
_ITS_REACH = 120  # characters before a person's name where the body "its" means is named
_TURNED = compiled(r"\b(?P<was>[a-z]+)-turned-(?P<now>[a-z]+)\b")
_LESSER_RANK = compiled(r"\b(?:shadow|deputy|vice)[\s-]+")
_LT_GOV = compiled(r"\b(?:lt\.?|lieutenant)[\s-]+gov")  # a lieutenant governor
_CAPITALISED = compiled(r"(?<=\s)[A-Z][\w’'-]*")
# A role key no one is filed under, read as others' descriptions holding a word: "the premier"
# of "Former prime minister X", "the executive" of "chief medical officer X", "the MP" of "The
# Member of Parliament (MP) for Ketu North, X"
_BORROWED_KEYS = {
    "premier": (("minister",), "prime minister"),
    "executive": (("officer", "cfo"), "chief"),
    "mp": (("member",), "parliament"),
}
_LETTERS_REFERENCE = compiled(r"[Tt]he\s+([A-Z]{3,6})")


def _role_keys(description: str) -> list[str]:
    """The key a description is filed under; each title's of a run of them ("Det Sgt" is the
    detective and the sergeant)."""
    words = description.replace(".", " ").split()
    if len(words) > 1 and all(w in cues.TITLE_WORDS for w in words):
        # (and the phrase's own: "Attorney General" is the prosecutor as well as a lawyer)
        titles = [cues.ROLE_KEYS.get(w.lower()) for w in words] + [role_key(description)]
        return list(dict.fromkeys(k for k in titles if k))
    key = role_key(description)
    keys = [key] if key else []
    if "olympic" in description.lower() and key != "olympian":
        keys.append("olympian")  # "Olympic swimming champion Ellie Cartwright" … "the Olympian"
    return keys


_NAME_FOLLOWS = compiled(r",\s+[A-Z]")
_VC = compiled(r"(?<=\s)VC$")
_OWNER = compiled(r"^[A-Z][\w’'-]*['’]s\s+")


class RoleIndex:
    """Role key -> the people the article describes with it (built on first use)."""

    def __init__(self, text: str, people: list[str]) -> None:
        self._text = text
        self._people = people
        self._by_key: dict[str, list[tuple[str, str]]] | None = None
        self._described: dict[str, list[str]] | None = None
        self._answers: dict[str, list[str]] = {}
        self._described_as: dict[str, str | None] = {}
        self._from_place: dict[str, list[str]] = {}
        self._references: list[tuple[int, str]] | None = None
        self._lower_text: str | None = None

    def candidates(self, reference: str) -> list[str]:
        """People a role reference may mean: "the leader of X" also needs X in the description."""
        reference = _OWNER.sub("the ", " ".join(reference.split()))  # "Rennard’s father"
        reference = _VC.sub("vice-chancellor", reference)  # "the VC" of "Vice-Chancellor Prof X"
        if reference not in self._answers:
            self._answers[reference] = self._find(reference)
        return self._answers[reference]

    def references(self) -> list[tuple[int, str]]:
        """Where the text says "the judge", "her lawyer", …: (position, words)."""
        if self._references is None:
            text = self._text
            self._references = [
                (m.start(), m.group(0))
                for m in _REFERENCE.finditer(text)
                if not _NAME_FOLLOWS.match(text, m.end())  # "the referee, Anita Sorensen"
            ]
        return self._references

    def mentions(self, first_seen: dict[str, int]) -> list[tuple[int, str]]:
        """ "the judge" where the article introduced exactly one judge: a mention of her. A
        reader resolves "her lawyer" to someone already introduced, not one named later."""
        references = self.references()
        # each wording looked up once: a book says "the judge" thousands of times
        people_of = {r: self.candidates(r) for r in dict.fromkeys(r for _, r in references)}
        return [
            (at, people[0])
            for at, r in references
            if len(people := people_of[r]) == 1
            and first_seen.get(people[0], 0) < at
            and role_key(r) not in cues.KIN  # "her husband": the "her" in it is not him
        ]

    def _find(self, reference: str) -> list[str]:
        if turned := _TURNED.search(reference):  # "the nurse-turned-candidate": either trade
            now = reference[: turned.start()] + turned["now"] + reference[turned.end() :]
            was = reference[: turned.start()] + turned["was"] + reference[turned.end() :]
            return self._find(now) or self._find(was)
        match = _REFERENCE.fullmatch(reference)
        key = role_key(match.group(0)) if match else None
        if match is None or key is None:
            return self._by_initials(reference)
        of = (match["of"] or "").lower()
        index = self._index()
        described = index.get(key) or [
            d for k in MEMBER_ROLES.get(key, ()) for d in index.get(k, [])
        ]
        if not described and key in _BORROWED_KEYS:  # "the former premier" of "Former prime
            # minister X" (no other minister); see _BORROWED_KEYS
            keys, word = _BORROWED_KEYS[key]
            described = [d for k in keys for d in index.get(k, []) if word in d[1]]
        if not described and reference.lower() in ("his deputy", "her deputy"):  # "His deputy
            # said" of "Deputy Interior Minister X", filed as a minister
            described = [d for ds in index.values() for d in ds if "deputy" in d[1].split()]
        if not described and (head := _FIRMS_HEAD.fullmatch(reference)):  # "the Wandr boss",
            # "the airline’s chief": its head, by any title (not "the police chief"); "the
            # central bank chief": the head whose words hold "central bank"
            heads = (*_HEADS_OF_FIRMS, "governor") if head["kind"] else _HEADS_OF_FIRMS
            described = [d for k in heads for d in index.get(k, []) if (head["kind"] or "") in d[1]]
        for word in _CAPITALISED.findall(reference, 0, match.start("role")):
            # "the Indigo Coast professor": "Professor Megan Drury of Indigo Coast University"
            kept = [
                (name, words)
                for name, words in described
                if word.lower() in words
                or word.lower() in self._all_words(name)
                or self._its_head(word, name, words)
                or abbreviates(word, words)  # "the APC chieftain": "of the All Progressives …"
            ]
            # (a faith the article never wrote beside its one cleric, "the Islamic cleric"; _party)
            if kept or not (word in FAITH_WORDS or self._party(word, described, match["role"])):
                described = kept
        if "former" not in reference:  # "the premier" is not "Former premier Gladys Berejiklian"
            described = [(name, words) for name, words in described if "former " not in words]
        lesser = _LESSER_RANK.search(reference.lower())
        if not lesser:  # "the home secretary" is not "the shadow
            # home secretary", "the chief constable" not "the deputy chief constable"
            role = re.escape(match["role"].lower())
            rank = compiled(rf"{_LESSER_RANK.pattern}(?:[a-z]+\s+)?{role}")
            # (by name: "Vice President Luca Ferrante" is described as "president" too)
            lesser_ones = {name for name, words in described if rank.search(words)}
            described = [(name, words) for name, words in described if name not in lesser_ones]
            if "prime" not in reference.lower():  # "the minister" is not the prime minister
                premiers = {name for name, words in described if "prime minister" in words}
                described = [d for d in described if d[0] not in premiers] or described
        else:  # "the deputy minister" is not the minister, but may be "his deputy, Ms X"
            # a whole word, so "vice" is not in "service" and is in "vice-chair"
            rank_word = compiled(rf"\b{lesser.group().strip(' -')}\b")
            described = [(n, w) for n, w in described if rank_word.search(w)] or [
                (name, words.lower())
                for name, descriptions in self.described().items()
                for words in descriptions
                if rank_word.search(words.lower())
            ]
        if match["role"].lower() in ("governor", "gov"):  # "the governor" is not "Lt. Gov. X"
            lieutenant = _LT_GOV.search(reference.lower()) is not None
            described = [(n, w) for n, w in described if bool(_LT_GOV.search(w)) == lieutenant]
        # "the majority leader": of several leaders, the one described with "majority"
        modifiers = reference[match.start() : match.start("role")].lower().split()[1:]
        if modifiers and len(described) > 1:
            fits = [(n, w) for n, w in described if all(m in w.split() for m in modifiers)]
            described = fits or described
        return list(dict.fromkeys(name for name, words in described if of in words))

    def _party(self, word: str, described: list[tuple[str, str]], role: str) -> bool:
        """Whether `word` is letters the text writes nowhere but before `role`, beside the one
        person so described ("the NDC MP"): a party's, which the description need not hold."""
        alone = word.isupper() and len(described) == 1
        return alone and not re.search(
            rf"\b{re.escape(word)}\b(?!\s+{re.escape(role)})", self._text
        )

    def _by_initials(self, reference: str) -> list[str]:
        """ "the PDC": whoever the article titled "… Provincial Development Coordinator"."""
        letters = _LETTERS_REFERENCE.fullmatch(reference)
        if letters is None:
            return []
        return [
            name
            for name, descriptions in self.described().items()
            if any(
                initials_of_role(letters[1], words)
                and (role_key(words.split()[-1]) or words.endswith(" of Police"))  # "the DCP"
                for words in descriptions
            )  # (not "the BBC" of "director general of the British Broadcasting Corporation")
        ]

    def _its_head(self, word: str, name: str, words: str) -> bool:
        """ "Shares in Wandr fell after its chief executive, Hugo Fairbairn, admitted …": a
        description that opens with "its" is of the body named just before the person."""
        if not words.startswith(("its ", "their ")):
            return False
        at = self._text.find(name)
        return at > 0 and word in self._text[max(0, at - _ITS_REACH) : at]

    def described(self) -> dict[str, list[str]]:
        """The article's words about each person (appositives, roles before the name)."""
        if self._described is None:
            self._described = describe(self._text, self._people)
        return self._described

    def described_as(self, who: str) -> str | None:
        """ "A senior signalling engineer" is "Neil Brathwaite, 56, a senior signalling engineer
        who …", when one person only is described so."""
        words = " ".join(who.lower().split())
        if words not in self._described_as:  # each reads the whole text: once per wording
            self._described_as[words] = self._find_described(words)
        return self._described_as[words]

    def _find_described(self, words: str) -> str | None:
        if words.startswith("the "):
            return self._described_again(words.split()[1:])
        head, clause, _ = words.partition(" who ")  # "a firefighter who was among the first …"
        if clause and self._lowered().count(words) < 2:
            return None  # the clause must describe someone again, after their name
        if not head.startswith(("a ", "an ")) or len(words.split()) < 3:
            return None
        people = [
            name
            for name, phrases in self.described().items()
            if any(p.lower().startswith(head) for p in phrases)
        ]
        return people[0] if len(people) == 1 else None

    def from_place(self, place: str) -> list[str]:
        """People described as from a place ("an electrician from Kilmallow", "Cork-born"); each
        place is looked up once, as a book may say "the Kilmallow man" many times."""
        if place not in self._from_place:
            lowered = re.escape(place.lower())
            at_home = compiled(rf"\b(?:from|of|in)\s+{lowered}\b|\b{lowered}-born\b")
            self._from_place[place] = [
                name
                for name, phrases in self.described().items()
                if any(at_home.search(phrase.lower()) for phrase in phrases)
            ]
        return self._from_place[place]

    def _all_words(self, name: str) -> str:
        """Everything the article says about a person, in lower case, as one string."""
        return " | ".join(self.described().get(name, [])).lower()

    def _described_again(self, words: list[str]) -> str | None:
        """ "the retired mail carrier": the one person described as "a retired mail carrier"
        (whole, not "a retired mail carrier's son"), before a clause or a place if any."""
        if len(words) < 2 or not all(w.isalpha() and w.islower() for w in words):
            return None
        people = [
            name
            for name, phrases in self.described().items()
            for phrase in phrases
            if phrase.lower().startswith(("a ", "an "))
            and HEAD_OF_PHRASE.split(phrase.lower(), 1)[0].split()[1:] == words
        ]
        return people[0] if len(people) == 1 else None

    def _lowered(self) -> str:
        """The text in lower case, made once: a book-length text is not copied per lookup."""
        if self._lower_text is None:
            self._lower_text = self._text.lower()
        return self._lower_text

    def _index(self) -> dict[str, list[tuple[str, str]]]:
        if self._by_key is None:
            self._by_key = {}
            for name, descriptions in self.described().items():
                for description in descriptions:
                    for key in _role_keys(description):
                        self._by_key.setdefault(key, []).append((name, description.lower()))
        return self._by_key


def plural_reference(words: str) -> bool:
    """ "the researchers", not "the witness" or "the boss"."""
    return words.endswith("s") and not words.endswith("ss")

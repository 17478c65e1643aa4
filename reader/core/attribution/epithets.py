"""A person called by their nationality or home city: "said the Scot", "said the Dubliner".
Sports and foreign copy use it for someone named before. The one meant is the person whose own
words in the article give that nationality ("Owain Pritchard, the former Wales flanker"); else,
when the others named before are given another one ("Englishman Tom Redfern"), the one person
left; else the person the report is about, named first as its subject ("Rasmus Holm shot a
final-round 66 …" then "said the Dane"), unless given another nationality."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.core.attribution.demonyms import NATIONALITIES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.subjects import is_subject, role_subject

_WORDS_OF = {d: frozenset(w.split()) for ds, w in NATIONALITIES.items() for d in ds.split()}
_ALL_WORDS = frozenset().union(*_WORDS_OF.values())
_EPITHET = compiled(
    r"(?:[Tt]he)\s+(?:(?:young|veteran|former|in-form|experienced|world\s+No\.?\s*\d+)\s+)?"
    rf"(?P<demonym>{'|'.join(sorted(_WORDS_OF, key=len, reverse=True))})"
)
# "the Omani minister": a nationality's adjective, then a role
_SHOWN_BY = {word: words for words in _WORDS_OF.values() for word in words if word[0].isupper()}
_DEMONYM_ROLE = compiled(
    rf"[Tt]he\s+(?P<demonym>{'|'.join(sorted(_SHOWN_BY, key=lambda w: (-len(w), w)))})"
    r"\s+(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
)
_BEFORE_NAME = 40  # characters before a name read for "Englishman", "Scottish golfer"
_RUN_OPENER = 12  # characters at a mention read for its first word
_JOINT_SUBJECT = compiled(r"(?:[A-Z][\w’'.-]*\s+){1,4}and\s+[A-Z]")
# ", the former Wales flanker," right after a name
# (or where they are from: ", who grew up in Dublin,")
_APPOSITIVE = compiled(
    r"[^,.;“”\"]{0,40}?,\s+(?:the|a|an|(?:who\s+(?:grew\s+up|was\s+(?:born|raised|brought\s+up)"
    r"|lives|lived)\s+in|from|of)(?=\s+[A-Z]))\s+(?P<words>[^,.;“”\"]{1,80})"
)
_WORD = compiled(r"[A-Z][a-z]+")
# (a role only: not "Spain's Carla Montalbán beat the champion, X")
_OWNER_BEFORE = compiled(
    r"\b([A-Z][a-z]+)['’]s\s+(?:[a-z]+\s+){0,3}"
    r"(?:[a-z]+|[A-Z][a-z]+(?:\s+(?:of|for|and|the|[A-Z][a-z]+))*),\s+$"
)


def demonym_of(who: str) -> frozenset[str] | None:
    """The nationality words of "the Scot", if the words are such an epithet."""
    match = _EPITHET.fullmatch(" ".join(who.split()))
    return _WORDS_OF[match["demonym"]] if match else None


def demonym_and_role(who: str) -> tuple[frozenset[str], str] | None:
    """(the nationality's words, "the minister") of "the Omani minister", if `who` is so."""
    match = _DEMONYM_ROLE.fullmatch(" ".join(who.split()))
    return (_SHOWN_BY[match["demonym"]], f"the {match['role']}") if match else None


# A person called by a place no list above holds: "the Kerryman", "the Nova Scotian", "the
# Aucklander", or by a place and a noun: "the Haryana youngster", "the Navy veteran"
_PLACE_EPITHET = compiled(
    r"[Tt]he\s+(?:(?:young|veteran|former)\s+)?(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
    r"(?:\s+(?P<noun>[a-z][a-z-]+))?"
)
# Newspapers' names that end as a demonym would ("According to The Guardian, …")
_TITLES_OF_PAPERS = frozenset(
    "Guardian Observer Examiner Register Reporter Leader Enquirer Inquirer Advertiser Recorder "
    "Courier Mercury Sentinel".split()
)
_DEMONYM_ENDS = ("woman", "man", "er", "ian", "an", "n")  # Kerry-man, Auckland-er, Scotia-n


def place_epithet(who: str, person_nouns: Callable[[str], bool]) -> frozenset[str] | None:
    """The words that show the place of "the Kerryman" or "the Haryana youngster" next to a
    name (the place's own and the stems of a demonym), if `who` is such an epithet: a demonym
    alone, or a place before a noun for a person (`person_nouns`)."""
    match = _PLACE_EPITHET.fullmatch(" ".join(who.split()))
    if match is None:
        return None
    words = match["place"].split()
    last = words[-1]
    stems = {last[: -len(end)] for end in _DEMONYM_ENDS if last.endswith(end)}
    stems = {stem for stem in stems if len(stem) >= 4}
    if match["noun"] is None and (not stems or last in _TITLES_OF_PAPERS):
        return None  # "the Smiths", "the Guardian": no one from a place
    if match["noun"] is not None and not person_nouns(match["noun"]):
        return None  # "the Labour manifesto"
    return frozenset({*words, *stems})


def epithet_sex(who: str) -> str | None:
    """ "the Corkman" is a man and "the Kerrywoman" a woman ("the German", "the Roman": no
    place of four letters before "man"); "the Dubliner" may be either."""
    last = who.split()[-1]
    for end, sex in (("woman", "female"), ("man", "male")):
        if last.endswith(end) and len(last) - len(end) >= 4:
            return sex
    return None


def given_nationality(text: str, mentions: Sequence[tuple[int, str]], name: str) -> bool:
    """Whether the article gives `name` a nationality or a home where it names them
    ("Englishman Tom Redfern"): then "the Dane" cannot be the one person near by default."""
    return any(_places_near(text, at) & _ALL_WORDS for at, who in mentions if who == name)


def _places_near(text: str, at: int) -> set[str]:
    """The words before a mention at `at`, the run's first word and its appositive's words."""
    words = set(_WORD.findall(_own_phrase(text[max(0, at - _BEFORE_NAME) : at]))[-3:])
    owner = _OWNER_BEFORE.search(text, max(0, at - 2 * _BEFORE_NAME), at)
    if owner:  # "Oman’s Minister of Energy and Minerals, X"
        words.add(owner[1])
    words |= set(_WORD.findall(text, at, at + _RUN_OPENER)[:1])  # "Englishman Tom Redfern"
    appositive = _APPOSITIVE.match(text, at)
    if appositive:
        words |= set(_WORD.findall(appositive["words"]))
    return words


def person_of_nationality(
    nationality: frozenset[str],
    text: str,
    mentions: Sequence[tuple[int, str]],
    known: frozenset[str] = _ALL_WORDS,
) -> tuple[str, str] | None:
    """(name, how) of the people named at `mentions` ((where, name), those before the epithet):
    the one described with the nationality ("epithet"), else the one left when every other is
    given another ("epithet-left"). `known`: the place words read next to a name."""
    shown: dict[str, set[bool]] = {}  # name -> whether each nationality seen is this one
    for at, name in mentions:
        seen = shown.setdefault(name, set())
        for word in _places_near(text, at) & known:
            seen.add(word in nationality)
    matching = [name for name, seen in shown.items() if True in seen]
    if matching:
        return (matching[0], "epithet") if len(matching) == 1 else None
    unknown = [name for name, seen in shown.items() if not seen]
    if len(unknown) == 1 and len(shown) > 1:
        return unknown[0], "epithet-left"
    topic = topic_person(text, mentions[0] if mentions else None)
    return (topic, "topic") if topic is not None and not shown.get(topic) else None


def _own_phrase(before: str) -> str:
    """The words before a name that belong to its phrase: "the Texas senator and Donald Trump"
    gives Trump no "Texas"."""
    return _PHRASE_BREAK.split(before)[-1]


# (a full stop after a word, not after "Gov." or "Dr.")
# (nor a dateline's place: "SPA-FRANCORCHAMPS, Belgium — Henrike Solberg")
_PHRASE_BREAK = compiled(r"[,;]\s|(?<=[a-z]{4})\.\s|\s(?:and|or|with|from|than|to|[—–])\s")


def topic_person(text: str, first: tuple[int, str] | None) -> str | None:
    """The person named first (`first`: where, and who), if as the subject of their sentence:
    whom a sports report or a profile is about ("Danny Mwangi scored twice …"), and whom "the
    Dane" or "the striker" means when the article gives no one that nationality or position."""
    if first is None or _JOINT_SUBJECT.match(text, first[0]):
        return None  # "Callum Strachan and Ewan Doig tied for the lead": about both
    at = first[0]
    # ("Rally leader Janne Koskivaara lost almost two minutes …": a role may open the sentence)
    if is_subject(text, at) or role_subject(text, at) or _OPENER_BEFORE.search(text, 0, at):
        return first[1]
    return None


# The article's first words are an opening phrase and then the name: "For her new novel, ‘Quiet
# Harbour’, Sunita Rajan spent …", "At 38, goalkeeper Simone Adair is …"
_OPENER_BEFORE = compiled(r"\A\s*(?:#[^\n]*\n+\s*)?[A-Z][^.\n“”\"]{2,80},\s+(?:[a-z]+\s+){0,2}$")

"""A role the article never gives anyone in those words, when one person only is near: "Valeria
Montes started Cantera Tiles in her garage …. “…,” the founder said" (she founded it; the article
says so with a verb, not the noun), "Owen Rhys-Davies made the announcement …. The minister said";
and an epithet of a place or a service ("the Durbanite", "the former Marine"), which is never a
speaker's name.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.roles import role_key

if TYPE_CHECKING:
    from reader.core.attribution.cast import Entity

# "the founder", "The director", "the former miner": a singular description
# (or an office by its initials, elected or not: "the MLA", "the MLA-elect")
_SINGLE_ROLE = compiled(
    rf"[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?:[a-z-]+(?<!s)|{cues.ROLE_INITIALS}(?:-elect)?)"
)
# an epithet of a place or a service, never a name: "the Cantabrian", "the former Marine" (not a
# paper: "the Guardian"; nor the Holy See)
# ("the Brooklyn-born chef": a description whose capitals qualify a noun, qualified_nouns.py)
EPITHET = compiled(
    r"[Tt]he\s+(?:[a-z-]+\s+){0,2}(?!(?:Guardian|Vatican)\b)"
    r"(?:[A-Z][a-z-]+(?:an|ite|ine|ese)|(?:[A-Z][\w’'.-]*\s+){1,3}[a-z][\w-]*(?<!s)"
    # nationalities with other endings: "the Thai", "the Spaniard", "the Swede", "the Serb"
    r"|Thai|Iraqi|Pakistani|Israeli|Saudi|Kuwaiti|Omani|Yemeni|Bangladeshi|Nepali|Somali|Emirati|"
    r"Qatari|Azerbaijani|Spaniard|Swede|Dane|Pole|Swiss|Greek|Czech|Scot|Finn|Turk|Croat|Serb|"
    r"Slovak|Kiwi|Aussie|Argentine)"
)
# a body ("the club", "the regulator"), a source kept unnamed ("the official"), anyone ("the
# man": often someone in a crowd the article never names) or a head of state ("the president":
# the article may name him once, far above)
_NOT_ONE_NAMED = compiled(
    rf"{cues.COMMON_SOURCE}|[Tt]he\s+(?:[a-z-]+\s+)?(?:source|official|insider|aide|person|"
    r"spokes[a-z]+|man|woman|guy|lady|boy|girl|gentleman|president|prime\s+minister|pope|king|"
    r"queen|chancellor|"
    r"family|couple|parents)"  # "the family said": many, not the one person named before
)
# a word for what someone does, right before their name ("the violinist Ingrid Valde")
_ROLE_BEFORE = compiled(
    r"(?<=\s)(?!(?:after|under|over|whether|never|ever|rather|either|neither|other|another|her|"
    r"their|for|or|per)\s)[a-z][\w-]*(?:ist|er|or|ian|ant)\s+$"
)
_SOMEONE_ELSE = compiled(r"\b(?:other|another|second|fellow|new)\b")
_OWNER_REACH = 300
_PARAGRAPHS_BACK = 2  # this paragraph and the one before it


def only_person_near(
    who: str,
    at: int,
    text: str,
    timeline: list[tuple[int, str]],
    is_person: Callable[[str], bool],  # a person of the cast whose sex the article shows
    described: dict[str, list[str]],
    relatives: dict[str, str],  # someone introduced as kin ("his wife, Janet") -> whose
    epithet: bool = False,  # `who` may be an EPITHET
) -> str | None:
    """The one person named in this paragraph and the one before, before `at`, whom the article
    gives no other role (`described`: the article's words about each; "the violinist Ingrid
    Valde" is no conductor)."""
    shape = EPITHET if epithet else _SINGLE_ROLE
    if shape.fullmatch(who) is None or _NOT_ONE_NAMED.fullmatch(who):
        return None
    if _SOMEONE_ELSE.search(who) or _owner_near(who, at, text):
        return None  # "the other mother"; "the coroner's office" (no coroner is named)
    start = at
    for _ in range(_PARAGRAPHS_BACK):
        while start > 0 and text[start - 1].isspace():  # past the blank line between paragraphs
            start -= 1
        start = text.rfind("\n", 0, start) + 1
    low = bisect.bisect_left(timeline, (start, ""))
    high = bisect.bisect_left(timeline, (at, ""))
    named = [(pos, name) for pos, name in timeline[low:high] if is_person(name)]
    people = {name for _, name in named}
    # "Derek Fothergill, 71, … for his wife, Janet": not Janet, brought in as his kin
    people -= (
        {relative for relative, of in relatives.items() if of in people}
        if len(people) > 1
        else set()
    )
    if len(people) != 1:
        return None
    person = people.pop()
    named = [(pos, name) for pos, name in named if name == person]
    roles = {role_key(words) for words in described.get(person, [])}
    # "the violinist Ingrid Valde": the role-word right before a name
    roles |= {
        role_key(found[0]) or found[0].strip()
        for pos, _ in named
        if (found := _ROLE_BEFORE.search(text, max(0, pos - 40), pos))
    }
    roles.discard(None)
    if epithet and who.split()[-1][:1].isupper():
        return person  # "the Italian" of "AC Montereggio coach X": a nationality is no role
    return person if not roles or (role_key(who) or who.split()[-1]) in roles else None


def _owner_near(who: str, at: int, text: str) -> bool:
    """Whether the words near `at` are `who` as an owner: "the coroner's office said"."""
    window = text[max(0, at - _OWNER_REACH) : at + _OWNER_REACH]
    return any(f"{who}{mark}s " in window for mark in "'’")


# "the Frenchwoman said", "the Dutchman said": a nationality in one word with its sex, as a
# sports or Brussels report calls someone it named (read as the one person of that sex)
_DEMONYM = compiled(
    r"[Tt]he\s+(?:[a-z-]+\s+)?(?:French|Dutch|English|Irish|Scots|Welsh|Cornish|Manx)"
    r"(?P<sex>man|woman)"
)


def demonym_sex(who: str) -> str | None:
    """ "male" for "the Dutchman", "female" for "the Frenchwoman"; None for other words."""
    match = _DEMONYM.fullmatch(who)
    return None if match is None else ("female" if match["sex"] == "woman" else "male")


def only_person_of(entities: Iterable[Entity], sex: str) -> str | None:
    """The one person of that sex among `entities`, if there is exactly one."""
    people = [e.name for e in entities if e.kind == "person" and e.gender == sex]
    return people[0] if len(people) == 1 else None

"""A reference by the word that stood before a person's name: "the ruckman said" after
"Tallarook Magpies ruckman Sam Keogh", whatever the role list knows of ruckmen. Used only when
no one is described by a known role of that name."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from reader.core.attribution.pattern_cache import compiled

# "the ruckman", "the Winnipeg defenceman": one lower-case noun at the end
_REFERENCE = compiled(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+)?(?P<noun>[a-z][a-z-]{3,})")
_REACH = 6000  # characters back: the noun and the name stand a few paragraphs before at most


# ranks whose word is no role key (it opens bodies' names: General Motors), by their short form
_SHORT_TITLES = {"general": ("Gen.", "Gen")}


def person_after_noun(
    who: str, at: int, text: str, named_at: dict[int, str], is_person: Callable[[str], bool]
) -> str | None:
    """The one person named before `at` right after the reference's noun, if there is one.
    `named_at`: where each mention of someone starts, and whom it names."""
    reference = _REFERENCE.fullmatch(" ".join(who.split()))
    if reference is None:
        return None
    noun = reference["noun"]
    people = {
        named_at[end]
        # "ruckman Sam Keogh", "Ruckman Sam Keogh"; "Maj. Gen. Patricia Dunmore"
        for word in (noun, noun.capitalize(), *_SHORT_TITLES.get(noun, ()))
        for end in _ends_after(text, f"{word} ", max(0, at - _REACH), at)
        if end in named_at and is_person(named_at[end])
    }
    return people.pop() if len(people) == 1 else None


def _ends_after(text: str, words: str, start: int, end: int) -> Iterator[int]:
    """Where the text goes on after each whole-word `words` in text[start:end] (`str.find`:
    a regex scan of the pages before every unresolved reference cost 0.1 ms each)."""
    at = text.find(words, start, end)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-"):
            yield at + len(words)
        at = text.find(words, at + 1, end)

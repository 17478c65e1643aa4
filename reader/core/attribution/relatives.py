"""A person called by what they are to someone the article names: "the husband said" after
"Kehinde Adeyemi, a welder, and his wife, Bukola,", "the daughter said" after "Charmaine Petersen
… 35 years after her mother, Rosalind, graduated"."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.attribution.cast import Cast
from reader.core.attribution.pattern_cache import compiled

_THE_RELATIVE = compiled(r"[Tt]he\s+(?P<kin>husband|wife|daughter|son)")
_CHILDREN = {"daughter": "female", "son": "male"}


def spouse_or_child(
    who: str, cast: Cast, named_before: Callable[[str], bool]
) -> tuple[str, str] | None:
    """(name, how) of the one the article made someone's husband or wife, or whose wife or
    husband it named (one such couple only); or of the one whose mother or father it named by
    first name, of the sex "daughter" or "son" gives. `named_before`: whether a name was
    mentioned before the reference."""
    relative = _THE_RELATIVE.fullmatch(" ".join(who.split()))
    if relative is None:
        return None
    word = relative["kin"].lower()
    if word in _CHILDREN:
        fits = {
            kin.partner
            for kin in cast.relatives
            if kin.kin in ("mother", "father")
            and cast.is_person(kin.partner)
            and cast.entities[kin.partner].gender in (_CHILDREN[word], None)
        }
    else:
        other = "wife" if word == "husband" else "husband"
        fits = {
            couple.completed if couple.kin == word else couple.partner
            for couple in cast.couples
            if couple.kin in (word, other)
        }
    fits = {name for name in fits if named_before(name)}
    if len(fits) != 1:
        return None
    return fits.pop(), "child" if word in _CHILDREN else "spouse"

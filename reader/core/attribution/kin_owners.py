"""A parent or grandparent called by that word alone: "the grandmother said" after "Hinemoa Parata
set off with her grandson, Tane" is the woman whose grandson the article named (when no one is
described as a grandmother)."""

from __future__ import annotations

from collections.abc import Callable

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

_CHILDREN = "sons?|daughters?|children|kids"
_GRANDCHILDREN = "grandsons?|granddaughters?|grandchildren|grandkids"
# the word, the owner's pronoun and the children it has
_OWNERS = {
    "grandmother": ("her", _GRANDCHILDREN),
    "grandfather": ("his", _GRANDCHILDREN),
    "mother": ("her", _CHILDREN),
    "father": ("his", _CHILDREN),
}
_REACH = 1500  # characters back to the children's mention
_PATTERNS = {
    word: compiled(rf"\b[{owner[0].upper()}{owner[0]}]{owner[1:]}\s+(?:[a-z]+\s+)?(?:{children})\b")
    for word, (owner, children) in _OWNERS.items()
}


def owner_of_children(
    who: str, at: int, text: str, possessor: Callable[[str, int], Resolution | None]
) -> Resolution | None:
    """The person whose children (or grandchildren) were named last before `at`, for "the
    grandmother", "the father" (None for other words, or when no such children were named)."""
    words = who.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in _OWNERS:
        return None
    found = list(_PATTERNS[words[1]].finditer(text, max(0, at - _REACH), at))
    if not found:
        return None
    pronoun = "she" if _OWNERS[words[1]][0] == "her" else "he"
    owner = possessor(pronoun, found[-1].start())
    if owner is None or not owner.name:
        return None
    return Resolution(owner.name, "children", owner.gender)

"""Bodies named in French in English copy: "the Autorité Ivoirienne de Régulation des Filières
Agricoles said", "a spokesman for the Société Nationale de Navigation de la Casamance".

A French body's name runs on through small words ("de", "des", "du", "de l'", "aux", "et à la",
"pour la") that end an English name, so the runs of capitals that find English names cut these
in pieces ("Filières Agricoles" read as a person). A French head, perhaps a few adjectives, and
at least one French joiner make the whole name one body.
"""

from __future__ import annotations

import bisect

from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.romance_bodies import french_body_name

FRENCH_BODY = compiled(french_body_name("adjectives"))


def french_bodies(text: str) -> list[tuple[int, str]]:
    """(start, name) of every body named in French (not "Commission President Jean de Villiers":
    no given name among the words before the first joiner; the patterns exclude titles)."""
    if " de" not in text and " d'" not in text and " d’" not in text and " aux " not in text:
        return []
    found = []
    for match in FRENCH_BODY.finditer(text):
        words = match["adjectives"].split()
        if any(first_name_gender(w) is not None for w in words):
            continue
        found.append((match.start(), match.group()))
    return found


def with_french_bodies(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`found` with every French body added, and any name that starts inside one dropped."""
    french = french_bodies(text)
    if not french:
        return found
    starts = [at for at, _ in french]

    def inside_one(at: int) -> bool:
        index = bisect.bisect_right(starts, at) - 1
        return index >= 0 and at < starts[index] + len(french[index][1])

    return sorted([(at, name) for at, name in found if not inside_one(at)] + french)

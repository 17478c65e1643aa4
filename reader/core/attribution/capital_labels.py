"""A transcript's labels in capitals for people the article never names in running text:
"SHERIFF DALE MCKAY:" is Dale McKay (the office dropped), and a later "MCKAY:" is him too."""

from __future__ import annotations

from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled

# "MCKAY: We have a person of interest.": a surname alone, in capitals, as a label
ONE_WORD_LABEL = compiled(r"^\s*(?P<upper>[A-Z][A-Z'’-]{2,}):\s")


class CapitalLabels:
    """The people a transcript's capital labels name, by surname, in the order met."""

    def __init__(self) -> None:
        self._by_surname: dict[str, str] = {}

    def speaker(self, label: str) -> str | None:
        """The person a label names: from its first given name on ("COUNCIL MEMBER LEON
        FAIRBANKS" is Leon Fairbanks), or a surname a fuller label gave before."""
        words = label.split()
        if len(words) == 1:
            return self._by_surname.get(words[0])
        first = next(
            (i for i, word in enumerate(words[:-1]) if first_name_gender(word.lower())), None
        )
        if first is None:
            return None
        name = " ".join(_cased(word) for word in words[first:])
        self._by_surname.setdefault(words[-1], name)
        return name


def _cased(word: str) -> str:
    """ "MCKAY" -> "McKay", "O'NEILL" -> "O'Neill", "SMITH-JONES" -> "Smith-Jones"."""
    parts = [part.capitalize() for part in word.split("-")]
    cased = "-".join(parts)
    if cased.startswith("Mc") and len(cased) > 2:
        cased = "Mc" + cased[2:].capitalize()
    if cased[1:2] in ("'", "’") and len(cased) > 2:
        cased = cased[:2] + cased[2:].capitalize()
    return cased

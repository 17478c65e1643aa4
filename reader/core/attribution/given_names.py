"""People the article knows by one name it tells us is theirs: "a caller who gave his name as
Vic", "The caller was Loretta", "a woman identified only as Marisol". Each is a person of the
cast (with the gender the phrase shows), so "she said" after them can be them."""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.attribution.pattern_cache import compiled

_ONE_NAME = r"(?P<name>[A-Z][a-z’'-]{1,20})\b(?![^\S\n]+[A-Z])"  # one word: no surname follows
_GIVEN = (
    compiled(
        r"\b(?:gave|giving|gives)\s+(?P<own>his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+"
        + _ONE_NAME
    ),
    compiled(
        r"\bidentified\s+(?:herself\s+|himself\s+)?only\s+(?:as|by\s+(?P<own>his|her)\s+first\s+"
        r"name,?)\s+" + _ONE_NAME
    ),
    compiled(
        r"\b[Tt]he\s+(?P<own>caller|woman|man|listener|voice|speaker)\s+(?:was|is)\s+" + _ONE_NAME
    ),
)
_FEMALE = frozenset({"her", "woman"})
_MALE = frozenset({"his", "man"})


def given_names(text: str) -> Iterator[tuple[int, str, str | None]]:
    """(where, name, gender) of each person named this way."""
    if "name" not in text and " was " not in text and " is " not in text:
        return
    for pattern in _GIVEN:
        for match in pattern.finditer(text):
            own = match["own"]
            gender = "female" if own in _FEMALE else "male" if own in _MALE else None
            yield match.start("name"), match["name"], gender

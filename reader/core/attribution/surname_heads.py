"""Surnames that are also the last word of a body's name: "Ruth Banks", "Maxine Waters" and
"Mayor Theodore Banks" are people, though "Osterley Banks", "Severn Waters" and "Crown Court"
would be bodies. A known first name or a person's title before the surname decides it."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_gender

_SURNAME_HEADS = frozenset({"Banks", "Waters", "Court"})


def names_a_person(name: str) -> bool:
    """Whether capitalised words ending in a body's head word are a titled or first-named
    person's name ("Rep. Maxine Waters", "Ruth Banks", "Sheriff Aurelio Banks of Yancey County";
    not "Osterley Banks")."""
    words = name.split(" of ", 1)[0].split()  # ("Sheriff Aurelio Banks of Yancey County")
    if not words or words[-1] not in _SURNAME_HEADS:
        return False
    titled = False
    while len(words) > 2 and words[0].rstrip(".") in cues.TITLE_WORDS:
        words, titled = words[1:], True
    return len(words) == 2 and (titled or first_name_gender(words[0]) is not None)

"""What a mention resolves to: a name (or None for a source the article does not name), how it
was found, and the gender the article shows for it."""

from __future__ import annotations

from dataclasses import dataclass

PRONOUN_WINDOW = 2500  # characters back in which a person of unknown gender may be "she"
# the pronoun a possessive's owner is read as: "her reply" is the reply of whom "she" means
SUBJECT_OF_OWNER = {"his": "he", "her": "she", "its": "it", "their": "they"}


@dataclass(frozen=True, slots=True)
class Resolution:
    name: str | None  # None: a source the article does not name ("officials")
    how: str  # "named", "surname", "title", "pronoun", "organisation", "registry", "unnamed"
    gender: str | None = None


def gender_of(pronoun: str) -> str:
    """The gender of "she" or "he"."""
    return "female" if pronoun == "she" else "male"

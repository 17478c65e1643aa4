"""What first names say about whom a pronoun means, for `genders`' vote count: the subject whose
first name fits the pronoun's sex better than the nearest name's, and where people whose first
names are a woman's or a man's were named."""

from __future__ import annotations

import bisect

from reader.core.attribution.first_names import first_name_gender

Timeline = list[tuple[int, str]]


def subject_fits_better(subject: str, nearest: str, female: bool) -> bool:
    """The sentence subject's first name is of the pronoun's sex and the nearest name's is
    neither, or the nearest name's is of the other sex and the subject's is not ("Ayotte voted for
    Donald Trump but said she …")."""
    if subject == nearest:
        return False
    sex = first_name_gender(subject)
    if sex is not None and (sex == "female") == female:  # ("Ewa Sadowska’s coach, Patrick
        # Lennihan, watched as she practised": she is Ewa)
        return first_name_gender(nearest) is None or against_first_name(nearest, female)
    return sex is None and against_first_name(nearest, female)


def against_first_name(voter: str, female: bool) -> bool:
    """Whether the voter's first name is of the other sex than the pronoun."""
    sex = first_name_gender(voter)
    return sex is not None and (sex == "female") != female


def mentions_by_name_sex(timeline: Timeline) -> dict[bool, list[int]]:
    """Where people are named whose first names are a woman's (True) and a man's (False)."""
    found: dict[bool, list[int]] = {True: [], False: []}
    for at, name in timeline:
        if sex := first_name_gender(name):
            found[sex == "female"].append(at)
    return found


def named_near(positions: list[int], at: int) -> bool:
    """Whether one of `positions` stands at most a few paragraphs before `at`."""
    index = bisect.bisect_left(positions, at)
    return index > 0 and at - positions[index - 1] <= _NEAR


_NEAR = 1500  # characters: a few paragraphs

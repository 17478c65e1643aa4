"""What first names say about whom a pronoun means, for `genders`' vote count: the subject whose
first name fits the pronoun's sex better than the nearest name's, and where people whose first
names are a woman's or a man's were named."""

from __future__ import annotations

import bisect

from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled

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


def joint_subject_voter(mentions: Timeline, female: bool) -> str | None:
    """Of a subject of two people ("Barangay Captain Leonila Dacanay and Barangay Kagawad Celso
    Manalo were at odds … He said"), the one whose first name is of the pronoun's sex when the
    other's is not; None when the names do not tell them apart. `mentions` opens with the two."""
    fits = [
        name
        for _, name in mentions[:2]
        if (sex := first_name_gender(name)) is not None and (sex == "female") == female
    ]
    return fits[0] if len(fits) == 1 else None


def joined_by_and(mentions: Timeline, masked: str) -> bool:
    """Whether the first two people named are joined by "and" into one subject."""
    if len(mentions) < 2:
        return False
    between = masked[mentions[0][0] : mentions[1][0]]
    return _AND_BETWEEN.fullmatch(between) is not None


# the first name's words, "and", then the second's title or role words ("… and ANC regional
# chairperson "), with no clause between (not "… said that taxes and …")
_AND_BETWEEN = compiled(
    r"(?!.*\b(?:that|said|says|told|who|which|when|while|but|after|with)\b)"
    r"[^,.;:()]{1,60}?\s+and\s+(?:[\w.’'-]+\s+){0,5}"
)


def joint_partner(timeline: Timeline, masked: str, at: int) -> str | None:
    """The person named right after the one at `at`, joined to them by "and" ("DA mayoral
    candidate Annelie Pretorius and ANC regional chairperson Vusi Mokoena clashed")."""
    index = bisect.bisect_right(timeline, (at, "\uffff"))
    if index == 0 or index >= len(timeline) or timeline[index - 1][0] != at:
        return None
    pair = timeline[index - 1 : index + 1]
    return pair[1][1] if joined_by_and(pair, masked) else None

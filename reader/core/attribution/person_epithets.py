"""Descriptions that stand for a person the article has named: an age ("the 31-year-old"), a
parent ("the mother of two"), a home ("the Kilmallow man"), a generation ("Carberry junior") or a
household ("the Devlin family"). Read into cues.MENTION."""

from __future__ import annotations

# "the 31-year-old", "the 29-year-old singer": a person the article has named (see ages.py); "a
# 23-year-old student" introduces someone new, whom the role grammar leaves unnamed
AGE_WORDS = (  # ("the 24-year-old Canadian": a nationality after the age)
    # (not "The 34-year-old said he …": a verb or a pronoun ends the description)
    # ("the 2741-rated Norwegian": a player's rating as an age is given)
    r"(?:\d{1,3}-year-old|\d{4}-rated)(?:\s+(?!(?:who|and|of|said|says|told|tells|added|adds|he|"
    r"she|they|it|was|is|has|had|would|will|did|does)\b)[a-z][a-z-]*){0,2}(?:\s+of\s+[a-z]+"
    # ("the 24-year-old Swede": nationalities with no such ending)
    r"|\s+(?:[A-Z][a-z]+(?:an|ese|ish|ine|on|er|i)|Swede|Dane|Finn|Pole|Czech|Scot|Greek|Thai|"
    r"Brit|Kiwi|Turk|Serb|Croat|Slovak|Swiss|Basque|Kurd|Uzbek|Kazakh|Tajik|Filipin[ao]|Monegasque)"
    r"(?![\w’'-]|\s+[A-Z]))?"
)
AGE_MENTION = rf"[Tt]he\s+{AGE_WORDS}"  # "the 46-year-old mother of seven"
# "the mother of two", "the father-of-three": a parent the article has just been writing about
MOTHER_WORDS = r"(?:(?:grand)?(?:mother|mum|mom)|gran|nan)"  # a parent_epithet's sex: hers
_PARENT_WORDS = (
    rf"(?:{MOTHER_WORDS}|(?:grand)?(?:father|dad)|grandad)[-\s]of[-\s](?:two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
)
PARENT_EPITHET = rf"[Tt]he\s+{_PARENT_WORDS}"
# "the Kilmallow man", "the Cork native": someone from a place the article gave (role_sources)
HOME_PLACE = r"[A-Z][\w’'-]*?[a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+)?"  # "Carraig Bán"
HOME_MALE = "man businessman father grandfather"
HOME_FEMALE = "woman businesswoman mother grandmother"
HOME_NOUNS = f"{HOME_MALE} {HOME_FEMALE} native resident teenager pensioner international"
HOME_WORDS = rf"{HOME_PLACE}\s+(?:{'|'.join(sorted(HOME_NOUNS.split()))})\b"
# "Carberry junior said": of a father and son, the son (generations.py)
JUNIOR_OR_SENIOR = r"[A-Z][\w’'-]+\s+(?:junior|senior)\b"
# "the Devlin family": a household, no one person of that name
FAMILY = r"[Tt]he\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+family\b"

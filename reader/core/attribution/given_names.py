"""People the article knows by one name it tells us is theirs: "a caller who gave his name as
Vic", "The caller was Loretta", "a woman identified only as Marisol". Each is a person of the
cast (with the gender the phrase shows), so "she said" after them can be them."""

from __future__ import annotations

from collections.abc import Iterator

from reader.core.attribution.pattern_cache import compiled

_NOUNS = ("caller", "woman", "man", "listener", "voice", "speaker")
_ONE_NAME = r"(?P<name>[A-Z][a-z’'-]{1,20})\b(?![^\S\n]+[A-Z])"  # one word: no surname follows
# "… her name (only) as Jess", after "gave" here and after "who gave" in a quote's trailer;
# "gave only his first name, Ahmed"
_GIVEN_AS = (
    r"(?:only\s+)?(?P<own>his|her|their)\s+(?:first\s+|full\s+)?name"
    r"(?:\s+(?:only\s+)?as\s+|(?<=first\sname),\s+)"
)
NAME_GIVEN_AS = _GIVEN_AS + _ONE_NAME
# "said one of them, who gave his name as Dmitri Volkonsky, 22": a whole name too, in a trailer
NAME_OR_NAMES_GIVEN_AS = _GIVEN_AS + r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)\b"
# Each pattern with the words a text must hold for it to be tried: a substring test is a
# thousand times cheaper than a scan of the text with the pattern.
_GIVEN = (
    (
        ("name as", "name only as", "first name,"),
        # ("asked that only her first name, Yesenia, be used")
        compiled(r"\b(?:gave|giving|gives|asked\s+that)\s+" + NAME_GIVEN_AS),
    ),
    (
        ("identified",),
        compiled(
            r"\bidentified\s+(?:herself\s+|himself\s+)?only\s+(?:as|by\s+(?P<own>his|her)\s+"
            r"first\s+name,?)\s+" + _ONE_NAME
        ),
    ),
    (
        ("real name", "name has been changed", "pseudonym"),
        # "Mariam, not her real name, has waited …", "Karim (whose name has been changed)"
        compiled(
            r"(?<![\w’'-])" + _ONE_NAME + r"\s*[,(]\s*(?:not\s+(?P<own>his|her|their)\s+real\s+"
            r"name|whose\s+name\s+has\s+been\s+changed|a\s+pseudonym)\b"
        ),
    ),
    (
        ("asked to be", "wished to be"),
        # "Jen, as she asked to be identified, has been in and out of …"
        compiled(
            r"(?<![\w’'-])"
            + _ONE_NAME
            + r",\s+as\s+(?P<own>she|he)\s+(?:asked|wished)\s+to\s+be\s+"
            r"(?:identified|called|known)\b"
        ),
    ),
    (
        ("goes by", "known by"),
        # "Solenne, the French-Senegalese designer who goes by her first name only, closed …"
        compiled(
            r"(?<![\w’'-])" + _ONE_NAME + r",\s+[^,.;“”\"]{0,80}?\bwho\s+(?:goes|is\s+known)\s+"
            r"by\s+(?P<own>his|her|their)\s+(?:first\s+|given\s+)?name(?:\s+(?:only|alone))?\b"
        ),
    ),
    (
        ("the single name", "the one name"),
        # "The Japanese designer who works under the single name Kaito": his only name here
        compiled(
            r"\bwho\s+(?:works|performs|writes|records|paints|designs|goes)\s+(?:under|by)\s+"
            r"the\s+(?:single|one)\s+name\s+" + _ONE_NAME
        ),
    ),
    (
        ("Witness ",),
        # a court's protected witness by a pseudonym: "Witness P-0417" (not a cipher alone,
        # "Witness H": an inquiry's anonymous witness, whom its reports keep unnamed)
        compiled(r"\b(?P<name>Witness\s+[A-Z]{1,3}-?\d{1,5})\b"),
    ),
    (
        tuple(f"{noun} {verb} " for noun in _NOUNS for verb in ("was", "is")),
        # "The caller was Loretta, from the Flats": a name with an appositive after it (not
        # "The woman was Hispanic and in her 20s", "The man was Black.")
        compiled(
            rf"\b[Tt]he\s+(?P<own>{'|'.join(_NOUNS)})\s+(?:was|is)\s+"
            r"(?![A-Z][a-z]*(?:an|ish|ese|ic|i)\b)" + _ONE_NAME + "(?=,)"
        ),
    ),
)
_FEMALE = frozenset({"her", "woman", "she"})
_MALE = frozenset({"his", "man", "he"})


def given_names(text: str) -> Iterator[tuple[int, str, str | None]]:
    """(where, name, gender) of each person named this way."""
    for needed, pattern in _GIVEN:
        if not any(words in text for words in needed):
            continue
        for match in pattern.finditer(text):
            own = match.groupdict().get("own")
            gender = "female" if own in _FEMALE else "male" if own in _MALE else None
            yield match.start("name"), match["name"], gender

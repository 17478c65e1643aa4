"""A named subject after a long opening: "Following Wednesday's leak of the report, which
concluded that she broke the rules, Clinton's campaign contended that …". The lead patterns
allow two comma-separated phrases before the subject; here the subject may follow any comma.
And a claim named by its owner anywhere in the sentence: "Mr. Trump's assertion that …"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.word_trie import word_trie

_LOWER_ROLE = (
    r"(?:(?:its|his|her|their|the)\s+)?(?:[a-z][\w-]*\s+){0,2}"
    rf"(?:{cues.TITLE}|(?:{cues.ROLE_NOUNS})\s+)(?={cues.PERSON})"
)
_THE_ROLE_SAID = rf"the\s+(?:[a-z]+\s+)?(?:{cues.ROLE_KEY_WORDS})\s+(?:said|says|told)\s"
LATE_LEAD = LazyPattern(
    # "…, as Republicans continue to warn that …"; not "…, as Breitbart reported a day later."
    # ("The claim … went further: Helmanek wrote on his campaign page that …": after a colon)
    r"[,:]\s+(?:(?:but|and|yet|so|then|while|although|though|because)\s+|as\s+(?=[^,]*\bthat\b))?"
    # "…, while state Sen. Roy Takamura said": a lower-case role may run into the name
    # ("Preaching at St Peter's, Bweranyangi, on Sunday, the bishop said that …": a role)
    rf"(?=[A-Z]|{_LOWER_ROLE}|{_THE_ROLE_SAID}){rp.WHO}(?:{rp.APPOSITIVES})?{rp.ASIDE}{rp.TIME}"
    rf"{rp.AUX}\s+{cues.ADVERB}(?<!who )(?<!which )(?P<verb>{rp.VERB})"
    # (not "…, Ms Herlihy said, and this year's event …": the cue closes the clause before)
    rf"(?:{rp.SETTING}|{rp.WHEN},?)\s+(?:that\s+)?(?!(?:and|but)\s)(?P<content>\S.+)$"
)
_MOST_COMMAS = 6  # the commas tried, from the first: a subject comes early, a list goes on
# "CNN pushed back after Ted Cruz blamed the network for …", "while Comey talked about the
# hackers, he didn't mention …": a subordinate clause's report, which ends at its comma.
_SUBORDINATORS = r"(?:after|while|since|before|although|though|until|once|when|because)"
MID_CLAUSE = LazyPattern(
    rf"^.*?\s{_SUBORDINATORS}\s+{rp.CLAUSE_SUBJECT_VERB}"
    # ("after Tobias Lindgren wrote in a note to clients that …": where it was said)
    # ("after the National Drainage Board said on Thursday that …": when it was said)
    rf"(?:(?<=told)(?P<whom>{rp.OBJECT}|{rp.TOLD_WHOM}))?(?:\s+{cues.STATEMENT_VENUE})?{rp.DAY}"
    r"\s+(?:that\s+)?"
    r"(?P<content>[^“”\",;]{12,}?)(?:[,;]\s|[.!?]?$)"
)
_OPENS_A_CLAUSE = compiled(rf"\s{_SUBORDINATORS}\s+(?:the\s+)?[A-Z]")


def late_lead(text: str) -> re.Match[str] | None:
    """The report of the subject after one of the sentence's commas or colons (the first that
    has one); a capitalised subject (or "the" and a role that said it) only: "…, he said" and
    "…, the candidate boasted" are the other patterns' to find."""
    for found, _ in zip(_COMMA_OR_COLON.finditer(text), range(_MOST_COMMAS), strict=False):
        match = LATE_LEAD.match(text, found.start())
        if match is not None and not _appositive(text, found.start(), match):
            return match
    return None


_COMMA_OR_COLON = compiled(r"[,:] ")


def _appositive(text: str, comma: int, match: re.Match[str]) -> bool:
    """ "Jim Prosser, Twitter's spokesman, declined": the words after the comma describe the
    name before it, which is the subject."""
    return text.startswith(",", match.end("who")) and bool(_ENDS_WITH_NAME.search(text, 0, comma))


_ENDS_WITH_NAME = compiled(r"[A-Z][\w’'.-]*$")


def mid_clause(text: str) -> re.Match[str] | None:
    """A named subject's report in a clause that opens after the sentence's start."""
    match = MID_CLAUSE.match(text) if _OPENS_A_CLAUSE.search(text) else None
    if match and match["who"][:4] in ("the ", "The ") and "that" not in _verb_to_content(match):
        return None  # "after the Paris attacks … will press": "the" opens no body's report here
    return match  # without "that" ("after the National Drainage Board said on Thursday that")


def _verb_to_content(match: re.Match[str]) -> str:
    return match.string[match.end("verb") : match.start("content")]


# "Despite Mr. Trump's claims that his net worth exceeds $10 billion", "Beck's contention was
# that …": a named person's claim, and what it claims (to the sentence's end: the claim has no
# cue of its own, and its clause seldom ends before the main verb is far behind it)
CLAIM_NOUNS = frozenset(
    "claim claims assertion assertions contention insistence suggestion argument warning "
    "prediction belief view accusation allegation charge".split()
)
POSSESSIVE_CLAIM = LazyPattern(
    rf"^.*?(?<![\w’'])(?P<who>{cues.PERSON})['’]s\s+"
    r"(?:(?:recent|false|repeated|continued|controversial|latest|earlier|own|public|frequent|"
    r"unfounded|baseless)\s+)*"
    rf"(?P<verb>{word_trie(CLAIM_NOUNS)})\b"
    # "X's argument, laid out over 300 pages of “The Unbuilt City”, is that …": an aside between
    rf"{rp.DAY}(?:,[^,;]{{1,120}},\s+(?:was|is)|\s+(?:was|is))?\s+that\s+"
    r"(?P<content>[^“”\"\s]\S*\s.+)$"
)


def possessive_claim(text: str) -> re.Match[str] | None:
    return POSSESSIVE_CLAIM.match(text) if "that" in text else None


# "Her view is that the levy will push …", "In his view, the mines were …": the view of whom the
# pronoun means (the one named before), opening the sentence
_HELD_WORDS = "view belief contention argument assessment conclusion opinion position prediction"
_HELD = f"(?:{'|'.join(_HELD_WORDS.split())})"
# (report_shapes tries the patterns below only on a sentence holding one of these)
VIEW_WORDS = frozenset([*_HELD_WORDS.split(), "estimation", "reckoning"])
_IS_THAT = r"\s+(?:is|was|has\s+(?:long\s+)?been|remains)\s+that"  # "… view is that …"
PRONOUN_CLAIM = LazyPattern(
    r"^(?:(?:But|And|Yet|So)\s+)?(?P<who>His|Her|Their)\s+(?:own\s+)?(?P<verb>"
    + _HELD
    + r")(?:,[^,;“”\"]{1,120},)?"  # ("His view, repeated at every hearing, is that")
    + _IS_THAT
    + r"\s+(?P<content>[^“”\"\s]\S*\s.+)$"
)
IN_PRONOUN_VIEW = LazyPattern(
    r"^(?:(?:But|And|Yet|So)\s+)?[Ii]n\s+(?P<who>his|her|their)\s+(?:own\s+)?"
    r"(?P<verb>view|estimation|opinion|assessment|reckoning)\s*,\s+"
    # (not "In her view, Justice Rowe found …": the clause's own subject and verb report it)
    r"(?![^,“”\"]{0,60}\b(?:said|says|found|finds|ruled|rules|wrote|writes|argued|argues)\b)"
    r"(?P<content>[^“”\"\s]\S*\s.+)$"
)
# "Coroner X’s view was that …, and she said …": the claim that opens the sentence is its report
OPENING_CLAIM = compiled(
    r"^(?:[\w.’'-]+\s+){0,5}?[\w’'-]+['’]s\s+(?:own\s+)?" + _HELD + _IS_THAT + r"\s"
)


# "It is the view of criminologist X, of the University of Y, that …", "The assessment of the
# Centre for Strategic Studies in Velgrad is that …": the holder named after the view word
VIEW_OF_CLAIM = LazyPattern(
    r"^(?:(?:But|And|Yet|So)\s+)?(?:(?P<it>It)\s+(?:is|was|has\s+(?:long\s+)?been|remains)\s+the"
    r"|The)\s+(?:considered\s+)?(?P<verb>" + _HELD + r")\s+of\s+"
    rf"{rp.WHO}(?:\s+(?:in|at)\s+[A-Z][\w’'-]*)?{rp.APPOSITIVES}"
    r"(?(it)\s+that|" + _IS_THAT + r")\s+(?P<content>[^“”\"\s]\S*\s.+)$"
)
VIEW_OF_OPENERS: tuple[str, ...] = ("it is the ", "it was the ", "it has been the ")
VIEW_OF_OPENERS += ("it has long been the ", "it remains the ", "the ", "but the ", "and the ")


# "In Obinna Ezeakor's telling, the idea came to him on a stalled train": the view is X's
IN_VIEW = LazyPattern(
    rf"^(?:(?:But|And|Yet|So)\s+)?[Ii]n\s+(?P<who>{cues.PERSON})['’]s?\s+"
    r"(?P<verb>telling|view|estimation|account|reckoning|opinion|judge?ment|assessment)\s*,\s+"
    r"(?P<content>[^“”\"]\S*\s.+)$"
)
IN_VIEW_OPENERS = ("in ", "but in ", "and in ", "yet in ", "so in ")


def owner_marked(lowered: str) -> bool:
    """Whether the words hold a possessive: "Osei's", or a name in s with its mark alone
    ("In Commissioner Patrick Loomis’ view, …")."""
    return "’s " in lowered or "'s " in lowered or "s’ " in lowered or "s' " in lowered


# "In the view of the Upper Tribunal, the account was “…”": the body's or person's view
IN_THE_VIEW_OF = LazyPattern(
    r"^[Ii]n\s+the\s+(?P<verb>view|opinion|estimation|judge?ment|assessment)\s+of\s+"
    rf"(?P<who>(?:the\s+)?{cues.ORG_NAME}|{cues.PERSON}),\s+(?P<content>[^“”\"]\S*\s.+)$"
)


# "The contrast with Trump, said Doyle and others, would be clear": the verb first, inside
# commas; "And that, as Trump points out, is quite a bit": an aside that reports the whole
_MIDDLE_VERB = (
    r"(?:said|says|wrote|writes|added|adds|noted|notes|argued|argues|explained|insisted|warned)"
)
_MIDDLE_AS_VERB = (
    r"(?:points?\s+out|pointed\s+out|put\s+it|puts\s+it|said|says|noted|notes|wrote|writes|"
    r"argued|argues|observed|observes|explained|explains)"
)
_FIRST = r"^(?P<content>(?P<first>[^,“”\"]{4,}?),\s+"  # ("Demand, said X, was holding up")
_SECOND = r",\s+(?P<second>[^“”\"]{12,}))$"
MIDDLE_INVERTED = LazyPattern(
    rf"{_FIRST}(?P<verb>{_MIDDLE_VERB})\s+{rp.WHO}(?:\s+and\s+others)?"
    # ("Beauty, said Harriet Oakes-Mallory of Lindqvist Partners, was …": her firm)
    r"(?:\s+(?:of|at)\s+[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3})?"
    rf"(?:{rp.APPOSITIVES})?{_SECOND}"
)
MIDDLE_AS = LazyPattern(rf"{_FIRST}as\s+{rp.WHO}\s+(?P<verb>{_MIDDLE_AS_VERB}){_SECOND}")
_MIDDLE_INVERTED_CUE = compiled(rf",\s+(?:{_MIDDLE_VERB}\s|as\s)")


def middle_inverted(text: str) -> re.Match[str] | None:
    if not _MIDDLE_INVERTED_CUE.search(text):
        return None
    return MIDDLE_INVERTED.match(text) or MIDDLE_AS.match(text)


# "Carson proposed an agency, while Jeb Bush in a Medium post said he would …": a second report.
SECOND_CLAUSE = compiled(
    rf"(?:,\s+(?:while|whereas|and|but)|\s+(?:while|whereas|and))\s+"
    # "…, while its sponsor, Rep. Annika Strand, D-Missoula, said …"
    # "…, while the Waterside Workers’ Alliance said …": a body too
    # "…, while its former chairman Colm Devane said", "…, while defence counsel Annalise Borg
    # said": a role run into the name (a role noun right before it, not "… and profit above
    # Wall Street estimates")
    # ("…, while Blue Channel's director, Sophie Marchetti, said": a body's, named)
    rf"(?:(?:its|his|her|their|the|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?['’]s)\s+"
    # ("…, while the chairman of the museum’s trustees, Sir Malcolm Everard, described")
    # ("…,” while the attorney for the plaintiffs, Jonah Leibowitz, said")
    rf"(?:[a-z]+\s+){{0,2}}[a-z]+"
    rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w’'-]*)?"
    rf"(?:,\s+|\s+(?=[A-Z]))"
    rf"|(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{cues.ROLE_NOUNS})\s+(?=[A-Z]))?"
    # ("…, while the secretary said the department needed …": a role named before)
    rf"(?P<who>{cues.PERSON}|he|she|the\s+{cues.ORG_NAME}"
    rf"|the\s+(?:[a-z]+\s+)?(?:{cues.ROLE_NOUNS})(?=\s+[a-z]))"
    # "…, and his lawyer, Marianne Oduya, said": the apposition's closing comma; "…, while
    # Councilman Doug Pryor, who supported it, warned": a short relative clause
    # ("…, while Claire Dubois of Oakridge Partners said": her firm)
    r"(?:,\s+[A-Z]{1,2}-[A-Z][\w.]*,|,\s+who\s+[^,“”\"]{2,60},|,"
    r"|\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,3})?"
    r"(?:\s+(?:in|on)\s+[^,“”\"]{1,40}?)?"
    rf"\s+(?P<verb>{rp.VERB})(?:\s+(?:in|on)\s+[^,“”\"]{{1,40}}?(?=\s+that\b))?\s+(?:that\s+)?"
    r"(?P<content>[^“”\"]\S*\s.+)$"
)

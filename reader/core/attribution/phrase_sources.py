"""A source the article describes but does not name: "Some delegates at the convention in
Philadelphia said …", "American law enforcement officials said …", "An earlier report in a New
Hampshire paper said …". Tried after every pattern with a named subject; the described words are the
source, the way an editor would cite them."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution.lazy_pattern import LazyPattern

# The noun that heads the phrase names a group that can speak, or a document that does. One
# unnamed person ("a source close to the couple") stays unnamed, as in the quote sieves.
_GROUPS = (
    "people men women officials sources insiders experts analysts scholars commentators "
    "observers critics supporters backers allies advocates activists organizers organisers "
    "protesters delegates members leaders elders voters residents workers employees staff "
    "staffers aides advisers advisors strategists operatives lawmakers legislators senators "
    "representatives politicians candidates founders executives investors economists "
    "scientists researchers doctors nurses teachers parents students veterans farmers owners "
    "donors friends relatives neighbors neighbours colleagues speakers attendees participants "
    "witnesses survivors families fans players coaches spokesmen spokeswomen spokespeople "
    "authorities prosecutors investigators lawyers attorneys diplomats negotiators producers "
    "editors reporters journalists correspondents historians pollsters consultants agents "
    "officers police troopers regulators auditors inspectors judges panel coalition committee "
    "board delegation democrats republicans conservatives liberals progressives americans "
    "citizens"
).split()
_HEAD_WORDS = frozenset(_GROUPS) | frozenset(cues.DOCUMENT_WORDS)
_ROLE_NOUNS = re.compile(rf"{cues.ROLE_NOUNS}s")  # "commissioners", "spokeswomen" are above

# "Some of Clinton's longtime allies": a quantifier's noun comes after "of".
_QUANTIFIER_OF = re.compile(
    r"^(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Aa]ll|[Nn]one|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|"
    r"[Bb]oth|[Ee]ach|[Dd]ozens|[Hh]undreds|[Tt]housands)\s+of\s+)"
)
# Where the head noun ends: a preposition, a relative pronoun, a participle ("Democrats
# trying to …", "a panel led by …"), or an adjective that takes a complement.
_AFTER_HEAD = re.compile(
    r"\s(?:of|for|in|on|at|with|from|by|to|about|across|inside|outside|under|near|who|whose|"
    r"familiar|close|involved|led|based|seen|sent|named|[a-z]+ing)\s"
)
# No finite verb before the relative clause: "The bill Smith has said" is no subject.
_FINITE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|that|which|"
    r"what|if|when|because|while|than|not)\b"
)
_PRONOUN_WORD = re.compile(
    r"\b(?:I|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|"
    r"[Tt]his|[Tt]hese|[Tt]hose)\b"
)

_DEFINITE_ONLY = re.compile(r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+\S+")
_OPENING = (
    rf"^(?:[-–—•]\s*)?{rp.DATELINE}"
    r"(?:(?:But|And|Yet|Still|So|Now|Meanwhile|However|Indeed|Instead)[,]?\s+)?"
    r"(?:(?:In|At|On|During|After|Before|Since|Over|Under)\s[^,“”\"]{2,50},\s+)?"
)
# ", however,", ", for instance,", "— including Muslims, Christians —", ", speaking on …,"
_ASIDE = (
    r"(?:\s*,\s*(?:however|though|too|meanwhile|for\s+instance|for\s+example|in\s+turn)\s*,"
    r"|\s+(?:—|–|--|-)\s+[^—–“”\"]{1,90}?\s*(?:—|–|--|-)"
    r"|,\s+(?:speaking|both|all|each|who|including)\s[^,“”\"]{1,140},)?"
)
PHRASE_LEAD = LazyPattern(
    rf"{_OPENING}(?P<who>[A-Za-z][^,;:“”\"()—–]{{2,120}}?){_ASIDE}{rp.AUX}\s+{cues.ADVERB}"
    rf"(?P<verb>{rp.VERB})(?:(?<=told)(?P<whom>{rp.OBJECT}|{rp.TOLD_WHOM}))?"
    rf"(?:{rp.SETTING}|{rp.WHEN},?)\s+(?:that\s+)?(?P<content>\S.+)$"
)


def phrase_lead(text: str) -> re.Match[str] | None:
    """The sentence's report, when its subject is a phrase that describes the source."""
    if not _has_head_word(text):
        return None  # a cheap no: the phrase's head is one of the sentence's words
    match = PHRASE_LEAD.match(text)
    return match if match and describes_a_source(match["who"]) else None


def _has_head_word(text: str) -> bool:
    return any(
        word in _HEAD_WORDS or (word.endswith("s") and _ROLE_NOUNS.fullmatch(word))
        for word in set(_WORD.findall(text.lower()))
    )


_WORD = re.compile(r"[a-z]+")


def describes_a_source(words: str) -> bool:
    """ "Some delegates at the convention", "An earlier report in a New Hampshire paper": a
    phrase headed by a group or a document, with no verb of its own before any relative clause."""
    if len(words.split()) < 2 and words.lower() not in _HEAD_WORDS:
        return False  # one capitalised word is a name, left to the named-subject patterns
    if _DEFINITE_ONLY.fullmatch(words):
        return False  # "The board said": one named before, which the resolver did not find
    before_who = words.split(" who ", 1)[0]
    if _FINITE.search(before_who) or _PRONOUN_WORD.search(before_who):
        return False
    head = _AFTER_HEAD.split(" " + _QUANTIFIER_OF.sub("", words) + " ", maxsplit=1)[0].split()
    if not head:
        return False
    noun = head[-1].lower()
    return noun in _HEAD_WORDS or bool(_ROLE_NOUNS.fullmatch(noun))

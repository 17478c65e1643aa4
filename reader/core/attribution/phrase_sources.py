"""A source the article describes but does not name: "Some delegates at the convention in
Philadelphia said …", "American law enforcement officials said …", "An earlier report in a New
Hampshire paper said …". Tried after every pattern with a named subject; the described words are the
source, the way an editor would cite them."""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.pattern_cache import compiled

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
    "citizens forecasters meteorologists engineers checkers fact-checkers"
).split()
_HEAD_WORDS = frozenset(_GROUPS) | frozenset(cues.DOCUMENT_WORDS)
_ROLE_NOUNS = compiled(rf"{cues.ROLE_NOUNS}s")  # "commissioners", "spokeswomen" are above

# "Some of Clinton's longtime allies": a quantifier's noun comes after "of".
_QUANTIFIER_OF = compiled(
    r"^(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Aa]ll|[Nn]one|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|"
    r"[Bb]oth|[Ee]ach|[Dd]ozens|[Hh]undreds|[Tt]housands)\s+of\s+)"
)
# participles that follow a document's noun: "The joint communiqué issued by the Council …",
# "A report tabled in parliament on Wednesday by the … Commission"
_DOCUMENT_PARTICIPLES = frozenset(
    "issued released published tabled prepared commissioned compiled filed presented submitted "
    "signed circulated drafted obtained".split()
)
# Where the head noun ends: a preposition, a relative pronoun, a participle ("Democrats
# trying to …", "a panel led by …"), or an adjective that takes a complement.
_AFTER_HEAD = compiled(
    r"\s(?:of|for|in|on|at|with|from|by|to|about|across|inside|outside|under|near|who|whose|"
    r"familiar|close|involved|led|based|seen|sent|named|[a-z]+ing|"
    # a document's participle: "The joint communiqué issued by …"
    rf"{'|'.join(sorted(_DOCUMENT_PARTICIPLES))})\s"
)
# No finite verb before the relative clause: "The bill Smith has said" is no subject.
_FINITE = compiled(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|do|does|did|that|which|"
    r"what|if|when|because|while|than|not|after|before|since|until|once|although|though)\b"
)
_PRONOUN_WORD = compiled(
    r"\b(?:I|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|"
    r"[Tt]his|[Tt]hese|[Tt]hose)\b"
)

# The subject is no conjunction's: "And officials …" are "officials …", "where speakers …" no one;
# nor a denial's ("Neither the army nor the fighters … have said whether …")
_NOT_A_CLAUSE = (
    r"(?!(?:[Nn]either|[Nn]or|[Nn]one|[Nn]o|[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Ss]till|[Nn]ow|[Ww]here|[Ww]hen|[Ww]hile|[Aa]s|[Ii]f|"
    r"[Bb]ecause|[Ww]hich|[Ww]ho|[Tt]hat|[Aa]lthough|[Tt]hough|[Ss]ince|[Aa]fter|[Bb]efore)\b)"
)
_PREPOSITION = compiled(r"(?:in|on|at|for|with|after|before|during|from|by|to)\s")
# A participle before the head is a verb ("Mook convened senior staff"), unless it is one of
# the adjectives news puts before people ("retired officers", "elected officials").
_VERB_ED = compiled(r"[a-z]{3,}ed")  # not "red", "led" or "bed"
_ADJECTIVE_ED = frozenset(
    "retired unnamed elected registered concerned frustrated disaffected unidentified undecided "
    "interested affected armed skilled trained licensed indicted accused alleged detained "
    "displaced experienced unaffiliated appointed embattled unaffected respected involved "
    "based named associated interviewed surveyed polled asked contacted reached quoted "
    "assembled gathered united organized organised hundred kindred indeed sacred naked wicked "
    "rugged beloved learned aged".split()
)
_PAST = frozenset(
    "held made took gave met sent won lost ran brought bought sold found kept left went came saw "
    "got began wrote spoke".split()
)
_ONE_OF = compiled(r"(?:[Oo]ne|[Ee]ach|[Nn]either|[Ee]ither)\s+of\s")
_OWNED_BY_THE_FIRST = compiled(r"^(?:his|her|their|its)\s")
_DEFINITE_ONLY = compiled(r"(?:[Tt]he|[Tt]hat|[Tt]his)\s+\S+")
_OPENING = (
    rf"^(?:[-–—•~]\s*)?{rp.DATELINE}"
    r"(?:(?:But|And|Yet|Still|So|Now|Meanwhile|However|Indeed|Instead)[,]?\s+)?"
    r"(?:[A-Z][^,“”\"]{0,100},\s+)??"  # "In several cases, ", "When her lead slipped, "
)
# ", however,", ", for instance,", "— including Muslims, Christians —", ", speaking on …,",
# ", on television or at campaign events,"
_ASIDE = (
    r"(?:\s*,\s*(?:however|though|too|meanwhile|for\s+instance|for\s+example|in\s+turn)\s*,"
    r"|\s+\([A-Z][A-Za-z]{1,8}\)"  # a body's initials: "… Investigation Commission (AAIC) said"
    r"|\s+(?:—|–|--|-)\s+[^—–“”\"]{1,90}?\s*(?:—|–|--|-)"
    r"|,\s+(?:speaking|both|all|each|who|whose|where|including|on|in|at|from|with|like|such|"
    r"many|most|some)\s[^,“”\"]{1,140},"
    # a document's: "Minutes of the … meeting, released on Tuesday, showed"
    r"|,\s+(?:released|published|issued|seen|obtained|dated)\s[^,“”\"]{1,60},)?"
)
# "Iowa biofuels advocates say": a head noun that is also a verb ends no subject
_NOT_A_HEAD = rf"(?!(?:{'|'.join(sorted(_HEAD_WORDS & rp.VERB_SET))})\b)"
_PHRASE = r"[A-Za-z][^,;:“”\"()—–]{2,120}?"
PHRASE_LEAD = LazyPattern(
    rf"{_OPENING}(?P<who>{_NOT_A_CLAUSE}{_PHRASE}){_ASIDE}{rp.AUX}\s+{cues.ADVERB}"
    rf"{_NOT_A_HEAD}{rp.NOT_PASSIVE}(?P<verb>{rp.VERB})(?:(?<=told)(?P<whom>{rp.OBJECT}|{rp.TOLD_WHOM}))?"
    rf"(?:{rp.SETTING}|{rp.WHEN},?)\s+(?:that\s+)?(?P<content>\S.+)$"
)
PHRASE_TAIL = LazyPattern(
    rf"^{rp.DATELINE}(?P<content>[^“”\"]{{20,}}?),\s+(?P<who>{_NOT_A_CLAUSE}{_PHRASE})"
    rf"{rp.AUX}\s+(?P<verb>said|say|says|added|noted|believe|believes|argued|argue|warned|warn|"
    r"agreed|agree|insisted|insist|contended|contend|estimated|estimate|predicted|predict|"
    r"acknowledged|acknowledge|reported|report|wrote|write|explained|explain|suggested|suggest|"
    r"think|thought|fear|feared|worry|worried|concluded|conclude|"
    r"told\s+(?:me|us|reporters|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))"
    r"(?:\s+(?:on|last|this|earlier|later)\s+[\w’'-]+)?[.!?]?$"
)


def phrase_patterns(
    text: str, lowered: str | None = None
) -> list[tuple[Callable[[str], re.Match[str] | None], str]]:
    """The two described-source patterns, worth trying only where the sentence has one of the
    words that can head the phrase (a cheap no, checked once for both). `lowered`: the text in
    lower case, when the caller has made it already."""
    if not _has_head_word(text.lower() if lowered is None else lowered):
        return []
    return [(phrase_lead, "phrase-lead"), (phrase_tail, "phrase-after")]


def phrase_lead(text: str) -> re.Match[str] | None:
    """The sentence's report, when its subject is a phrase that describes the source."""
    return _described(PHRASE_LEAD, text)


def phrase_tail(text: str) -> re.Match[str] | None:
    """ "…, French officials said.": the described source after the report."""
    return _described(PHRASE_TAIL, text)


def _described(pattern: LazyPattern, text: str) -> re.Match[str] | None:
    match = pattern.match(text)
    if match is None or not describes_a_source(match["who"]):
        return None
    after_verb = text[match.end("verb") : match.start("content")]
    if "," in after_verb and _PREPOSITION.match(match["content"]):
        return None  # "…, researchers reported on Wednesday, in one of the largest studies"
    return match


def _has_head_word(lowered: str) -> bool:
    words = set(_WORD.findall(lowered))
    if not _HEAD_WORDS.isdisjoint(words):  # one C-level test before the walk over the words
        return True
    return any(word.endswith("s") and _ROLE_NOUNS.fullmatch(word) for word in words)


_WORD = compiled(r"[a-zà-ÿ]+")  # "communiqué"
_NO_LAST_WORD = frozenset("who that which to of for in on at by with from the a an and or".split())


def _is_verb(word: str) -> bool:
    """A past tense in the phrase makes it a clause ("… held talks", "… arrested a man"); the
    participles news puts before or after people ("elected officials", "voters polled") do not."""
    return word in _PAST or (_VERB_ED.fullmatch(word) is not None and word not in _ADJECTIVE_ED)


def _without_document_participles(words: list[str]) -> list[str]:
    """The words, less a participle that comes right after a document's noun."""
    return [
        word
        for at, word in enumerate(words)
        if not (
            at and word in _DOCUMENT_PARTICIPLES and words[at - 1].lower() in cues.DOCUMENT_WORDS
        )
    ]


def describes_a_source(words: str) -> bool:
    """ "Some delegates at the convention", "An earlier report in a New Hampshire paper": a
    phrase headed by a group or a document, with no verb of its own before any relative clause."""
    if len(words.split()) < 2 and words.lower() not in _HEAD_WORDS:
        return False  # one capitalised word is a name, left to the named-subject patterns
    if _DEFINITE_ONLY.fullmatch(words):
        return False  # "The board said": one named before, which the resolver did not find
    if " - " in words or words.split()[-1] in _NO_LAST_WORD:
        return False  # a dateline's dash; "conservatives who| said": the relative clause's;
        # "… to protest against changes to| support payments": "support" is no verb there
    before_who = words.split(" who ", 1)[0]
    first, _, others = before_who.partition(" and ")
    if _FINITE.search(before_who) or _PRONOUN_WORD.search(first) or _ONE_OF.match(words):
        return False  # "One of the officials said": one unnamed person stays unnamed
    if any(_is_verb(word) for word in _without_document_participles(before_who.split())):
        return False  # "Police in the city arrested a man after neighbors| said"
    if _PRONOUN_WORD.search(_OWNED_BY_THE_FIRST.sub("", others)):
        return False  # "Sanders and his aides" are Sanders's; "they and others" are no one
    head = _AFTER_HEAD.split(" " + _QUANTIFIER_OF.sub("", words) + " ", maxsplit=1)[0].split()
    while head and head[-1] in _ADJECTIVE_ED:
        head.pop()  # "voters polled| in Iowa", "officials involved| with the groups"
    if not head:
        return False
    noun = head[-1].lower()
    return noun in _HEAD_WORDS or bool(_ROLE_NOUNS.fullmatch(noun))

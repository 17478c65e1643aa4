"""Say, in words a reader understands, why a speaker was chosen, and how sure the engine is."""

from __future__ import annotations

from reader.core.attribution.group_sources import without_article
from reader.core.attribution.resolve import Resolution
from reader.core.attribution.sieves import Cue

_RULES = {
    "trailer": ("named right after the quote: “…,” {who} {verb}", 0.95),
    "trailer-inverted": ("named right after the quote: “…,” {verb} {who}", 0.95),
    "trailer-as": ("named right after the quote: “…,” as {who} {verb}", 0.9),
    "trailer-how": ("named right after the quote: “…,” is how {who} {verb} it", 0.9),
    "passive-agent": ("named right after the quote: {verb} “…” by {who}", 0.85),
    "fronted-call": ("“…”, opening the sentence, is what {who} {verb} it", 0.8),
    "lead": ("named before the quote: {who} {verb} … “…”", 0.9),
    "as-puts-it": ("introduced as “As {who} {verb}”", 0.95),
    "calls-it": ("named before the quote: {who} … {verb} “…”", 0.85),
    "according-to": ("introduced by “according to {whom}”", 0.9),
    "in-words": ("introduced by “in {whose} words”", 0.95),
    "words-of": ("introduced by “in the words of {whom}”", 0.9),
    "for-whom": ("the sentence gives {whose} view: For {who}, … “…”", 0.7),
    "own-description": ("introduced by {whose} own {verb}: {who} is “…”", 0.85),
    "possessive": ("the quote is given as {whose} {verb}", 0.85),
    "label": ("a speaker label before the quote: “{who}:”", 0.9),
    "previous-sentence": ("introduced in the sentence before the quote: {who} {verb} …", 0.75),
    "beat": ("the sentence before the quote is about {who}: {who} {verb} …", 0.6),
    "message": ("the quote is a message {who} sent", 0.8),
    "name-line": ("signed on the line after the quote: “{who}”", 0.85),
    "next-sentence": ("named in the sentence after the quote: {who} {verb}", 0.8),
    "named-later": ("described after the quote, then named: “{who}”", 0.65),
    "opening-quote": ("the quote comes first, then the text introduces {who}: {who} {verb} …", 0.6),
    "calling": ("the words {who} used: {who} … , {verb} … “…”", 0.75),
    "called": ("the words {who} used, named before the quote: {who} {verb} … “…”", 0.8),
    "behalf": ("a statement read out on {whose} behalf introduces the quote", 0.75),
    "colon-subject": ("the subject of the sentence introduces the quote: {who} {verb} …:", 0.7),
    "subject": ("the subject of the sentence introduces the quote: {who} … {verb}", 0.8),
    "block": ("the attribution line under the block quote: “— {who}”", 0.95),
    "block-lead": ("introduced before the block quote: {who} {verb}:", 0.85),
    "reported": ("reported speech: {who} {verb} …", 0.8),
    "reported-after": ("reported speech: “…, {who} {verb}”", 0.8),
    "reported-according": ("reported speech: “according to {who}”", 0.8),
    "described-lead": ("reported speech: {who} {verb} …", 0.75),
    "evidence": ("reported by the evidence itself: {who} {verb} …", 0.75),
    "according-phrase": ("the source is named by “according to {who}”", 0.75),
    "according-poll": ("the source is named by “according to {who}”", 0.75),
    "claim": ("reported speech: {whose} {verb} that …", 0.7),
    "in-view": ("reported speech: “in {whose} {verb}, …”", 0.8),
    "evidence-in": ("the figures come from the poll named: “in {who}”", 0.75),
    "phrase-lead": ("reported speech: {who} {verb} …", 0.75),
    "phrase-after": ("reported speech: “…, {who} {verb}”", 0.75),
}
_HOW = {
    "named": ("", 1.0),
    "surname": ("; “{who}” is {name}, named earlier in the article", 0.97),
    "title": ("; “{who}” is {name}, named earlier in the article", 0.97),
    "organisation": ("; “{who}” is {name}", 0.92),
    "office": ("; “{who}” speaks for {name}", 0.9),
    "registry": ("; “{who}” is {name} in sources.toml", 0.95),
    "handle": ("; “{who}” is the account of {name}", 0.85),
    "role": ("; “{who}” is {name}, introduced by that role earlier in the article", 0.85),
    "kin": ("; “{who}” is {name}, who shares that surname", 0.8),
    "they-them": ("; “{who}” refers to {name}, whose they/them pronouns the article states", 0.8),
    "their-own": ("; “{who}” refers to {name}, the one person the “Their …” after them is of", 0.7),
    "latter-former": ("; “{who}” is {name}, of the two people named just before it", 0.8),
    "spouse": ("; “{who}” is {name}, the one married couple the article names", 0.8),
    "child": ("; “{who}” is {name}, whose parent the article names", 0.75),
    "named-parent": ("; “{who}” is {name}, named as that child’s parent", 0.8),
    "generation": ("; “{who}” is {name}, by the ages or kin the article gives the two", 0.8),
    "document": ("; {name} is the author of “{who}”", 0.85),
    "spokes-pronoun": ("; “{who}” is the spokesperson for {name} mentioned just before", 0.85),
    "survey": ("", 0.9),
    "described": ("; “{who}” is {name}, whom the article describes in those words", 0.85),
    "phrase": ("", 1.0),
    "unnamed-source": ("; a source the article describes but does not name", 0.9),
    "anonymous": ("; a source the article keeps anonymous: no one is named", 0.9),
    "party": ("; the party’s members, not one person", 0.85),
    "named-group": ("; a group, not one person", 0.85),
    "firm-staff": ("; “{who}” speak for {name}", 0.85),
    "led-by": ("; {name}, who leads them, speaks for them", 0.8),
    "share": ("; a share of the people asked, not one person", 0.85),
    "many": ("; many people, not one person", 0.85),
    "age": ("; “{who}” is {name}, whose age the article gives", 0.9),
    "ranked": ("; “{who}” is {name}, whose ranking the article gives", 0.9),
    "party-state": ("; “{who}” is {name}, whom the article tags with that state and party", 0.85),
    "party-member": ("; “{who}” is {name}, the last person named before it of that party", 0.75),
    "state-label": ("; the article names “{who}” by state and party only", 0.5),
    "state": ("; “{who}” is {name}, the one person the article describes with that state", 0.7),
    "state-subject": ("; “{who}” is {name}, whom the sentence before is about", 0.6),
    "near": ("; “{who}” is {name}, the one person named just before it", 0.6),
    "only-before": ("; “{who}” is {name}, the only person the article names before it", 0.6),
    "tied": ("; “{who}” is {name}, whom the article named beside those words earlier", 0.7),
    "subject-before": ("; “{who}” is {name}, whom the sentence before is about", 0.6),
    "home": ("; “{who}” is {name}, whom the article says is from there", 0.8),
    "parent": ("; “{who}” is {name}, the last person of that sex named before it", 0.75),
    "age-last": ("; “{who}” is {name}, whom the sentence before is about", 0.8),
    "addressee": ("; “{who}” is {name}, to whom the question before it was put", 0.8),
    "asker": ("; “{who}” is {name}, who put the question just before", 0.8),
    "together": ("; “{who}” names each of them: {name}", 0.85),
    "lede": ("; “{who}” is {name}, whom the article names after its opening", 0.75),
    "lede-description": (
        "; “{who}” is {name}, whom the article's opening describes so and names after it",
        0.75,
    ),
    "epithet": ("; “{who}” is {name}, whom the article gives that nationality", 0.85),
    "only-sex": ("; “{who}” is {name}, the one person of that sex the article names", 0.8),
    "place": ("; “{who}” is {name}, whom the article places there", 0.8),
    "epithet-left": (
        "; “{who}” is {name}, the one named before it whom the article gives no other nationality",
        0.7,
    ),
    "topic": ("; “{who}” is {name}, whom the article is about", 0.65),
    "sibling": ("; “{who}” is {name}, whose sibling the article named so just before", 0.65),
    "children": (
        "; “{who}” is {name}, whose children or grandchildren the article named just before",
        0.65,
    ),
    "scientist": ("; “{who}” is {name}, the doctor or professor named last before it", 0.6),
    "group": ("; “{who}” are the people {name} spoke for just before", 0.8),
    "head": ("; “{who}” is {name}, named with that body's leading title just after", 0.75),
}
_PERSON_WORD = {"female": "woman", "male": "man", None: "person"}
# "Her answer:" is resolved as "she"; the reason quotes the words the article used.
_POSSESSIVE = {"she": "her", "he": "his", "they": "their"}
_OBJECT = {"she": "her", "he": "him", "they": "them"}  # "According to her, “…”"


def cue_reason(cue: Cue, resolution: Resolution) -> tuple[str, float]:
    template, confidence = _RULES[cue.rule]
    plural_body = cue.who.startswith(("the ", "The ")) and cue.who.endswith("s")
    # ("the Centre for Strategic Studies' assessment", "Hollis's words")
    whose = _POSSESSIVE.get(cue.who.lower(), f"{cue.who}'" if plural_body else f"{cue.who}'s")
    verb = cue.verb
    if cue.venue and verb in ("told", "tells"):
        verb = f"{verb} {cue.venue}"  # "“…,” Reilly told The Associated Press"
    whom = _OBJECT.get(cue.who.lower(), cue.who)
    reason = template.format(who=cue.who, whose=whose, whom=whom, verb=verb)
    if cue.statement:
        reason += f" {cue.statement}"
    name = resolution.name or cue.who
    if resolution.how == "pronoun":
        person = _PERSON_WORD[resolution.gender]
        said = whose if "{whose}" in template else whom if "{whom}" in template else cue.who
        reason += f"; “{said}” refers to {name}, the last {person} named before it"
        return reason, confidence * (0.85 if resolution.gender else 0.65)
    how, factor = _HOW.get(resolution.how, ("", 0.9))
    if "{who}" in how and without_article(cue.who) == name:
        how = ""  # "the Gazette reported": no need to say that “the Gazette” is Gazette
    return reason + how.format(who=cue.who, name=name), confidence * factor

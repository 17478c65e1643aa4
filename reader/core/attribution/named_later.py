"""A speaker described first and named a sentence or two later, as features do: "“…” The woman
who says this is standing on a milk crate … She is Gloria Fenwick, the founder's daughter",
"'…,' said a man near the back. … he introduced himself … as Mitchell Orr, a welder"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.context import SpanContext
from reader.core.attribution.cue import Cue
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.verbs import REPORTING_VERBS
from reader.core.attribution.word_trie import word_trie
from reader.core.model import Sentence

_SENTENCES_AFTER = 3  # the description, perhaps a sentence more, then the name
# The sentence right after a quote with no cue, when it describes the one who spoke without a name
_DESCRIBES_SPEAKER = compiled(
    r"\s*(?:The\s+(?:[a-z-]+\s+){0,2}(?:woman|man|person|speaker|voice|girl|boy)\s+who\s+"
    r"(?:says|said|speaks|spoke)\b|This\s+(?:comes|came)\s+from\b|The\s+speaker\s+(?:is|was)\b"
    r"|(?:That|This)\s+(?:is|was)\s+how\s+the\s+[a-z-]+\s+(?:explains|explained|puts|put)\b"
    r"|The\s+(?:line|words?|remark|comment)\b[^“”\"]{0,120}\bcame\s+from\b)"
)
# A later sentence that gives the described speaker's name
_GIVES_NAME = compiled(
    rf"^\s*(?:(?:She|He)\s+(?:is|was)\s+(?P<who>{cues.PERSON})"
    rf"|(?:His|Her)\s+(?:full\s+)?name(?:,[^,“”\"]{{1,40}},)?\s+is\s+(?P<who2>{cues.PERSON})"
    rf"|The\s+[a-z-]+\s+(?:is|was)\s+(?P<who3>{cues.PERSON}))(?=[\s,.;])"
    rf"|\b(?:gave|gives)\s+(?:his|her)\s+(?:full\s+)?name\s+as\s+(?P<who4>{cues.PERSON})"
    rf"|\bintroduced\s+(?:himself|herself)\b[^.“”\"]{{0,60}}?\bas\s+(?P<who5>{cues.PERSON})"
    rf"|\b(?:turned\s+out|proved)\s+to\s+be\s+(?P<who6>{cues.PERSON})"
)
_GROUPS = ("who", "who2", "who3", "who4", "who5", "who6")


# A feature's introduction of the one it quoted: "“…,” the Tipperary man said. Joe Hogan farms
# 120 acres along the river …", "“…,” the Waikato sharemilker said … ¶ Aroha Kingi, 34, milks
# 410 cows …": a whole name opens the next sentence, then what the person does (no report)
_INTRODUCED = compiled(
    rf"\s*(?P<who>{cues.PERSON})(?:,\s+\d{{1,3}},)?\s+"
    rf"(?!(?:{word_trie(REPORTING_VERBS)}|is|was|has|does|who|and|of|from|in|at)\b)[a-z]+s\b"
)


def introduced_next(
    cue: Cue | None, before: list[Sentence], following: list[Sentence]
) -> Cue | None:
    """The whole name (no title) that opens the sentence after "the Tipperary man said", as a
    feature introduces someone it quoted first by a description; not when the paragraph
    described them before (`before`: "A senior LJM leader, who did not wish to be named, …")."""
    if cue is None or cue.who.split()[0] != "the" or not following:
        return None
    match = _INTRODUCED.match(following[0].text)
    words = match["who"].split() if match else []
    if match is None or len(words) < 2 or words[0].rstrip(".") in cues.TITLE_WORDS:
        return None
    noun = cue.who.split()[-1]
    if any(noun in sentence.text for sentence in before):
        return None
    return Cue(match["who"], "is", "named-later")


def named_later(ctx: SpanContext, sentences: list[Sentence], cue: Cue | None) -> Cue | None:
    """The name given after a quote whose speaker is only described: by the quote's own cue
    ("said a man near the back") or, with no cue, by the sentence after it."""
    last = sentences[ctx.sentence_ids[-1]]
    following = [
        sentence
        for sentence in sentences[last.id + 1 : last.id + 1 + _SENTENCES_AFTER]
        if sentence.paragraph == last.paragraph
    ]
    after = sentences[last.id + 1 : last.id + 2]  # (the next paragraph's first sentence too)
    first = sentences[ctx.sentence_ids[0]]
    before = [
        s for s in sentences[max(0, first.id - 3) : first.id] if s.paragraph == first.paragraph
    ]
    if introduced := introduced_next(cue, before, following or after):
        return introduced
    if not following:
        return None
    described = cue.who.split()[0].lower() in ("a", "an", "the") if cue else False
    if not described and (cue is not None or not _DESCRIBES_SPEAKER.match(following[0].text)):
        return None
    for sentence in following:
        if match := _GIVES_NAME.search(sentence.text):
            who = next(match[group] for group in _GROUPS if match[group])
            return Cue(who, "is", "named-later")
    return None

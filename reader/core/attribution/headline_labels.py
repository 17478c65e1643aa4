"""Words given to a name before a colon, in headlines and transcripts: "Graham: Trump's rhetoric
is costing the party", "Clinton to Planned Parenthood: Trump will reverse Roe", "FALLIN: I think
he is trying". Only names the article knows elsewhere count ("Update:" and "Poll:" are labels of
another kind)."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.drafts import Draft
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.reasons import cue_reason
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.sieves import Cue
from reader.core.model import QuoteKind, Sentence

_LABEL = compiled(
    rf"(?P<who>{cues.TITLE}?{cues.NAME}|[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){{0,2}})"
    r"(?:\s+to\s+[^:“”\"]{1,60})?:\s+(?P<content>\S.{10,})"
)
_RESOLVED_BY_NAME = frozenset({"named", "surname", "title", "registry"})


def label_report(sentence: Sentence, resolver: Resolver) -> Draft | None:
    """The report of a sentence that opens with "Name:" or "Name to someone:"."""
    if sentence.text.find(":", 0, 80) < 0:
        return None
    match = _LABEL.fullmatch(sentence.text.rstrip())
    if match is None or match["content"][:1].isdigit():
        return None  # "Jones: 24 points, 10 rebounds": a line of figures, not words
    who = match["who"].title() if match["who"].isupper() else match["who"]
    if " " not in who and who.lower() in resolver.cast.lowercase_words:
        return None  # "Chair:" when the article writes "the chair": a role, not a name
    resolution = resolver.resolve(who, sentence.start)
    if resolution is None or resolution.how not in _RESOLVED_BY_NAME:
        return None
    name = resolution.name or ""
    entity = resolver.cast.entities.get(name)
    if entity is None or entity.kind != "person":
        return None  # "Fox News Poll:"
    if not resolver.named_outside(name, sentence.start, sentence.end):
        return None  # "Editor's Note:", "Ninth Circle:": capitals found nowhere else
    start = sentence.start + match.start("content")
    end = sentence.start + match.end("content")
    cue = Cue(who, ":", "label")
    draft = Draft(start, end, sentence.paragraph, [sentence.id], QuoteKind.INDIRECT, cue=cue)
    draft.speaker, draft.mention = resolution.name, who
    draft.reason, draft.confidence = cue_reason(cue, resolution)
    return draft

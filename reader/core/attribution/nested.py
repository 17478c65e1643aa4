"""Quotes inside quotes whose speaker the outer speaker names: in `“Mr. Darrow looked at me and
said, ‘Doc, I just want to see her graduate,’” recalled Dr. Voss` the inner words are Darrow's,
and in `'She once told a registrar, "Explain it to the child,"' said Dr Falzon` they are hers.

Only an inner quote the outer words introduce with a cue of their own ("X said," "she told a
registrar," "he wrote:") becomes a quote; any other inner quote (a term, a title, words nobody
is named saying) stays part of the outer one. They are read last, after every other quote, so
the people they name do not change who a later "she" is.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from reader.core.attribution import cues
from reader.core.attribution.cued import apply_cue
from reader.core.attribution.drafts import Draft
from reader.core.attribution.inner_speakers import (
    InnerSource,
    apposed_source,
    inner_cue,
    inner_source,
)
from reader.core.attribution.kinds import classify, group_term, named_as_term
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.sieves import Cue, cue_before
from reader.core.attribution.singles import single_quote_spans
from reader.core.model import Paragraph, ParagraphKind, QuoteKind

_DOUBLE = compiled(r"[“\"](?P<words>[^“”\"]{8,600})[”\"]")
_SENTENCE_END = compiled(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)[.!?][”’\"']?\s+")
_CLAUSE_JOIN = compiled(r"\b(?:and|but|then|so|when)\s+(?=[A-Z]|(?:he|she)\b)")
_VERB_ENDS = compiled(rf"\b(?P<verb>{cues.SPEECH_VERB})(?:\s+(?:me|us|him|her|them))?\s*[,:]\s*$")
_PRONOUN_SEX = {"he": "male", "she": "female"}
# the lead's last clause in the outer speaker's own voice: "…, and I said,", "so we told them:"
_OWN_VOICE_LAST = compiled(
    r"(?:^|[,;]\s+(?:and|but|so|then)\s+|\b(?:and|but|so|then)\s+)(?:I|we)\s+(?:just\s+|then\s+)?"
    r"(?:said|say|told\s+(?:him|her|them)|replied|answered|asked)\s*[,:]\s*$"
)
_FIRST_PERSON = frozenset({"i", "we", "you"})
_NOBODY_NAMED = "someone the article does not name"
_WORDS = 3  # an inner quote of fewer words is a term or a name, not something said


def nested_quotes(text: str, drafts: list[Draft], resolver: Resolver) -> list[Draft]:
    """A draft for each inner quote an outer one introduces with a cue (see the module's note)."""
    found = []
    for outer in drafts:
        if outer.kind is not QuoteKind.DIRECT or outer.speaker is None:
            continue
        for start, end, open_at in _inner_spans(text, outer):
            lead = _SENTENCE_END.split(text[outer.start : open_at])[-1]  # the outer words'
            # sentence that holds the mark
            draft = _introduced(text, outer, start, end, open_at, lead, resolver) or _inner_title(
                text, outer, start, end, lead
            )
            if draft is not None:
                found.append(draft)
    return found


def _inner_spans(text: str, outer: Draft) -> Iterator[tuple[int, int, int]]:
    """(start, end, opening mark) of the quotes of the other kind of marks inside `outer`."""
    words = text[outer.start : outer.end]
    if "“" in words or '"' in words:
        for match in _DOUBLE.finditer(text, outer.start, outer.end):
            yield match.start("words"), match.end("words"), match.start()
    if "‘" in words or "'" in words:
        inside = Paragraph(outer.paragraph, ParagraphKind.BODY, outer.start, outer.end)
        for span in single_quote_spans(text, inside):
            if span.closed:
                yield span.start, span.end, span.open_at


def _introduced(
    text: str, outer: Draft, start: int, end: int, open_at: int, lead: str, resolver: Resolver
) -> Draft | None:
    if not lead.rstrip().endswith((",", ":")):
        return None  # "said, ‘…’", "told a registrar, “…”", "wrote: ‘…’"
    if _OWN_VOICE_LAST.search(lead):
        return None  # "… asked if the lead could be younger, and I said, ‘…’": the outer
        # speaker's own words, whoever spoke before them
    if len(text[start:end].split()) < _WORDS and not _VERB_ENDS.search(lead):
        return None  # a term or a name, unless a verb of speech says it: "shouted, ‘Hold on!’"
    own = inner_cue(lead)
    speaker = outer.speaker or ""
    source = apposed_source(resolver, lead, open_at, speaker) or (
        inner_source(resolver, text, own, open_at, outer.start, speaker) if own else None
    )
    if source is not None and (source.name is not None or source.who.lower() in _PRONOUN_SEX):
        return _draft_of(source, outer, start, end)
    found = _cued(text, outer, start, end, open_at, lead, resolver)
    if found is None and source is not None:
        return _draft_of(source, outer, start, end)  # "Someone told me,": nobody named
    return found


def _inner_title(text: str, outer: Draft, start: int, end: int, lead: str) -> Draft | None:
    """A title or a so-called term inside the outer words ("our teacher made us read ‘Feso’
    aloud", "Our latest study, ‘Priced Out in Paradise,’ shows"): a quote of its own that no
    one speaks, not the outer speaker's words as said."""
    content, trail = text[start:end], text[end + 1 : end + 80]
    kind = classify(content, lead, has_cue=False, trail=trail)
    termed = named_as_term(lead) or group_term(lead)  # "people here have called it the ‘…’"
    if kind is not QuoteKind.TITLE and not (kind is QuoteKind.SCARE and termed):
        return None
    draft = Draft(start, end, outer.paragraph, outer.sentence_ids, kind)
    what = "a title of a work" if kind is QuoteKind.TITLE else "a so-called term"
    draft.reason = f"quoted inside {outer.speaker}'s words: {what}, not speech"
    return draft


def _cued(
    text: str, outer: Draft, start: int, end: int, open_at: int, lead: str, resolver: Resolver
) -> Draft | None:
    cue = cue_before(lead)
    joins = [join.end() for join in _CLAUSE_JOIN.finditer(lead)]
    while cue is None and joins:  # "everyone was screaming and Imogen just looked and said,"
        cue = cue_before(lead[joins.pop() :])
    named = _one_named_in(resolver, open_at - len(lead), open_at, outer.speaker)
    verb = _VERB_ENDS.search(lead) if cue is None and named is not None else None
    if verb is not None and named is not None and not _first_person(lead[: verb.start()]):
        cue = Cue(named, verb["verb"], "lead")  # "My first manager, a man named Horst Weber,
        # told me, ‘…’"
    if cue is None or _first_person(cue.who):
        return None  # "I said, ‘…’", "That's why I've tried to say, ‘…’": the outer speaker's
    draft = Draft(start, end, outer.paragraph, outer.sentence_ids, QuoteKind.DIRECT)
    wanted = _PRONOUN_SEX.get(cue.who.lower())
    if named is not None and wanted is not None and _sex(resolver, named) in (wanted, "any"):
        # "When I told Jack Harlan I was leaving, he said, ‘…’": the one the words name
        cue = Cue(named, cue.verb, cue.rule, cue.venue, cue.description)
    apply_cue(draft, cue, open_at, resolver)
    if draft.speaker is None or draft.speaker == outer.speaker:
        return None  # someone the article does not name, or the outer speaker quoting themself
    draft.reason = f"quoted inside {outer.speaker}'s words: {draft.reason}"
    draft.confidence = min(draft.confidence, 0.7)
    return draft


def _draft_of(source: InnerSource, outer: Draft, start: int, end: int) -> Draft:
    draft = Draft(start, end, outer.paragraph, outer.sentence_ids, QuoteKind.DIRECT)
    draft.cue = Cue(source.who, source.verb, "lead")
    draft.mention = source.who
    draft.speaker = source.name
    who_is = f"{source.name}, named near these words" if source.name else _NOBODY_NAMED
    draft.reason = (
        f"quoted inside {outer.speaker}'s words: “{source.words}”; “{source.who}” is {who_is}"
    )
    draft.confidence = 0.6 if source.name else 0.5
    return draft


def _sex(resolver: Resolver, name: str) -> str:
    entity = resolver.cast.entities.get(name)
    return entity.gender if entity is not None and entity.gender else "any"


def _one_named_in(resolver: Resolver, start: int, end: int, speaker: str | None) -> str | None:
    """The one person other than the speaker whom the outer words name before the inner
    quote, if exactly one."""
    mentions = resolver.cast.person_mentions
    first = bisect.bisect_left(mentions, (start, ""))
    names = set()
    for at, mention in mentions[first:]:
        if at >= end:
            break
        name = resolver.cast.canonical(mention)
        if name is not None and name != speaker:
            names.add(name)
    return names.pop() if len(names) == 1 else None


def _first_person(who: str) -> bool:
    return any(
        word.replace("’", "'").split("'")[0] in _FIRST_PERSON for word in who.lower().split()
    )

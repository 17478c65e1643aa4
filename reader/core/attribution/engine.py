"""Attribute every quote of an article: marks -> cues -> kinds -> speakers -> continuations."""

from __future__ import annotations

from reader.core.attribution.blocks import block_quotes
from reader.core.attribution.called_leads import CALLED_REACH, called_lead
from reader.core.attribution.caps_leads import read_caps_leads
from reader.core.attribution.context import SentenceIndex, SpanContext, span_contexts
from reader.core.attribution.continuation import carry_venues, continue_quotes
from reader.core.attribution.cued import apply_cue
from reader.core.attribution.drafts import Draft
from reader.core.attribution.echoes import attribute_echoes, attribute_headlines
from reader.core.attribution.embedded import (
    heard_someone_say,
    quotes_in_reported_speech,
    writers_label,
)
from reader.core.attribution.gc_pause import paused_gc
from reader.core.attribution.glosses import blank_glosses
from reader.core.attribution.headlines import headline_paragraphs
from reader.core.attribution.indirect import reported_speech
from reader.core.attribution.kinds import classify
from reader.core.attribution.marks import MarkedSpan, find_marked_spans
from reader.core.attribution.mentions import build_cast
from reader.core.attribution.messages import awaits_sender, message_cue
from reader.core.attribution.named_later import named_later
from reader.core.attribution.named_next import reports_named_next
from reader.core.attribution.neighbour_cues import cue_in_neighbours, named_next_sentence
from reader.core.attribution.neighbours import cue_in_previous
from reader.core.attribution.nested import nested_quotes
from reader.core.attribution.participles import reported_after_quotes
from reader.core.attribution.passive_agents import fronted_caller, passive_agent
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.printed_statements import signed_after
from reader.core.attribution.promises import promise_cue
from reader.core.attribution.qa import QUESTION_LABEL, qa_answers
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.roster import build_speakers
from reader.core.attribution.sieves import Cue, cue_after, cue_before
from reader.core.attribution.writer import credit_writer, writer_cue, writer_name, writer_reports
from reader.core.model import (
    Article,
    ParagraphKind,
    Quote,
    QuoteKind,
    Sentence,
    SourceEntry,
    Speaker,
)

_QUOTED = compiled(r"[“\"][^”\"]*[”\"]")
# Quote kinds that are the sentence's own words; reported speech is not looked for around them.
# "“…,” said Jane Okafor" / "“…,” Okafor said" / "“…,” she said": the speaker right after the
# quote (not "“orphan seats,” a name Velasko says …", an aside about the words)
_NAMED_RIGHT_AFTER = compiled(
    r"\s*,?\s*(?:said|says|added|told|wrote|asked|[Hh]e\b|[Ss]he\b|[A-Z])"
)
_BEFORE_LIMIT = 2000  # characters of a sentence read before a quote that follows another
_HOLDS_SENTENCE = {QuoteKind.DIRECT, QuoteKind.BLOCK, QuoteKind.QA}
_WHOLE = {QuoteKind.BLOCK, QuoteKind.QA}  # the speaker's words from end to end: no report inside


def attribute(
    article: Article, sentences: list[Sentence], registry: dict[str, SourceEntry] | None = None
) -> tuple[list[Quote], list[Speaker]]:
    with paused_gc():  # see gc_pause.py
        return _attribute(article, sentences, registry or {})


def _attribute(
    article: Article, sentences: list[Sentence], registry: dict[str, SourceEntry]
) -> tuple[list[Quote], list[Speaker]]:
    printed = article.text  # quotes are cut from the printed text, not the reading copy below
    article, sentences = read_caps_leads(article, sentences)  # "THE Bishop of X said"
    article, sentences = blank_glosses(article, sentences)  # "Chou Yung-fa (周永發) said"
    text = article.text
    index = SentenceIndex(sentences)
    cast = build_cast(text, registry)
    marked = find_marked_spans(article)
    resolver = Resolver(text, sentences, cast, _masked(text, marked))
    asked: set[int] = set()  # a transcript's host's lines: neither quotes nor reports
    answers = qa_answers(article, index, resolver, asked)
    # Block quotes and Q&A answers are quotes as a whole; marks inside them are nested quotes.
    whole = {p.index for p in article.paragraphs if p.kind is ParagraphKind.BLOCKQUOTE}
    whole |= {d.paragraph for d in answers}
    spans = [s for s in marked if s.paragraph not in whole]
    starts = [p.start for p in article.paragraphs]
    contexts = span_contexts(text, spans, index, starts)
    writer = writer_name(article)
    drafts = [_draft(text, ctx, resolver, sentences, writer) for ctx in contexts]
    answered = {d.paragraph for d in answers}  # a transcript quoted as a block: its answers
    drafts += block_quotes(article, index, resolver, skip=answered) + answers
    drafts.sort(key=lambda d: d.start)
    body = {p.index for p in article.paragraphs if p.kind is not ParagraphKind.HEADING}
    continue_quotes(drafts, body, text)
    attribute_echoes(text, drafts)
    attribute_headlines(text, drafts, headline_paragraphs(article))
    direct = {i for d in drafts if d.kind in _HOLDS_SENTENCE for i in d.sentence_ids}
    spoken = {i for d in drafts if d.kind in _WHOLE for i in d.sentence_ids}
    spoken |= {s.id for s in sentences if s.paragraph in asked}
    drafts += reported_speech(sentences, direct - spoken, resolver, skip=spoken)
    reported = {i for d in drafts for i in d.sentence_ids}
    drafts += writer_reports(sentences, writer, reported | spoken)  # "I told him that …"
    drafts += reports_named_next(sentences, reported | spoken, resolver)
    drafts += reported_after_quotes(text, sentences, drafts)
    drafts.sort(key=lambda d: d.start)
    quotes_in_reported_speech(text, drafts, resolver.person_named)
    carry_venues(drafts)
    drafts += nested_quotes(text, drafts, resolver)  # last: see nested.py
    drafts.sort(key=lambda d: d.start)
    quotes = [_quote(i, printed, d) for i, d in enumerate(drafts)]
    return quotes, build_speakers(text, quotes, drafts, cast, resolver.roles.described())


def _bare_lead(lead: str) -> bool:
    """Nothing before the quote in its sentence but, at most, a question's label (a reader's
    question on a problem page: "Q: “…” – Neil Rowntree, via email")."""
    label = QUESTION_LABEL.match(lead)
    return not lead[label.end() if label else 0 :].strip()


def _draft(
    text: str, ctx: SpanContext, resolver: Resolver, sentences: list[Sentence], writer: str | None
) -> Draft:
    span = ctx.span
    cue = cue_after(ctx.trailer) if ctx.trailer.strip() and not _runs_on(text, ctx) else None
    named_after = cue is not None and _NAMED_RIGHT_AFTER.match(ctx.trailer) is not None
    # "was called “…” by Rep. X": the passive's agent
    by_agent = cue is None and (cue := passive_agent(ctx.lead, ctx.trailer)) is not None
    cue = cue or fronted_caller(ctx.lead, ctx.trailer)  # "Calling it “…,” Gen. X handed over"
    cue = cue or signed_after(ctx.trailer)  # "“…” — Lewis Pennock"
    cue = cue or writer_cue(ctx.lead, _after_close(text, ctx))  # "“Is that a threat?” I asked."
    at = span.open_at  # where the cue's words are read
    if cue is None and not heard_someone_say(ctx.lead):
        cue = cue_before(ctx.lead)
        at = _pronoun_at(ctx, cue)
    if cue is None and not ctx.lead.strip() and ctx.earlier.strip():
        cue = cue_in_previous(ctx.earlier)  # "Hester did remember her, she told me. “Red …"
    # a reopened quote continues the one left open, unless the sentence after its end names
    # the speaker ("“…” || “… asked me.” || That was Beatrix Holloway-Penn, …")
    if cue is None and _bare_lead(ctx.lead) and (span.closed or not ctx.reopens):
        cue = cue_in_neighbours(ctx, sentences)
    if cue is None and ctx.follows_quote:
        cue = cue_before(_sentence_before(text, ctx, sentences))
    if awaits_sender(cue):  # no cue, or only "It read:"
        cue = message_cue(ctx.lead, _previous_sentence(ctx, sentences)) or cue
    content = text[span.start : span.end]
    kind = classify(content, ctx.lead, cue is not None, ctx.trailer[:40], named_after, by_agent)
    named_after = named_after or by_agent  # the agent of "branded “…” by X" is named after
    if (
        kind is QuoteKind.PARTIAL
        and not named_after
        and writers_label(text, span.start, span.end)
        and not called_lead(ctx.lead[-CALLED_REACH:])  # "X branded the measure a “…”": hers
    ):
        kind = QuoteKind.SCARE  # "a wave of “AI-first” restructurings": the writer's label
    if kind is QuoteKind.SCARE and cue is None and (promised := promise_cue(ctx.lead)):
        cue, kind = promised, QuoteKind.PARTIAL  # "on a promise to “open the books”"
    resumes = ctx.lead.rstrip().endswith((",", ":"))  # "“…,” he said, “and …”"
    if not span.closed or (
        ctx.follows_quote and kind is QuoteKind.PARTIAL and len(ctx.lead.split()) <= 8 and resumes
    ):
        kind = QuoteKind.DIRECT  # runs on to the paragraph's end, or resumes after "he said,"
    draft = Draft(
        span.start,
        span.end,
        span.paragraph,
        ctx.sentence_ids,
        kind,
        starts_paragraph=ctx.starts_paragraph,
        unclosed=not span.closed,
    )
    if kind in (QuoteKind.SCARE, QuoteKind.TITLE):
        draft.reason = _unspoken_reason(kind, ctx)
        return draft
    if cue is not None and cue.rule == "writer":
        credit_writer(draft, cue, writer)
        return draft
    if cue is not None:
        apply_cue(draft, cue, at, resolver)
        if (
            draft.speaker is None
            and cue.who[:4].lower() == "the "
            and (named := named_next_sentence(ctx, sentences))
        ):  # "“…,” the former spy chief told the tribunal. ¶ That was Edmund Carraway-Hale, …"
            apply_cue(draft, named, at, resolver)
    if draft.speaker is None and (later := named_later(ctx, sentences, cue)):
        apply_cue(draft, later, at, resolver)  # "“…” The woman who says this … She is X"
    elif cue is None:
        draft.reason = "no speaker is named next to this quote"
    return draft


def _after_close(text: str, ctx: SpanContext) -> str:
    """The words right after the closing mark, past a question's end ("“…?” I asked"), but not
    past a full stop: in "“… You have my word.” I wrote it down" the writer goes on narrating."""
    close = ctx.span.close_at
    if close is None or text[close - 1 : close] == ".":
        return ""
    return text[close + 1 : close + 40].split("\n", 1)[0]


def _pronoun_at(ctx: SpanContext, cue: Cue | None) -> int:
    """A pronoun in the lead is read where it stands, not at the quote: "he accused Bastide of
    “…”" means the man named before "he", not Bastide."""
    at = ctx.span.open_at
    if cue is None or cue.who.lower() not in ("he", "she", "they"):
        return at
    words = f"{cue.who} {cue.verb}"
    found = ctx.lead.rfind(words)
    if found > 0 and ctx.lead[found - 1].isalpha():
        return at  # "she said" is no "he said"
    return at - (len(ctx.lead) - found - len(words)) if found >= 0 else at  # after the verb


def _runs_on(text: str, ctx: SpanContext) -> bool:
    """ "Ashdown said they had “stopped believing a word” the company told them": quoted words
    inside the writer's sentence that end with no stop or comma, then a name, go on with that
    sentence. (A quote that opens its sentence is followed by its speaker even with the comma
    lost: "“The Iowa caucus is a battle of niches” Grubbs said.")"""
    last = text[ctx.span.end - 1 : ctx.span.end]
    if not ctx.lead.strip() or not last.isalnum():
        return False
    if ctx.trailer.startswith((" is how ", " was how ")):
        return False  # "The “most aggressive pricing” is how X described it": the quote's subject
    return ctx.trailer[:1].isspace() and ctx.trailer.lstrip()[:1].isalpha()


def _previous_sentence(ctx: SpanContext, sentences: list[Sentence]) -> str:
    """The sentence before the quote's own (the splitter's `earlier` when it kept them as one)."""
    first = ctx.sentence_ids[0]
    return ctx.earlier or (sentences[first - 1].text if first else "")


def _sentence_before(text: str, ctx: SpanContext, sentences: list[Sentence]) -> str:
    """The sentence up to this quote with earlier quotes blanked: `Starr said it recalled
    “The Tragedy of Lyndon Johnson,” explaining, “…` reads as `Starr said … explaining,`."""
    # the sieves read the last few hundred characters of a lead: a sentence that runs on for
    # pages (text with no full stops) must not be copied whole for each of its quotes
    start = max(sentences[ctx.sentence_ids[0]].start, ctx.span.open_at - _BEFORE_LIMIT)
    return _QUOTED.sub("…", text[start : ctx.span.open_at])


def _unspoken_reason(kind: QuoteKind, ctx: SpanContext) -> str:
    if kind is QuoteKind.TITLE:
        return "the quoted words are a title of a work, not speech"
    if "called" in ctx.lead[-12:]:
        return "a so-called word: the writer distances themselves from it (scare quote)"
    return "a few quoted words with no one said to say them (scare quote)"


def _masked(text: str, spans: list[MarkedSpan]) -> str:
    """The text with quoted words blanked, so pronouns inside quotes cast no gender votes."""
    pieces, done = [], 0  # up to `done` the text is copied or blanked
    for start, end in sorted((s.start, s.end) for s in spans if s.end > s.start):
        if end <= done:
            continue  # inside a span already blanked
        start = max(start, done)
        pieces += [text[done:start], " " * (end - start)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def _quote(quote_id: int, text: str, draft: Draft) -> Quote:
    return Quote(
        id=quote_id,
        kind=draft.kind,
        start=draft.start,
        end=draft.end,
        text=text[draft.start : draft.end],
        sentence_ids=draft.sentence_ids,
        speaker=draft.speaker,
        mention=_single_spaced(draft.mention),
        cue=draft.cue.verb if draft.cue else None,
        venue=_single_spaced(draft.venue),
        reason=_single_spaced(draft.reason) or "",
        confidence=round(draft.confidence, 2),
    )


_SPACES = compiled(r"[^\S\n]{2,}")


def _single_spaced(words: str | None) -> str | None:
    """Words read from the reading copy, without the runs of spaces a blanked gloss leaves."""
    return _SPACES.sub(" ", words) if words and "  " in words else words

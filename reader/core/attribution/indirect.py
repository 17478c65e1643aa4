"""Reported speech without quote marks: "Osei said that ...", "..., according to the ministry."

Sentences that hold a direct quote are left to the quote sieves; partial quotes may sit inside
reported speech ("Sanders said families would pay “slightly more”"). The reported content must be
four words or more, and the source must resolve to someone the article names.
"""

from __future__ import annotations

from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import subject_patterns as sp
from reader.core.attribution.according_reports import (
    ACCORDING_TO_ANONYMOUS,
    according_phrase,
    after_according,
    named_source_instead,
)
from reader.core.attribution.clause_leads import SECOND_CLAUSE
from reader.core.attribution.drafts import Draft
from reader.core.attribution.headline_labels import label_report
from reader.core.attribution.not_reports import names_a_thing, not_a_report, quotes_what_it_names
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.report_drafts import draft_report, kept_anonymous
from reader.core.attribution.report_shapes import patterns_worth_trying, relative
from reader.core.attribution.report_spans import part_to_read, quotes_masked, trailer_after_quote
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.roles import role_key
from reader.core.model import Sentence

_MIN_WORDS = 4
_MARKS = "“”\"'‘’`"
_LONGEST = 1200  # characters; a longer "sentence" is not prose worth a regex


def reported_speech(
    sentences: list[Sentence], quoted: set[int], resolver: Resolver, skip: set[int]
) -> list[Draft]:
    """The reported speech of each sentence with no direct quote of its own: its report, a
    second speaker's in a later clause ("…, while Bush said …"), one in a relative clause.
    `skip`: sentences of block quotes and interview answers, someone's words throughout."""
    drafts = []
    for sentence in sentences:
        if len(sentence.text) > _LONGEST or sentence.id in skip:
            continue
        part, lead_only = part_to_read(sentence, sentence.id in quoted)
        if part is None:  # ("“…,” said X, a sewing operator, who said she had borrowed …")
            trailer = trailer_after_quote(sentence) if sentence.id in quoted else None
            if trailer and (extra := _relative_clause(trailer[0], resolver, 0, trailer[1])):
                drafts.append(extra)
            continue
        original, sentence = sentence, part
        draft = _reported(_headline_verb(sentence), resolver, lead_only)
        if draft is not None:  # a quoted title was read as one word: quote the article's words
            _unmask_words(draft, part.text, original.text[part.start - original.start :])
        if draft is None and not lead_only:
            draft = label_report(sentence, resolver)  # "Graham: Trump's rhetoric is …"
        if draft is None and not lead_only:
            draft = _with_quotes_masked(sentence, resolver)
        if draft is not None:
            drafts.append(draft)
            second = _second_report(sentence, draft, resolver)
            if second is not None:
                drafts.append(second)
                draft = second
        if "; " in sentence.text and not lead_only:
            later = _after_semicolons(sentence, draft, resolver)
            drafts += later
            draft = later[-1] if later else draft
        extra = _relative_clause(sentence, resolver, after=draft.end if draft else 0)
        if extra is None and (draft is None or draft.start - sentence.start > 40):
            extra = _subordinate_clause(sentence, resolver)
        if extra is not None:
            drafts.append(extra)
    return drafts


def _with_quotes_masked(sentence: Sentence, resolver: Resolver) -> Draft | None:
    """A last try with the sentence's short quotations read as plain words ("Trump summed up
    Clinton as “terrible,” denounced her record and said …"); a report that ends at a quotation
    keeps its closing mark."""
    unquoted = quotes_masked(sentence)
    draft = _reported(unquoted, resolver, False) if unquoted is not sentence else None
    if (
        draft
        and draft.cue
        and quotes_what_it_names(draft.cue.verb, sentence.text[draft.start - sentence.start :])
    ):
        return None  # see quotes_what_it_names
    if draft is not None:
        rest = sentence.text[draft.end - sentence.start :]
        draft.end += len(rest) - len(rest.lstrip(".,;:!?”\"’'"))
        _unmask_words(draft, unquoted.text, sentence.text)
    return draft


def _unmask_words(draft: Draft, masked: str, text: str) -> None:
    """The reason and mention quote the article's words, not the mask ("Antonio "Tony"
    Scarpelli", not "Antonio xxxxx Scarpelli"); masking keeps every offset."""
    words = draft.mention or ""
    at = masked.find(words) if words else -1
    if at >= 0 and "xxx" in words:
        original = text[at : at + len(words)]
        draft.reason = draft.reason.replace(words, original)
        draft.mention = original


def _headline_verb(sentence: Sentence) -> Sentence:
    """ "Trump Says He Never Pledged To Kill …": a headline's verb, in lower case, is a cue. The
    text keeps its length, so offsets into the article still hold."""
    if _LOWER_WORD.search(sentence.text):
        return sentence  # a quick no: a long lower-case word is no Title Case
    words = _WORD.findall(sentence.text)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return sentence
    for match in _WORD.finditer(sentence.text, 1):
        if match[0].lower() in rp.VERB_SET:
            text = sentence.text
            text = text[: match.start()] + match[0].lower() + text[match.end() :]
            return Sentence(sentence.id, sentence.paragraph, sentence.start, sentence.end, text)
    return sentence


_LOWER_WORD = compiled(r"(?<![\w’'-])[a-z]{5,}\b")
_WORD = compiled(r"\b[A-Za-z][\w’'-]*")


def _reported(sentence: Sentence, resolver: Resolver, lead_only: bool) -> Draft | None:
    """`lead_only`: the words before a quotation, where "…, Vance said:" introduces the quote
    and reports nothing itself."""
    poll = None
    text = sentence.text
    if "according to" in text and ACCORDING_TO_ANONYMOUS.search(text):
        # "The Gulls agreed to …, according to a person with knowledge of the deal": theirs
        draft = according_phrase(sentence, resolver)
        if draft is not None:
            return draft
    for matcher, rule in patterns_worth_trying(text):
        if lead_only and rule in ("reported-after", "phrase-after"):
            continue
        match = matcher(text)
        if match is None:
            continue  # most patterns tried fail: nothing more to ask of them
        if match["content"][:1] in _MARKS:
            return poll  # the "content" is a quotation, found by the quote sieves
        if lead_only and rule in _ACCORDING and _described(match["content"]):
            continue  # "According to X, a nurse at the clinic, “…”": the speaker described
        if not_a_report(match):
            continue
        if _long_enough(match["content"]):
            draft = draft_report(sentence, match, rule, resolver)
            if draft is None and kept_anonymous(match):
                return poll
            if draft is None:
                continue
            if poll is None and rule == "according-poll":
                poll = draft  # unless a person named in the sentence reports: see below
            elif poll is None or (
                rule != "reported-according" and resolver.cast.is_person(draft.speaker)
            ):
                if after_according(sentence, draft):
                    return according_phrase(sentence, resolver) or draft
                return named_source_instead(sentence, draft, resolver)  # "Clinton has
            # praised …, and won 77 percent …, according to exit polls" is her praise;
            # "Majorities of voters said …, according to …" the poll's
    return poll


def _long_enough(content: str) -> bool:
    """Four words, or three with a verb of their own: "said costs would rise" reports a
    claim; "said it was" or "told the truth" is too little to be one."""
    words = content.split()
    return len(words) >= _MIN_WORDS or (len(words) == _MIN_WORDS - 1 and words[1] in _FINITE)


_ACCORDING = frozenset(("reported-according", "according-phrase"))
_DESCRIPTION = compiled(r"(?:an?|the|his|her|its|their)\s+[^,;:]{2,120}?[\s,]*")


def _described(content: str) -> bool:
    """ "a nurse at the clinic", "chairwoman of the committee": a description with no verb (not
    "his staff were told", nor "inflation rose")."""
    if content.startswith(("who ", "whose ")):
        return True  # "According to X, who has run walking tours for 15 years, “…”"
    bare_role = content[:1].islower() and role_key(_HEAD.split(content, 1)[0]) is not None
    return (
        bool(bare_role or _DESCRIPTION.fullmatch(content))
        and _FINITE.isdisjoint(word.lower() for word in content.split())
        and rp.VERB_SET.isdisjoint(content.split())
    )


_HEAD = compiled(r"\s(?:of|at|for|in|with)\s")
_FINITE = frozenset("would will could might may must should had has have was were is are".split())


_OPENS_CLAUSE = compiled(
    rp.DATELINE + r"(?:(?:But|And|Yet)\s+)?"
    r"(?:While|Although|Though|Even|Because|Since|After|When|Once|Before|Whereas|Despite|Besides|"
    r"By|In\s+addition|Instead|Rather|Without|Having|[A-Z][a-z]+ing\b|[A-Z][a-z]+ly\s+[a-z]+ing\b)"
)


def _second_report(sentence: Sentence, first: Draft, resolver: Resolver) -> Draft | None:
    """A second speaker's report in the same sentence ends the first one's: "Carson proposed an
    agency, while Bush in a post said he would appoint judges" reports Bush too."""
    offset = first.start - sentence.start
    match = SECOND_CLAUSE.search(sentence.text, offset, first.end - sentence.start)
    if match is None or match.start() - offset < _MIN_FIRST:
        return None
    if _NAME_BEFORE_AND.search(sentence.text, 0, match.start("who")):
        return None  # "Most voters in Alton and Brede said": one subject, not a second clause
    second = draft_report(sentence, match, "reported", resolver)
    if second is None or second.speaker == first.speaker:
        return None
    first.end = sentence.start + match.start()
    return second


_MIN_FIRST = 20  # characters of the first report left before the second clause


def _after_semicolons(sentence: Sentence, first: Draft | None, resolver: Resolver) -> list[Draft]:
    """ "Most voters say they are following the race; 26 percent say they are not": a clause
    after a semicolon reports on its own, and ends the report before it."""
    drafts = []
    at = sentence.text.find("; ")
    while at != -1:
        start = sentence.start + at + 2
        if first is None or start > first.start:
            clause = Sentence(
                sentence.id, sentence.paragraph, start, sentence.end, sentence.text[at + 2 :]
            )
            draft = _reported(clause, resolver, False)
            if draft is not None and (first is None or draft.speaker != first.speaker):
                if first is not None and first.end > start:
                    first.end = sentence.start + at
                drafts.append(draft)
                first = draft
        at = sentence.text.find("; ", at + 2)
    return drafts


_NAME_BEFORE_AND = compiled(r"\b[A-Z][\w’'.-]*\s+and\s+$")


def _relative_clause(
    sentence: Sentence, resolver: Resolver, after: int, who: str | None = None
) -> Draft | None:
    """A second report in the sentence: "…, according to X, which said most would be …";
    `who`: the one the clause is about, when the words before it name them (a quote's cue)."""
    if ", which " not in sentence.text and ", who " not in sentence.text:
        return None
    match = relative(sentence.text)
    if match is None or sentence.start + match.start("content") < after or not_a_report(match):
        return None
    if not sentence.text[: match.start("who")].strip():  # an aside on the subject
        sentence = _aside_only(sentence, match.start("content"))
        match = relative(sentence.text)
        if match is None:
            return None
    if len(match["content"].split()) < _MIN_WORDS or match["content"][:1] in _MARKS:
        return None
    head = sp.HEAD_OF_APPOSITIVE.search(sentence.text, 0, match.start("who"))
    if head and sentence.text[match.end("who") :].lstrip(", ").startswith("who "):
        who = who or head["name"]
    return draft_report(sentence, match, "reported", resolver, who=who)


def _aside_only(sentence: Sentence, content: int) -> Sentence:
    """ "Councillor Jane Ruiz, who said the plan was flawed, voted against it": the report ends
    where the sentence's own verb follows the aside's closing comma."""
    end = _ASIDE_END.search(sentence.text, content)
    if end is None:
        return sentence
    text = sentence.text[: end.start()]
    return Sentence(
        sentence.id, sentence.paragraph, sentence.start, sentence.start + len(text), text
    )


_ASIDE_END = compiled(r",\s+(?!(?:and|but|or|that|which|who|as|if|when|because)\b)(?=[a-z])")


def _subordinate_clause(sentence: Sentence, resolver: Resolver) -> Draft | None:
    """ "While Ramos said that journalists cannot take sides, he appears uneasy", "Despite
    challenging the leader, Cruz said …": a report in the clause before the main one."""
    if not _OPENS_CLAUSE.match(sentence.text):
        return None  # a cheap test first: most sentences open with their subject
    match = rp.SUBORDINATE.match(sentence.text) or rp.OPENING_PARTICIPLE.match(sentence.text)
    if match is None or len(match["content"].split()) < _MIN_WORDS or names_a_thing(match):
        return None  # ("Raising a point of order, X said …": a procedure, no words)
    if _TO_WHOM.match(match["content"]):
        return None  # "Replying to her in the Dáil last Thursday, the minister said": to whom
    return draft_report(sentence, match, "reported", resolver)


# What an opening "Replying …" or "Responding …" clause holds when it names only the one replied to
_TO_WHOM = compiled(r"to\s+(?:her|him|them|me|us|it|questions?|critics|reporters)\b")

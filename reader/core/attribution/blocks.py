"""Block quotes: runs of blockquote paragraphs, attributed by a "— Name, role" line or a lead-in."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.context import SentenceIndex, last_clause
from reader.core.attribution.cued import apply_cue
from reader.core.attribution.drafts import Draft
from reader.core.attribution.marks import trimmed
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolve import Resolver
from reader.core.attribution.sieves import Cue, cue_before, valid_speaker
from reader.core.model import Article, Paragraph, ParagraphKind, QuoteKind

# "— Amara Osei, Lagos Policy Forum" on its own, or after the quote's final punctuation (so a dash
# aside such as "to one man — Nelson Mandela." stays part of the quote).
_ATTRIBUTION_LINE = compiled(
    rf"(?:^|(?<=[.!?”\"’])\s*)[—–―~-]{{1,2}}\s*(?P<who>{cues.PERSON})"
    r"(?:\s+(?:press|news)\s+release|\s+statement)?"  # "— Tallis Devices press release": theirs
    r"(?:\s*,\s*(?P<desc>[^“”\"]+?))?\s*\.?$"
)
# "— NSEA Lantern (@NSEALantern) February 19, 2026": the account under an embedded post
_ACCOUNT_LINE = compiled(
    r"(?:^|(?<=[.!?”\"’])\s*)[—–―-]{1,2}\s*(?P<who>[^()\n—–]{2,60}?)\s*\(@\w{1,30}\)"
    r"[^()\n]{0,40}$"
)
_MARKS = "“”\"'‘’ "
_SMALL_WORDS = frozenset({"The", "Of", "And", "For"})  # not initials of a body's name


def block_quotes(
    article: Article, index: SentenceIndex, resolver: Resolver, skip: set[int]
) -> list[Draft]:
    drafts: list[Draft] = []
    for group in _runs([p for p in article.paragraphs if p.index not in skip]):
        drafts.extend(_block(article, group, index, resolver))
    return drafts


def _runs(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    runs: list[list[Paragraph]] = []
    for paragraph in paragraphs:
        if paragraph.kind is not ParagraphKind.BLOCKQUOTE:
            continue
        if runs and runs[-1][-1].index == paragraph.index - 1:
            runs[-1].append(paragraph)
        else:
            runs.append([paragraph])
    return runs


def _block(
    article: Article, group: list[Paragraph], index: SentenceIndex, resolver: Resolver
) -> list[Draft]:
    text = article.text
    last = group[-1]
    last_text = article.paragraph_text(last)
    line = _ATTRIBUTION_LINE.search(last_text)
    account = None if line else _ACCOUNT_LINE.search(last_text)
    cue: Cue | None = None
    spans = [(p.start, p.end) for p in group]
    if line:
        cue = Cue(line["who"], "said", "block", description=_description(line["desc"]))
        spans[-1] = (last.start, last.start + line.start())
    elif group[0].index > 0:
        cue = _lead_in(article, article.paragraphs[group[0].index - 1])
    if account:  # the account line is no quote; the lead-in, if any, names the poster
        spans[-1] = (last.start, last.start + account.start())
        if cue is None:
            _alias_account(account["who"], resolver)
            cue = Cue(account["who"], "posted", "block")
    drafts = []
    for paragraph, (start, end) in zip(group, spans, strict=True):
        start, end = trimmed(text, start, end, _MARKS)
        if start >= end:
            continue
        draft = Draft(
            start,
            end,
            paragraph.index,
            index.covering(start, end),
            QuoteKind.BLOCK,
            starts_paragraph=True,
        )
        _attribute(draft, cue, resolver)
        drafts.append(draft)
    return drafts


def _description(text: str | None) -> str | None:
    """ "Lagos Policy Forum" is a description; "to the provincial assembly" is where, not who."""
    if not text or re.match(
        r"(?:to|in|at|on|during|before|after|closing|opening|speaking)\b", text
    ):
        return None
    return text


def _alias_account(account: str, resolver: Resolver) -> None:
    """An account whose name opens with a body's initials is that body's ("NSEA Lantern": the
    National Space Exploration Administration's mission account)."""
    first = account.split()[0]
    if not (first.isupper() and 3 <= len(first) <= 6):  # not "JD Vance"
        return
    for entity in list(resolver.cast.entities.values()):
        words = [w for w in entity.name.split() if w[:1].isupper() and w not in _SMALL_WORDS]
        if entity.kind != "person" and "".join(w[0] for w in words) == first:
            resolver.add_account(account, entity.name)
            return


def _lead_in(article: Article, before: Paragraph) -> Cue | None:
    lead = article.paragraph_text(before).rstrip()
    if not lead.endswith(":"):
        return None
    cue = cue_before(last_clause(lead[-400:]))  # "… spoke first. Osei said:" is Osei's
    return Cue(cue.who, cue.verb, "block-lead") if cue else _writer_of_document(lead)


def _writer_of_document(lead: str) -> Cue | None:
    """ "Kerrigan laid out what had gone wrong. The email, which a former employee shared with
    Ledgerline, reads in part:" is Kerrigan's email: the person the sentence before names last
    ("Her letter reads:" is hers)."""
    document = _DOCUMENT_READS.search(lead)
    if document is None:
        return None
    if document["owner"]:
        return Cue("she" if document["owner"] == "Her" else "he", "wrote", "block-lead")
    named = [m[0] for m in _PERSON.finditer(lead, 0, document.start()) if valid_speaker(m[0])]
    return Cue(named[-1], "wrote", "block-lead") if named else None


# the lead's last sentence: a document, then "reads (in part):"
_DOCUMENT_READS = compiled(
    r"(?:^|(?<=[.!?”\"’]\s))(?:The|(?P<owner>Her|His))\s+(?:e-?mail|letter|memo|note|message|"
    r"text|post)\b[^.!?:]{0,160}?\b(?:reads|read|says|said)(?:\s+in\s+(?:part|full))?:$"
)
_PERSON = compiled(cues.PERSON)


def _attribute(draft: Draft, cue: Cue | None, resolver: Resolver) -> None:
    if cue is None:
        draft.reason = "a block quote with no attribution line"
        return
    apply_cue(draft, cue, draft.start, resolver)

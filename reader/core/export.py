"""An article's notes as Markdown for a notes vault (Obsidian, Logseq, a git repository of notes).

Deterministic: the same notes on the same article give the same bytes. The front matter's
`exported` is the time of the last change to the notes, not the wall clock, so exporting again
without editing anything changes nothing a vault or `git diff` would show.
"""

from __future__ import annotations

import json
from itertools import groupby

from reader.core.attribution_text import affiliation, attribution_line, venue_phrase
from reader.core.model import Analysis, Quote, QuoteKind
from reader.core.notes.model import Note
from reader.core.notes.notebook import Notebook
from reader.core.pattern_store import page_pattern
from reader.core.safe import safe_json, safe_text

ANCHOR_COMMENT = "reader-anchor"
_MARKDOWN_ACTIVE = page_pattern(r"([\\`*_\[\]<>#|~])")
_NOT_SPOKEN = (QuoteKind.SCARE, QuoteKind.TITLE)


def export_markdown(notebook: Notebook) -> str:
    analysis = notebook.analysis
    notes = notebook.in_article_order()
    parts = [_front_matter(analysis, notes), f"# {_escape(_title(analysis))}\n"]
    placed = [n for n in notes if not n.is_orphan]
    orphans = [n for n in notes if n.is_orphan]
    if placed:
        parts.append("## Notes\n")
        parts += [_note_section(notebook, note) for note in placed]
    if orphans:
        parts.append("## Notes whose sentence is gone\n")
        parts.append("The article changed and these words are no longer in it.\n")
        parts += [_orphan_section(note) for note in orphans]
    parts.append(_quotes_by_speaker(analysis))
    return "\n".join(part for part in parts if part).rstrip("\n") + "\n"


def _title(analysis: Analysis) -> str:
    return analysis.article.title or analysis.article.source


def _front_matter(analysis: Analysis, notes: list[Note]) -> str:
    article = analysis.article
    fields = {
        "title": safe_text(_title(analysis)),
        "author": article.author,
        "source": safe_text(article.source),
        "published": article.published,
        "exported": max((n.updated for n in notes), default=None),
        "tags": ["reader", "article-notes"],
    }
    import yaml  # only when exporting: the reader's start does not pay for it

    dumped = yaml.safe_dump(fields, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{dumped}---\n"


def _note_section(notebook: Notebook, note: Note) -> str:
    sentence = notebook.sentence_of(note)
    text = sentence.text if sentence else note.anchor.exact
    lines = [_blockquote(text)]
    quote = _spoken_quote(notebook.analysis, sentence.id) if sentence else None
    credit = attribution_line(notebook.analysis, quote) if quote else None
    if credit:
        lines += [">", f"> — {_escape(safe_text(credit))}"]
    return _with_body(lines, note)


def _orphan_section(note: Note) -> str:
    return _with_body([_blockquote(note.anchor.exact)], note)


def _with_body(lines: list[str], note: Note) -> str:
    lines.append("")
    if note.highlight:
        lines += ["*Highlighted*", ""]
    if note.body.strip():
        lines += [note.body.strip(), ""]
    lines += [_anchor_comment(note), ""]
    return "\n".join(lines)


def _spoken_quote(analysis: Analysis, sentence_id: int) -> Quote | None:
    quotes = analysis.quotes_in_sentence(sentence_id)
    return next((q for q in quotes if q.speaker and q.kind not in _NOT_SPOKEN), None)


def _blockquote(text: str) -> str:
    return "\n".join(f"> {_escape(safe_text(line))}".rstrip() for line in text.splitlines())


def _escape(text: str) -> str:
    """Article words are shown as written, never read as Markdown or HTML."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", text)


def _anchor_comment(note: Note) -> str:
    """Where the note belongs, for a later import; "--" cannot appear inside an HTML comment."""
    anchor = note.anchor
    payload = {
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "start": anchor.start,
        "end": anchor.end,
    }
    encoded = safe_json(json.dumps(payload, ensure_ascii=False)).replace("--", "-\\u002d")
    return f"<!-- {ANCHOR_COMMENT} {encoded} -->"


def _quotes_by_speaker(analysis: Analysis) -> str:
    spoken = [q for q in analysis.quotes if q.speaker and q.kind not in _NOT_SPOKEN]
    if not spoken:
        return ""
    lines = ["## Quotes by speaker", ""]
    order = {s.name: i for i, s in enumerate(analysis.speakers)}
    spoken.sort(key=lambda q: (order.get(q.speaker or "", len(order)), q.speaker or "", q.start))
    for name, quotes in groupby(spoken, key=lambda q: q.speaker or ""):
        lines.append(f"### {_escape(safe_text(name))}")
        about = affiliation(analysis, name)
        lines += ["", f"*{_escape(safe_text(about))}*", ""] if about else [""]
        lines += [_quote_item(q) for q in quotes]
        lines.append("")
    return "\n".join(lines)


def _quote_item(quote: Quote) -> str:
    text = " ".join(safe_text(quote.text).split())
    said = quote.kind.value if quote.kind is not QuoteKind.INDIRECT else "reported"
    where = f", {venue_phrase(quote.venue)}" if quote.venue else ""
    shown = f"“{text}”" if quote.kind is not QuoteKind.INDIRECT else text
    return f"- {_escape(shown)} ({said}{_escape(safe_text(where))})"

"""Papers that set a story's first words in capitals ("THE Bishop of Eastmoor, the Rt Rev …",
"ANNE-MARIE FITZGERALD has run the parish youth group …") are read as if set in ordinary case.
The words keep their length, so every offset into the text stays the same.

Only an opening function word or a person's name is changed: a run of capitals that could be a
body's initials ("NATO said", "CHP economy spokesperson") or a dateline ("KYIV —") is left.
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import Article, ParagraphKind, Sentence

# up to four words in capitals, then a space and a word that is not
_CAPS_RUN = compiled(r"[A-Z][A-Z’'-]*(?: [A-Z][A-Z’'-]*){0,3}(?= (?P<next>[A-Za-z][\w’'-]*))")
_OPENERS = frozenset(
    "THE AN IN ON AT AFTER WHEN IT THIS THERE FOR AS BY FROM WITH ONE TWO SOME MANY MORE".split()
)


def read_caps_leads(article: Article, sentences: list[Sentence]) -> tuple[Article, list[Sentence]]:
    """The article and sentences with their capitalised leads in ordinary case, if any."""
    text = article.text
    pieces: list[tuple[int, str]] = []
    for paragraph in article.paragraphs:
        if paragraph.kind is ParagraphKind.BODY:
            match = _CAPS_RUN.match(text, paragraph.start, paragraph.end)
            words = _as_words(match.group(0), match["next"]) if match else None
            if words:
                pieces.append((paragraph.start, words))
    if not pieces:
        return article, sentences
    chunks, at = [], 0
    for start, words in pieces:  # one pass: an article of a thousand such leads stays linear
        chunks += [text[at:start], words]
        at = start + len(words)
    return reading_copy(article, sentences, "".join([*chunks, text[at:]]))


def reading_copy(
    article: Article, sentences: list[Sentence], text: str
) -> tuple[Article, list[Sentence]]:
    """The article and its sentences over `text`, a copy of the article's text of the same
    length (every offset holds), changed only where it is read differently."""
    return replace(article, text=text), [replace(s, text=text[s.start : s.end]) for s in sentences]


def _as_words(run: str, after: str) -> str | None:
    """ "THE Bishop", "IN a statement": the opening word; "ANNE-MARIE FITZGERALD has": the name;
    None for anything else."""
    first = run.split(" ", 1)[0]
    if run in _OPENERS and not after.isupper():  # not "THE HAGUE —", "AT LEAST 10 KILLED"
        return run.capitalize()
    if " " in run and len(first) > 1 and after[0].islower() and first_name_gender(first.title()):
        return run.title()
    return None

"""The links of an analysed article: its own (Markdown and HTML anchors) and the registry urls
of the speakers it quotes. One `LinkRef` per URL, in order of first appearance, with the
sentences it appears in (for a registry url: the sentences quoting that speaker).

Relative links are made absolute against the article's URL when it came from the web;
in-page anchors ("#notes") are not links to preview. Which URLs may be fetched is the
resolver's business (`reader.core.fetch.scheme_problem`), so `file:` or `javascript:` links
are still listed here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

from reader.core.model import Analysis, Sentence


@dataclass(frozen=True, slots=True)
class LinkRef:
    url: str
    texts: tuple[str, ...] = ()  # anchor texts, first occurrence first
    sentence_ids: tuple[int, ...] = ()
    speakers: tuple[str, ...] = ()  # registry urls: whose entry names this url


@dataclass(slots=True)
class _Found:
    texts: list[str] = field(default_factory=list)
    sentence_ids: set[int] = field(default_factory=set)
    speakers: list[str] = field(default_factory=list)


def collect_links(analysis: Analysis) -> list[LinkRef]:
    found: dict[str, _Found] = {}
    article = analysis.article
    ends = [s.end for s in analysis.sentences]
    for link in article.links:
        url = normalise(link.url, article.source)
        if url:
            entry = found.setdefault(url, _Found())
            _add_once(entry.texts, link.text)
            entry.sentence_ids.update(
                _sentences_over(analysis.sentences, ends, link.start, link.end)
            )
    for name, url, sentence_ids in _speaker_urls(analysis):
        entry = found.setdefault(normalise(url, article.source) or url, _Found())
        _add_once(entry.speakers, name)
        entry.sentence_ids.update(sentence_ids)
    return [
        LinkRef(url, tuple(f.texts), tuple(sorted(f.sentence_ids)), tuple(f.speakers))
        for url, f in found.items()
    ]


def normalise(url: str, base: str) -> str:
    """The URL to look up: absolute against a web `base`, without its fragment; "" for an
    in-page anchor."""
    url = url.strip()
    if _is_web(base) and not urlsplit(url).scheme:
        url = urljoin(base, url)
    if _is_web(url):
        url = urldefrag(url).url
    return "" if url.startswith("#") else url


def _is_web(url: str) -> bool:
    try:
        return urlsplit(url).scheme.lower() in ("http", "https")
    except ValueError:
        return False


def _sentences_over(sentences: list[Sentence], ends: list[int], start: int, end: int) -> list[int]:
    """Ids of the sentences overlapping [start, end) (sentences are in text order)."""
    ids = []
    for sentence in sentences[bisect_right(ends, start) :]:
        if sentence.start >= max(end, start + 1):
            break
        ids.append(sentence.id)
    return ids


def _speaker_urls(analysis: Analysis) -> list[tuple[str, str, list[int]]]:
    """(speaker, registry url, sentences quoting them) for each quoted speaker with a url."""
    by_id = {quote.id: quote for quote in analysis.quotes}
    found = []
    for speaker in analysis.speakers:
        entry = analysis.registry_entry(speaker.name)
        if entry is None or not entry.url:
            continue
        ids = {sid for qid in speaker.quote_ids if qid in by_id for sid in by_id[qid].sentence_ids}
        found.append((speaker.name, entry.url, sorted(ids)))
    return found


def _add_once(items: list[str], item: str) -> None:
    if item and item not in items:
        items.append(item)

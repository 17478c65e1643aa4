"""Saved HTML pages -> Article: the main content only, through trafilatura's XML output.

trafilatura drops navigation, cookie banners, share bars, related stories and footers; its
XML keeps paragraphs (`p`), headings (`head`), block quotes (`quote`), lists (`list/item`)
and links (`ref target=...`). Links are made absolute beforehand against the page's own base
(`<base href>`, canonical link, og:url), because trafilatura resolves relative paths against the
site root only. When trafilatura finds nothing, the page's `<p>`-like elements are read instead.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reader.core.load import junk
from reader.core.load.builder import ArticleBuilder, InlineText, clean_inline
from reader.core.load.html_tree import absolutise_links, base_url, keep_quote_credits
from reader.core.load.meta import join_names, normalise_date, read_leading_meta
from reader.core.load.nesting import flatten_html, html_too_deep
from reader.core.model import Article, ParagraphKind
from reader.core.pattern_store import page_pattern

# The fallback reader: elements read as paragraphs, and elements whose text it skips.
_FALLBACK_BLOCKS = {
    "p": ParagraphKind.BODY,
    "li": ParagraphKind.BODY,
    "blockquote": ParagraphKind.BLOCKQUOTE,
    **{f"h{n}": ParagraphKind.HEADING for n in range(1, 7)},
}
_FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "noscript")
_FALLBACK_SKIP = frozenset((*_FURNITURE, "script", "style", "template"))  # code is not prose
_DOCUMENT = page_pattern(r"<(?:html|body)\b", re.IGNORECASE)
# What lxml refuses to put in a tree (C0 controls other than tab and line breaks, U+FFFE and
# U+FFFF), raw or as a character reference ("&#27;"): shown as U+FFFD, as `safe_text` would.
_NOT_XML = page_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NOT_XML_REF = page_pattern(
    r"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|6553[45])(?!\d)"
    r"|[xX]0*(?:[0-8bcefBCEF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)


@dataclass(slots=True)
class _Block:
    inline: InlineText
    kind: ParagraphKind


def parse_html(text: str, source: str) -> Article:
    import trafilatura  # lazy: ~150 ms to import, and only HTML needs it

    text = _NOT_XML_REF.sub("\ufffd", _NOT_XML.sub("\ufffd", text))
    if not _DOCUMENT.search(text[:4096]):
        text = f"<html><body>{text}</body></html>"  # a fragment: lxml wants a document
    tree = trafilatura.load_html(text)
    broken = tree is not None and html_too_deep(tree)
    if broken:  # libxml2 left out what lies deeper: flatten, and keep every word we can
        tree = trafilatura.load_html(flatten_html(text))
    if tree is None:
        return ArticleBuilder(source).build()
    base = base_url(tree)
    if base:
        absolutise_links(tree, base)
    keep_quote_credits(tree)
    document = trafilatura.extract(
        tree,
        output_format="xml",
        with_metadata=True,
        include_links=True,
        include_formatting=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=broken,
    )
    root = _parse_xml(document)
    blocks = list(_xml_blocks(root)) if root is not None else []
    if not blocks:
        blocks = list(_fallback_blocks(tree))
    return _build(source, _metadata(root, tree), blocks)


def _parse_xml(document: str | None) -> ET.Element | None:
    if not document:
        return None
    try:
        return ET.fromstring(document)
    except ET.ParseError:
        return None  # never seen, but the fallback reader can still do the job


def _build(source: str, metadata: dict[str, str | None], blocks: list[_Block]) -> Article:
    title = metadata.get("title")
    blocks = _drop_title_heading(blocks, title)
    if title is None and blocks and blocks[0].kind == ParagraphKind.HEADING:
        title, blocks = blocks[0].inline.text, blocks[1:]
    blocks = _drop_junk(blocks)
    lead = read_leading_meta([_plain(block) for block in blocks])
    author = metadata.get("author")
    authors = lead.author_names(str(author) if author else None)
    bio = junk.bio_drops([block.inline.text for block in blocks], authors)
    builder = ArticleBuilder(source)
    builder.title = title
    builder.author = metadata.get("author") or (lead.byline.text if lead.byline else None)
    builder.published = metadata.get("date") or lead.published
    for i, block in enumerate(blocks):
        if i not in lead.used and i not in bio:
            builder.add_inline(block.inline, block.kind)
    return builder.build()


def _plain(block: _Block) -> str:
    """A block's text for byline/date detection (a byline often links to the author's page)."""
    return block.inline.text if block.kind == ParagraphKind.BODY else ""


def _drop_title_heading(blocks: list[_Block], title: str | None) -> list[_Block]:
    """The page's H1 repeats the title, which is metadata: drop its first copy."""
    if not title:
        return blocks
    wanted = clean_inline(title).casefold()
    for i, block in enumerate(blocks):
        if block.kind == ParagraphKind.HEADING and block.inline.text.casefold() == wanted:
            return blocks[:i] + blocks[i + 1 :]
    return blocks


def _drop_junk(blocks: list[_Block]) -> list[_Block]:
    """What trafilatura let through: share prompts, newsletter lines, "Related" lists."""
    kept = [block for block in blocks if junk.line_junk(block.inline.text) is None]
    related = junk.related_drops([block.inline.text for block in kept])
    return [block for i, block in enumerate(kept) if i not in related]


# --- trafilatura's XML -------------------------------------------------------------------


def _xml_blocks(root: ET.Element) -> Iterator[_Block]:
    main = root.find("main")
    if main is None:
        return
    yield from _xml_children(main, ParagraphKind.BODY)


def _xml_children(parent: ET.Element, kind: ParagraphKind) -> Iterator[_Block]:
    yield from _loose_text(parent.text, kind)
    for element in parent:
        yield from _xml_element(element, kind)
        yield from _loose_text(element.tail, kind)


def _loose_text(text: str | None, kind: ParagraphKind) -> Iterator[_Block]:
    """Text that trafilatura left directly in a container, outside any paragraph."""
    if text and text.strip():
        inline = InlineText()
        inline.append(text)
        yield _Block(inline, kind)


def _xml_element(element: ET.Element, kind: ParagraphKind) -> Iterator[_Block]:
    if element.tag in ("p", "item", "code"):
        yield _Block(_inline(element, "ref", "target"), kind)
    elif element.tag == "head":
        yield _Block(_inline(element, "ref", "target"), ParagraphKind.HEADING)
    elif element.tag == "quote":
        yield from _quote_blocks(element)
    elif element.tag == "row":
        yield _Block(_row(element), kind)
    elif element.tag in ("list", "table", "div", "section"):
        yield from _xml_children(element, kind)


def _quote_blocks(quote: ET.Element) -> Iterator[_Block]:
    """A block quote holds either paragraphs or text directly; each paragraph is a BLOCKQUOTE."""
    if any(child.tag in ("p", "list", "item") for child in quote):
        yield from _xml_children(quote, ParagraphKind.BLOCKQUOTE)
    else:
        yield _Block(_inline(quote, "ref", "target"), ParagraphKind.BLOCKQUOTE)


def _row(row: ET.Element) -> InlineText:
    """A table row reads as one paragraph, its cells separated by bars."""
    text = InlineText()
    for i, cell in enumerate(row):
        if i:
            text.append(" | ")
        _walk(cell, text, _ref_target)
    return text


def _ref_target(element: Any) -> str | None:
    return element.get("target") if element.tag == "ref" else None


def _inline(element: Any, link_tag: str, link_attr: str) -> InlineText:
    """Text of an element and its descendants, with its links (xml.etree or lxml elements)."""
    text = InlineText()
    _walk(element, text, lambda e: e.get(link_attr) if e.tag == link_tag else None)
    return text


def _walk(element: Any, text: InlineText, link_of: Callable[[Any], str | None]) -> None:
    text.append(element.text or "")
    for child in element:
        if not isinstance(child.tag, str):  # lxml comments and processing instructions
            text.append(child.tail or "")
            continue
        url = link_of(child)
        if child.tag in ("lb", "br"):
            text.space()
        if url is not None:
            text.open_link(url)
        _walk(child, text, link_of)
        if url is not None:
            text.close_link()
        text.append(child.tail or "")


# --- page metadata and links -------------------------------------------------------------


def _metadata(root: ET.Element | None, tree: Any) -> dict[str, str | None]:
    """Title, author and date from trafilatura's document attributes, or from the page."""
    attrs: dict[str, str | None] = dict(root.attrib) if root is not None else {}
    if not attrs.get("title"):
        import trafilatura

        found = trafilatura.extract_metadata(tree)
        if found is not None:
            page = {"title": found.title, "author": found.author, "date": found.date}
            attrs = {key: attrs.get(key) or value for key, value in page.items()}
    author = attrs.get("author")
    date = attrs.get("date")
    return {
        "title": clean_inline(attrs.get("title") or "") or None,
        "author": join_names(author.split(";")) if author else None,  # "A; B" -> "A and B"
        "date": normalise_date(date) if date else None,
    }


# --- fallback: the page's own paragraphs ------------------------------------------------


def _fallback_blocks(tree: Any) -> Iterator[_Block]:
    body = tree.find(".//body")
    yield from _fallback_children(tree if body is None else body)


def _fallback_children(parent: Any) -> Iterator[_Block]:
    for element in parent:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _FALLBACK_SKIP:
            continue
        kind = _FALLBACK_BLOCKS.get(tag)
        if kind is None:
            yield from _fallback_children(element)
        elif tag == "blockquote" and element.find(".//p") is not None:
            for block in _fallback_children(element):
                yield _Block(block.inline, ParagraphKind.BLOCKQUOTE)
        else:
            yield _Block(_inline(element, "a", "href"), kind)

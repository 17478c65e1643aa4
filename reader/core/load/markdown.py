"""Markdown (CommonMark, with YAML front matter) -> Article, through markdown-it-py's tokens.

Each block token becomes a paragraph; the inline children are walked to build its text (markup
reduced to its words) and its links, so the offsets are into `Article.text`, not the source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from reader.core.load import junk
from reader.core.load.builder import ArticleBuilder, InlineText, clean_inline
from reader.core.load.meta import join_names, normalise_date, read_leading_meta
from reader.core.load.nesting import flatten_markdown
from reader.core.model import Article, ParagraphKind

_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_DATE_KEYS = ("published", "date", "pubDate", "published_at", "publish_date", "created")
# Inline tokens whose text is kept as is; markup tokens (em, strong) just disappear.
_TEXT_TOKENS = frozenset({"text", "code_inline", "text_special"})
_BREAK_TOKENS = frozenset({"softbreak", "hardbreak"})


@dataclass(slots=True)
class _FrontMatter:
    title: str | None = None
    author: str | None = None
    published: str | None = None


@dataclass(slots=True)
class _Block:
    inline: InlineText
    kind: ParagraphKind
    level: int = 0  # heading level, 0 for other blocks
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.inline.text


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(front_matter_plugin)


def parse_markdown(text: str, source: str) -> Article:
    tokens = _tokens(text)
    front = _front_matter(tokens)
    blocks = [block for block in _blocks(tokens) if not _is_furniture(block)]
    title, blocks = _take_title(blocks, front.title)
    lead = read_leading_meta([_plain(block) for block in blocks])
    # "*Jane Doe is a columnist …*" at the end
    lead.used |= junk.bio_drops([b.text for b in blocks], lead.author_names(front.author))
    builder = ArticleBuilder(source)
    builder.title = title
    builder.author = front.author or (lead.byline.text if lead.byline else None)
    builder.published = front.published or lead.published
    for i, block in enumerate(blocks):
        if i not in lead.used:
            builder.add_inline(block.inline, block.kind)
    return builder.build()


def _is_furniture(block: _Block) -> bool:
    """A web page saved as Markdown keeps its furniture ("Share this story", "Have information
    about this story? Email …"): the same line rules as scraped text, for body paragraphs."""
    if block.kind != ParagraphKind.BODY:
        return False
    return junk.line_junk(block.text) is not None or _related_links(block)


def _related_links(block: _Block) -> bool:
    """ "**More from Opinion:** [Letters: …](…) · [Editorial: …](…)": a label of related stories,
    then links and little else."""
    label, colon, rest = block.text.partition(":")
    if not colon or not junk.is_related_heading(label) or not rest.strip():
        return False
    linked = sum(link.end - link.start for link in block.inline.links)
    return linked >= 0.6 * len(rest.strip())


def _tokens(text: str) -> list[Token]:
    """The tokens of `text`; nesting so deep that markdown-it would skip the rest of it is
    flattened first (the front matter is left as it is)."""
    parser = _parser()
    tokens = parser.parse(text)
    deepest = parser.options["maxNesting"] - 1
    if not any(token.level >= deepest for token in tokens):
        return tokens
    front = next((t for t in tokens if t.type == "front_matter" and t.map), None)
    lines = text.split("\n")
    head = front.map[1] if front is not None and front.map else 0
    body = flatten_markdown("\n".join(lines[head:]))
    return parser.parse("\n".join([*lines[:head], body]))


def _plain(block: _Block) -> str:
    """A block's text for byline/date detection (a byline may link to the author's page)."""
    return block.text if block.kind == ParagraphKind.BODY else ""


def _blocks(tokens: Sequence[Token]) -> Iterator[_Block]:
    quote_depth = 0
    for i, token in enumerate(tokens):
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "inline" and i > 0:
            yield _inline_block(tokens[i - 1], token, quote_depth)
        elif token.type in ("code_block", "fence"):
            code = InlineText()
            code.append(token.content)
            yield _Block(code, ParagraphKind.BLOCKQUOTE if quote_depth else ParagraphKind.BODY)


def _inline_block(opener: Token, inline: Token, quote_depth: int) -> _Block:
    text = _inline_text(inline.children or [])
    if opener.type == "heading_open":
        return _Block(text, ParagraphKind.HEADING, level=int(opener.tag[1:]))
    return _Block(text, ParagraphKind.BLOCKQUOTE if quote_depth else ParagraphKind.BODY)


def _inline_text(children: Sequence[Token]) -> InlineText:
    text = InlineText()
    for child in children:
        if child.type in _TEXT_TOKENS:
            text.append(child.content)
        elif child.type in _BREAK_TOKENS:
            text.space()
        elif child.type == "link_open":
            text.open_link(str(child.attrGet("href") or ""))
        elif child.type == "link_close":
            text.close_link()
        # images, inline HTML and emphasis markers carry no article words: dropped
    return text


def _take_title(blocks: list[_Block], title: str | None) -> tuple[str | None, list[_Block]]:
    """The H1 that repeats the front-matter title (or the first H1 without one) is the title."""
    wanted = clean_inline(title).casefold() if title else None
    for i, block in enumerate(blocks):
        if block.level != 1:
            continue
        if wanted is None or block.text.casefold() == wanted:
            return title or block.text, blocks[:i] + blocks[i + 1 :]
    return title, blocks


def _front_matter(tokens: Sequence[Token]) -> _FrontMatter:
    token = next((t for t in tokens if t.type == "front_matter"), None)
    if token is None:
        return _FrontMatter()
    import yaml  # only for front matter: most articles have none

    try:
        data = yaml.safe_load(token.content)
    except yaml.YAMLError:
        return _FrontMatter()  # broken front matter: the article is still readable
    if not isinstance(data, dict):
        return _FrontMatter()
    return _FrontMatter(
        title=_as_text(data.get("title")),
        author=_first(data, _AUTHOR_KEYS, _as_names),
        published=_first(data, _DATE_KEYS, _as_date),
    )


def _first(
    data: dict[Any, Any], keys: Sequence[str], convert: Callable[[Any], str | None]
) -> str | None:
    for key in keys:
        value = convert(data.get(key))
        if value:
            return str(value)
    return None


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return clean_inline(str(value)) or None


def _as_names(value: Any) -> str | None:
    """`author: Jane Doe`, `authors: [Jane Doe, John Roe]`, or `{name: Jane Doe}` entries."""
    if isinstance(value, dict):
        return _as_text(value.get("name"))
    if isinstance(value, list):
        names = [name for name in (_as_names(item) for item in value) if name]
        return join_names(names) or None
    return _as_text(value)


def _as_date(value: Any) -> str | None:
    if isinstance(value, dt.date):  # YAML turns 2026-03-03 into a date (or datetime)
        return value.isoformat()
    text = _as_text(value)
    return normalise_date(text) if text else None

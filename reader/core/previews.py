"""A link preview: what a fetched page says about itself (title, description, site name).

Parsed with lxml.html, never with regexes: og:title else `<title>`; og:description else the meta
description else the first paragraph; og:site_name else the host. A page that is not HTML gets
a preview with its content type and no title, which is not an error.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from typing import Any
from urllib.parse import urlsplit

from reader.core.fetch import Fetched, wants_html
from reader.core.load.builder import clean_inline
from reader.core.load.decode import decode
from reader.core.load.errors import LoadError

MAX_DESCRIPTION = 300
_FURNITURE = frozenset({"nav", "header", "footer", "aside", "form", "script", "style"})


@dataclass(frozen=True, slots=True)
class Preview:
    url: str
    final_url: str | None = None
    status: int | None = None
    title: str | None = None
    description: str | None = None
    site_name: str | None = None
    content_type: str | None = None
    fetched_at: str | None = None
    error: str | None = None
    from_cache: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Preview:
        """The stored form back; unknown keys (from a later version) are ignored."""
        data: Any = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("url"), str):
            raise ValueError("not a stored preview")
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True, slots=True)
class PageFacts:
    title: str | None = None
    description: str | None = None
    site_name: str | None = None


def preview_of(fetched: Fetched) -> Preview:
    """The preview of a fetch: parsed when it brought an HTML body, else what is known."""
    preview = Preview(
        url=fetched.url,
        final_url=fetched.final_url,
        status=fetched.status,
        site_name=None if fetched.error else _host(fetched.final_url),
        content_type=fetched.content_type,
        fetched_at=fetched.fetched_at or None,
        error=fetched.error,
    )
    if fetched.error or not fetched.body or not wants_html(fetched.content_type):
        return preview
    facts = page_facts(fetched.body, fetched.charset)
    return replace(
        preview,
        title=facts.title,
        description=facts.description,
        site_name=facts.site_name or preview.site_name,
    )


def page_facts(body: bytes, charset: str | None = None) -> PageFacts:
    """Title, description and site name of an HTML page; empty facts for what cannot parse."""
    import lxml.etree
    import lxml.html

    text = _decode(body, charset)
    if text is None:
        return PageFacts()
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        document = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return PageFacts()
    meta = _meta(document)
    return PageFacts(
        title=_clip(meta.get("og:title") or _title(document)),
        description=_clip(
            meta.get("og:description") or meta.get("description") or _first_paragraph(document)
        ),
        site_name=_clip(meta.get("og:site_name")),
    )


def _decode(body: bytes, charset: str | None) -> str | None:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode(body, "page")
    except LoadError:
        return None  # binary, or empty


def _meta(document: Any) -> dict[str, str]:
    """`<meta property|name=... content=...>` by lower-case key; the first of each wins."""
    found: dict[str, str] = {}
    for element in document.iter("meta"):
        key = element.get("property") or element.get("name")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content)
    return found


def _title(document: Any) -> str | None:
    element = document.find(".//title")
    return str(element.text_content()) if element is not None else None


def _first_paragraph(document: Any) -> str | None:
    for paragraph in document.iter("p"):
        if any(a.tag in _FURNITURE for a in paragraph.iterancestors()):
            continue
        text = clean_inline(str(paragraph.text_content()))
        if text:
            return text
    return None


def _clip(value: str | None) -> str | None:
    """Whitespace collapsed, long text cut at a word with an ellipsis; empty becomes None."""
    if value is None:
        return None
    text = clean_inline(value)
    if len(text) > MAX_DESCRIPTION:
        text = text[:MAX_DESCRIPTION].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return text or None


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None

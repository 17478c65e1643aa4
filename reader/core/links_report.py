"""Views of an article's links with their previews: `reader links --json` and a text listing."""

from __future__ import annotations

import textwrap
from typing import Any

from reader.core.links import LinkRef
from reader.core.previews import Preview
from reader.core.safe import safe_text as printable


def links_json(links: list[LinkRef], previews: list[Preview]) -> dict[str, Any]:
    """{"links": [...]}: the contract's fields, then content_type, text, sentence_ids, speakers."""
    by_url = {preview.url: preview for preview in previews}
    return {"links": [_link_json(link, by_url.get(link.url)) for link in links]}


def _link_json(link: LinkRef, preview: Preview | None) -> dict[str, Any]:
    preview = preview or Preview(link.url, error="not resolved")
    return {
        "url": link.url,
        "final_url": preview.final_url,
        "status": preview.status,
        "title": preview.title,
        "description": preview.description,
        "site_name": preview.site_name,
        "from_cache": preview.from_cache,
        "fetched_at": preview.fetched_at,
        "error": preview.error,
        "content_type": preview.content_type,
        "text": link.texts[0] if link.texts else None,
        "sentence_ids": list(link.sentence_ids),
        "speakers": list(link.speakers),
    }


def links_listing(links: list[LinkRef], previews: list[Preview], width: int = 100) -> str:
    """One block per link: url, title and site, description, where it appears, or the error."""
    by_url = {preview.url: preview for preview in previews}
    failed = sum(1 for link in links if link.url in by_url and by_url[link.url].error)
    lines = [f"{len(links)} links, {len(links) - failed} previews, {failed} failed"]
    for link in links:
        lines += ["", *_link_lines(link, by_url.get(link.url), width)]
    return "\n".join(printable(line) for line in lines) + "\n"


def _link_lines(link: LinkRef, preview: Preview | None, width: int) -> list[str]:
    lines = [link.url]
    if preview is not None and preview.final_url and preview.final_url != link.url:
        lines.append(f"    -> {preview.final_url}")
    lines += [f"    {line}" for line in _about(preview, width - 4)]
    lines += [f"    {line}" for line in textwrap.wrap(_where(link), width - 4)]
    return lines


def _about(preview: Preview | None, width: int) -> list[str]:
    if preview is None:
        return ["error: not resolved"]
    if preview.error:
        return [f"error: {preview.error}"]
    head = " · ".join(
        x for x in (preview.title, preview.site_name, preview.content_type, _cached(preview)) if x
    )
    return [head, *textwrap.wrap(preview.description or "", width)]


def _cached(preview: Preview) -> str:
    return f"cached {preview.fetched_at}" if preview.from_cache and preview.fetched_at else ""


def _where(link: LinkRef) -> str:
    parts = [f"“{text}”" for text in link.texts]
    parts += [f"sources.toml entry of {name}" for name in link.speakers]
    sentences = ", ".join(str(sid) for sid in link.sentence_ids)
    return "from " + "; ".join(parts) + (f" (sentences {sentences})" if sentences else "")

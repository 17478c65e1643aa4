"""Which loader reads a source: its file extension first, then a look at the content."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from reader.core.pattern_store import page_pattern

FORMATS = ("text", "markdown", "html")

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_SNIFF = 65536
_HTML_START = page_pattern(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAGS = page_pattern(r"<(?:head|body)\b[^>]*>", re.I)
_FRONT_MATTER = page_pattern(r"---[ \t]*\n(?:[^\n]*\n){0,60}?(?:---|\.\.\.)[ \t]*(?:\n|$)")
_FRONT_MATTER_KEY = page_pattern(r"^[A-Za-z_][\w-]*\s*:", re.M)
# An ATX heading, an inline link or a fenced code block.
_MARKDOWN = page_pattern(r"^#{1,6}[ \t]+\S|\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)|^```", re.M)


def format_from_name(source: str) -> str | None:
    """The format its extension names, for a path or a URL; None when it names none."""
    path = urlsplit(source).path if "://" in source else source
    return _EXTENSIONS.get(PurePosixPath(path.replace("\\", "/")).suffix.lower())


def sniff(text: str) -> str:
    """ "html", "markdown" or "text" from the content alone."""
    head = text[:_SNIFF]
    if _HTML_START.match(head) or _HTML_TAGS.search(head[:4096]):
        return "html"
    front = _FRONT_MATTER.match(head)
    if front and _FRONT_MATTER_KEY.search(front.group()):
        return "markdown"
    if _MARKDOWN.search(head):
        return "markdown"
    return "text"

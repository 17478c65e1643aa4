"""Absurdly deep nesting, made shallow before a parser drops what lies below its limit.

libxml2 (lxml, trafilatura) keeps no element deeper than 255 levels and silently leaves out the
text inside them; markdown-it stops at 20 levels of block quotes and lists and skips the rest.
No real page nests that deep, but a hostile or broken one may, and its words must not vanish.
These rewrites keep every word and the paragraph breaks; only the useless depth goes.
"""

from __future__ import annotations

import re

from reader.core.pattern_store import page_pattern

# --- HTML ---------------------------------------------------------------------------------

# An element this deep (counted from the document) means libxml2 may have hit its limit.
HTML_TOO_DEEP = 250
# The rewrite keeps this many levels of the page's own structure.
HTML_KEPT_DEPTH = 100
_TOO_DEEP_XPATH = "boolean(" + "/*" * HTML_TOO_DEEP + ")"

_HTML_TOKEN = page_pattern(
    r"<!--.*?(?:-->|\Z)"  # a comment, left alone
    r"|<(?P<raw>script|style|textarea|title|xmp)\b[^>]*>.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<close>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>",
    re.S | re.I,
)
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr".split()
)  # no content, no depth
# Kept as they are at any depth: they cannot nest in themselves (the parser closes the open one).
_FLAT = frozenset("p h1 h2 h3 h4 h5 h6 a".split())
# Past the kept depth, these become paragraph breaks; every other tag just goes.
_BLOCKS = frozenset(
    """address article aside blockquote center dd details dialog div dl dt fieldset figcaption
    figure footer form header hgroup li main menu nav ol pre section summary table tbody td tfoot
    th thead tr ul""".split()
)


def html_too_deep(tree: object) -> bool:
    """Whether the parsed page reaches the depth where libxml2 stops keeping elements."""
    return bool(tree.xpath(_TOO_DEEP_XPATH))  # type: ignore[attr-defined]


def flatten_html(html: str, keep: int = HTML_KEPT_DEPTH) -> str:
    """`html` with every tag nested deeper than `keep` levels removed (block tags become
    paragraph breaks); text, comments, scripts and shallower markup unchanged."""
    return _HTML_TOKEN.sub(_Flattener(html, keep), html)


class _Flattener:
    """The tag rewriter: follows the open elements as the tags say (a guess for sloppy HTML)."""

    def __init__(self, html: str, keep: int) -> None:
        self.html = html
        self.keep = keep
        self.stack: list[str] = []
        self.open: dict[str, int] = {}  # how many of each name the stack holds
        self.last = 0  # where the previous tag ended
        self.words = False  # text since the last paragraph break written

    def __call__(self, match: re.Match[str]) -> str:
        if not self.words and self.html[self.last : match.start()].strip():
            self.words = True
        self.last = match.end()
        name = (match.group("name") or "").lower()
        if not name or name in _VOID:
            return match.group()
        kept = self._close(name) if match.group("close") else self._open(name)
        if kept or name in _FLAT:
            return match.group()
        if name not in _BLOCKS or not self.words:
            return ""  # consecutive breaks make empty paragraphs, by the thousand
        self.words = False
        return "</p>" if match.group("close") else "<p>"

    def _open(self, name: str) -> bool:
        deep = len(self.stack) >= self.keep
        if not (deep and name in _FLAT):  # deep p/h/a are never counted: they cannot nest
            self.stack.append(name)
            self.open[name] = self.open.get(name, 0) + 1
        return not deep

    def _close(self, name: str) -> bool:
        """An end tag closes the innermost open element of its name and what is open inside;
        whether that element's start tag was kept."""
        if not self.open.get(name):
            return True  # nothing of that name is open: the parser ignores it as well
        if name in _FLAT and self.stack[-1] != name:
            return True  # a deep one, never counted
        while True:
            top = self.stack.pop()
            self.open[top] -= 1
            if top == name:
                return len(self.stack) < self.keep


# --- Markdown -----------------------------------------------------------------------------

# Block quote and list markers at the start of a line, with their indentation.
_MD_MARKER = r"(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)"
_MD_CONTAINERS = page_pattern(rf"(?:[ \t]*(?:>|{_MD_MARKER}))*[ \t]*")
_MD_FIRST_MARKER = page_pattern(_MD_MARKER)
_MD_RULE = page_pattern(r"[ \t]*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


def flatten_markdown(text: str) -> str:
    """Markdown with at most one block quote and one list level per line: each line's run of
    `>` and list markers (and its indentation) becomes at most "> " and its first marker."""
    return "\n".join(_flat_line(line) for line in text.split("\n"))


def _flat_line(line: str) -> str:
    if _MD_RULE.match(line):
        return line.strip()  # a thematic break, not a list
    prefix = _MD_CONTAINERS.match(line)
    markers = prefix.group() if prefix else ""
    rest = line[len(markers) :]
    quoted = "> " if ">" in markers else ""
    first = _MD_FIRST_MARKER.search(markers.replace(">", " "))
    listed = first.group() + " " if first else ""
    return quoted + listed + rest

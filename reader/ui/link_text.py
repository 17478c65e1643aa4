"""Links and their previews as Rich objects (never markup): the panel's "Links" section and
the cells of the link list. Page titles and descriptions are untrusted: `safe_text` always.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple
from urllib.parse import urlsplit

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.style import Style
from rich.text import Text

from reader.core.links import LinkRef
from reader.ui.badges import BadgeKind
from reader.ui.link_previews import LinkEntry
from reader.ui.navigation import Navigator
from reader.ui.text import excerpt, safe_text

DESCRIPTION_LINES = 2


class LinkStyles(NamedTuple):
    """Badge colours, taken from the theme's text colours."""

    error: Style
    warning: Style
    success: Style

    @classmethod
    def from_theme(cls, variables: Mapping[str, str]) -> LinkStyles:
        def colour(name: str, fallback: str) -> Style:
            return Style.parse(variables.get(f"text-{name}") or fallback)

        return cls(colour("error", "red"), colour("warning", "yellow"), colour("success", "green"))

    def of(self, kind: BadgeKind) -> Style:
        if kind is BadgeKind.ERROR:
            return self.error
        if kind in (BadgeKind.STALE, BadgeKind.OFFLINE):
            return self.warning
        if kind is BadgeKind.FRESH:
            return self.success
        return Style(dim=True, italic=kind is BadgeKind.PENDING)


class Clamp:
    """Text wrapped to the width it gets, cut to `lines` lines with an ellipsis."""

    def __init__(self, text: Text, lines: int) -> None:
        self.text = text
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width, 2)
        wrapped = list(self.text.wrap(console, width))
        if len(wrapped) > self.lines:
            wrapped = [*wrapped[: self.lines - 1], _with_ellipsis(wrapped[self.lines - 1], width)]
        yield from wrapped

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)


def _with_ellipsis(line: Text, width: int) -> Text:
    """The line with "…" at its end, cut at a word to make room if needed."""
    line.rstrip()
    if line.cell_len >= width:
        line.truncate(width - 1)
        space = line.plain.rfind(" ")
        line = line[:space] if space > 0 else line
        line.rstrip()
    line.append("…")
    return line


@dataclass(frozen=True, slots=True)
class EntryText:
    """The lines of one link in the panel."""

    heading: Text  # “anchor text”, or whose sources.toml entry names the url
    title: Text  # the page's title, else the url
    about: Text  # site · badge
    description: Text | None

    @property
    def plain(self) -> str:
        lines = [self.heading, self.title, self.about]
        if self.description is not None:
            lines.append(self.description)
        return "\n".join(line.plain for line in lines)

    def renderable(self) -> RenderableType:
        body: list[RenderableType] = [self.title, self.about]
        if self.description is not None:
            body.append(Clamp(self.description, DESCRIPTION_LINES))
        return Group(self.heading, Padding(Group(*body), (0, 0, 0, 2)))


def heading(link: LinkRef) -> Text:
    if link.texts:
        return Text(f"“{excerpt(link.texts[0], 80)}”", style="italic")
    names = ", ".join(safe_text(name) for name in link.speakers)
    return Text(f"{names} in sources.toml", style="italic")


def entry_text(entry: LinkEntry, styles: LinkStyles) -> EntryText:
    preview = entry.preview
    title = preview.title if preview is not None and preview.title else None
    shown = Text(safe_text(title), style="bold") if title else Text(safe_text(entry.link.url))
    about = Text.assemble(*_site_parts(entry), (entry.badge.text, styles.of(entry.badge.kind)))
    description = preview.description if preview is not None else None
    words = Text(" ".join(safe_text(description).split()), style="dim") if description else None
    return EntryText(heading(entry.link), shown, about, words)


def _site_parts(entry: LinkEntry) -> list[tuple[str, str]]:
    preview = entry.preview
    if preview is None or preview.error:
        return []
    known = [preview.site_name or host(entry.link.url), _other_type(preview.content_type)]
    return [(f"{safe_text(part)} · ", "dim") for part in known if part]


def _other_type(content_type: str | None) -> str | None:
    """A content type worth showing: what is not a web page (a PDF, an image)."""
    return content_type if content_type and "html" not in content_type else None


def host(url: str) -> str:
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def links_section(texts: list[EntryText]) -> RenderableType:
    """The heading "Links (n)", then each link, a blank line between them."""
    parts: list[RenderableType] = [Text(f"Links ({len(texts)})", style="bold")]
    for index, text in enumerate(texts):
        if index:
            parts.append(Text())
        parts.append(text.renderable())
    return Group(*parts)


# -- the link list ---------------------------------------------------------------------------


def target_sentence(link: LinkRef, navigator: Navigator) -> int | None:
    """Where Enter goes: the first sentence with the link (a registry url: the speaker's first
    quote), or None."""
    ids = [sentence_id for sentence_id in link.sentence_ids if sentence_id in navigator]
    return min(ids, key=navigator.position) if ids else None


def where(link: LinkRef, navigator: Navigator) -> str:
    target = target_sentence(link, navigator)
    if link.speakers and not link.texts:
        return "sources.toml"  # Enter goes to the speaker's first quote
    if target is None:
        return "—"
    more = len(link.sentence_ids) - 1
    return f"sentence {navigator.position(target) + 1}" + (f" +{more}" if more > 0 else "")


def row_cells(entry: LinkEntry, navigator: Navigator, styles: LinkStyles) -> tuple[Text, ...]:
    """Link (title, else url) · site · preview badge · where it is."""
    preview = entry.preview
    title = preview.title if preview is not None and preview.title else None
    link = Text(excerpt(title, 44)) if title else Text(excerpt(entry.link.url, 44), style="dim")
    site = (preview.site_name if preview is not None else None) or host(entry.link.url)
    status = Text(excerpt(entry.badge.text, 32), style=styles.of(entry.badge.kind))
    return link, Text(excerpt(site, 18)), status, Text(where(entry.link, navigator))

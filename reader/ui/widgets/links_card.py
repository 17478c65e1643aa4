"""The panel's "Links" section: the selected sentence's links and their previews."""

from __future__ import annotations

from rich.console import RenderableType

from reader.ui.link_previews import LinkEntry
from reader.ui.link_text import EntryText, LinkStyles, entry_text, links_section


class LinksCard:
    """The links of one sentence (none: the section is left out)."""

    def __init__(self, entries: list[LinkEntry], styles: LinkStyles) -> None:
        self.entries = entries
        self.texts: list[EntryText] = [entry_text(entry, styles) for entry in entries]

    @property
    def plain(self) -> str:
        """What the card shows, as plain text ("" without links)."""
        return "\n\n".join(text.plain for text in self.texts)

    def renderable(self) -> RenderableType | None:
        return links_section(self.texts) if self.texts else None

"""The panel's "Links" section: the selected sentence's links and their previews."""

from __future__ import annotations

from textual.widgets import Static

from reader.ui.link_previews import LinkEntry
from reader.ui.link_text import EntryText, LinkStyles, entry_text, links_section


class LinksCard(Static):
    """Hidden until the selected sentence has a link (or its speaker a registry url)."""

    DEFAULT_CSS = """
    LinksCard {
        display: none;
        height: auto;
        margin-top: 1;
        &.-shown { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[LinkEntry] = []
        self.texts: list[EntryText] = []

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._redraw())

    @property
    def plain(self) -> str:
        """What the card shows, as plain text ("" when hidden)."""
        return "\n\n".join(text.plain for text in self.texts)

    def show_entries(self, entries: list[LinkEntry]) -> None:
        self.entries = entries
        self.set_class(bool(entries), "-shown")
        self._redraw()

    def _redraw(self) -> None:
        styles = LinkStyles.from_theme(self.app.theme_variables)
        self.texts = [entry_text(entry, styles) for entry in self.entries]
        self.update(links_section(self.texts) if self.texts else "")

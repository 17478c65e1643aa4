"""Links of the selected sentence in the panel, the link list (`l`), opening a link (`o`), and
fetching the previews in a worker while the article stays readable.

The first batch starts when the screen mounts, unless offline or everything is cached; a
progress line sits on the panel's bottom border while it is in flight. Failures are
notifications: a dead link is a warning, a batch that breaks is an error; neither stops reading.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.binding import Binding, BindingType

from reader.core.model import Analysis
from reader.ui.browser import open_in_browser
from reader.ui.navigation import Navigator
from reader.ui.screens.annotating import AnnotatingScreen
from reader.ui.text import excerpt

if TYPE_CHECKING:
    from reader.core.links import LinkRef
    from reader.core.previews import Preview
    from reader.ui.link_previews import LinkEntry, LinkPreviews
    from reader.ui.notes_access import NotesAccess
    from reader.ui.screens.links_list import LinkRow

PREVIEWS_GROUP = "link-previews"

# `o` with several links shows them to choose from: opening a browser is the one thing reader
# does outside the terminal, so it never opens a page the reader did not pick.
LINK_BINDINGS: list[BindingType] = [
    Binding(
        "l",
        "list_links",
        "Links",
        tooltip="List every link with its preview (Enter jumps to it, o opens it)",
        show=False,
    ),
    Binding(
        "o",
        "open_link",
        "Open link",
        tooltip="Open the sentence's link in the browser (several: pick one from a list)",
        show=False,
    ),
]


class LinkingScreen(AnnotatingScreen):
    """Shows the selected sentence's links in the SourcePanel and keeps them up to date."""

    BINDINGS: ClassVar[list[BindingType]] = LINK_BINDINGS

    def __init__(
        self,
        analysis: Analysis,
        navigator: Navigator,
        notes: Callable[[], NotesAccess],
        export_dir: Path,
        links: Callable[[], LinkPreviews],
    ) -> None:
        """`links` opens the link cache when first called."""
        super().__init__(analysis, navigator, notes, export_dir)
        self._links = links

    @property
    def links(self) -> LinkPreviews:
        return self._links()

    def stores_opened(self) -> None:
        """The app opened the notes and the link cache after the first frame: show the
        selected sentence's links, and start the first batch (unless a key has already)."""
        super().stores_opened()
        self.show_links_of(self.article.selected)
        if not self.links.batches:
            self.fetch_previews(refresh=self.links.refresh)

    def link_entries(self, sentence_id: int) -> list[LinkEntry]:
        return self.links.entries(self.links.links_in(sentence_id))

    def show_links_of(self, sentence_id: int) -> None:
        self.panel.show_links(self.link_entries(sentence_id))

    # -- fetching ------------------------------------------------------------------------

    def fetch_previews(self, *, refresh: bool = False) -> bool:
        """Start a batch for what is unknown (everything with `refresh`); False if none."""
        urls = self.links.to_fetch(refresh)
        if urls:
            self._fetch(urls, refresh)
        return bool(urls)

    @work(exclusive=True, group=PREVIEWS_GROUP, exit_on_error=False)
    async def _fetch(self, urls: list[str], refresh: bool) -> None:
        batch = self.links.start(urls, refresh=refresh)
        self._links_changed()
        try:
            previews = await self.links.resolve(batch, self._one_landed)
        except Exception as error:  # the worker's boundary: say so, keep reading
            message = f"Link previews failed: {excerpt(str(error), 120)}"
            self.notify(message, title="Links", severity="error", markup=False)
            previews = []
        self._links_changed()
        self._report(previews)

    def _one_landed(self) -> None:
        """From the fetching thread: one preview is in; show it without waiting for the rest."""
        with contextlib.suppress(RuntimeError):  # the app is closing: nothing left to update
            self.app.call_from_thread(self._links_changed)

    def _links_changed(self) -> None:
        from reader.ui.screens.links_list import LinksListScreen  # modals load when first needed

        self.show_links_of(self.article.selected)
        self.panel.show_progress(self.links.progress())
        for screen in self.app.screen_stack:
            # a list pushed a moment ago has no table yet (its on_mount fills it): refreshing
            # it then raised in the worker, which stopped the batch before it fetched a thing
            if isinstance(screen, LinksListScreen) and screen.is_mounted:
                screen.refresh_rows()

    def _report(self, previews: list[Preview]) -> None:
        failed = [preview for preview in previews if preview.error]
        if not failed:
            return
        count = f"{len(failed)} of {len(previews)} links" if len(previews) > 1 else "the link"
        message = f"Could not preview {count} ({excerpt(failed[0].error or '', 80)}); l lists them"
        self.notify(message, title="Links", severity="warning", markup=False)

    def action_refresh_previews(self) -> None:
        if self.links.offline:
            message = "Offline: previews come from the cache only"
            self.notify(message, severity="warning", markup=False)
        elif not self.fetch_previews(refresh=True):
            self.notify("No links to fetch in this article")

    # -- the list and the browser --------------------------------------------------------

    def action_list_links(self) -> None:
        if self.links.links:
            self._show_list(self.links.links, "Links")
        else:
            self.notify("This article has no links")

    def action_open_link(self) -> None:
        links = self.links.links_in(self.article.selected)
        if not links:
            self.notify("No link in this sentence")
        elif len(links) == 1:
            open_in_browser(self, links[0].url)
        else:
            position = self.navigator.position(self.article.selected) + 1
            self._show_list(links, f"Links in sentence {position}")

    def _show_list(self, links: list[LinkRef], title: str) -> None:
        from reader.ui.screens.links_list import LinksListScreen

        rows = partial(self._rows, links)
        self.app.push_screen(LinksListScreen(title, rows, self.links.progress), self._jump)

    def _rows(self, links: list[LinkRef]) -> list[LinkRow]:
        from reader.ui.link_text import LinkStyles, row_cells, target_sentence
        from reader.ui.screens.links_list import LinkRow

        styles = LinkStyles.from_theme(self.app.theme_variables)
        return [
            LinkRow(
                entry.link.url,
                row_cells(entry, self.navigator, styles),
                target_sentence(entry.link, self.navigator),
            )
            for entry in self.links.entries(links)
        ]

"""Command palette entries, named "Category: action"."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode

# (palette name, help, action run on the screen the palette was opened from)
COMMANDS: list[tuple[str, str, str]] = [
    ("Navigate: next sentence", "Select the next sentence", "article.next_sentence"),
    ("Navigate: previous sentence", "Select the previous sentence", "article.previous_sentence"),
    ("Navigate: next quote", "Jump to the next attributed quote", "screen.next_quote"),
    ("Navigate: previous quote", "Jump to the previous attributed quote", "screen.previous_quote"),
    (
        "Navigate: next quote by this speaker",
        "Jump to the same speaker's next quote",
        "screen.next_by_speaker",
    ),
    (
        "Navigate: previous quote by this speaker",
        "Jump to the same speaker's previous quote",
        "screen.previous_by_speaker",
    ),
    ("Navigate: first sentence", "Go to the start of the article", "article.first_sentence"),
    ("Navigate: last sentence", "Go to the end of the article", "article.last_sentence"),
    ("Notes: add or edit note", "Write a note on the selected sentence", "screen.add_note"),
    (
        "Notes: toggle highlight",
        "Highlight the selected sentence, or not",
        "screen.toggle_highlight",
    ),
    (
        "Notes: delete note",
        "Delete the selected sentence's note (asks first)",
        "screen.delete_note",
    ),
    ("Notes: list notes", "Every note on this article; Enter jumps to one", "screen.list_notes"),
    ("Notes: export to Markdown", "Write the notes to a Markdown file", "screen.export_notes"),
    (
        "Quote: copy with attribution",
        "Copy the selected quote and who said it",
        "screen.copy_quote",
    ),
    (
        "Quote: correct speaker",
        "Credit the selected quote to someone else, or mark it not a quote",
        "screen.correct_quote",
    ),
    ("Search: find in article", "Find words; Enter goes to the next match", "screen.search"),
    ("Search: next match", "Go to the next match of the search", "screen.next_match"),
    ("Search: previous match", "Go to the previous match", "screen.previous_match"),
    (
        "Speakers: show roster",
        "Every speaker with role, venue, quotes and words",
        "screen.show_roster",
    ),
    (
        "Speakers: filter to speaker",
        "Dim everything but the selected quote's speaker",
        "screen.filter_speaker",
    ),
    ("Speakers: clear filter", "Show every speaker's quotes again", "screen.clear_filter"),
    (
        "Summary: share of voice",
        "Quoted or reported, named or not, by speaker and by affiliation",
        "screen.share_of_voice",
    ),
    ("Links: list links", "Every link with its preview; Enter jumps to one", "screen.list_links"),
    (
        "Links: open link in browser",
        "Open the selected sentence's link (several: pick one)",
        "screen.open_link",
    ),
    ("Links: refresh previews", "Fetch every link preview again", "screen.refresh_previews"),
    ("View: help", "Show every key", "app.help"),
    ("App: quit", "Leave reader", "app.quit"),
]


class ReaderCommands(Provider):
    """Reader's own commands, available from the main screen."""

    def _runner(self, action: str) -> Callable[[], object]:
        namespace, _, name = action.partition(".")
        targets: dict[str, DOMNode] = {"app": self.app, "screen": self.screen}
        target = targets.get(namespace) or self.screen.query_one("#article")
        return partial(self.app.run_action, name, target)

    def _available(self) -> list[tuple[str, str, str]]:
        if self.screen.query("#article"):
            return COMMANDS
        return [command for command in COMMANDS if command[2].startswith("app.")]

    async def discover(self) -> Hits:
        for name, help_text, action in self._available():
            yield DiscoveryHit(name, self._runner(action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, action in self._available():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._runner(action), help=help_text)

"""Share of voice: who speaks in the article and how much, as tables with bars.

Quoted words against reported speech, named against unnamed sources, then quotes and words by
speaker and by affiliation. Numbers are shares of all speech; bars are drawn relative to the
largest row of their table, so that small differences stay visible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from reader.core.model import QuoteKind
from reader.core.voice import Share, Voice
from reader.ui.text import excerpt, safe_text
from reader.ui.widgets.bars import Bar

KIND_NAMES = {
    QuoteKind.DIRECT: "direct",
    QuoteKind.PARTIAL: "partial",
    QuoteKind.BLOCK: "block",
    QuoteKind.QA: "Q&A",
    QuoteKind.INDIRECT: "reported",
}
Colour = Callable[[str], Style]


def plain(_label: str) -> Style:
    return Style()


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


def share_table(title: str, shares: list[Share], voice: Voice, colour: Colour) -> Table:
    """Label, quotes (with % of all speech) and a bar, words (with %) and a bar."""
    table = Table(title=title, title_justify="left", title_style="bold", expand=True, box=None)
    table.add_column(overflow="ellipsis", no_wrap=True, max_width=32)
    table.add_column("Quotes", justify="right", no_wrap=True)
    table.add_column(ratio=1)
    table.add_column("Words", justify="right", no_wrap=True)
    table.add_column(ratio=1)
    total = voice.total
    most_quotes = max((share.quotes for share in shares), default=0)
    most_words = max((share.words for share in shares), default=0)
    for share in shares:
        style = colour(share.label)
        table.add_row(
            Text(excerpt(share.label, 32), style=style),
            Text(f"{share.quotes} {percent(share.quotes, total.quotes):>4}"),
            Bar(share.quotes, most_quotes, style),
            Text(f"{share.words} {percent(share.words, total.words):>4}"),
            Bar(share.words, most_words, style),
        )
    return table


def kinds_line(voice: Voice) -> Text:
    counts = " · ".join(f"{KIND_NAMES[kind]} {count}" for kind, count in voice.kinds.items())
    line = Text.assemble(("Quotes by kind: ", "bold"), counts)
    if voice.other:
        line.append(f"  (not counted: {voice.other} scare quotes and titles)", style="dim")
    return line


def summary(voice: Voice, colour: Colour) -> RenderableType:
    if not voice.total.quotes:
        return Text("Nobody speaks in this article: no quotes and no reported speech.")
    parts: list[RenderableType] = [
        Text(
            f"{voice.total.quotes} quotes, {voice.total.words} words of speech. Numbers are "
            "shares of all speech; bars are relative to the largest row.",
            style="dim",
        ),
        Text(),
        share_table("Quoted or reported", [voice.direct, voice.reported], voice, plain),
        Text(),
        share_table("Named or unnamed", [voice.named, voice.unnamed], voice, plain),
        Text(),
        kinds_line(voice),
    ]
    if voice.speakers:
        parts += [Text(), share_table("By speaker", voice.speakers, voice, colour)]
    if voice.affiliations:
        parts += [Text(), share_table("By affiliation", voice.affiliations, voice, plain)]
    return Group(*parts)


class VoiceScreen(ModalScreen[None]):
    """The share of voice of the article as it stands (corrections included); Esc closes."""

    DEFAULT_CSS = """
    VoiceScreen {
        align: center middle;
        background: $background 60%;
        #voice {
            width: 100%;
            max-width: 120;
            height: auto;
            max-height: 95%;
            margin: 0 2;
            border: round $primary;
            border-title-style: bold;
            border-subtitle-color: $text-muted;
            background: $surface;
            padding: 0 1;
        }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,v", "close", "Close")]

    def __init__(self, voice: Voice, colour: Colour, title: str = "") -> None:
        super().__init__()
        self.voice = voice
        self.colour = colour
        self.title_text = title

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="voice") as box:
            box.border_title = "Share of voice"
            if self.title_text:
                box.border_title += f" · {excerpt(safe_text(self.title_text), 60)}"
            box.border_subtitle = "Esc to close"
            yield Static(summary(self.voice, self.colour), id="voice-summary")

    def on_mount(self) -> None:
        self.query_one("#voice").focus()

    def action_close(self) -> None:
        self.dismiss()

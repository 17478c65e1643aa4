"""Turn one laid-out line of the article into a styled Strip (slicing + styling, no parsing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.strip import Strip

from reader.core.model import Analysis, Quote, QuoteKind
from reader.ui.colours import SpeakerColours
from reader.ui.layout import BAR, Line, LineKind
from reader.ui.search import Matches
from reader.ui.spans import SpanIndex, flatten_quotes
from reader.ui.text import safe_text

GUTTER_MARK = "▌ "
NOTE_MARK = "✎ "
HIGHLIGHT_MARK = "▍ "
_NEUTRAL_KINDS = {QuoteKind.SCARE, QuoteKind.TITLE}
_FOCUS = Style(underline=True)


def foreground(style: Style) -> Style:
    """The text attributes of `style`, without its background."""
    return Style(
        color=style.color,
        bold=style.bold,
        italic=style.italic,
        underline=style.underline,
        dim=style.dim,
    )


@dataclass(frozen=True, slots=True)
class LineStyles:
    """Rich styles resolved from the widget's component classes for the current theme."""

    base: Style
    kinds: dict[LineKind, Style]
    bar: Style
    gutter: Style
    selected: Style
    neutral: Style
    link: Style
    dark: bool
    noted: Style
    highlighted: Style
    note_mark: Style
    highlight_mark: Style
    match: Style
    current_match: Style
    dimmed: Style


class Mark(NamedTuple):
    """What the reader left on a sentence: a note, a highlight, or both."""

    note: bool
    highlight: bool


MarkSpans = SpanIndex[tuple[int, Mark]]  # sentence spans -> (the sentence's start, its mark)


class LineRenderer:
    """Renders lines of one analysis; knows the quote and link spans, not the widget."""

    def __init__(self, analysis: Analysis, colours: SpeakerColours) -> None:
        self.text = analysis.article.text
        self.colours = colours
        self.quotes = flatten_quotes(analysis.quotes, self.text)
        links = sorted(analysis.article.links, key=lambda link: link.start)
        self.links = SpanIndex((link.start, link.end, link) for link in links)
        self.marks: MarkSpans = SpanIndex([])
        self.matches: Matches | None = None  # the search's matches, painted over everything
        self.current_match: int | None = None
        self.only: str | None = None  # a speaker: everything but their quotes is dimmed

    def set_quotes(self, analysis: Analysis) -> None:
        """The same article with other quotes (the reader corrected one)."""
        self.quotes = flatten_quotes(analysis.quotes, self.text)

    def render(
        self,
        line: Line,
        selection: tuple[int, int] | None,
        styles: LineStyles,
        width: int,
        console: Console,
        focus: tuple[int, int] | None = None,
    ) -> Strip:
        """`focus`: a quote to underline (the one the side panel describes)."""
        if line.kind is LineKind.BLANK:
            return Strip.blank(width, styles.base)
        body = self._body(line, selection, styles)
        if focus is not None and line.kind.has_offsets:
            first, last = max(focus[0], line.start), min(focus[1], line.start + len(body))
            if first < last:
                body.stylize(_FOCUS, first - line.start, last - line.start)
        selected = selection is not None and line.kind.has_offsets
        gutter = self._gutter(line, selected, styles)
        bar = Text(BAR, style=styles.bar) if line.kind is LineKind.BLOCKQUOTE else Text()
        segments = Text.assemble(gutter, bar, body).render(console)
        return Strip(segments).apply_style(styles.base).crop_extend(0, width, styles.base)

    def _body(self, line: Line, selection: tuple[int, int] | None, styles: LineStyles) -> Text:
        kind_style = styles.kinds[line.kind]
        if self.only is not None:
            kind_style += styles.dimmed
        if not line.kind.has_offsets:
            return Text(line.text, style=kind_style, end="")
        shown = safe_text(self.text[line.start : line.end]).rstrip()
        end = line.start + len(shown)
        body = Text(shown, style=kind_style, end="")
        for first, last, _ in self.links.overlapping(line.start, end):
            body.stylize(styles.link, first - line.start, last - line.start)
        for first, last, quote in self.quotes.overlapping(line.start, end):
            body.stylize(self._quote_style(quote, styles), first - line.start, last - line.start)
        for first, last, (_, mark) in self.marks.overlapping(line.start, end):
            style = styles.highlighted if mark.highlight else styles.noted
            body.stylize(style, first - line.start, last - line.start)
        if selection is not None:
            first, last = max(selection[0], line.start), min(selection[1], end)
            body.stylize(styles.selected, first - line.start, last - line.start)
        self._paint_matches(body, line.start, end, styles)
        return body

    def _paint_matches(self, body: Text, start: int, end: int, styles: LineStyles) -> None:
        if self.matches is None:
            return
        for first, last, index in self.matches.overlapping(start, end):
            style = styles.current_match if index == self.current_match else styles.match
            body.stylize(style, first - start, last - start)

    def _gutter(self, line: Line, selected: bool, styles: LineStyles) -> Text:
        """The selection bar; else a mark where a noted or highlighted sentence begins."""
        if selected:
            return Text(GUTTER_MARK, style=styles.gutter)
        mark = self._mark_starting_in(line) if line.kind.has_offsets else None
        if mark is None:
            return Text("  ", style=styles.gutter)
        if mark.note:
            return Text(NOTE_MARK, style=styles.note_mark)
        return Text(HIGHLIGHT_MARK, style=styles.highlight_mark)

    def _mark_starting_in(self, line: Line) -> Mark | None:
        for _, _, (start, mark) in self.marks.overlapping(line.start, line.end):
            if line.start <= start < line.end:
                return mark
        return None

    def _quote_style(self, quote: Quote, styles: LineStyles) -> Style:
        if self.only is not None and quote.speaker != self.only:
            return styles.dimmed
        if quote.speaker is None or quote.kind in _NEUTRAL_KINDS:
            return styles.neutral
        colour = Style(color=self.colours.colour(quote.speaker, dark=styles.dark))
        return colour + Style(italic=True) if quote.kind is QuoteKind.INDIRECT else colour


StyleLookup = Callable[[str], Style]


def resolve_styles(component: StyleLookup, base: Style, dark: bool) -> LineStyles:
    """Build LineStyles from a component-class look-up (the widget's get_component_rich_style)."""
    kinds = {
        LineKind.TITLE: foreground(component("article-view--title")),
        LineKind.BYLINE: foreground(component("article-view--byline")),
        LineKind.BLANK: Style(),
        LineKind.BODY: Style(),
        LineKind.HEADING: foreground(component("article-view--heading")),
        LineKind.BLOCKQUOTE: foreground(component("article-view--blockquote")),
    }
    return LineStyles(
        base=base,
        kinds=kinds,
        bar=foreground(component("article-view--bar")),
        gutter=foreground(component("article-view--gutter")),
        selected=Style(bgcolor=component("article-view--selected").bgcolor),
        neutral=foreground(component("article-view--neutral")),
        link=foreground(component("article-view--link")),
        dark=dark,
        noted=Style(bgcolor=component("article-view--noted").bgcolor),
        highlighted=Style(bgcolor=component("article-view--highlighted").bgcolor),
        note_mark=foreground(component("article-view--note-mark")),
        highlight_mark=foreground(component("article-view--highlight-mark")),
        match=Style(bgcolor=component("article-view--match").bgcolor),
        current_match=component("article-view--match-current"),
        dimmed=foreground(component("article-view--dimmed")),
    )

"""Text selection with the mouse in lines kept as segments, as Textual's `Log` does it.

Textual finds the character under the pointer from an `offset` (x, y) in the meta of the
segment there, and asks the widget for the text of a selection in those coordinates: here y is
the index of a line, x the index of a character in that line's text. A box drawn around text
(its border, the space inside it) is made of `Frame` segments: shown, but no part of the text,
so a selection copies what the box holds and not its border.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.selection import Selection
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.widget import Widget


class Frame(Segment):
    """A segment drawn around text (a border, padding): never selected or copied."""


def line_text(line: Sequence[Segment]) -> str:
    """The text of a line (its frame left out), as a selection's x counts it."""
    return "".join(segment.text for segment in line if not isinstance(segment, Frame))


def selected_text(lines: Sequence[Sequence[Segment]], selection: Selection) -> str:
    """The text of `lines` under `selection` (each line without its trailing blanks: the
    padding of columns, not words)."""
    return selection.extract("\n".join(line_text(line).rstrip() for line in lines))


def with_offsets(strip: Strip, y: int) -> Strip:
    """`strip` (line `y`) with each segment's offset, for Textual to find the character under
    the pointer (what `Strip.apply_offsets` does, a frame taking no room in the text)."""
    segments = []
    x = 0
    for segment in _merged(strip):
        text, style, _ = segment
        offset = _offset_style(x, y)
        segments.append(Segment(text, style + offset if style else offset))
        if not isinstance(segment, Frame):
            x += len(text)
    return Strip(segments, strip.cell_length)


def _merged(segments: Iterable[Segment]) -> list[Segment]:
    """Runs of segments in one style joined: with an offset each they could no longer be
    joined when drawn (or exported to a snapshot); Textual finds a character inside a
    segment from its offset anyway."""
    merged: list[Segment] = []
    for segment in segments:
        last = merged[-1] if merged else None
        if last is not None and last.style == segment.style and _kind(last) is _kind(segment):
            merged[-1] = _kind(last)(last.text + segment.text, last.style)
        else:
            merged.append(segment)
    return merged


def _kind(segment: Segment) -> type[Segment]:
    return Frame if isinstance(segment, Frame) else Segment


@lru_cache(maxsize=4096)
def _offset_style(x: int, y: int) -> Style:
    """One style object per position: Rich caches the sum of two styles it has seen."""
    return Style.from_meta({"offset": (x, y)})


Painter = Callable[[Style | None], Style]
"""The style of selected text over a style of its own."""


def selection_painter(widget: Widget) -> Painter:
    """Textual's selection style over the text's own, added as Textual adds it in a `Static`
    (its background blended over the text's, the text keeping its colour: the selection's
    colour is transparent, which the rich form of the style would make the background's)."""
    selection = VisualStyle.from_styles(widget.screen.get_component_styles("screen--selection"))
    under = VisualStyle(background=widget.background_colors[1])

    @cache
    def paint(own: Style | None) -> Style:
        text = VisualStyle.from_rich_style(own) if own is not None else VisualStyle()
        return (under + text + selection).rich_style

    return paint


def highlighted(line: Sequence[Segment], span: tuple[int, int], paint: Painter) -> list[Segment]:
    """`line` with the characters from `span[0]` to `span[1]` (-1: to the end) painted as
    selected."""
    start, end = span
    out: list[Segment] = []
    x = 0
    for segment in line:
        if isinstance(segment, Frame):
            out.append(segment)
            continue
        text, own, _ = segment
        stop = x + len(text)
        cut_start, cut_end = max(start, x) - x, (stop if end == -1 else min(end, stop)) - x
        if cut_start >= cut_end:
            out.append(segment)
        else:
            out.extend(_split(text, own, cut_start, cut_end, paint))
        x = stop
    return out


def _split(text: str, own: Style | None, start: int, end: int, paint: Painter) -> list[Segment]:
    """`text` as up to three segments, the middle one (`start` to `end`) painted as selected."""
    parts = [
        Segment(text[:start], own),
        Segment(text[start:end], paint(own)),
        Segment(text[end:], own),
    ]
    return [part for part in parts if part.text]

"""What the side panel says about a sentence, built as Rich objects (never markup)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rich.console import Group, RenderableType
from rich.style import Style
from rich.text import Text

from reader.core.attribution_text import venue_phrase
from reader.core.model import Analysis, Quote, QuoteKind, SourceEntry
from reader.ui.colours import SpeakerColours
from reader.ui.columns import hanging_list, labelled_rows
from reader.ui.navigation import Navigator
from reader.ui.text import excerpt, safe_text

KIND_LABELS = {
    QuoteKind.DIRECT: "direct quote",
    QuoteKind.PARTIAL: "partial quote",
    QuoteKind.BLOCK: "block quote",
    QuoteKind.QA: "Q&A answer",
    QuoteKind.INDIRECT: "reported speech",
    QuoteKind.SCARE: "scare quote",
    QuoteKind.TITLE: "title",
}
OTHER_QUOTES_SHOWN = 9


def kind_label(quote: Quote) -> str:
    if quote.speaker is None and quote.kind not in (QuoteKind.SCARE, QuoteKind.TITLE):
        return "unknown speaker"
    return KIND_LABELS.get(quote.kind, str(quote.kind))


def venue_label(venue: str) -> str:
    return safe_text(venue_phrase(venue))


def percent(confidence: float) -> str:
    return f"{round(confidence * 100)}%"


@dataclass
class SourceCard:
    """The panel's content for one sentence."""

    position: Text
    heading: Text
    notes: list[Text] = field(default_factory=list)
    fields: list[tuple[str, Text]] = field(default_factory=list)
    registry: list[tuple[str, Text]] = field(default_factory=list)
    others_title: str = ""
    others: list[Text] = field(default_factory=list)

    @property
    def plain(self) -> str:
        """Everything the card shows, as plain text (for tests and copying)."""
        rows = [f"{label} {value.plain}" for label, value in (*self.fields, *self.registry)]
        parts = [self.position.plain, self.heading.plain, *(n.plain for n in self.notes), *rows]
        return "\n".join([*parts, self.others_title, *(o.plain for o in self.others)])

    def renderable(self) -> RenderableType:
        parts: list[RenderableType] = [self.heading, *self.notes]
        if self.fields:
            parts += [Text(), labelled_rows(self.fields)]
        if self.registry:
            parts += [Text(), Text("In sources.toml", style="bold"), labelled_rows(self.registry)]
        if self.others_title:
            parts += [Text(), Text(self.others_title, style="bold"), hanging_list(self.others)]
        return Group(*parts)


class CardBuilder:
    """Builds SourceCards for the sentences of one analysis."""

    def __init__(self, analysis: Analysis, navigator: Navigator, colours: SpeakerColours) -> None:
        self.analysis = analysis
        self.navigator = navigator
        self.colours = colours
        self._quotes = {quote.id: quote for quote in analysis.quotes}
        self._by_speaker: dict[str, list[Quote]] = {}
        self._starts: dict[str, list[int]] = {}

    def build(
        self, sentence_id: int, quote: Quote | None = None, *, dark: bool = True
    ) -> SourceCard:
        """The card of `quote` in the sentence (default: the sentence's primary quote)."""
        quote = quote or self.navigator.primary_quote(sentence_id)
        card = SourceCard(self._position(sentence_id, quote), Text())
        if quote is None:
            card.heading = Text("No attributed source", style="dim italic")
        elif quote.speaker is None:
            card.heading = Text("Unattributed quote", style="bold")
            card.fields = [("Kind", Text(kind_label(quote))), *self._reason(quote)]
        else:
            self._attributed(card, quote, quote.speaker, dark)
        return card

    def _position(self, sentence_id: int, quote: Quote | None) -> Text:
        total = f"{len(self.navigator)}{'' if self.analysis.split_whole else '+'}"  # more to come
        text = f"Sentence {self.navigator.position(sentence_id) + 1} of {total}"
        rank = self.navigator.quote_rank.get(quote.id) if quote else None
        if rank is not None:
            text += f" · Quote {rank} of {self.navigator.quote_count}"
        else:
            text += f" · {self.navigator.quote_count} quotes"
        return Text(text)

    def _attributed(self, card: SourceCard, quote: Quote, name: str, dark: bool) -> None:
        colour = Style(color=self.colours.colour(name, dark=dark), bold=True)
        if quote.kind is QuoteKind.INDIRECT:
            card.heading = Text.assemble(
                "Source: ", (safe_text(name), colour), " (reported speech)"
            )
        else:
            card.heading = Text(safe_text(name), style=colour)
        speaker = self.analysis.speaker(name)
        descriptions = speaker.descriptions if speaker else []
        card.notes = [Text(safe_text(d), style="italic") for d in descriptions]
        card.fields = self._fields(quote)
        card.registry = registry_rows(self.analysis.registry_entry(name))
        self._others(card, quote, name)

    def _fields(self, quote: Quote) -> list[tuple[str, Text]]:
        rows = [("Named as", quote.mention), ("Cue", quote.cue)]
        fields = [(label, Text(safe_text(value))) for label, value in rows if value]
        fields.append(("Kind", Text(kind_label(quote))))
        if quote.venue:
            fields.append(("Venue", Text(venue_label(quote.venue))))
        return fields + self._reason(quote)

    @staticmethod
    def _reason(quote: Quote) -> list[tuple[str, Text]]:
        if not quote.reason and not quote.confidence:
            return []
        reason = safe_text(quote.reason)
        if not quote.confidence or quote.corrected:  # the reader's word: no engine's certainty
            return [("Why", Text(reason))]
        confidence = percent(quote.confidence)
        return [("Why", Text(f"{reason} ({confidence})" if reason else confidence))]

    def _speaker_quotes(self, name: str) -> list[Quote]:
        """The speaker's quotes in article order (cached: built once per speaker)."""
        if name not in self._by_speaker:
            speaker = self.analysis.speaker(name)
            ids = speaker.quote_ids if speaker else []
            found = (self._quotes[i] for i in ids if i in self._quotes)
            self._by_speaker[name] = sorted(found, key=lambda q: q.start)
            self._starts[name] = [q.start for q in self._by_speaker[name]]
        return self._by_speaker[name]

    def _others(self, card: SourceCard, current: Quote, name: str) -> None:
        quotes = self._speaker_quotes(name)
        index = bisect_left(self._starts[name], current.start)
        included = index < len(quotes) and quotes[index] is current
        others = len(quotes) - included
        card.others_title = f"Other quotes by {safe_text(name)} ({others})"
        if not others:
            card.others = [Text("  None elsewhere in this piece.", style="dim italic")]
            return
        card.others = [self._other_line(q, q is current) for q in _window(quotes, index)]
        if len(quotes) > OTHER_QUOTES_SHOWN:
            card.others.append(Text(f"  … {len(quotes)} in all", style="dim"))

    @staticmethod
    def _other_line(quote: Quote, current: bool) -> Text:
        words = excerpt(quote.text, 56)
        shown = words if quote.kind is QuoteKind.INDIRECT else f"“{words}”"
        if current:
            return Text.assemble(("▸ ", "bold"), (shown, "bold"), (" (this one)", "dim"))
        return Text.assemble("· ", shown)


def _window(quotes: list[Quote], index: int) -> list[Quote]:
    """At most OTHER_QUOTES_SHOWN quotes, centred on the one at `index`."""
    start = max(0, min(index - OTHER_QUOTES_SHOWN // 2, len(quotes) - OTHER_QUOTES_SHOWN))
    return quotes[start : start + OTHER_QUOTES_SHOWN]


def registry_rows(entry: SourceEntry | None) -> list[tuple[str, Text]]:
    if entry is None:
        return []
    rows = [
        ("Role", entry.role),
        ("Affiliation", entry.affiliation),
        ("URL", entry.url),
        ("Notes", entry.notes),
    ]
    return [(label, Text(safe_text(value))) for label, value in rows if value]

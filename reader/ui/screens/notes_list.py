"""Every note on the article: article order, orphans last; Enter jumps to the note's sentence."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from reader.core.model import Sentence
from reader.core.notes import Note
from reader.ui.navigation import Navigator
from reader.ui.notes_access import NotesAccess
from reader.ui.screens.dialog import DialogScreen
from reader.ui.text import excerpt
from reader.ui.widgets.note_card import note_text

BODY_LINES_SHOWN = 4
ORPHAN_PREFIX = "orphan-"
ORPHAN_LABEL = "Orphan: this sentence is no longer in the article"


def _prompt(heading: Text, words: str, note: Note) -> Text:
    parts = [heading, Text(excerpt(words, 110), style="dim italic")]
    lines = list(note_text(note.body, BODY_LINES_SHOWN).split()) if note.body.strip() else []
    parts += [Text.assemble("✎ " if index == 0 else "  ", line) for index, line in enumerate(lines)]
    return Text("\n").join(parts)


def _placed_option(note: Note, sentence: Sentence, navigator: Navigator) -> Option:
    heading = Text(f"Sentence {navigator.position(sentence.id) + 1}", style="bold")
    if note.highlight:
        heading.append(" · highlighted", style="dim")
    return Option(_prompt(heading, sentence.text, note), id=str(sentence.id))


def note_options(notes: NotesAccess, navigator: Navigator) -> list[Option | None]:
    """One option per note, a separator (None) between them."""
    options: list[Option | None] = []
    for index, note in enumerate(notes.in_article_order()):
        options += [None] if options else []
        sentence = notes.sentence_of(note)
        if sentence is not None:
            options.append(_placed_option(note, sentence, navigator))
        else:
            prompt = _prompt(Text(ORPHAN_LABEL, style="bold"), note.anchor.exact, note)
            options.append(Option(prompt, id=f"{ORPHAN_PREFIX}{index}"))
    return options


class NotesListScreen(DialogScreen[int | None]):
    """Dismissed with the id of the sentence to jump to, or None."""

    DEFAULT_CSS = """
    NotesListScreen {
        #notes { width: 84; }
        #notes-list { height: auto; max-height: 100%; border: none; background: $surface; }
        #notes-empty { padding: 1 1; color: $text-muted; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,N", "close", "Close"),
    ]

    def __init__(self, options: list[Option | None]) -> None:
        super().__init__()
        self.options = options

    def compose(self) -> ComposeResult:
        count = sum(option is not None for option in self.options)
        with Vertical(id="notes", classes="dialog") as box:
            box.border_title = f"Notes ({count})"
            box.border_subtitle = "Enter jumps to the sentence · Esc closes"
            if count:
                yield OptionList(*self.options, id="notes-list")
            else:
                empty = "No notes on this article yet: a adds a note, h highlights a sentence."
                yield Static(Text(empty), id="notes-empty")

    @on(OptionList.OptionSelected)
    def _jump(self, message: OptionList.OptionSelected) -> None:
        option_id = message.option.id or ""
        if option_id.startswith(ORPHAN_PREFIX):
            self.notify("This note's sentence is no longer in the article", severity="warning")
        else:
            self.dismiss(int(option_id))

"""Correct the engine: who said this quote? A speaker of the article, a typed name, "not a
quote", or undo an earlier correction.

The choice goes to `save`; the modal closes only once it is saved. A failed save is reported
and the modal stays, with what was typed, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from reader.ui.screens.dialog import DialogScreen
from reader.ui.text import excerpt, safe_text

SPEAKER, NOT_A_QUOTE, UNDO = "speaker", "not-a-quote", "undo"
NAME_LIMIT = 80
KEYS_HINT = "Enter choose · Tab type a name · Esc cancel"


@dataclass(frozen=True, slots=True)
class Choice:
    action: str  # SPEAKER, NOT_A_QUOTE or UNDO
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class CorrectionRequest:
    """What the modal offers: the quote's words, who is credited now and who could be."""

    words: str
    current: str | None  # the speaker now (None: nobody; or the quote is already dropped)
    speakers: list[str]
    undo_label: str | None = None  # "Undo correction (…)" when the quote is corrected
    droppable: bool = True  # False when the quote is already "not a quote"
    reason: str = ""  # why it is credited so, as the panel says it


SaveChoice = Callable[[Choice], str | None]
"""Saves the choice; returns None when saved, else the reason it was not."""


def typed_name(value: str, speakers: list[str]) -> str | None:
    """The typed name, tidied; a known speaker's own spelling when it is one of them."""
    name = " ".join(safe_text(value).split())[:NAME_LIMIT].strip()
    if not name:
        return None
    return next((s for s in speakers if s.casefold() == name.casefold()), name)


def _options(request: CorrectionRequest) -> list[Option | None]:
    options: list[Option | None] = []
    for index, name in enumerate(request.speakers):
        label = Text(safe_text(name))
        if name == request.current:
            label.append(" (credited now)", style="dim")
        options.append(Option(label, id=f"{SPEAKER}:{index}"))
    if options:
        options.append(None)
    if request.droppable:
        options.append(Option(Text("Not a quote", style="italic"), id=NOT_A_QUOTE))
    if request.undo_label:
        options.append(Option(Text(request.undo_label, style="italic"), id=UNDO))
    return options


class CorrectScreen(DialogScreen[Choice | None]):
    """Dismissed with the saved choice, or None when cancelled."""

    DEFAULT_CSS = """
    CorrectScreen {
        #correct { width: 72; }
        #correct-words { color: $text-muted; text-style: italic; margin: 1 0 0 0; }
        #correct-now { margin: 0 0 1 0; }
        #correct-options { height: auto; max-height: 14; border: none; background: $surface; }
        #correct-name { margin: 1 0 0 0; }
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, request: CorrectionRequest, save: SaveChoice) -> None:
        super().__init__()
        self.request = request
        self.save = save

    def compose(self) -> ComposeResult:
        with Vertical(id="correct", classes="dialog") as box:
            box.border_title = "Who said this?"
            box.border_subtitle = KEYS_HINT
            yield Static(Text(excerpt(self.request.words, 200)), id="correct-words")
            yield Static(self._now(), id="correct-now")
            yield OptionList(*_options(self.request), id="correct-options")
            if self.request.droppable:
                yield Input(placeholder="or type a name and press Enter", id="correct-name")

    def _now(self) -> Text:
        if not self.request.droppable:
            return Text("You marked this as not a quote.", style="dim")
        now = Text("Credited to no one", style="dim")
        if self.request.current is not None:
            now = Text.assemble(("Credited to ", "dim"), safe_text(self.request.current))
        if self.request.reason:
            now.append(f": {safe_text(self.request.reason)}", style="dim")
        return now

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        if self.request.current in self.request.speakers:  # start from who is credited now
            options.highlighted = self.request.speakers.index(self.request.current)

    @on(OptionList.OptionSelected)
    def _picked(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        option_id = message.option.id or ""
        action, _, index = option_id.partition(":")
        speaker = self.request.speakers[int(index)] if action == SPEAKER else None
        self._choose(Choice(action, speaker))

    @on(Input.Submitted)
    def _typed(self, message: Input.Submitted) -> None:
        message.stop()
        name = typed_name(message.value, self.request.speakers)
        if name is None:
            self.notify("Type the speaker's name first", severity="warning")
        else:
            self._choose(Choice(SPEAKER, name))

    def _choose(self, choice: Choice) -> None:
        problem = self.save(choice)
        if problem is None:
            self.dismiss(choice)
        else:
            self.notify(problem, title="Correction not saved", severity="error", markup=False)

    def action_cancel(self) -> None:
        self.dismiss(None)

"""Speakers: the roster (`s`), showing one speaker's quotes only (`f`), the share of voice (`v`).

While a filter is on, the article dims everything but that speaker's quotes, the header says
"showing: Name", and n/p walk that speaker's quotes; `f` again, Esc or the roster's `x` clears it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType

from reader.ui.screens.correcting import CorrectingScreen
from reader.ui.text import safe_text

if TYPE_CHECKING:
    from reader.ui.screens.roster import RosterChoice

# `s` speakers and `v` voice as in DESIGN.md; `f` filters in the roster and on the article alike.
SPEAKER_BINDINGS: list[BindingType] = [
    Binding(
        "s",
        "show_roster",
        "Speakers",
        tooltip="Speakers: role, venue, quotes and words; Enter goes to their first quote",
        show=False,
    ),
    Binding(
        "f",
        "filter_speaker",
        "Only them",
        tooltip="Show only this quote's speaker, n/p walk theirs (f again or Esc: all)",
        show=False,
    ),
    Binding(
        "v",
        "share_of_voice",
        "Voice",
        tooltip="Share of voice: quoted/reported, named/unnamed, by speaker, by affiliation",
        show=False,
    ),
]


class SpeakingScreen(CorrectingScreen):
    """Holds the speaker filter (`only`) and opens the roster and the share of voice."""

    BINDINGS: ClassVar[list[BindingType]] = SPEAKER_BINDINGS

    only: str | None = None
    """The speaker whose quotes alone are shown undimmed (None: everyone)."""

    def action_show_roster(self) -> None:
        from reader.core.voice import roster  # modals and what they show load when first opened
        from reader.ui.screens.roster import RosterScreen

        rows = roster(self.analysis)
        dark = self.app.current_theme.dark
        screen = RosterScreen(rows, self.colours, showing=self.only, dark=dark)
        self.app.push_screen(screen, self._roster_chosen)

    def _roster_chosen(self, choice: RosterChoice | None) -> None:
        from reader.ui.screens.roster import CLEAR, FILTER, JUMP

        if choice is None:
            return
        if choice.action == CLEAR:
            self.show_only(None)
        elif choice.speaker is not None and choice.action == FILTER:
            self.show_only(choice.speaker)
        elif choice.speaker is not None and choice.action == JUMP:
            self._jump(self.navigator.first_by(choice.speaker))

    def action_filter_speaker(self) -> None:
        """Show only the selected quote's speaker; on their quote again (or on no one's), show
        everyone."""
        quote = self.shown_quote()
        speaker = quote.speaker if quote else None
        if self.only is not None and speaker in (None, self.only):
            self.show_only(None)
        elif speaker is None:
            message = "This sentence has no attributed speaker: s lists them all"
            self.notify(message, severity="warning")
        else:
            self.show_only(speaker)

    def action_clear_filter(self) -> None:
        if self.only is None:
            self.notify("Every speaker is shown already")
        else:
            self.show_only(None)

    def show_only(self, speaker: str | None) -> None:
        """Dim everything but `speaker`'s quotes; None shows everyone again."""
        self.only = speaker
        self.article.show_only(speaker)
        if speaker is None:
            self.sub_title = None  # the app's: the article's title
            self.notify("Showing every speaker")
        else:
            name = safe_text(speaker)
            self.sub_title = f"showing: {name} · {self.app.sub_title}"
            self.notify(f"Showing {name} only: n/p walk their quotes, Esc shows everyone")

    def action_share_of_voice(self) -> None:
        from reader.core.voice import share_of_voice
        from reader.ui.screens.voice import VoiceScreen

        dark = self.app.current_theme.dark
        voice = share_of_voice(self.analysis)
        title = self.analysis.article.title or ""
        self.app.push_screen(VoiceScreen(voice, lambda name: self._colour(name, dark), title))

    def _colour(self, name: str, dark: bool) -> Style:
        return Style(color=self.colours.colour(name, dark=dark))

"""A stable colour per speaker, readable on dark and on light themes."""

from __future__ import annotations

from zlib import crc32

from reader.core.model import Analysis, Speaker

# Same hue order in both palettes: blue, orange, green, magenta, yellow, cyan, red, violet.
DARK_PALETTE = (
    "#6cb6ff",
    "#f0a35e",
    "#7bd88f",
    "#e68bd6",
    "#e8cc5a",
    "#5fd4d4",
    "#ff7b72",
    "#b4a0ff",
)
LIGHT_PALETTE = (
    "#0b5cc0",
    "#b14f00",
    "#1a7f37",
    "#a01a9c",
    "#7d6200",
    "#0a6f80",
    "#c0261c",
    "#6330c9",
)


class SpeakerColours:
    """Maps a speaker's name to a colour by the speaker's position in the analysis."""

    def __init__(self, speakers: list[Speaker]) -> None:
        self._index = {speaker.name: index for index, speaker in enumerate(speakers)}

    def index(self, name: str) -> int:
        found = self._index.get(name)
        return found if found is not None else crc32(name.encode("utf-8"))

    def colour(self, name: str, *, dark: bool = True) -> str:
        palette = DARK_PALETTE if dark else LIGHT_PALETTE
        return palette[self.index(name) % len(palette)]


def session_colours(*analyses: Analysis) -> SpeakerColours:
    """Colours that stay put for a session: the first analysis's speakers keep their places,
    whoever a correction adds comes after them."""
    speakers: dict[str, Speaker] = {}
    for analysis in analyses:
        for speaker in analysis.speakers:
            speakers.setdefault(speaker.name, speaker)
    return SpeakerColours(list(speakers.values()))

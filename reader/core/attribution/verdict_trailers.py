"""A quote named as someone's verdict right after it: "“Relief,” was Sarah Odum’s one-word
summary of the day", "“A disgrace,” was the verdict of Councillor Sarah Odum", "“…,” were the
words of X"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.cue import Cue
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolution import SUBJECT_OF_OWNER

_VERDICT = (
    r"(?:summary|verdict|response|reply|answer|reaction|assessment|retort|description|"
    r"judg(?:e)?ment|comment|message|warning|advice|prediction|explanation|words)"
)
_OWNED = compiled(  # "was Sarah Odum’s one-word summary", "was her reply"
    rf"^[\s,—–-]*(?:was|is|came)\s+(?:(?P<who>{cues.MENTION})['’]s|(?P<own>his|her))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_VERDICT}\b"
)
_OF = compiled(  # "was the verdict of Councillor Sarah Odum", "came the reply from the Kremlin"
    rf"^[\s,—–-]*(?:was|is|were|are)\s+the\s+(?:[\w-]+\s+){{0,3}}?{_VERDICT}\s+(?:of|from)\s+"
    rf"(?P<who>{cues.MENTION})(?=[\s,.;]|$)"
)


def verdict_trailer(trailer: str) -> Cue | None:
    """The verdict's owner, if the trailer opens by naming the quote so."""
    match = _OWNED.match(trailer) or _OF.match(trailer)
    if match is None:
        return None
    return Cue(match["who"] or SUBJECT_OF_OWNER[match["own"]], "said", "trailer")

"""Bodies named for a candidate or a cause: "Grant Ilves for Congress", "Friends of Dana Roe",
"Citizens for Fair Maps" (organisation_names adds them to the cast)."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.party_states import STATE_NAMES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.word_trie import word_trie

_S = r"[^\S\n]+"  # space within a paragraph


def campaign_committees(text: str) -> list[tuple[int, str]]:
    """ "Grant Ilves for Congress", "Friends of Dana Roe": a candidate's committee is a body,
    not the candidate (nor Congress)."""
    if " for " not in text and "Friends of" not in text and "gainst " not in text:
        return []
    return [(m.start(1), m.group(1)) for m in _CAMPAIGN.finditer(text)]


_TITLE_WORDS = word_trie(sorted(cues.TITLE_WORDS))
_CAMPAIGN = compiled(
    rf"\b((?:[A-Z][\w’'\-]*{_S}){{1,3}}for{_S}(?:Congress|Senate|President|Governor|Mayor|"
    # "Ferreira-Lund for Oregon": a candidate's committee in the state's name
    rf"Assembly|Council|America|{STATE_NAMES})"
    # "Citizens for Fair Maps": people organised for a cause
    # ("Freedom for Captive Animals", "Mothers Against …"; not "Lawyers for X": X's lawyers)
    rf"|(?:Citizens|Americans|Parents|Voters|Families|Taxpayers|Neighbors|Neighbours|Freedom|"
    rf"Justice|Solidarity|Doctors|Scientists|Mothers|Survivors|Residents|Women){_S}"
    rf"(?:for|Against|against)"
    # "Citizens for Responsibility and Ethics in Washington"
    # (up to a title: "Americans for Prosperity President Tim Phillips")
    rf"{_S}[A-Z][\w’'\-]*(?:{_S}(?:(?:and|in|of){_S})?(?!{_TITLE_WORDS}\b)[A-Z][\w’'\-]*){{0,4}}"
    rf"|Friends{_S}of{_S}(?:[A-Z][\w’'\-]*{_S}?){{2,3}})(?![\w’'-])"
)

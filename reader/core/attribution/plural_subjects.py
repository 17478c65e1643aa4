"""A trade in the plural as a report's subject: "Planners hope that …" names a group, not a
person called Planners (who would "hope*s*")."""

from __future__ import annotations

from reader.core.attribution.cue import Cue

# verbs whose form shows no number: pasts not in "-ed", and modals
_NUMBERLESS = frozenset(
    "said told thought wrote felt knew saw heard found held led meant put set read spoke "
    "will would can could may might must shall should did".split()
)
# (trades only: "Democrats say", "Millennials believe" are groups an article cites by name)
_TRADES = ("ers", "ors", "ists")


def takes_plural_verb(cue: Cue) -> bool:
    """One capitalised trade in the plural with a verb in the plural: "Planners hope",
    "Engineers say", "Economists have warned"."""
    verb = cue.verb.lower()
    plural = verb in ("have", "are", "were") or not (
        verb.endswith(("s", "ed")) or verb in _NUMBERLESS
    )
    return plural and " " not in cue.who and cue.who.endswith(_TRADES) and cue.who[1:].islower()

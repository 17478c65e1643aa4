"""Give a draft the speaker its cue names: shared by quotes in marks and block quotes."""

from __future__ import annotations

from reader.core.attribution.drafts import Draft
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.reasons import cue_reason
from reader.core.attribution.resolve import Resolution, Resolver
from reader.core.attribution.sieves import Cue
from reader.core.attribution.venues import resolve_venue
from reader.core.attribution.verbs import QUESTION_VERBS

# Cues without a reporting verb name a speaker only if the article introduces them: the subject of
# "Giant screens glittered with a proclamation: “…”" is not a person.
_NEEDS_KNOWN_SPEAKER = frozenset({"colon-subject", "called", "calling"})
_REPLIES = frozenset({"replied", "replies", "answered", "answers", "responded", "responds"})
_ASKS = QUESTION_VERBS | {"wondered", "demanded", "inquired"}  # "“…?” he asked": the asker


_PRONOUNS = ("pronoun", "spokes-pronoun")  # "she" for a woman, or for a body's spokeswoman


_NAMED = compiled(r"(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'&.-]*)+$")


def _known(resolution: Resolution | None, resolver: Resolver) -> bool:
    if resolution is None or resolution.name is None:
        return False
    return resolution.how in _PRONOUNS or resolution.name in resolver.cast.entities


def apply_cue(draft: Draft, cue: Cue, at: int, resolver: Resolver) -> None:
    """Resolve the cue's words at `at`; keep the mention, venue, description and the reason."""
    resolution = resolver.resolve(cue.who, at)
    if (
        resolution is not None
        and resolution.how == "phrase"
        and _NAMED.match(cue.description or "")
    ):
        # "A statement from the school's management, the Shree Vidya Trust, read:": the name
        named = resolver.resolve(cue.description or "", at)
        resolution = named if _known(named, resolver) else resolution
    if cue.verb in _REPLIES and cue.who.lower() in ("he", "she"):
        resolution = resolver.addressee(cue.who.lower(), at) or resolution
    elif cue.verb in _ASKS and cue.who.lower() in ("he", "she"):
        resolution = resolver.asker(cue.who.lower(), at) or resolution
    if cue.rule in _NEEDS_KNOWN_SPEAKER and not _known(resolution, resolver):
        draft.reason = "no speaker is named next to this quote"
        return
    draft.cue = cue
    draft.mention = cue.who
    draft.venue = resolve_venue(cue, resolver.cast, at)
    if cue.description:
        draft.descriptions.append(cue.description)
    if resolution is not None and resolution.how == "kept-unnamed":
        draft.reason = f"“{cue.who}” is the source just before, whom the article keeps unnamed"
        draft.confidence = 0.6
        return
    if resolution is None or resolution.name is None:
        draft.reason = f"attributed to “{cue.who}”, a source the article does not name"
        draft.confidence = 0.5
        return
    draft.speaker = resolution.name
    draft.reason, draft.confidence = cue_reason(cue, resolution)
    resolver.note_quote(resolution.name, at)
    if resolution.how in _PRONOUNS or resolution.how in ("addressee", "asker"):
        resolver.note_speaker(resolution.name, at)  # keeps this speaker in focus for the next "she"

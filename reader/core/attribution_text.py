"""How a quote's attribution reads in words, the same in the panel, the listing and the export."""

from __future__ import annotations

from reader.core.model import Analysis, Quote

AUTHOR_VENUES = {"me", "us"}  # "told me": the writer of the piece


def venue_phrase(venue: str) -> str:
    """ "told Reuters"; "told me" in the article is "told the author" outside it."""
    venue = venue.strip()
    return "told the author" if venue.lower() in AUTHOR_VENUES else f"told {venue}"


def affiliation(analysis: Analysis, name: str) -> str | None:
    """A short "who they are": the registry's affiliation or role, else the article's first words
    about them."""
    entry = analysis.registry_entry(name)
    if entry and (entry.affiliation or entry.role):
        return entry.affiliation or entry.role
    speaker = analysis.speaker(name)
    return speaker.descriptions[0] if speaker and speaker.descriptions else None


def attribution_line(analysis: Analysis, quote: Quote) -> str | None:
    """ "Amara Osei, Lagos Policy Forum, told the author"; None when nobody is credited."""
    if quote.speaker is None:
        return None
    parts = [quote.speaker]
    about = affiliation(analysis, quote.speaker)
    if about:
        parts.append(about)
    line = ", ".join(parts)
    return f"{line}, {venue_phrase(quote.venue)}" if quote.venue else line

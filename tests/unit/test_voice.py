"""Share of voice and the roster: counts by kind, named and unnamed, by speaker, by affiliation."""

from __future__ import annotations

from pathlib import Path

from reader.core.model import (
    Analysis,
    Article,
    Paragraph,
    ParagraphKind,
    Quote,
    QuoteKind,
    Sentence,
    SourceEntry,
    Speaker,
)
from reader.core.pipeline import analyse_path
from reader.core.voice import UNKNOWN, Share, about, roster, share_of_voice, words

ROOT = Path(__file__).resolve().parents[2]

OSEI, BRANDT, NAIR = "Amara Osei", "Lena Brandt", "Priya Nair"


def _analysis(specs: list[tuple[QuoteKind, str, str | None, str | None]]) -> Analysis:
    """One sentence per quote; each spec is (kind, words, speaker, venue)."""
    text = " ".join(f"{spec[1]}." for spec in specs)
    sentences, quotes, at = [], [], 0
    for index, (kind, said, speaker, venue) in enumerate(specs):
        sentences.append(Sentence(index, 0, at, at + len(said) + 1, f"{said}."))
        quotes.append(Quote(index, kind, at, at + len(said), said, [index], speaker, venue=venue))
        at += len(said) + 2
    article = Article("t.txt", text, [Paragraph(0, ParagraphKind.BODY, 0, len(text))])
    names = dict.fromkeys(q.speaker for q in quotes if q.speaker)
    speakers = [Speaker(n, quote_ids=[q.id for q in quotes if q.speaker == n]) for n in names]
    return Analysis(article, sentences, quotes, speakers)


D, P, R, S = QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT, QuoteKind.SCARE

SPECS = [
    (D, "one two three", OSEI, "Reuters"),
    (R, "four five", OSEI, None),
    (P, "six", BRANDT, "me"),
    (D, "seven eight nine ten", None, None),
    (S, "scare words", None, None),
    (QuoteKind.TITLE, "A Title", None, None),
    (QuoteKind.BLOCK, "a b", NAIR, None),
    (QuoteKind.QA, "c d e", BRANDT, "Reuters"),
    (D, "f", OSEI, "Reuters"),
]


def test_words_are_whitespace_separated() -> None:
    assert words("  one\ttwo\nthree  ") == 3
    assert words("") == 0


def test_direct_and_reported_speech_and_the_kinds() -> None:
    voice = share_of_voice(_analysis(SPECS))
    assert voice.direct == Share("quoted words", 6, 3 + 1 + 4 + 2 + 3 + 1)
    assert voice.reported == Share("reported speech", 1, 2)
    assert voice.kinds == {D: 3, P: 1, QuoteKind.BLOCK: 1, QuoteKind.QA: 1, R: 1}
    assert voice.other == 2  # the scare quote and the title are nobody's voice


def test_named_and_unnamed_sources() -> None:
    voice = share_of_voice(_analysis(SPECS))
    assert voice.named == Share("named sources", 6, 3 + 2 + 1 + 2 + 3 + 1)
    assert voice.unnamed == Share("unnamed sources", 1, 4)
    assert voice.total == Share("all speech", 7, 16)


def test_by_speaker_most_quotes_first_then_most_words() -> None:
    voice = share_of_voice(_analysis(SPECS))
    assert voice.speakers == [Share(OSEI, 3, 6), Share(BRANDT, 2, 4), Share(NAIR, 1, 2)]


def test_by_affiliation_registry_then_description_then_unknown() -> None:
    analysis = _analysis(SPECS)
    analysis.registry = {OSEI: SourceEntry(OSEI, role="Envoy", affiliation="EU Delegation")}
    analysis.speakers[1].descriptions = ["who runs the fish market"]
    groups = {share.label: share for share in share_of_voice(analysis).affiliations}
    assert groups == {
        "EU Delegation": Share("EU Delegation", 3, 6),
        "who runs the fish market": Share("who runs the fish market", 2, 4),
        UNKNOWN: Share(UNKNOWN, 1, 2),
    }


def test_speakers_of_one_affiliation_add_up() -> None:
    analysis = _analysis(SPECS)
    entry = SourceEntry("x", affiliation="Port Authority")
    analysis.registry = {OSEI: entry, NAIR: entry}
    [first, *_] = share_of_voice(analysis).affiliations
    assert first == Share("Port Authority", 4, 8)


def test_an_organisation_of_the_registry_is_its_own_affiliation() -> None:
    analysis = _analysis(SPECS)
    analysis.registry = {NAIR: SourceEntry(NAIR, kind="organisation")}
    groups = [share.label for share in share_of_voice(analysis).affiliations]
    assert NAIR in groups and UNKNOWN in groups  # Brandt has no entry and no description
    assert about(analysis, NAIR) == "organisation"
    analysis.speakers[2].descriptions = ["the port's operator"]
    assert about(analysis, NAIR) == "the port's operator"


def test_roster_rows() -> None:
    analysis = _analysis(SPECS)
    analysis.registry = {OSEI: SourceEntry(OSEI, role="Envoy", affiliation="EU Delegation")}
    analysis.speakers[2].descriptions = ["an economist"]
    rows = roster(analysis)
    assert [(r.name, r.quotes, r.words) for r in rows] == [
        (OSEI, 3, 6),
        (BRANDT, 2, 4),
        (NAIR, 1, 2),
    ]
    assert rows[0].about == "Envoy, EU Delegation"
    assert rows[0].venues == ("Reuters",)
    assert rows[1].venues == ("me", "Reuters")
    assert rows[1].about == ""
    assert rows[2].about == "an economist"
    assert rows[0].first == 0
    assert rows[1].first == analysis.quotes[2].start


def test_about_falls_back_to_the_description_when_the_registry_is_empty() -> None:
    analysis = _analysis(SPECS)
    analysis.registry = {OSEI: SourceEntry(OSEI)}
    analysis.speakers[0].descriptions = ["a former envoy"]
    assert about(analysis, OSEI) == "a former envoy"
    assert about(analysis, "Nobody Known") == ""


def test_an_article_without_quotes() -> None:
    voice = share_of_voice(_analysis([]))
    assert voice.total == Share("all speech", 0, 0)
    assert voice.speakers == [] and voice.affiliations == []
    assert roster(_analysis([])) == []


def test_the_sample_article_adds_up() -> None:
    analysis = analyse_path(str(ROOT / "articles" / "harbour-strike.txt"))
    voice = share_of_voice(analysis)
    assert voice.direct.quotes + voice.reported.quotes == voice.total.quotes
    assert sum(s.quotes for s in voice.speakers) == voice.named.quotes
    assert sum(s.words for s in voice.affiliations) == voice.named.words
    assert voice.total.quotes + voice.other == len(analysis.quotes)
    rows = roster(analysis)
    assert [r.name for r in rows] == [s.label for s in voice.speakers]
    assert rows[0].quotes >= rows[-1].quotes

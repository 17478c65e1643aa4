"""Articles that mix house styles: doubles for most quotes, and a speaker's words in singles
with doubles nested in them; a title that opens its sentence; a group's term read only in the
quote's own sentence."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_singles_that_hold_a_double_are_quotes_in_a_doubles_article(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Leg-spinner Imran Qadir took six for 30. His captain, Sam Rowe, called it "the best '
        'spell I have kept to".',
        "‘The dressing room has been calling me “the Librarian” since I started reading the "
        "pitch reports,’ Qadir said. ‘I will take the teasing.’",
    )
    first = one(
        quotes,
        "The dressing room has been calling me “the Librarian” since I started reading the "
        "pitch reports,",
    )
    assert first.kind is QuoteKind.DIRECT
    assert first.speaker == "Imran Qadir"
    assert one(quotes, "I will take the teasing.").speaker == "Imran Qadir"


def test_a_quote_left_open_takes_the_speaker_named_where_it_is_reopened(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        'The band\'s drummer, Colm Devlin, calls it "the year of the van". Its singer, Orla '
        "Devlin, is still getting used to the crowds.",
        "‘We played pubs for six years and nobody came. We nearly gave up.",
        "‘Then a radio show played “Low Tide” and the phones went,’ she says.",
    )
    first = one(quotes, "We played pubs for six years and nobody came. We nearly gave up.")
    assert first.speaker == "Orla Devlin"
    assert "next paragraph" in first.reason


def test_apostrophes_in_a_doubles_article_make_no_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "His sister was blunter. \"We've had dry years. We had '76, and Pa's diary said that was "
        "the worst,\" Ruth Kell told the Courier. “He'd say the same now.”",
    )
    assert one(quotes, "He'd say the same now.").speaker == "Ruth Kell"
    assert not [q for q in quotes if q.text.startswith("76")]


def test_a_title_that_opens_its_sentence_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The Glass Orchard” has split the critics. The Wexbury Courier's Ines Varga called it "
        '"a slow, luminous triumph".',
    )
    assert one(quotes, "The Glass Orchard").kind is QuoteKind.TITLE
    praise = one(quotes, "a slow, luminous triumph")
    assert praise.kind is QuoteKind.PARTIAL
    assert praise.speaker == "Ines Varga"


def test_called_it_with_a_quote_is_a_partial_quote_not_a_report(make_article: Make) -> None:
    quotes = found(make_article, 'Councillor Hana Brook called it "long overdue" before the vote.')
    assert one(quotes, "long overdue").speaker == "Hana Brook"
    assert not [q for q in quotes if q.kind is QuoteKind.INDIRECT]


def test_one_single_quoted_paragraph_among_many_doubles(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Judge Ann Keane said the firm had been "on notice". "It was my living," Liam Doran said. '
        '"I\'d have done it for life," he added.',
        "‘The lads on the rank call him “the Professor”,’ said his friend Paddy Walsh. ‘He knows "
        "every road in the county.’",
    )
    assert one(quotes, "The lads on the rank call him “the Professor”,").speaker == "Paddy Walsh"
    assert one(quotes, "He knows every road in the county.").speaker == "Paddy Walsh"

"""Latin American and Spanish copy (blind suite mix127): bodies named in Spanish ("Ministerio de
Salud Pública … The ministry said", "a spokesman for the Cooperativa Cafetera del Huila"), the
first of two surnames around a particle ("Zúñiga" of Patricia Elena Zúñiga de la Fuente, "Del
Valle" of Mauricio del Valle Ibáñez), titles in sentence case, nicknames with an article and
"Doña"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_a_ministry_named_in_spanish_then_called_the_ministry(make_article: Make) -> None:
    quotes = found(
        make_article,
        "MONTEVIDEO — Uruguay will offer free vaccination to boys from March, the Ministerio de "
        "Salud Pública announced on Friday.",
        "The ministry said the vaccine would be administered in schools during class hours.",
    )
    report = report_opening(quotes, "the vaccine would be administered")
    assert report.speaker == "Ministerio de Salud Pública"


def test_spokespeople_and_data_of_spanish_bodies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Ten years ago we had queues of pickers at the gate,” a spokesman for the Cooperativa "
        "Cafetera del Huila said.",
        "Spain's population rose above 49 million, according to data published on Wednesday by "
        "the Instituto Nacional de Estadística.",
        "Bolivia's state-owned airline, Aerolíneas del Altiplano, cancelled 23 flights. “The "
        "supply of fuel is outside our control,” a spokeswoman for the airline said.",
    )
    pickers = one(quotes, "Ten years ago we had queues of pickers at the gate,")
    assert pickers.speaker == "Cooperativa Cafetera del Huila"
    data = report_opening(quotes, "Spain's population rose")
    assert data.speaker == "Instituto Nacional de Estadística"
    fuel = one(quotes, "The supply of fuel is outside our control,")
    assert fuel.speaker == "Aerolíneas del Altiplano"


def test_the_first_of_two_surnames_around_a_particle(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Energy Minister Patricia Elena Zúñiga de la Fuente and Senator Mauricio del Valle "
        "Ibáñez clashed on Tuesday.",
        "“I will not promise what the rivers cannot deliver,” Zúñiga told lawmakers.",
        "“A taco stand is not a multinational,” Del Valle said.",
    )
    rivers = one(quotes, "I will not promise what the rivers cannot deliver,")
    assert rivers.speaker == "Patricia Elena Zúñiga de la Fuente"
    assert (
        one(quotes, "A taco stand is not a multinational,").speaker == "Mauricio del Valle Ibáñez"
    )


def test_a_spanish_title_in_sentence_case(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Recorded by the band in a garage in Morón, “El último colectivo” has been streamed 40 "
        "million times. “We recorded it in one afternoon,” said the singer, Brian Quiroga.",
    )
    assert one(quotes, "El último colectivo").kind is QuoteKind.TITLE
    assert one(quotes, "We recorded it in one afternoon,").speaker == "Brian Quiroga"


def test_a_nickname_with_its_article_and_a_first_name_after_dona(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Héctor Fabián Londoño, better known to cycling fans as “el Mono,” retired on Monday.",
        "“My knees have voted against it,” el Mono said at a press conference.",
        "Doña Rosario, 74, has put up a tin roof. “I am not going to die in a shelter,” she said.",
    )
    assert one(quotes, "My knees have voted against it,").speaker == "Héctor Fabián Londoño"
    assert one(quotes, "I am not going to die in a shelter,").speaker == "Rosario"

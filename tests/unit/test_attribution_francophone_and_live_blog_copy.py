"""Francophone African and Maghreb copy and live blogs (blind suites mix149-150): bodies named in
French, datelines in accented capitals, "with X dismissing the sum as “…”", "a move its
president, X, described as “…”" inside a body's report, the wali, a statement printed whole after
"We're publishing it in full:", a dash signature after a long quote, "It concluded that", "says our
correspondent X", and a role's subject cut short before its verb."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.attribution.mentions import build_cast
from reader.core.model import Quote, QuoteKind


def _opening(quotes: list[Quote], words: str) -> Quote:
    """The direct quote that opens with these words."""
    direct = [q for q in quotes if q.kind is QuoteKind.DIRECT and q.text.startswith(words)]
    assert direct, f"no direct quote opening {words!r} among {[q.text for q in quotes]}"
    return direct[0]


def test_a_body_named_in_french_reports_whole(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ABIDJAN — The Autorité Ivoirienne de Régulation des Filières Agricoles said on Monday "
        "that the farmgate price for cocoa would rise by a tenth.",
        "RABAT — Morocco's Haut-Commissariat aux Statistiques et à la Prospective said on "
        "Monday that unemployment among urban youth had risen to 36 percent.",
        "The Office National de l'Eau et de l'Assainissement Rural announced on Wednesday that "
        "water would be cut nightly in 38 communes.",
    )
    assert report_opening(quotes, "the farmgate price").speaker == (
        "Autorité Ivoirienne de Régulation des Filières Agricoles"
    )
    assert report_opening(quotes, "unemployment among urban youth").speaker == (
        "Haut-Commissariat aux Statistiques et à la Prospective"
    )
    assert report_opening(quotes, "water would be cut").speaker == (
        "Office National de l'Eau et de l'Assainissement Rural"
    )


def test_a_spokesperson_and_a_report_of_a_body_named_in_french(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“No boat will sail without life jackets for every passenger,” a spokesperson for the "
        "Société Ivoirienne des Transports Lagunaires said in a statement.",
        "Prices of basic foods rose by 11.4 percent in a year, according to a report by the "
        "Observatoire Tunisien des Prix et du Pouvoir d'Achat published on Thursday.",
    )
    assert one(quotes, "No boat will sail without life jackets for every passenger,").speaker == (
        "Société Ivoirienne des Transports Lagunaires"
    )
    assert report_opening(quotes, "Prices of basic foods").speaker == (
        "Observatoire Tunisien des Prix et du Pouvoir d'Achat"
    )


def test_no_person_inside_a_french_name_and_no_body_before_a_name() -> None:
    cast = build_cast(
        "The Autorité Ivoirienne de Régulation des Filières Agricoles met on Monday. Commission "
        "President Jean de Villiers spoke later.",
        {},
    )
    assert "Filières Agricoles" not in cast.entities
    assert "Autorité Ivoirienne de Régulation des Filières Agricoles" in cast.entities
    assert not any(name.startswith("Commission President") for name in cast.entities)


def test_a_dateline_in_accented_capitals(make_article: Make) -> None:
    quotes = found(
        make_article,
        "YAOUNDÉ — The Commission Électorale Nationale Autonome du Cameroun said in a statement "
        "on Friday that more than 420,000 new voters had been added to the register.",
    )
    assert report_opening(quotes, "more than 420,000").speaker == (
        "Commission Électorale Nationale Autonome du Cameroun"
    )


def test_the_words_of_one_named_with_a_participle_or_in_a_relative(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The teachers' union rejected a government offer on Thursday, with its secretary general, "
        "Félicité Gnamien Aka, dismissing the sum as “crumbs from the table” while rents soar.",
        "The Ligue Marocaine pour la Dignité Humaine said on Tuesday that authorities had refused "
        "to renew 14 of its branches, a move its president, Khadija Nejjar-Benslimane, described "
        "as “a slow death of civil society”.",
    )
    assert one(quotes, "crumbs from the table").speaker == "Félicité Gnamien Aka"
    assert one(quotes, "a slow death of civil society").speaker == "Khadija Nejjar-Benslimane"


def test_the_wali_is_the_governor_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The wali, Zoubir Aït Ouarab, met the protesters in the afternoon. The wali said that new "
        "water treatment plants would be operational before next summer.",
    )
    assert report_opening(quotes, "new water treatment").speaker == "Zoubir Aït Ouarab"


def test_a_statement_printed_whole_after_a_pointer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chief executive of Halloway Water, Simon Kettering, has released a statement about "
        "the sewage discharges. We're publishing it in full:",
        '"I want to apologise unreservedly to everyone who uses Brenmere Lake. We will fund an '
        'independent review."',
        "The operator of the Dunmere plant, Kessler Polymers, has issued a statement following "
        "this morning's fire. It reads in full:",
        '"All staff have been accounted for. We are working closely with the emergency services."',
    )
    assert _opening(quotes, "I want to apologise").speaker == "Simon Kettering"
    assert _opening(quotes, "All staff").speaker == "Kessler Polymers"


def test_a_dash_signature_after_a_long_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The goalkeeper has issued a statement through his agent. We're publishing it as received:",
        '"I accept the decision of the tribunal. I made mistakes. I want to thank my family for '
        'standing by me." — Lewis Pennock',
    )
    assert quotes[0].speaker == "Lewis Pennock"
    assert "signed" in quotes[0].reason


def test_it_concluded_and_the_agency_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The inquiry report, published by the Mercian Rail Safety Board this morning, found that "
        "staff had been working long shifts. It concluded that fatigue was a significant factor "
        "in the crash.",
        "The Meridian Food Programme has warned that it has supplies for only ten days. In a "
        "statement, the agency said road access to the villages was still blocked.",
    )
    assert report_opening(quotes, "fatigue was").speaker == "Mercian Rail Safety Board"
    assert report_opening(quotes, "road access").speaker == "Meridian Food Programme"


def test_it_recommended_names_the_author_of_the_report_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The province's Housing Supply Task Force, in a report published in May, found that "
        "interest rates explained most of the slowdown. The report ranks approvals fourth. It "
        "recommended low-cost financing for rental builders and a fund to train tradespeople.",
    )
    assert report_opening(quotes, "low-cost financing").speaker == "Housing Supply Task Force"


def test_our_correspondent_a_party_candidate_and_its_leader(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The town centre is essentially an island this morning,” says our correspondent Ifeoma "
        "Clarke-Dunn, who reached Wethercross shortly after dawn.",
        "“This is what happens when people feel their vote matters,” the Liberal candidate for "
        "Ardmoor, Glenys Probert, said as she arrived at the count.",
        "The Civic Alliance has won Castlereach council. Its leader, Ruaidhrí Ó Ceallaigh, "
        "addressed supporters at the count centre: “Nobody gave us a chance six months ago.”",
    )
    assert one(quotes, "The town centre is essentially an island this morning,").speaker == (
        "Ifeoma Clarke-Dunn"
    )
    assert one(quotes, "This is what happens when people feel their vote matters,").speaker == (
        "Glenys Probert"
    )
    assert one(quotes, "Nobody gave us a chance six months ago.").speaker == "Ruaidhrí Ó Ceallaigh"


def test_a_role_cut_short_before_its_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brennock's manager, Siobhán Lacey, looked agitated on the touchline.",
        "In her post-match interview, the Brennock manager admitted her players had frozen on the "
        "big occasion and said she took the blame.",
    )
    assert report_opening(quotes, "her players had frozen").speaker == "Siobhán Lacey"

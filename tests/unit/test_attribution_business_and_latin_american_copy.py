"""Business wire and Latin American copy: a company's legal form kept with its name ("Marlowe
Bank SA", "Castlegate Energy plc"), "Tessellate Games Inc. chief financial officer X", "the
people said" after "people familiar with the matter", "The organisation warned that", a first
Spanish surname the name lists take for a given name ("Goñi said"), Spanish bodies ("Empresa de
Acueducto de la Sabana"), "Mexico's state oil company X", "The governor of the Argentine province
of X, Y,", "Chile's Superintendency of Marine Farming"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_legal_form_stays_with_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marlowe Bank SA has frozen hiring in its investment banking division.",
        '"We continuously review our resourcing," a spokesperson for Marlowe Bank said.',
    )
    assert one(quotes, "We continuously review our resourcing,").speaker == "Marlowe Bank SA"


def test_an_officer_after_a_legal_form_s_stop(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tessellate Games Inc. chief financial officer Lucinda Farrow said on a call with analysts "
        "that the company expected bookings to grow in the low teens.",
    )
    assert report_opening(quotes, "the company expected").speaker == "Lucinda Farrow"


def test_the_people_are_still_unnamed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Solent Aerospace plc is close to an agreement to buy a rival's interiors business, people "
        "familiar with the matter said. An announcement could come as soon as next week, the "
        "people said.",
        "The business could be sold by December, according to the people.",
    )
    assert [
        q.speaker for q in quotes if q.text.startswith(("An announcement", "The business"))
    ] in (
        [],
        [None],
        [None, None],
    )
    assert all(q.speaker not in ("people", "Solent Aerospace plc") for q in quotes[1:])


def test_the_organisation_is_the_body_named_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Coral Futures Trust, a conservation charity, published its latest survey on Monday.",
        "The organisation warned that at least half of the coral could be lost.",
    )
    assert report_opening(quotes, "at least half").speaker == "Coral Futures Trust"


def test_a_first_surname_the_lists_take_for_a_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Economy Minister Martina Goñi Saravia and Governor Silvina Aráoz Cornejo clashed on "
        "Monday.",
        '"Not a single peso has been withheld," Goñi said in Spanish.',
    )
    assert one(quotes, "Not a single peso has been withheld,").speaker == "Martina Goñi Saravia"


def test_spanish_bodies_and_a_body_after_its_kind(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bogotá's water utility, Empresa de Acueducto de la Sabana, announced on Tuesday that "
        "rationing would end next month.",
        "Mexico's state oil company Energía Petrolera Mexicana said in a filing on Tuesday that "
        "its debt had fallen below $90 billion.",
    )
    rationing = report_opening(quotes, "rationing would end")
    assert rationing.speaker == "Empresa de Acueducto de la Sabana"
    debt = report_opening(quotes, "its debt had fallen")
    assert debt.speaker == "Energía Petrolera Mexicana"


def test_the_governor_of_a_province_named_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The governor of the Argentine province of Valle Escondido, Mirta Olguín Carrizo, and "
        "Interior Minister Damián Reynoso Godoy signed an agreement on Friday.",
        '"The province will be able to pay salaries," the governor said in Spanish.',
    )
    assert one(quotes, "The province will be able to pay salaries,").speaker == (
        "Mirta Olguín Carrizo"
    )


def test_a_country_s_superintendency(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chile's Superintendency of Marine Farming fined a salmon producer on Monday, describing "
        'the violations as "serious and repeated".',
    )
    assert one(quotes, "serious and repeated").speaker == "Superintendency of Marine Farming"

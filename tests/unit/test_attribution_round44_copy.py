"""Session forty-nine, round 44: the copy of its blind suites (Mexico and Central America, the
Andes, the religious press, Greece, Cyprus and Turkey, US appellate courts, defence trade press):
ranks of the services, letters of religious orders, the Hawaiian ʻokina, Turkish courtesy and
churches as bodies."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_ranks_of_the_services_are_no_part_of_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We flew through the night,” said Chief Warrant Officer 3 Desmond M. Whitford Jr., an "
        "instructor pilot.",
        "Able Seaman Corin Mabry-Tate, 20, from Hull, met her parents on the jetty. “I missed "
        "my dog most,” she said.",
        "“The base has grown up,” said Air Cdre Tamsin Ferrier-Odum, the group’s commander.",
    )
    assert one(quotes, "We flew through the night,").speaker == "Desmond M. Whitford Jr"
    assert one(quotes, "I missed my dog most,").speaker == "Corin Mabry-Tate"
    assert one(quotes, "The base has grown up,").speaker == "Tamsin Ferrier-Odum"


def test_letters_after_a_name_between_commas_are_no_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Rev. Anselm Kariuki, SJ, who runs the order’s schools in the camps, put it "
        "plainly: “A closed school is a debt passed to the next generation.”",
        "Rosalind Avery, KC, for the family, said: “They were failed at every turn.”",
    )
    assert one(quotes, "A closed school is a debt passed to the next generation.").speaker == (
        "Anselm Kariuki"
    )
    assert one(quotes, "They were failed at every turn.").speaker == "Rosalind Avery"


def test_an_okina_belongs_to_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"The tanks are the island\'s heart," said Rear Adm. Noelani Keʻalohi-Brandt, who '
        'commands the region. "Lose them and you lose everything."',
    )
    assert one(quotes, "The tanks are the island's heart,").speaker == "Noelani Keʻalohi-Brandt"


def test_turkish_courtesy_after_a_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ANTAKYA – Hatice Özdemiroğlu, 71, has sold bread from the same oven for half a century.",
        '"The oven survived the earthquake. The street did not," Hatice Hanım said.',
    )
    assert one(quotes, "The oven survived the earthquake. The street did not,").speaker == (
        "Hatice Özdemiroğlu"
    )


def test_a_church_speaks_as_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Plans to sell the old rectory at Wendham have been paused.",
        "A Church of Scotland spokesperson said: ‘No decision will be taken before the "
        "congregation has been heard.’",
        "The Church of Ireland said it would publish its review in the spring.",
    )
    heard = one(quotes, "No decision will be taken before the congregation has been heard.")
    assert heard.speaker == "Church of Scotland"
    assert report_opening(quotes, "it would publish its review").speaker == "Church of Ireland"


def test_latin_american_bodies_and_firms_by_their_full_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "QUITO, May 3 (Reuters) - The Contraloría General del Estado said in a report that the "
        "state refiner had overpaid for spare parts.",
        "“There is no case for drilling more wells,” a spokesman for Petroquímica Austral SA said.",
        "The Frente Popular del Oriente (FPO) said it would join the talks. In a communiqué, the "
        "FPO said that the ceasefire had been broken twice.",
    )
    assert report_opening(quotes, "the state refiner had overpaid").speaker == (
        "Contraloría General del Estado"
    )
    assert one(quotes, "There is no case for drilling more wells,").speaker == (
        "Petroquímica Austral SA"
    )
    assert report_opening(quotes, "the ceasefire had been broken").speaker == (
        "Frente Popular del Oriente"
    )


def test_court_papers_speak_for_whoever_wrote_or_filed_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The court’s opinion, written by Judge Miriam Castellanos, said: “A phone’s location "
        "history is not a public record because a company keeps it.”",
        "According to a brief filed by the Prairie Irrigators Council, the rule would cost "
        "farmers $300 million a year.",
        "The petition, filed by the Open Dockets Project, argues that the sealed hearings denied "
        "the public its right to watch trials.",
    )
    location = one(
        quotes, "A phone’s location history is not a public record because a company keeps it."
    )
    assert location.speaker == "Miriam Castellanos"
    assert report_opening(quotes, "the rule would cost").speaker == "Prairie Irrigators Council"
    assert report_opening(quotes, "the sealed hearings").speaker == "Open Dockets Project"


def test_a_unit_speaks_as_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Three sailors from the Northern Patrol Fleet were hurt in a fire aboard the tender, the "
        "navy said.",
        "In a statement, the fleet said all three had been treated and released.",
    )
    assert report_opening(quotes, "all three had been treated").speaker == "Northern Patrol Fleet"


def test_the_younger_of_two_with_a_fathers_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "NOGALES, Sonora — Efraín Valdez Ochoa has sold tyres on the same corner for 25 years. "
        "His daughter, Lucía Valdez Romo, runs the shop’s accounts.",
        "“If the border closes, nobody here eats,” the younger Valdez said.",
    )
    assert one(quotes, "If the border closes, nobody here eats,").speaker == "Lucía Valdez Romo"

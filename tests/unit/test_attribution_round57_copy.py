"""Session fifty-five, second round: a country's minister of several fields, whom a tail's verb
warned, a tail's closing clause, a possessive in s, "as its chair X put it", a columnist's
adverb, and a council by its own language's name."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_countrys_minister_of_two_fields_is_one_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Norland’s Minister of Trade and Industry H.E. Sheikh Faisal bin Rashid Al Mazrou has "
        "described the new customs portal as “the end of the paper queue.”",
        "Verania’s Minister for the Energy Transition and the Demographic Challenge, Lucía "
        "Arrieta Zubiri, told a radio station on Monday that the plant would close by 2031.",
    )
    assert one(quotes, "the end of the paper queue.").speaker == "Faisal bin Rashid Al Mazrou"
    assert one(quotes, "the plant would close by 2031.").speaker == "Lucía Arrieta Zubiri"


def test_an_online_outlet_is_no_man_for_he_added(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The new zone will create 9,000 jobs,” the authority's chairman, Karim Mansour, told "
        "Nilus Online.",
        "“Most of the projects are for export,” he added.",
    )
    assert one(quotes, "Most of the projects are for export,").speaker == "Karim Mansour"


def test_tails_with_whom_a_closing_clause_and_a_claim(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Without new revenue, the town will have to cut 30 jobs by next summer, Finance Director "
        "Marla Quist warned council members Monday.",
        "The Halverson Potash Group expects output to double next year, chairman Idris Kanaan "
        "said, as two new shafts come into use.",
        "Offshore turbines were killing hundreds of gannets a year, claimed Dale Pruett, a county "
        "commissioner who has opposed the project since 2021.",
        "The agency failed to study the noise, the Coastal Crab Fishers Association alleged in "
        "its complaint, filed in federal court on Tuesday.",
    )
    speakers = dict(reports)
    assert speakers["Without new revenue, the town will have to cut 30 jobs by next summer"] == (
        "Marla Quist"
    )
    assert speakers["The Halverson Potash Group expects output to double next year"] == (
        "Idris Kanaan"
    )
    assert speakers["Offshore turbines were killing hundreds of gannets a year"] == "Dale Pruett"
    assert speakers["The agency failed to study the noise"] == ("Coastal Crab Fishers Association")


def test_a_view_owned_by_a_name_ending_in_s(make_article: Make) -> None:
    reports = reported(
        make_article,
        "In Commissioner Dolores Jacobs’ view, the county should sell the old fairgrounds and "
        "build a clinic.",
    )
    assert (
        "the county should sell the old fairgrounds and build a clinic.",
        "Dolores Jacobs",
    ) in reports


def test_as_its_chair_put_it_with_no_commas(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The inquiry's findings were, as its chair Dame Rosamund Pyke put it, ‘damning in every "
        "particular’.",
    )
    assert one(quotes, "damning in every particular").speaker == "Rosamund Pyke"


def test_a_columnists_words_with_an_adverb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By Harriet Vane-Osgood",
        "People ask why I still teach Greek to teenagers.",
        "‘Because somebody should,’ I usually say, which ends the conversation.",
    )
    assert one(quotes, "Because somebody should,").speaker == "Harriet Vane-Osgood"


def test_a_council_named_in_its_own_language(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Consell de Formentera, the island's governing council, will cap rental cars at "
        "9,000 from next summer.",
        "“The island has a limit, and we have reached it,” the council said in a statement.",
    )
    assert one(quotes, "The island has a limit, and we have reached it,").speaker == (
        "Consell de Formentera"
    )

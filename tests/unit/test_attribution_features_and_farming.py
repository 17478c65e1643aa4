"""Shapes found by blind probe suites mix48 (long-form features) and mix49 (environment, energy
and farming): "said he" with a pronoun, a next sentence that names the quote's source, "As X
sees it", a claim noun with an aside, a role run into a later clause's subject, field
scientists, First Nations and guilds, anonymous department sources, and an office whose fields
are joined by "and"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.attribution.cue import Cue
from reader.core.attribution.sieves import cue_after
from reader.core.model import QuoteKind

_PUB = "Declan Furlong leaned on the counter of his bar in Ballina."


def test_said_he_after_a_quote_is_the_man_named_before(make_article: Make) -> None:
    quotes = found(make_article, f"{_PUB} ‘The place was never quiet,’ said he, pulling a pint.")
    quote = one(quotes, "The place was never quiet,")
    assert quote.speaker == "Declan Furlong"
    assert quote.reason.startswith("named right after the quote")  # not the sentence before


def test_said_he_that_runs_into_a_clause_is_no_trailer() -> None:
    assert cue_after(" said he would resign.") is None
    assert cue_after(" said he, pulling a pint.") == Cue("he", "said", "trailer")


def test_the_advice_comes_from_names_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Measure twice and cut once, then measure again.”",
        "The advice comes from Wendell Okafor-Smythe, a retired joiner in Tarrow.",
    )
    quote = one(quotes, "Measure twice and cut once, then measure again.")
    assert quote.speaker == "Wendell Okafor-Smythe"


def test_has_said_some_version_of_this_names_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We cannot build our way out of this.”",
        "Imelda Vosk, who has run the housing charity since 2009, has said some version of this "
        "at every hearing.",
    )
    assert one(quotes, "We cannot build our way out of this.").speaker == "Imelda Vosk"


def test_as_x_sees_it_reports_her_view(make_article: Make) -> None:
    quotes = found(make_article, "As Moira Kettering-Obi sees it, the council has lost its nerve.")
    report = report_opening(quotes, "the council has lost its nerve")
    assert report.speaker == "Moira Kettering-Obi"


def test_a_claim_noun_with_an_aside_before_is_that_is_reported(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tobias Renner's argument, laid out over 300 pages of “The Unbuilt City”, is that zoning "
        "strangled the suburbs.",
    )
    report = report_opening(quotes, "zoning strangled the suburbs")
    assert report.speaker == "Tobias Renner"
    assert one(quotes, "The Unbuilt City").kind is QuoteKind.TITLE


def test_a_claim_noun_aside_does_not_reach_over_a_second_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tobias Renner's argument was dismissed, and the trouble, say planners, is that nobody "
        "read it.",
    )
    assert all(q.speaker != "Tobias Renner" for q in quotes if q.kind is QuoteKind.INDIRECT)


def test_a_later_clause_with_a_lower_case_role_before_the_name_reports(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The dairy council praised a decision Thursday, while state Sen. Roy Takamura said the "
        "rule would still drive small dairies out of business.",
        "The state government announced compensation, while farmer leader Balvinder Sekhon said "
        "the money was far too little.",
    )
    assert report_opening(quotes, "the rule would still").speaker == "Roy Takamura"
    assert report_opening(quotes, "the money was").speaker == "Balvinder Sekhon"


def test_a_second_clause_with_its_role_run_into_the_name_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Irish Forestry Council welcomed the new planting grants, while its former chairman "
        "Colm Devane said planting targets had been missed for a decade.",
    )
    assert report_opening(quotes, "planting targets").speaker == "Colm Devane"


def test_a_field_scientist_is_found_again_by_the_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Farmer Rick Sawchuk said he had written off half his acres. Claire Vandermeer, an "
        "agronomist who advises 40 farms in the region, walks the fields every day.",
        "The agronomist said that the canola would be finished without rain within 10 days.",
    )
    assert report_opening(quotes, "the canola").speaker == "Claire Vandermeer"


def test_a_first_nation_is_a_body_and_she_is_its_chief(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chief Marlene Sky of the Kinosew Lake First Nation says mercury levels have tripled.",
        "“Our people have fished this lake for thousands of years,” she said in an interview.",
    )
    assert one(quotes, "Our people have fished this lake for thousands of years,").speaker == (
        "Marlene Sky"
    )


def test_a_guild_of_a_country_is_named_whole(make_article: Make) -> None:
    quotes = found(make_article, "The Farmers’ Guild of Wales has warned that 5,000 jobs could go.")
    assert report_opening(quotes, "5,000 jobs").speaker == "Farmers’ Guild of Wales"


def test_a_source_in_the_department_is_kept_anonymous(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Minister of State, Ciarán Hegarty, had said in March that the plan would be ready.",
        "‘There’s no appetite for a fight before the elections,’ a source in the department said.",
    )
    quote = one(quotes, "There’s no appetite for a fight before the elections,")
    assert quote.speaker is None
    assert quote.mention == "a source in the department"


def test_an_office_of_two_fields_joined_by_and_is_one_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Food and Civil Supplies Commissioner Tarun Mehrotra told reporters that the "
        "procurement target had been raised.",
    )
    assert report_opening(quotes, "the procurement target").speaker == "Tarun Mehrotra"


def test_two_people_with_titles_joined_by_and_are_both_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Food Secretary Ruth Ambler and Transport Minister Kofi Baah said the plan would work.",
    )
    assert report_opening(quotes, "the plan would").speaker == "Ruth Ambler and Kofi Baah"


def test_a_partner_named_in_a_firm_is_no_mention_of_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rosalind Achterberg met Tobias Wren at a salvage yard in 2016. He was selling an organ.",
        "Now they run Wren & Achterberg, a workshop in a converted forge. He tunes; she builds.",
        "“People think it’s romantic,” she said.",
    )
    assert one(quotes, "People think it’s romantic,").speaker == "Rosalind Achterberg"


def test_a_feature_that_opens_on_a_quote_gives_it_to_the_person_introduced_next(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "“There’s a moment after sunset when the whole salt pan turns pink.”",
        "Jonah Van der Berg-Mokoena has been guiding visitors across the pan for eleven years.",
    )
    quote = one(quotes, "There’s a moment after sunset when the whole salt pan turns pink.")
    assert quote.speaker == "Jonah Van der Berg-Mokoena"
    assert quote.confidence < 0.8  # no verb of speech: a reader should see the doubt


def test_an_opening_quote_before_a_sentence_about_no_one_stays_unattributed(
    make_article: Make,
) -> None:
    quotes = found(make_article, "“We will not give up.”", "Rain fell on Tuesday in the valley.")
    assert one(quotes, "We will not give up.").speaker is None

"""Farming and rural copy (blind suite mix152 and what its fixes showed elsewhere): a relative
clause holding "1,800 acres", two roles joined over a hyphened word, a lender by a head word
("Farm Credit"), a passive "branded “…” by X", "Young Farmer of the Year", "As one veteran of
the fair, X from Y, put it", a lede's crofter named in the next sentence, "Vet X", a ward's
member, and a lede's subject whose sex the report's "he" gives."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_thousands_comma_inside_the_speakers_relative_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The beet is in the ground and there is no water to lift it,” Ewan Thorley, who farms "
        "2,400 acres near Wisbech, said.",
    )
    assert (
        one(quotes, "The beet is in the ground and there is no water to lift it,").speaker
        == "Ewan Thorley"
    )


def test_two_roles_joined_over_a_hyphened_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Half the crop went in an afternoon,” Katikati grower and co-operative director Hemi "
        "Rāwiri told the growers' conference.",
    )
    assert one(quotes, "Half the crop went in an afternoon,").speaker == "Hemi Rāwiri"


def test_the_lender_is_a_farm_credit_body_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prairie Hills Farm Credit, which lends to about 9,000 ranchers, said it had seen more "
        "requests to defer payments.",
        "“Call us before the line is maxed out, not after,” a spokeswoman for the lender said.",
    )
    assert (
        one(quotes, "Call us before the line is maxed out, not after,").speaker
        == "Prairie Hills Farm Credit"
    )


def test_a_passive_label_with_its_agent_is_the_agents_partial(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The new levy on slurry stores was branded “a tax on getting it right” by Nerys Hughes, "
        "chair of the county's grassland society, at a meeting in Carmarthen.",
    )
    quote = one(quotes, "a tax on getting it right")
    assert (quote.kind.value, quote.speaker) == ("partial", "Nerys Hughes")


def test_an_award_title_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rangiora shepherd Mere Tukino has been named Young Farmer of the Year at the final.",
        "Runner-up Liam Foster said the field had been the strongest yet.",
        "“I hope girls from the district watch this and think, why not me,” she said.",
    )
    assert (
        one(quotes, "I hope girls from the district watch this and think, why not me,").speaker
        == "Mere Tukino"
    )


def test_as_one_veteran_of_the_fair_from_a_village_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As one regular of the mart, Padraig Moran from Ballyhaunis, put it: “The cattle are the "
        "same. It's the forms that have changed.”",
    )
    quote = one(quotes, "The cattle are the same. It's the forms that have changed.")
    assert quote.speaker == "Padraig Moran"
    assert quote.reason.startswith("introduced as “As Padraig Moran put it”")  # the "As" cue's


def test_a_ledes_crofter_is_the_one_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "An Orkney crofter has accused the island council of treating cattle as “surplus "
        "freight” after two sailings were cancelled. Elspeth Rendall, who keeps 40 suckler cows "
        "at Deerness, said some calves had waited four days at the pier.",
    )
    assert one(quotes, "surplus freight").speaker == "Elspeth Rendall"


def test_a_trade_at_a_sentences_start_and_a_wards_member(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vet Gwenllian Price, of the Tywi Valley practice, said: “Vaccinate before tupping.”",
        "Mukurwe Ward MCA Esther Wanjiru Kamau told reporters on Friday that the bursary money "
        "had reached every school.",
    )
    assert one(quotes, "Vaccinate before tupping.").speaker == "Gwenllian Price"
    assert report_opening(quotes, "the bursary money").speaker == "Esther Wanjiru Kamau"


def test_the_ledes_he_rules_out_a_woman_named_first_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Tolaga Bay farmer says he has been refused consent to build a second house on his "
        "own land.",
        "Council consents manager Helen Pene said the block sat on an erosion-prone slope.",
        "Wiremu Haenga said he would appeal.",
    )
    assert report_opening(quotes, "he has been refused").speaker == "Wiremu Haenga"


def test_a_participles_passive_is_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A man described by police as a serial burglar was jailed on Friday for nine years.",
        "Dwayne Lockett, 34, admitted eleven break-ins.",
    )
    assert not [q for q in quotes if q.text.startswith("by police")]

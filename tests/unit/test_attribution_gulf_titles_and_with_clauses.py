"""Gulf honorifics, a speaker named in a "with" clause and a describer named with "by" (blind
suites mix125 and mix130): "said Eng. Huda Saeed Al Rumaithi", "Sheikha Fakhra bint Saeed Al
Sharqi … said Sheikha Fakhra", "with Yusra Salim al-Harthy, head of …, calling this year's
tapping ‘…’", "with one Independent TD, Michael Gaughan, describing the decision as “…”",
"described by the Hague-based critic Pieter van Aalst as ‘…’"."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_an_engineers_title_and_a_sheikhas_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We have lost almost eleven metres of beach,” said Eng. Huda Saeed Al Rumaithi, "
        "executive director of the coastal works division.",
        "Sheikha Fakhra bint Saeed Al Sharqi opened a new engineering faculty on Tuesday.",
        "“Every girl who wants to study engineering should be able to do it,” said Sheikha "
        "Fakhra, who toured the laboratories.",
    )
    beach = one(quotes, "We have lost almost eleven metres of beach,")
    assert beach.speaker == "Huda Saeed Al Rumaithi"
    girls = one(quotes, "Every girl who wants to study engineering should be able to do it,")
    assert girls.speaker == "Fakhra bint Saeed Al Sharqi"


def test_a_speaker_in_a_with_clause_after_an_appositive(make_article: Make) -> None:
    harvest = found(
        make_article,
        "Growers expect a good season after the rains, with Yusra Salim al-Harthy, head of the "
        "Directorate of Aromatic Crops, calling this year's tapping 'the most important harvest "
        "in a generation' for the region's farmers.",
    )
    assert one(harvest, "the most important harvest in a generation").speaker == (
        "Yusra Salim al-Harthy"
    )
    mart = found(
        make_article,
        "Farmers in the west have reacted angrily to the closure of the mart, with one Independent "
        "TD, Michael Gaughan, describing the decision as “a kick in the teeth for rural Ireland”.",
    )
    assert one(mart, "a kick in the teeth for rural Ireland").speaker == "Michael Gaughan"


def test_described_by_a_critic_as(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Her staging of the verse epic has been described by the Hague-based critic Pieter van "
        "Aalst as 'a bruising, glorious four hours', and it now transfers to London.",
    )
    assert one(quotes, "a bruising, glorious four hours").speaker == "Pieter van Aalst"


def test_a_single_quoted_description_where_the_article_quotes_in_doubles(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Growers expect a good season, with Yusra Salim al-Harthy, head of the Directorate of "
        "Aromatic Crops, calling this year's tapping 'the most important harvest in a "
        "generation' for the region's farmers.",
        'Prices held at "record levels", traders said.',
    )
    harvest = one(quotes, "the most important harvest in a generation")
    assert harvest.speaker == "Yusra Salim al-Harthy"

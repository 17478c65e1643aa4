"""Session forty-five, second round: the copy of round 33's blind suites (the Chinese, Hong Kong
and Taiwanese press, food pages, the energy trade press, athletics, the games industry, the press
of Russia, Ukraine, the Caucasus and Central Asia): bodies known by bracketed initials, "the
akim", "in the village of X", "according to state broadcaster X", and "For X, … “…”"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_name_with_its_initials_in_brackets_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tamsin Gas Transmission (TGT) will raise tariffs on its northern network by 8pc.",
        "“The increase reflects higher compression costs,” TGT said in a filing.",
        "The Eastern Interconnection System Operator (EISO) issued a capacity alert.",
        "EISO said it expected peak demand to reach a record 142GW on Wednesday.",
        "According to the Federation of Petroleum Exporting States (FPES), member compliance with "
        "agreed cuts averaged 94pc in July.",
    )
    assert one(quotes, "The increase reflects higher compression costs,").speaker == (
        "Tamsin Gas Transmission"
    )
    speaker = report_opening(quotes, "it expected peak demand").speaker
    assert speaker == "Eastern Interconnection System Operator"
    speaker = report_opening(quotes, "member compliance with agreed cuts").speaker
    assert speaker == "Federation of Petroleum Exporting States"


def test_the_akim_and_his_deputy(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The akim of the city of Temirtau-Zhana, Daniyar Askarovich Kunanbayev, and his deputy, "
        "Aliya Maksatovna Sarsenova, toured the flooded districts on Sunday.",
        "“We have enough boats. What we do not have is enough dry land,” the akim said.",
    )
    speaker = one(quotes, "We have enough boats. What we do not have is enough dry land,").speaker
    assert speaker == "Daniyar Askarovich Kunanbayev"


def test_a_village_is_no_one_a_pronoun_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nino Beridze, who runs a wine cooperative in the village of Kvemo Tsikhe, said exports "
        "had halved since the inspections began.",
        "“If this continues, half of our members will leave the land,” she said.",
    )
    assert one(quotes, "If this continues, half of our members will leave the land,").speaker != (
        "Kvemo Tsikhe"
    )


def test_a_source_named_after_its_kind(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At least 14 people were killed in the collapse, according to state broadcaster CCTV.",
        "Crude imports rose to 4.8mn b/d in August, according to data from ship-tracking firm "
        "Seacourse Analytics.",
    )
    assert report_opening(quotes, "At least 14 people were killed").speaker == "CCTV"
    assert report_opening(quotes, "Crude imports rose").speaker == "Seacourse Analytics"


def test_a_title_before_a_name_is_no_paper(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The ageing curve is ten years ahead,” Professor Sun Huiming of Liaoning Normal Academy "
        "said on Saturday.",
        "Sun said local governments should raise the retirement age faster.",
    )
    assert report_opening(quotes, "local governments should raise").speaker == "Sun Huiming"


def test_not_impressed_after_an_appositive_and_the_guide(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The critic for the Evening Courier, Desmond Hallett, was not impressed: “I have had "
        "larger plates at a christening.”",
        "The Golden Whisk Guide has withdrawn its award from Blackthorn. “Our inspectors rely on "
        "the honesty of the kitchens,” the guide said in a statement.",
    )
    plates = one(quotes, "I have had larger plates at a christening.")
    assert plates.speaker == "Desmond Hallett"
    inspectors = one(quotes, "Our inspectors rely on the honesty of the kitchens,")
    assert inspectors.speaker == "Golden Whisk Guide"


def test_for_someone_the_words_are_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "For gymnastics judge Ingrid Solheim, the new rules have been “the biggest change in a "
        "decade”.",
        "For the children of Nahal Ezra, a return to “normal” means a drill in the shelter.",
    )
    assert one(quotes, "the biggest change in a decade").speaker == "Ingrid Solheim"
    assert one(quotes, "normal").speaker is None


def test_in_the_words_of_a_hyphened_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hollowlight’s first year was, in the words of its co-founder Paulo Sequeira, “organised "
        "chaos,” with no producers and one spreadsheet for bugs.",
    )
    assert one(quotes, "organised chaos,").speaker == "Paulo Sequeira"


def test_it_said_is_the_body_that_opened_the_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The LJM candidate won Pipalkheda by 212 votes, and Lok Jan Morcha (LJM) leaders "
        "celebrated. The LJM said it would form the government.",
        "The Election Commission, in its statement, said it had received no formal complaint. "
        "The result there stood, it said.",
    )
    assert report_opening(quotes, "The result there stood").speaker == "Election Commission"

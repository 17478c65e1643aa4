"""Copy from the seventh set of blind suites (markets wire, diplomacy, Australian politics):
"analysts at X led by Y", a central bank's minutes and survey, a joint communiqué, a report
tabled by a commission, "the president" who is not the vice president, "the minister" who is
not the prime minister, "the councilwoman" and "the officer"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_analysts_led_by_someone_after_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We see the balance of risks tilting toward a harder landing,” wrote analysts at "
        "Brixton Lowe led by Samuel Adeyemi-Clarke in a note on Monday.",
    )
    quote = one(quotes, "We see the balance of risks tilting toward a harder landing,")
    assert quote.speaker == "Samuel Adeyemi-Clarke"
    assert "leads them" in quote.reason


def test_analysts_led_by_someone_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Analysts at Quarry Lane led by Tomasz Zieliński wrote in a note on Tuesday that the "
        "korona could gain 5% against the euro by year-end.",
    )
    assert report_opening(quotes, "the korona could gain").speaker == "Tomasz Zieliński"


def test_analysts_at_a_firm_still_speak_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Analysts at Colonnade Partners wrote in a note on Tuesday that the korona could gain 5% "
        "against the euro.",
    )
    assert report_opening(quotes, "the korona could gain").speaker == "Colonnade Partners"


def test_the_minutes_of_a_banks_meeting(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The minutes of the Bank of Kestrelia’s October meeting said members saw the risks to "
        "the inflation outlook as “skewed to the upside,” reinforcing expectations of a rise.",
    )
    assert one(quotes, "skewed to the upside,").speaker == "Bank of Kestrelia"


def test_a_banks_survey_with_of_inside_its_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to the Bank of Kestrelia’s quarterly credit conditions survey, lenders expect "
        "demand for mortgages to rise in the next three months.",
    )
    assert report_opening(quotes, "lenders expect demand").speaker == "Bank of Kestrelia"


def test_a_study_described_by_nationality_names_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Drinking two cups of green tea a day may slow memory loss, according to a "
        "Japanese-British study of older adults.",
    )
    assert report_opening(quotes, "Drinking two cups").speaker != "Japanese-British"


def test_a_joint_communique_issued_by_a_council(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The joint communiqué issued by the Council of Littoral States at the end of the summit "
        "in Solvanna said member governments would establish a permanent secretariat.",
    )
    report = report_opening(quotes, "member governments would establish")
    assert report.speaker == "Council of Littoral States"


def test_a_report_tabled_in_parliament_by_a_commission(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report tabled in parliament on Wednesday by the Regional Integrity Commission found "
        "that a senior official had steered contracts to a company owned by his brother-in-law.",
    )
    report = report_opening(quotes, "a senior official had steered")
    assert report.speaker == "Regional Integrity Commission"


def test_the_president_is_not_the_vice_president(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Authority President Beatrix Kallenborn and Vice President Luca Ferrante both spoke "
        "publicly on Friday.",
        "The president said wage growth was “encouraging, but not yet conclusive.”",
    )
    assert one(quotes, "encouraging, but not yet conclusive.").speaker == "Beatrix Kallenborn"


def test_the_minister_is_not_the_prime_minister(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Foreign Minister Aigerim Sadykova arrived in Meznik on Sunday for talks with Prime "
        "Minister Viktor Hrytsenko.",
        '"We have no intention of choosing between our neighbours," the minister said.',
    )
    quote = one(quotes, "We have no intention of choosing between our neighbours,")
    assert quote.speaker == "Aigerim Sadykova"


def test_the_councilwoman_is_the_council_member(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Council Member Priscilla Whitman introduced a measure Tuesday on rent increases.",
        "Lawrence Gebhardt, executive director of the Valley Rental Property Association, said "
        "the measure would push small landlords to sell.",
        "“I’ve heard that argument about every tenant protection,” the councilwoman said.",
    )
    quote = one(quotes, "I’ve heard that argument about every tenant protection,")
    assert quote.speaker == "Priscilla Whitman"


def test_the_officer_is_the_detective_sergeant(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Det Sgt Kirsty Naylor said the ring was of enormous sentimental value. “Please don’t buy "
        "that ring if you are offered it,” added the officer.",
    )
    quote = one(quotes, "Please don’t buy that ring if you are offered it,")
    assert quote.speaker == "Kirsty Naylor"


def test_the_strategist_of_a_field_then_firm(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ewan MacLeish, equity strategist at Glen Orchy Securities, and Hannah Kirkbride, an "
        "economist at the same firm, presented their outlook on Wednesday.",
        "The strategist said the index could fall another 10% if earnings disappointed.",
    )
    assert report_opening(quotes, "the index could fall").speaker == "Ewan MacLeish"


def test_the_mediator_of_a_summit(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tariq Benhadji spoke first, then Ilse Vandermolen, and finally the Qadiri mediator, "
        "Khalid bin Rashid Al-Nuaimi, who had hosted the talks.",
        "“Both ministers have shown courage today,” the mediator said.",
    )
    quote = one(quotes, "Both ministers have shown courage today,")
    assert quote.speaker == "Khalid bin Rashid Al-Nuaimi"


def test_a_hosts_role_is_no_part_of_her_name(make_article: Make) -> None:
    quotes = found(make_article, "Host Della Quint said the show would end in May.")
    assert report_opening(quotes, "the show would end").speaker == "Della Quint"

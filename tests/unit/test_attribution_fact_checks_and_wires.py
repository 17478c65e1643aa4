"""Fact-check, science-wire and Canadian copy: "the governor" beside a lieutenant governor, a
claim or an ad line named in the sentence after it, a transcript's interviewee who is their
sentence's subject or the one questions were put to, a report after a colon, a reporting verb
that opens no appositive, a product "marketed as “…”", bodies named in Quebec's sentence case,
and "des" in a French surname."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_governor_is_not_the_lieutenant_governor(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Cassius Brennan and Lt. Gov. Marisa Tomlin held a joint news conference.",
        "“We are proud,” the governor said. “We agree,” the lieutenant governor said.",
    )
    assert one(quotes, "We are proud,").speaker == "Cassius Brennan"
    assert one(quotes, "We agree,").speaker == "Marisa Tomlin"


def test_a_claim_or_an_ad_line_named_in_the_next_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Every one of these turbines kills more birds than all the cats in the county.” The "
        "claim came from county supervisor Leopold Dunsany, speaking at a zoning hearing.",
        '"I put away more traffickers than any prosecutor in history." That line opens a new '
        "campaign ad from attorney general candidate Wilhelmina Radcliffe.",
    )
    turbines = "Every one of these turbines kills more birds than all the cats in the county."
    assert one(quotes, turbines).speaker == "Leopold Dunsany"
    line = "I put away more traffickers than any prosecutor in history."
    assert one(quotes, line).speaker == "Wilhelmina Radcliffe"


def test_the_interviewee_is_the_subject_not_the_interpreter(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Fishing boat captain Joaquim Valadares, 64, spoke to us through an interpreter, Lucía "
        "Ferraz, two days after his crew rescued eleven people.",
        "Q: Were you afraid?",
        "A: There was no time to be afraid.",
    )
    assert one(quotes, "There was no time to be afraid.").speaker == "Joaquim Valadares"


def test_the_interviewee_is_the_one_questions_were_put_to(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cllr Dev Malhotra said his group would write to the minister.",
        "We put five questions to Cllr Rosalind Tully after the vote.",
        "Q: Why not build the flats elsewhere?",
        "A: We looked at that, seriously, for two years.",
    )
    assert one(quotes, "We looked at that, seriously, for two years.").speaker == "Rosalind Tully"


def test_a_report_after_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The claim, shared by county commission candidate Boris Helmanek, went further: Helmanek "
        "wrote on his campaign page that the board had quietly approved the removal.",
    )
    assert report_opening(quotes, "the board had quietly").speaker == "Boris Helmanek"


def test_a_reporting_verb_opens_no_appositive(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The study's lead author, Dr. Henrike Lindahl-Obuya, said the findings suggest that the "
        "practice, popular on parenting forums, offers no clear benefit.",
    )
    assert report_opening(quotes, "the findings suggest").speaker == "Henrike Lindahl-Obuya"


def test_a_product_marketed_as_a_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Nearly 70 percent of cereals marketed as "wholesome" exceeded the sugar threshold, '
        "according to an analysis by researchers at the University of Dunwich Vale.",
    )
    assert one(quotes, "wholesome").speaker is None


def test_bodies_in_quebec_s_sentence_case_and_des_in_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Société des traversiers du Bas-Fleuve said the crossing would resume on Monday.",
        '"An algorithm decides what it\'s worth," said Jean-François des Ormeaux, 52, a grain '
        "farmer.",
        "Des Ormeaux is one of hundreds of farmers contesting new assessments.",
    )
    crossing = report_opening(quotes, "the crossing would resume")
    assert crossing.speaker == "Société des traversiers du Bas-Fleuve"
    algorithm = one(quotes, "An algorithm decides what it's worth,")
    assert algorithm.speaker == "Jean-François des Ormeaux"

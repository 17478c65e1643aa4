"""Session fifty-three: bodies named by a number, and round 52's copy."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_bodies_whose_names_hold_a_number(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Three Counties Agricultural Society said the show would go ahead in June.",
        "“We will strike,” said a spokesman for Local 118 of the Teamsters.",
    )
    assert one(quotes, "the show would go ahead in June.").speaker == (
        "Three Counties Agricultural Society"
    )
    assert one(quotes, "We will strike,").speaker == "Local 118 of the Teamsters"


def test_a_chief_of_staff_named_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Readiness is up,” said Air Force Chief of Staff Gen. Lydia Okafor.",
        "“We need more pilots,” said Space Force Chief of Staff Gen. Tom Baird.",
    )
    assert one(quotes, "Readiness is up,").speaker == "Lydia Okafor"
    assert one(quotes, "We need more pilots,").speaker == "Tom Baird"


def test_a_dateline_with_its_date_and_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "KATHMANDU, Oct 17: Former Minister Mohan Prasad Sharma said on Thursday that the prime "
        "minister had assured him the bill would be withdrawn.",
        "KALUTARA, Jan 17: According to police spokesman Nishantha Gunawardena, the main suspect "
        "had been operating the racket from inside the prison.",
        "QUEENSTOWN, Tas. — West Coast state MP Graham Tolley argued the mine could produce for "
        "another twenty years.",
    )
    assert (
        one(quotes, "the prime minister had assured him the bill would be withdrawn.").speaker
        == "Mohan Prasad Sharma"
    )
    suspect = report_opening(quotes, "the main suspect had been operating the racket")
    assert (suspect.speaker, suspect.text[:12]) == ("Nishantha Gunawardena", "the main sus")
    assert (
        one(quotes, "the mine could produce for another twenty years.").speaker == "Graham Tolley"
    )


def test_long_south_asian_names_and_their_sex(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nepal Tourism Board Chief Executive Officer Mani Raj Lamichhane said on Monday that "
        "arrivals had crossed the pre-pandemic level.",
        "“We cannot rely on Everest alone,” he said.",
        "Gandaki Province Chief Minister Surendra Bahadur Gurung and provincial Tourism Minister "
        "Sabitri Kumari Thapa opened the promenade on Saturday.",
        "Chief Minister Gurung said the province had spent Rs 320 million on it.",
        "“The contractor let us down,” she said.",
        "“No civilian land will be acquired,” DIG in charge of the Northern Province Sarath "
        "Kumara Liyanagamage said.",
    )
    assert one(quotes, "We cannot rely on Everest alone,").speaker == "Mani Raj Lamichhane"
    assert one(quotes, "The contractor let us down,").speaker == "Sabitri Kumari Thapa"
    assert one(quotes, "No civilian land will be acquired,").speaker == (
        "Sarath Kumara Liyanagamage"
    )


def test_according_to_someone_and_a_clause_about_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to Dr Naseem Akhtar Chaudhry, who heads the outpatient department, the number "
        "of students seeking help has tripled.",
        "According to Adv. Elad Caplan-Moriah, who heads a legal aid group, “the system is built "
        "to exhaust people.”",
    )
    claim = report_opening(quotes, "the number of students seeking help has tripled")
    assert (claim.speaker, claim.text[:10]) == ("Naseem Akhtar Chaudhry", "the number")
    assert one(quotes, "the system is built to exhaust people.").speaker == "Elad Caplan-Moriah"


def test_rugby_positions_and_miners_named_by_their_ore(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former Munster out-half Ronan Quigley told the Irish Independent that the province "
        "should move two home games a season.",
        "All Blacks head coach Craig Rangi says he is comfortable with the side’s depth.",
        "Fouta Iron has signed a memorandum of understanding for access to a railway.",
        "The company said it would pay a per-tonne access fee once the railway was operational.",
    )
    assert (
        report_opening(quotes, "the province should move two home games").speaker == "Ronan Quigley"
    )
    assert (
        report_opening(quotes, "he is comfortable with the side’s depth").speaker == "Craig Rangi"
    )
    assert report_opening(quotes, "it would pay a per-tonne access fee").speaker == "Fouta Iron"


def test_clergy_titles_and_a_parish_named_for_its_saint(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mgr Gerard Keighley, Vicar General of the diocese, has sought to reassure parishioners.",
        "‘No parish will close without a full consultation,’ Mgr Keighley told a meeting.",
        "‘Hospitality is not an optional extra,’ the Abbot, Dom Aidan Bellerby OSB, said.",
        "“A young specialist came to my office,” said Chaplain (Maj.) Samuel Ochieng.",
        "When the mine closed, St. Barbara Parish lost a third of its families, said its pastor, "
        "Father Thomas Kerrigan.",
        "Parish council president Linda Sorensen has lived in the town all her life. “My "
        "grandfather dug copper,” she said.",
    )
    assert one(quotes, "No parish will close without a full consultation,").speaker == (
        "Gerard Keighley"
    )
    assert one(quotes, "Hospitality is not an optional extra,").speaker == "Aidan Bellerby"
    assert one(quotes, "A young specialist came to my office,").speaker == "Samuel Ochieng"
    assert one(quotes, "My grandfather dug copper,").speaker == "Linda Sorensen"


def test_a_bishop_after_a_phrase_that_ends_in_as(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Preaching at a service marking 30 years since the first ordinations of women as priests, "
        "the Bishop of Gilling, the Rt Revd Kwame Asante-Blair, said: ‘Thirty years ago, there "
        "were people in this cathedral who wept.’",
    )
    assert (
        one(quotes, "Thirty years ago, there were people in this cathedral who wept.").speaker
        == "Kwame Asante-Blair"
    )


def test_court_papers_and_a_briefing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to a criminal complaint filed Thursday by the U.S. Attorney's Office for the "
        "District of New Jersey, former state Sen. Vincent Darrow accepted $300,000 in gifts.",
        "Justice Minister Ronald Lamola told a media briefing in Pretoria: “I am not going to give "
        "you a date.”",
    )
    assert report_opening(quotes, "former state Sen. Vincent Darrow").speaker == (
        "U.S. Attorney's Office for the District of New Jersey"
    )
    assert [q.kind.value for q in quotes if "Lamola" in (q.speaker or "")] == ["direct"]


def test_round_53_bodies_offices_and_terms(make_article: Make) -> None:
    quotes = found(
        make_article,
        "COLOMBO: Sri Lanka Cricket said in a media release on Saturday that the tour would go "
        "ahead.",
        "MUMBAI: The Board of Control for Cricket in India (BCCI) said on Tuesday that the Duleep "
        "Trophy would return to its zonal format.",
        "DUBAI: The International Cricket Council has cleared off-spinner Saad Hameed to bowl.",
        "The governing body said the bowler’s action had been found to be legal.",
        "Executive Vice-President for Competition Aurélie Castaing said on Monday that the review "
        "would be complete by December.",
        "Tanzania’s Minister for Minerals Juma Kassim Mwinyi said the rules were final.",
        "Officials were paid through what became known inside the department as “Friday "
        "envelopes”.",
    )
    assert report_opening(quotes, "the tour would go ahead").speaker == "Sri Lanka Cricket"
    assert report_opening(quotes, "the Duleep Trophy would return").speaker == (
        "Board of Control for Cricket in India"
    )
    assert report_opening(quotes, "the bowler’s action").speaker == (
        "International Cricket Council"
    )
    assert report_opening(quotes, "the review would be complete").speaker == "Aurélie Castaing"
    assert report_opening(quotes, "the rules were final").speaker == "Juma Kassim Mwinyi"
    term = one(quotes, "Friday envelopes")
    assert (term.kind.value, term.speaker) == ("scare", None)


def test_a_department_spokesperson_whose_body_has_for_or_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We know waits are still too long,” a Department of Health and Social Care spokesperson "
        "said.",
        "A Department for Education spokesperson said: “Schools will get the money.”",
        "Campaign group Farmers for Fair Trade claimed the deal would let hormone beef in.",
        "A Department for Business and Trade spokesperson said: ‘Hormone-treated beef remains "
        "banned.’",
    )
    assert one(quotes, "We know waits are still too long,").speaker == (
        "Department of Health and Social Care"
    )
    assert one(quotes, "Schools will get the money.").speaker == "Department for Education"
    assert one(quotes, "Hormone-treated beef remains banned.").speaker == (
        "Department for Business and Trade"
    )


def test_figures_of_a_body_the_article_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to NHS England figures, just 58 per cent of patients were seen within four "
        "hours.",
        "Satellite data show fires in the state rose 40% in September.",
    )
    assert report_opening(quotes, "just 58 per cent of patients").speaker == "NHS England"
    assert report_opening(quotes, "fires in the state rose").speaker != "Satellite"

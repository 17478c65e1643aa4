"""Business pages and political profiles: roles beside firms' names, and pronouns in an article
about one person who keeps naming another."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.roles import role_key


def test_a_title_inside_a_firms_name_is_no_role() -> None:
    assert role_key("an analyst at Cardinal Securities") == "analyst"
    assert role_key("a doctor at Bishop Hospital") == "doctor"
    assert role_key("a former cardinal") == "cardinal"


def test_the_analyst_at_a_firm_named_like_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Isabel Moreau, a banking analyst at Cardinal Securities, has been one of the few bears "
        "on Europe's lenders this year.",
        "“Net interest income has peaked,” the analyst said.",
    )
    assert one(quotes, "Net interest income has peaked,").speaker == "Isabel Moreau"


def test_she_is_the_profiles_subject_not_the_man_she_talks_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Kelly Ashcombe has kept her distance from Gerald Voss all summer. Ashcombe said "
        "she would vote for Voss but she would not campaign with him.",
        "Asked about Voss on Tuesday, she said she was “not his spokesperson” and she had “a "
        "state to look after”.",
        "Ashcombe has clashed with Voss once directly, saying she was “appalled” by his remarks "
        "about Capt. Daniel Okoro, a soldier who died in 2011. For that she drew Voss's ire - he "
        "called her “weak” and said she had “zero support” at home.",
    )
    assert one(quotes, "not his spokesperson").speaker == "Kelly Ashcombe"
    assert one(quotes, "weak").speaker == "Gerald Voss"
    assert one(quotes, "zero support").speaker == "Gerald Voss"


def test_the_cfo_and_the_chief_executive_are_the_officers_so_described(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Quarry Semiconductors' chief financial officer, Elena Markovic, said supply would ease. "
        "Helix Corp's chief executive officer, Dana Whitlow, said sales rose.",
        "“We are still shipping everything we can make,” the CFO said.",
        "“We had a strong quarter,” the chief executive said.",
    )
    assert one(quotes, "We are still shipping everything we can make,").speaker == "Elena Markovic"
    assert one(quotes, "We had a strong quarter,").speaker == "Dana Whitlow"


def test_what_the_named_chief_executive_called_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sales rose 3 per cent, helped by what its chief executive, Amara Diallo, called “the "
        "first proper summer in three years”.",
        "Its founder, Ruth Pallister, called “the queen of retail” by her staff, retired in 2019.",
    )
    assert one(quotes, "the first proper summer in three years").speaker == "Amara Diallo"
    assert one(quotes, "the queen of retail").speaker is None


def test_a_named_source_with_an_aside_is_who_said_it_not_what(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sgt Paul Hendry, of Lowerby neighbourhood policing team, said the 78-year-old, Margaret "
        "Oyston, had followed the man for almost a quarter of a mile along Market Street.",
    )
    assert (
        one(
            quotes,
            "the 78-year-old, Margaret Oyston, had followed the man for almost a "
            "quarter of a mile along Market Street.",
        ).speaker
        == "Paul Hendry"
    )


def test_the_researcher_is_the_doctor_named_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The team's leader, Prof Iris Nakamura, said the work was a step towards replacement "
        "tissue. Her colleague Dr Ben Solway, who carried out most of the experiments, was more "
        "cautious.",
        "“We are years from anything you could put in a person,” the researcher said.",
    )
    years = one(quotes, "We are years from anything you could put in a person,")
    assert years.speaker == "Ben Solway"


def test_a_filing_by_the_company_is_the_companys(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chief executive of Kinetiq Systems, Aaron Feldman, received a pay package worth $46m "
        "last year, according to a filing by the company on Friday.",
    )
    assert [q.speaker for q in quotes] == ["Kinetiq Systems"]


def test_data_from_a_lender_classed_before_its_name_and_an_aside_after(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "House prices in the UK rose 0.4 per cent in March, according to data from the mortgage "
        "lender Crestway Building Society, the third monthly rise in a row.",
    )
    assert [q.speaker for q in quotes] == ["Crestway Building Society"]

"""Session forty-two, second round: the copy of round 25's blind suites (science desks, village
papers, planning rows, startup newsletters, the Central Asian press, northern and Indigenous
news): unnamed spokesmen, offices and roles that belong to one person of a pair, names in other
orthographies, kin of pairs the lists cannot sex, and documents written for a council."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_spokesman_after_a_spokesman_who_spoke_for_the_ministry(make_article: Make) -> None:
    quotes = found(
        make_article,
        "BAKU — The Ministry of Ecology and Natural Resources has banned sturgeon fishing for "
        "five more years, a spokesman told the state news agency on Tuesday.",
        "“The stocks have not recovered,” the spokesman said.",
    )
    speaker = one(quotes, "The stocks have not recovered,").speaker
    assert speaker == "Ministry of Ecology and Natural Resources"


def test_an_office_before_one_of_two_titled_names_is_not_the_seconds(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Environment Minister Karen Blondin-Smith and Chief Lorne Cazon met on Monday.",
        "Cazon said his community had not been consulted.",
        "“We held three meetings,” the minister said.",
    )
    assert one(quotes, "We held three meetings,").speaker == "Karen Blondin-Smith"


def test_names_with_combining_marks_and_turkic_patronyms(make_article: Make) -> None:
    quotes = found(
        make_article,
        "For Marie-Ange Kǫ̀ezǫ̀, the dam is no abstract question.",
        "“The river is our highway,” she said.",
        "NARYN — Begimai Asanbek kyzy was 19 when she opened a felt workshop.",
        "“My grandmother taught me the patterns,” Asanbek kyzy said.",
    )
    assert one(quotes, "The river is our highway,").speaker == "Marie-Ange Kǫ̀ezǫ̀"
    speaker = one(quotes, "My grandmother taught me the patterns,").speaker
    assert speaker == "Begimai Asanbek kyzy"


def test_dato_before_a_surname_alone_is_a_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "TBILISI — Dato Mchedlidze’s new feature will open the festival next week.",
        "“The road is the main character,” Mchedlidze said.",
    )
    assert one(quotes, "The road is the main character,").speaker == "Dato Mchedlidze"


def test_his_sister_of_siblings_whose_names_the_lists_do_not_sex(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Siblings Joanasie Nutaraaluk and Leetia Nutaraaluk have run the bannock sale for years.",
        "Joanasie handles the flour orders. He says the logistics are the hard part.",
        "“He has never stood over that oil for six hours,” his sister said.",
    )
    speaker = one(quotes, "He has never stood over that oil for six hours,").speaker
    assert speaker == "Leetia Nutaraaluk"


def test_roles_a_fund_a_chair_and_a_village_give(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vestkyst Capital closed its first fund. Its managing partner, Sunniva Holt, said the "
        "raise took eleven months.",
        "“Every meeting began with the same question,” the managing partner said.",
        "Patricia Lomax, who chairs the Greystone Residents’ Association, opposes the depot.",
        "“The depot,” the chairwoman said, “will run all night.”",
        "Churchwarden Mary Oldroyd said the roof was leaking again.",
    )
    assert one(quotes, "Every meeting began with the same question,").speaker == "Sunniva Holt"
    assert one(quotes, "will run all night.").speaker == "Patricia Lomax"
    assert report_opening(quotes, "the roof was leaking").speaker == "Mary Oldroyd"


def test_a_neighbour_placed_by_a_phrase_introduces_a_colon_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It was carnage,” said Stan Wilby of the allotment society.",
        "His neighbour on plot 14, Gwen Harrop, was more forgiving: “They were here first.”",
    )
    assert one(quotes, "They were here first.").speaker == "Gwen Harrop"


def test_the_younger_of_a_father_and_daughter_pair(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The images were processed by a father-and-daughter pair: Prof. Haruto Tanabe, who built "
        "the instrument, and Dr Yuki Tanabe, who led the analysis.",
        "“My father built this radar to look for ice,” said the younger Tanabe.",
    )
    assert one(quotes, "My father built this radar to look for ice,").speaker == "Yuki Tanabe"


def test_the_officers_report_speaks_for_the_council(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harlby City Council’s planning committee will consider plans to demolish the cinema.",
        "The officer’s report states that the interior has been so heavily altered that it no "
        "longer retains architectural interest.",
    )
    speaker = report_opening(quotes, "the interior has been").speaker
    assert speaker == "Harlby City Council"


def test_a_consortiums_statement_speaks_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Pacific Launch Consortium has postponed the maiden flight of its rocket to next "
        "year, according to a statement from the consortium.",
    )
    speaker = report_opening(quotes, "The Pacific Launch Consortium has postponed").speaker
    assert speaker == "Pacific Launch Consortium"


def test_who_accused_someone_of_quoted_words_is_the_accuser(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The remarks drew a reply from Senator Patricia Holm of the farm committee, who accused "
        "Senator Walt Brenneman of “voting against every border bill for a decade.”",
    )
    speaker = one(quotes, "voting against every border bill for a decade.").speaker
    assert speaker == "Patricia Holm"


def test_what_a_named_officer_called_a_quote_inside_a_bodys_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The charity Open Harbour has accused ministers of pursuing what its chief executive, "
        "Deborah Lusk, called a “hostile environment by stealth”.",
    )
    assert one(quotes, "hostile environment by stealth").speaker == "Deborah Lusk"


def test_in_the_view_of_a_tribunal_reports_its_view(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In the view of the Upper Tribunal, the appellant’s account was “internally consistent "
        "and plausible”, and the first judge had erred.",
    )
    assert one(quotes, "internally consistent and plausible").speaker == "Upper Tribunal"

"""More shapes from blind suites mix84 and mix85: a document's sender ("The memo, sent … by the
department's permanent secretary, Alan Fairbrother, says"), a survey's later findings ("The
survey of 1,200 firms … also found"), a state or county label for the person the paragraph
before opens with, an office someone was "sworn in as", "The secret to X, says Y, is …" and a
spokesman "dismissive when asked about …:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_memo_speaks_for_its_sender(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Staff at the Department for Work and Skills have been told to stop using messaging apps.",
        "The memo, sent on Monday by the department's permanent secretary, Alan Fairbrother, "
        "says that all work-related messages must be kept on government systems.",
        "The letter, signed by MPs from Ontario and Manitoba, says the program is a liability.",
    )
    assert report_opening(quotes, "all work-related messages").speaker == "Alan Fairbrother"
    assert report_opening(quotes, "the program is a liability").speaker != "Ontario"


def test_a_surveys_later_findings(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Almost a third of small businesses expect to cut staff this year, a survey by the "
        "Federation of Independent Traders has found.",
        "The survey of 1,200 firms, carried out in January, also found that energy costs had "
        "overtaken rent as the biggest single pressure on margins.",
    )
    finding = report_opening(quotes, "energy costs had overtaken rent")
    assert finding.speaker == "Federation of Independent Traders"


def test_a_county_label_for_the_paragraph_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Sen. Lyle Fairweather has represented the 14th District for 22 years.",
        "“I ran against that dam, and the dam lost,” the Maddox County Republican said last week.",
    )
    assert one(quotes, "I ran against that dam, and the dam lost,").speaker == "Lyle Fairweather"


def test_an_office_someone_was_sworn_in_as(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Delphine Carraway, 41, was sworn in as mayor of Southwick Falls in January after beating "
        "Howard Kline, who had held the job for 16 years.",
        "“I inherited a pothole with a town attached,” the first-term mayor said.",
    )
    text = "I inherited a pothole with a town attached,"
    assert one(quotes, text).speaker == "Delphine Carraway"


def test_a_clause_interrupted_by_says_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The secret to a good ragù, says Lorenzo Bassi, is time and a heavy pan you are not "
        "afraid to ruin.",
    )
    report = report_opening(quotes, "The secret to a good ragù")
    assert report.speaker == "Lorenzo Bassi"
    assert report.text.endswith("not afraid to ruin.")


def test_a_spokesman_dismissive_when_asked(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Foreign Ministry spokesman Wen Liqiang was dismissive when asked about video of the "
        'collision: "The footage has been edited."',
    )
    assert one(quotes, "The footage has been edited.").speaker == "Wen Liqiang"


def test_a_second_role_joined_by_and_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"That is the problem we are solving," said its co-founder and chief executive, Ms '
        "Natalie Chua.",
    )
    assert one(quotes, "That is the problem we are solving,").speaker == "Natalie Chua"

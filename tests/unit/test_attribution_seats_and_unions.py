"""Shapes found by blind probe suites mix82–mix85 (US local and statehouse copy; regional news
in eight countries; bodies and documents; features): a surname that is also a body's last word
("Mayor Theodore Banks"), a Virginia delegate's "Del.", a union's numbered branch, "X with the Y
Police Department says", a member for a seat ("Member for Bellbrook Brendan O’Hagan",
"Highlands and Islands MSP Callum Fraser"), "according to X, convener of Y, “…”", a
municipality as a body, "a bureau spokeswoman" and "“…,” as she put it"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_surname_that_ends_a_body_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The payments totaled more than $3 million.",
        "Mayor Theodore Banks said on Thursday that the city would hire an outside firm. Rep. "
        "Maxine Waters said the bill was cruel. The Crown Court said the case was adjourned.",
    )
    assert report_opening(quotes, "the city would hire").speaker == "Theodore Banks"
    assert report_opening(quotes, "the bill was cruel").speaker == "Maxine Waters"
    assert report_opening(quotes, "the case was adjourned").speaker == "Crown Court"


def test_a_delegates_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"This bill tells every small business that Richmond knows better," said Del. Carter '
        "Blaine, R-Fauquier, during floor debate Thursday.",
    )
    text = "This bill tells every small business that Richmond knows better,"
    assert one(quotes, text).speaker == "Carter Blaine"


def test_a_unions_numbered_branch(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Our members are done waiting,” the Amalgamated Transit Workers Local 1440 said in a "
        "statement.",
        "In a letter dated Oct. 3, Harborview Professional Firefighters Local 217 warned that "
        "response times had risen by nearly two minutes.",
    )
    assert one(quotes, "Our members are done waiting,").speaker == (
        "Amalgamated Transit Workers Local 1440"
    )
    warning = report_opening(quotes, "response times had risen")
    assert warning.speaker == "Harborview Professional Firefighters Local 217"


def test_an_officer_with_their_department(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sgt. Dana Kirby with the Millport Police Department says the driver who hit a boy on "
        "his bike on Tuesday stayed at the scene and is cooperating with investigators.",
    )
    assert report_opening(quotes, "the driver who hit a boy").speaker == "Dana Kirby"


def test_a_member_for_a_seat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Construction of the Bellbrook Valley bypass will begin in February.",
        "Member for Bellbrook Brendan O’Hagan said the road would take 3,000 trucks a day out "
        "of the main street.",
        "“The community has been crying out for this for 30 years,” Mr O’Hagan said.",
        "Highlands and Islands MSP Callum Fraser said the delay was “a slap in the face” for "
        "islanders.",
    )
    assert one(quotes, "The community has been crying out for this for 30 years,").speaker == (
        "Brendan O’Hagan"
    )
    assert one(quotes, "a slap in the face").speaker == "Callum Fraser"


def test_according_to_a_person_then_their_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Patients at the district hospital continue to be referred to the city.",
        "According to Lakshmi Narayanan, convener of the Velur Patients’ Rights Forum, “Not one "
        "of the 14 posts has been filled in three years.”",
    )
    text = "Not one of the 14 posts has been filled in three years."
    assert one(quotes, text).speaker == "Lakshmi Narayanan"


def test_a_municipality_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Residents of KwaNdlovu in the Umhlabeni Local Municipality have had no water for 11 days.",
        "According to the municipality, a burst pipeline had been repaired but reservoirs would "
        "take up to 72 hours to refill.",
    )
    report = report_opening(quotes, "a burst pipeline had been repaired")
    assert report.speaker == "Umhlabeni Local Municipality"


def test_a_spokeswoman_by_the_kind_of_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Federal Aviation Safety Bureau said Monday it was investigating.",
        '"The aircraft descended in a controlled manner," a bureau spokeswoman said.',
    )
    text = "The aircraft descended in a controlled manner,"
    assert one(quotes, text).speaker == "Federal Aviation Safety Bureau"


def test_as_she_put_it_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Winifred Acheson ran the Ferry Lane post office for 40 years.",
        "“I knew who was pregnant before their mothers did,” as she put it to a reporter on her "
        "last day.",
    )
    quote = one(quotes, "I knew who was pregnant before their mothers did,")
    assert quote.speaker == "Winifred Acheson"
    assert "“…,” as she put it" in quote.reason


def test_a_state_and_independent(make_article: Make) -> None:
    quotes = found(
        make_article,
        "WASHINGTON — Sen. Walker Abernathy, I-Vt., and Sen. Patricia Greeley, R-Okla., sparred "
        "Thursday over a spending request.",
        "“Don’t tell me there’s no money for heating,” the Vermont independent said.",
    )
    text = "Don’t tell me there’s no money for heating,"
    assert one(quotes, text).speaker == "Walker Abernathy"


def test_the_senator_representing_a_seat_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Also speaking, the Senator representing Ondo South, Olufemi Adesanya, said that state "
        "police was the only realistic answer to kidnapping.",
        "Winter air was the worst in the region, according to a study by researchers at the "
        "Institute of Environmental Health, Pune.",
    )
    report = report_opening(quotes, "state police was the only realistic answer")
    assert report.speaker == "Olufemi Adesanya"
    assert report_opening(quotes, "Winter air was the worst").speaker != "Pune"


def test_a_minister_of_state_for_a_field_after_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Older workers are a resource we have under-used," said Minister of State for Manpower '
        "Rachel Goh at a conference on Tuesday.",
    )
    assert one(quotes, "Older workers are a resource we have under-used,").speaker == "Rachel Goh"


def test_a_sport_or_trade_before_a_name_is_no_part_of_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Swimmer Gan Jia Hui won the 200m butterfly on Thursday night.",
        '"I just didn\'t want to see anyone next to me," said the 19-year-old.',
        "Abdirahman Yusuf Warsame, a district elder, said the wells were dry.",
    )
    assert one(quotes, "I just didn't want to see anyone next to me,").speaker == "Gan Jia Hui"
    assert report_opening(quotes, "the wells were dry").speaker == "Abdirahman Yusuf Warsame"

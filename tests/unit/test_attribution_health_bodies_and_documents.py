"""Shapes found by blind probe suites mix92–mix94 (North American local copy; British, Irish and
Antipodean papers): a place's possessive before an office ("Stormont’s Infrastructure Minister
X"), a player's position or class year ("Prop X", "the junior"), "Trooper First Class X", health
bodies ("NHS Loch Arden", "Waitaha Regional Health", not "District Health Officer X"), and
documents whose author stands beside them ("The X Authority's annual report, tabled …, warns",
"According to the lawsuit, filed in Y Court, …", "The report, ‘Title’, by the Z Trust, found")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_places_possessive_before_an_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Stormont’s Infrastructure Minister Ciarán Mallon has said the upgrade will wait.",
        "‘I am not going to promise a road I cannot pay for,’ the minister said.",
    )
    assert one(quotes, "I am not going to promise a road I cannot pay for,").speaker == (
        "Ciarán Mallon"
    )


def test_a_players_position_and_class_year(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prop Ross Baillie scored his first international try as Scotland beat Italy.",
        "“I have waited a long time for that,” the prop said.",
    )
    assert one(quotes, "I have waited a long time for that,").speaker == "Ross Baillie"
    quotes = found(
        make_article,
        "Brody Kastelic threw a two-hit shutout as Tamarack Falls beat Eastview 3-0.",
        "Coach Phil Drummond said the right-hander asked to stay in the game.",
        '"I was just trying not to overthink it," the junior said.',
    )
    assert one(quotes, "I was just trying not to overthink it,").speaker == "Brody Kastelic"


def test_a_rank_with_its_class(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Trooper First Class Angela Whitcomb said several drivers were stopped near crews.",
        '"You are gambling with someone else\'s life," Whitcomb said.',
    )
    assert one(quotes, "You are gambling with someone else's life,").speaker == "Angela Whitcomb"


def test_health_bodies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "NHS Loch Arden has confirmed that planned surgery will be postponed for a second week.",
        "A spokeswoman for the health board said that urgent operations would go ahead as normal.",
        "Waitaha Regional Health says it will not renew the contracts of 40 locum doctors.",
        "In a statement, the agency said that no clinic would close as a result of the change.",
    )
    assert report_opening(quotes, "urgent operations would go").speaker == "NHS Loch Arden"
    assert report_opening(quotes, "no clinic would close").speaker == "Waitaha Regional Health"


def test_a_health_office_is_no_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dengue cases have crossed 2,000 this season, according to the health department.",
        "District Health Officer Dr. Seema Kulkarni said fogging drives had been intensified.",
    )
    assert report_opening(quotes, "fogging drives had been").speaker == "Seema Kulkarni"
    assert all(q.speaker != "District Health" for q in quotes)


def test_a_bodys_own_report_with_an_aside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Households face steep increases in their water bills.",
        "The Murrundi Water Authority's annual report, tabled in state parliament on Tuesday, "
        "warns that household water bills would need to rise by around 12 per cent.",
    )
    report = report_opening(quotes, "household water bills would")
    assert report.speaker == "Murrundi Water Authority"


def test_documents_by_who_filed_or_wrote_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Attorney General Marcus Fielding sued Tessaro Appliances on Monday.",
        "According to the lawsuit, filed in Brixley County Superior Court, the company knowingly "
        "sold space heaters with faulty thermostats.",
        "The report, ‘Running on Empty’, by the Rural Transport Trust, found that some villages "
        "now had no evening service at all.",
        "The lawsuit, filed last week in Superior Court by the Marrow County Servers’ Union, "
        "alleges that the group withheld tips from more than 200 servers.",
    )
    assert report_opening(quotes, "the company knowingly sold").speaker == "Marcus Fielding"
    assert report_opening(quotes, "some villages now had").speaker == "Rural Transport Trust"
    union = "Marrow County Servers’ Union"
    assert report_opening(quotes, "the group withheld tips").speaker == union


def test_a_complaint_by_a_body_spelt_out_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Securities and Exchange Commission has accused Garnet Ridge Capital of misleading "
        "investors.",
        "According to the SEC's complaint, filed in federal court in Manhattan, the fund marked "
        "some loans at full value.",
    )
    report = report_opening(quotes, "the fund marked some loans")
    assert report.speaker == "Securities and Exchange Commission"


def test_a_review_of_several_words_by_its_issuer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A review has identified failings by social workers and police.",
        "A child safeguarding practice review published on Wednesday by the Teesmouth "
        "Safeguarding Children Partnership said that agencies had missed repeated opportunities.",
    )
    report = report_opening(quotes, "agencies had missed repeated")
    assert report.speaker == "Teesmouth Safeguarding Children Partnership"


def test_the_irish_police_by_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two men forced their way into the house, according to the Garda Síochána.",
    )
    assert report_opening(quotes, "Two men forced their way").speaker == "Garda Síochána"

"""Shapes found by blind probe suites mix57 (US and Canadian news) and mix58 (British,
Commonwealth, Nigerian, Kenyan, Indian, Pakistani and Malaysian styles): "the Minnesota
Democrat" and "the El Paso Democrat" with no party tag, a body's report named before its noun,
"the council member" and "the Collector" as roles, an office "for" or "of" a field or body with
the name in apposition after it, Malaysian titles, a manager named between an age and its
player, and a flanker named by position (not "Forward", a headline's word)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_state_and_party_with_no_tag_is_the_subject_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“This bill protects crop insurance,” said Rep. Dale Overbeck, R-Neb.",
        "Rep. Kirsten Fahlberg offered an amendment to restore disaster aid. “Farmers can’t "
        "plant on a promise,” the Minnesota Democrat said.",
    )
    assert one(quotes, "Farmers can’t plant on a promise,").speaker == "Kirsten Fahlberg"


def test_a_state_label_passes_over_someone_of_the_other_party(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Scanners catch fentanyl,” said Rep. Maribel Santos, D-Texas.",
        "Rep. Keith Ashdown, whose district runs along the river, disagreed. “It is our "
        "backyard,” the Texas Republican said.",
    )
    assert one(quotes, "It is our backyard,").speaker == "Keith Ashdown"


def test_a_town_and_party_is_the_subject_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State Sen. Lorena Bracamonte spoke against the bill for an hour. “This bill tells "
        "teachers we don’t trust them,” the El Paso Democrat said.",
    )
    assert one(quotes, "This bill tells teachers we don’t trust them,").speaker == (
        "Lorena Bracamonte"
    )


def test_a_bodys_report_named_before_its_noun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The two drivers had argued for several minutes, according to a Millbrook Police "
        "Department report obtained by the Courier.",
    )
    report = report_opening(quotes, "The two drivers had argued")
    assert report.speaker == "Millbrook Police Department"


def test_the_council_member_and_the_collector_are_roles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Council member Hannah Vo introduced a motion on Tuesday to halt the fencing.",
        "“We will not fix this with a fence,” the first-term council member said.",
        "District Collector Priyanka Venugopal ordered every water tanker to be registered.",
        "“Every tanker will carry GPS,” the Collector said.",
    )
    assert one(quotes, "We will not fix this with a fence,").speaker == "Hannah Vo"
    assert one(quotes, "Every tanker will carry GPS,").speaker == "Priyanka Venugopal"


def test_an_office_for_or_of_something_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Parties are not a waste,” the Commissioner for Finance, Mrs Kemi Adesanya-Lawal, said.",
        "The substation will add 60 megawatts to supply, the Managing Director of the Northern "
        "Grid Company, Engr Ibrahim Lawal Dutse, has said.",
        "Schools would cut teaching assistants if the award was not funded, the general "
        "secretary of the Secondary Heads Association, Paul Whiteley, warned.",
    )
    assert one(quotes, "Parties are not a waste,").speaker == "Kemi Adesanya-Lawal"
    assert report_opening(quotes, "The substation will add").speaker == "Ibrahim Lawal Dutse"
    assert report_opening(quotes, "Schools would cut").speaker == "Paul Whiteley"


def test_malaysian_titles_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Batik is not a costume,” said Datuk Rozita Kamaruzzaman.",
        "District police chief Asst Comm Goh Boon Keat said two men had been arrested.",
        "Former Works Minister Tan Sri Wong Kah Seng called for an audit of the bridge.",
    )
    assert one(quotes, "Batik is not a costume,").speaker == "Rozita Kamaruzzaman"
    assert report_opening(quotes, "two men had been arrested").speaker == "Goh Boon Keat"
    assert report_opening(quotes, "an audit of the bridge").speaker == "Wong Kah Seng"


def test_an_age_passes_over_the_manager_named_between(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lewis Kerr scored twice as Dunmuir Thistle beat Kilbride Rovers 3-1 on Saturday.",
        "Manager Gordon Tait said Kerr had ‘earned his place’ with his work in training.",
        "‘I’ve waited two years for a run like this,’ said the 24-year-old.",
    )
    assert one(quotes, "I’ve waited two years for a run like this,").speaker == "Lewis Kerr"


def test_a_position_before_a_name_but_not_forward(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Flanker Tomás Ruddock wrote on Instagram that he would stay at the club for two more "
        "seasons.",
    )
    assert report_opening(quotes, "he would stay").speaker == "Tomás Ruddock"
    headline = found(
        make_article,
        "Woman Steps Forward With Bombshell Claim About Senator",
        "On Sunday she said that the senator had called her. “He said, ‘Hi, this is Dan,’” "
        "she said.",
    )
    assert "Bombshell Claim" not in [q.speaker for q in headline]

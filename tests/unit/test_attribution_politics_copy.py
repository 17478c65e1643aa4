"""Politics copy (blind suites mix43 and mix122): a report by an office holder named with the
office, a speech used as the platform for a promise, a member "of Maryland" after a quoted
question, and "who chairs the committee" as the chairman."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.mentions import build_cast


def test_a_report_by_an_officer_named_after_a_long_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report released Tuesday by Conflict of Interest and Ethics Commissioner Yvonne "
        "Desrosiers found that former minister Patrick Lalonde contravened the act.",
    )
    found_that = one(quotes, "former minister Patrick Lalonde contravened the act.")
    assert found_that.speaker == "Yvonne Desrosiers"


def test_a_speech_used_to_promise_something_quoted(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chancellor, Miriam Osei-Bonsu, used her Mansion House speech to promise a ‘bonfire "
        "of red tape’ for pension funds. The City minister, Edward Lyle, later told reporters the "
        "reforms would come ‘before the summer’.",
    )
    assert one(quotes, "bonfire of red tape").speaker == "Miriam Osei-Bonsu"
    assert one(quotes, "before the summer").speaker == "Edward Lyle"


def test_the_interviewee_is_the_premier_not_the_paper_she_sat_down_with(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Saskatchewan Premier Darcy Holmgren sat down with the Prairie Courant ahead of the fall "
        "sitting. The interview has been condensed.",
        "Q: Your health minister said ER closures would end by spring. Do you stand by that?",
        "A: I stand by the goal. But I'm not going to promise people something I can't see yet.",
    )
    answer = one(
        quotes,
        "I stand by the goal. But I'm not going to promise people something I can't see yet.",
    )
    assert answer.speaker == "Darcy Holmgren"


def test_a_department_named_for_a_list_of_fields() -> None:
    cast = build_cast(
        "A spokesperson for the Department for Environment, Food and Rural Affairs said no. The "
        "Department of Health, Jane Smith and Tom Brown all declined to comment.",
        {},
    )
    kinds = {name: entity.kind for name, entity in cast.entities.items()}
    assert kinds["Department for Environment, Food and Rural Affairs"] == "organisation"
    assert kinds["Jane Smith"] == "person"


def test_a_senators_report_after_after_with_a_party_tag(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A bitter exchange broke out at the hearing after Sen. Roderick Vance, R-S.C., accused "
        "the Pentagon of hiding the true cost of the fighter program from Congress.",
    )
    assert [q.speaker for q in quotes] == ["Roderick Vance"]


def test_a_question_quoted_then_a_member_of_a_state_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "‘If the chairman is so confident, why won’t he let it come to the floor under an open "
        "rule?’ Rep. Clementine Achebe-Ward of Maryland said on Tuesday, hours before the Rules "
        "Committee met.",
    )
    asked = one(
        quotes,
        "If the chairman is so confident, why won’t he let it come to the floor under an "
        "open rule?",
    )
    assert asked.speaker == "Clementine Achebe-Ward"
    assert not any(q.text.startswith("hours before") for q in quotes)


def test_who_chairs_the_committee_is_the_chairman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sen. Marcellus Overbeck, who chairs the Banking Committee, has argued that Sen. Winslow "
        "Tremaine’s proposal would cut off access to credit.",
        "“I’ve read it twice. It’s a press release with a bill number on it,” the chairman said.",
    )
    said = one(quotes, "I’ve read it twice. It’s a press release with a bill number on it,")
    assert said.speaker == "Marcellus Overbeck"

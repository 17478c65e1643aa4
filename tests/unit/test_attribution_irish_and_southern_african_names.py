"""Irish, Scottish and Southern African copy (blind suites mix113-mix115): an Irish surname's
mutation and article ("Ó hAodha", "Mac an Bhaird"), "the Minister of State" for the minister of
state named before, "According to X, chairwoman of …, “…”", "the Competition and Markets
Regulator", "That was the stark estimate on Monday from X", "That is the reality for X", "As the
taxi council's deputy chairperson, X, put it", "Gogo" and "Engineer" as titles, and an owner's
possessive in an "according to" phrase."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_irish_surname_with_its_mutation_or_article(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Minister for Housing, Ruán Ó hAodha, said the ruling sent a clear message.",
        "Corner-forward Tiarnán Mac an Bhaird scored twice in the final.",
        "“That's the last time I'll wear this jersey,” Mac an Bhaird said.",
    )
    assert report_opening(quotes, "the ruling sent a clear").speaker == "Ruán Ó hAodha"
    said = one(quotes, "That's the last time I'll wear this jersey,")
    assert said.speaker == "Tiarnán Mac an Bhaird"


def test_the_minister_of_state_is_the_one_named_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Minister of State for Older People, Aoife Brannigan, announced €30 million on Monday.",
        "Advocacy groups said the money was welcome.",
        "“Home support is the key that unlocks the hospital bed,” the Minister of State said.",
    )
    said = one(quotes, "Home support is the key that unlocks the hospital bed,")
    assert said.speaker == "Aoife Brannigan"


def test_according_to_a_name_and_a_bare_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        'According to Úna Ní Bhraonáin, chairwoman of the farm families committee, "Nobody '
        'cares more about clean water than we do."',
        "According to Maeve Quinn, inflation rose sharply in the spring.",
    )
    said = one(quotes, "Nobody cares more about clean water than we do.")
    assert said.speaker == "Úna Ní Bhraonáin"
    assert not any(q.text.startswith("chairwoman") for q in quotes)
    assert report_opening(quotes, "inflation rose sharply").speaker == "Maeve Quinn"


def test_a_regulator_is_a_body_and_its_report_is_its_own(make_article: Make) -> None:
    quotes = found(
        make_article,
        'The Competition and Markets Regulator said the fine was "a clear warning to any '
        'company" that broke the rules.',
        "Energy bills rose 14 per cent last year, according to the Energy Retail Authority's "
        "annual market report.",
    )
    assert one(quotes, "a clear warning to any company").speaker == (
        "Competition and Markets Regulator"
    )
    assert report_opening(quotes, "Energy bills rose").speaker == "Energy Retail Authority"


def test_the_sentence_after_names_whose_estimate_or_reality_it_was(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are burning money in the dark.” That was the stark estimate on Monday from Phindile "
        "Mazibuko, chief economist at Ubuntu Capital.",
        "“I have applied everywhere.” That is the reality for Thabiso Moloi, 23, from Sebokeng.",
    )
    assert one(quotes, "We are burning money in the dark.").speaker == "Phindile Mazibuko"
    assert one(quotes, "I have applied everywhere.").speaker == "Thabiso Moloi"


def test_as_a_councils_officer_put_it_and_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As the taxi council's deputy chairperson, Simphiwe Dlomo, put it at a rally: “When a "
        "taxi carries one extra child, it is a crime.”",
        "Gogo Thulisile Mbatha, 81, queued for water. “We wait all day,” Mbatha said.",
    )
    said = one(quotes, "When a taxi carries one extra child, it is a crime.")
    assert said.speaker == "Simphiwe Dlomo"
    assert one(quotes, "We wait all day,").speaker == "Thulisile Mbatha"


def test_fijian_chiefly_titles_and_an_office_of_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ratu Epeli Vatunisolo told the meeting that the district's boat owners would not strike.",
        "Adi Litiana Rokoduru said the plan was “an insult to the people of Tiri”.",
        "Assistant Commissioner of Police Yolande Tomlinson-Hall said 40 officers would be "
        "deployed to the shelters.",
    )
    assert report_opening(quotes, "the district's boat owners").speaker == "Epeli Vatunisolo"
    assert one(quotes, "an insult to the people of Tiri").speaker == "Litiana Rokoduru"
    report = report_opening(quotes, "40 officers would be deployed")
    assert report.speaker == "Yolande Tomlinson-Hall"


def test_a_report_by_a_place_based_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At least 4,300 civilians have died in the eastern provinces this year, according to a "
        "report by the London-based Conflict Casualty Project.",
    )
    report = report_opening(quotes, "At least 4,300 civilians")
    assert report.speaker == "Conflict Casualty Project"


def test_dutch_and_danish_names_and_offices(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rikke Dam, an engineer with the Coastal Authority, spent Tuesday at the barrier with "
        "two technicians, Morten Bach and Thomas Lund.",
        "She said the test had revealed a fault in the backup generator.",
        'Alderman for education Kees Hoogendijk said: "A school with 23 pupils cannot give '
        'children what they need."',
        "“The children ask me every day,” Principal Hoffmeister told the paper.",
    )
    assert report_opening(quotes, "the test had revealed a fault").speaker == "Rikke Dam"
    said = one(quotes, "A school with 23 pupils cannot give children what they need.")
    assert said.speaker == "Kees Hoogendijk"
    assert one(quotes, "The children ask me every day,").speaker == "Hoffmeister"

"""Shapes found by blind probe suite mix61 (who speaks across paragraphs): a feature's subject
called by a trade or position the article never gave them, an opening "The principal of a …"
called "the principal" again, a colon lead-in after a role's, an age's, a title's or a kin
word's possessive, an age given as "now 71", French and possessive surnames, and brothers whose
first names the name lists do not know."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_subject_of_a_profile_by_an_undescribed_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Rev Alison Marwick has led the parish of St Cuthbert’s for twelve years.",
        "Churchwarden Dennis Pole said the roof needed £400,000 of work.",
        "The vicar said she would keep visiting the housebound for as long as they wanted.",
    )
    report = report_opening(quotes, "she would keep visiting the housebound")
    assert report.speaker == "Alison Marwick"


def test_a_coach_named_first_is_the_coach(make_article: Make) -> None:
    quotes = found(
        make_article,
        "After 31 years, Walt Brezinski coached his final game at Pine Hollow High on Friday.",
        "Athletic director Janet Moody presented him with the game ball.",
        "“These kids deserve the credit,” the coach said.",
    )
    assert one(quotes, "These kids deserve the credit,").speaker == "Walt Brezinski"


def test_an_official_named_first_is_no_later_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Residents of Riverside have had no water for three weeks.",
        "Ward councillor Thandeka Mokoena said she had written to the city four times.",
        "Retired miner Jabulani Zulu, 71, queues at a tanker every morning.",
        "“At my age, this is how I spend my mornings,” the pensioner said.",
    )
    assert one(quotes, "At my age, this is how I spend my mornings,").speaker != (
        "Thandeka Mokoena"
    )


def test_an_opening_role_of_an_unnamed_body_is_named_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The principal of a Soweto high school with a 96% pass rate says the result was built "
        "on Saturday classes.",
        "Sello Mabuza has led Ikageng Secondary for eleven years.",
        "“The children work harder than I do,” the principal said.",
    )
    assert one(quotes, "The children work harder than I do,").speaker == "Sello Mabuza"


def test_a_roles_answer_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Headteacher Martin Crowe has been asked the same question all summer.",
        "Parent governor Lisa Hurd said families felt left in the dark.",
        "The headteacher’s answer is always the same: ‘We are open in September.’",
    )
    assert one(quotes, "We are open in September.").speaker == "Martin Crowe"


def test_an_ages_explanation_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Every Sunday for 50 years, Edna Porteous, 81, has walked to the bandstand.",
        "The conductor, Ian Fell, says she has never missed a week.",
        "The 81-year-old’s explanation is simple: ‘I married the drummer.’",
    )
    assert one(quotes, "I married the drummer.").speaker == "Edna Porteous"


def test_a_mothers_message_is_the_parent_named_with_her_child(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Karen Lodge's daughter Mia was four when doctors found the tumour.",
        "Her consultant, Dr Rhys Owen, has described her recovery as remarkable.",
        "Her mother's message to other parents is simple: ‘Keep asking until someone listens.’",
    )
    assert one(quotes, "Keep asking until someone listens.").speaker == "Karen Lodge"


def test_an_age_given_as_now(make_article: Make) -> None:
    quotes = found(
        make_article,
        "When Declan Furey, now 68, opened his shop in 1980, a haircut cost two pounds.",
        "His daughter, Niamh, who runs the shop with him, said it had raised her.",
        "“People think the job is cutting hair,” the 68-year-old told me.",
    )
    assert one(quotes, "People think the job is cutting hair,").speaker == "Declan Furey"


def test_an_elided_french_article_in_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Captain Gilles d'Entremont, who fishes out of Pubnico, said prices had fallen.",
        "His daughter, Chantal, said the family had already spent $9,000 on bait and fuel.",
    )
    report = report_opening(quotes, "the family had already spent")
    assert report.speaker == "Chantal d'Entremont"


def test_a_possessive_surname_before_the_thing_of_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Trainer Margaret Lusk’s Thornfield won the Gold Cup by four lengths on Saturday.",
        "Jockey Owen Hale said the horse had jumped beautifully.",
        "Lusk said that she had almost retired the horse last spring after a tendon injury.",
    )
    report = report_opening(quotes, "she had almost retired the horse")
    assert report.speaker == "Margaret Lusk"


def test_brothers_whose_first_names_the_lists_do_not_know(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brothers Obinna and Chukwudi Eze opened their bakery in Peckham in 2020.",
        "Obinna, 36, the elder, handles the ovens.",
        "‘The bread sells the bread,’ Obinna told me.",
    )
    assert one(quotes, "The bread sells the bread,").speaker == "Obinna Eze"


def test_a_players_position_before_the_name_is_called_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kilmore Hawks ruckman Toby Grace has been cleared to play in the grand final.",
        "Hawks coach Dale Fenwick said the club had shown video of the incident.",
        "“I was sitting outside that room for two hours,” the ruckman said.",
    )
    assert one(quotes, "I was sitting outside that room for two hours,").speaker == "Toby Grace"


def test_a_players_position_with_a_city_names_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Remy Gagnon remembers the night he thought his career was over.",
        "“I heard something pop in my shoulder,” the Regina defenceman said.",
    )
    assert one(quotes, "I heard something pop in my shoulder,").speaker == "Remy Gagnon"


def test_a_role_in_ant_before_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Congregant Mary Dube, a retired nurse, told the court: “I gave him my savings.”",
    )
    assert one(quotes, "I gave him my savings.").speaker == "Mary Dube"


def test_her_as_an_object_is_no_vote_for_the_man_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gwen Tasker joined the surf club in 1969.",
        "Club captain Jarrod Blyth, 34, calls her “the boss” and says half the patrol learned "
        "to swim at the club.",
        "“I did forty-one rescues before I retired,” she told me.",
    )
    assert one(quotes, "I did forty-one rescues before I retired,").speaker == "Gwen Tasker"

"""East Asian and Eastern European copy (blind suites mix128-mix129): "Coach Park" of head coach
Park Seung-ho beside archer Park Min-ji; "Astronaut Ryota Shimazu"; "Secretary for Financial
Services and the Treasury Edmund Lok Ho-yin"; a role with four lower-case words before the name
("the deputy head of the state road agency, Rashad Nuriyev, said"); a report whose first part
opens with a phrase ("With the new space, the shelter could …, she said, but …")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_coachs_title_tells_him_from_the_archer_of_his_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Archer Park Min-ji won gold on Sunday. She is trained by head coach Park Seung-ho.",
        '"She has the calmest heartbeat I have ever measured," Coach Park said.',
    )
    said = one(quotes, "She has the calmest heartbeat I have ever measured,")
    assert said.speaker == "Park Seung-ho"


def test_an_astronaut_and_a_secretary_of_two_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Astronaut Ryota Shimazu spoke from orbit on Monday.",
        '"Japan looks very small from up here," Shimazu said in a video message.',
        "Secretary for Financial Services and the Treasury Edmund Lok Ho-yin told the "
        "Legislative Council that the government would issue HK$30 billion of green bonds.",
    )
    assert one(quotes, "Japan looks very small from up here,").speaker == "Ryota Shimazu"
    bonds = report_opening(quotes, "the government would issue")
    assert bonds.speaker == "Edmund Lok Ho-yin"


def test_a_long_role_before_the_name_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Azerbaijan opened a new section of highway on Friday.",
        '"The new road will cut the journey from nine hours to five," the deputy head of the '
        "state road agency, Rashad Nuriyev, said in a statement.",
    )
    road = one(quotes, "The new road will cut the journey from nine hours to five,")
    assert road.speaker == "Rashad Nuriyev"


def test_a_report_whose_first_part_opens_with_a_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Its founder, Svitlana Horodnycha, showed visitors the new enclosures. With the new "
        "space, the shelter could take in 40 more animals before the winter, she said, but food "
        "costs had tripled.",
    )
    report = report_opening(quotes, "With the new space, the shelter could take in 40 more")
    assert report.speaker == "Svitlana Horodnycha"


def test_southeast_asia_is_no_one_a_pronoun_may_mean(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Growers want faster shipping, said Lai Chun-hung, head of the Neipu Farmers' "
        "Association, after a shipment to Southeast Asia spoiled in port last month.",
        "Deputy Director-General Su Mei-ling said the ministry would subsidise containers.",
        '"A good fruit that rots on the dock earns nobody anything," he said.',
    )
    assert one(quotes, "A good fruit that rots on the dock earns nobody anything,").speaker == (
        "Lai Chun-hung"
    )


def test_a_colon_ending_the_paragraph_before_after_a_joined_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "About 3,800 students crowded into the sports hall on Monday, and the university's "
        "president, Professor Dennis Tang Wai-kit, had a blunt message for them:",
        '"Your degree alone will not protect you from artificial intelligence."',
    )
    degree = one(quotes, "Your degree alone will not protect you from artificial intelligence.")
    assert degree.speaker == "Dennis Tang Wai-kit"


def test_a_body_before_and_is_no_one_sharing_his_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Felix Arantes of the research collective Openfield and Julian Mbeki-Sørensen of the "
        "start-up Tessellate Labs have come out on opposite sides of a licensing change.",
        'Mbeki-Sørensen sees it differently. "Someone has to pay for the compute," he said.',
        "Clearpath Learning has signed contracts with 40 districts, its chief executive, Daniel "
        "Oyelowo-Grant, said. He said that teachers had been the hardest group to win over.",
    )
    compute = one(quotes, "Someone has to pay for the compute,")
    assert compute.speaker == "Julian Mbeki-Sørensen"
    teachers = report_opening(quotes, "teachers had been the hardest group")
    assert teachers.speaker == "Daniel Oyelowo-Grant"

"""Copy from the seventh set of blind suites: Thai, Indonesian and campus styles before names,
"Sr. Comr." as a rank, a dean of a field, the head of a body whose first word is a place, "the
71-year-old widow" who is no man, a person "of consultancy X", and documents and events of a
body named with its initials in brackets, and a feature that names the one it quoted in the
next sentence ("the Tipperary man said. Joe Hogan farms …")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_thai_indonesian_and_buddhist_styles_are_no_part_of_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The rice price has collapsed,” said Khun Somsak Thongkham.",
        "“My fares are down by half,” Pak Harun Lubis says.",
        "The abbot, Phra Somboon Kittiyano, said the temple had cooperated fully with police.",
        "After the vote, Regent Harold Baptiste told reporters that the increase was small.",
    )
    assert one(quotes, "The rice price has collapsed,").speaker == "Somsak Thongkham"
    assert one(quotes, "My fares are down by half,").speaker == "Harun Lubis"
    assert report_opening(quotes, "the temple had").speaker == "Somboon Kittiyano"
    assert report_opening(quotes, "the increase was small").speaker == "Harold Baptiste"


def test_an_indonesian_police_rank_with_stops(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The suspect had already thrown the phone into the river,” said Jakarta Police spokesman "
        "Sr. Comr. Bagus Wiratmaja.",
    )
    quote = one(quotes, "The suspect had already thrown the phone into the river,")
    assert quote.speaker == "Bagus Wiratmaja"


def test_a_dean_of_a_field_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dean of Admissions Howard Lisle predicted that the incoming class would be the largest "
        "in the university's history.",
    )
    assert report_opening(quotes, "the incoming class").speaker == "Howard Lisle"


def test_the_head_of_a_body_whose_name_opens_with_a_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We have found the bodies of three civilians,” said the head of the Kharkiv regional "
        "prosecutor's office, Serhiy Babchuk, in a statement on Saturday.",
    )
    assert one(quotes, "We have found the bodies of three civilians,").speaker == "Serhiy Babchuk"


def test_the_widow_of_an_age_is_the_woman_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "After her husband died in March, Peggy Lowther was told by friends to sell the farm.",
        "Instead, she kept the flock of 350 ewes, with help from her grandson, Ben.",
        "‘I’m not ready to sit by the fire yet,’ the 71-year-old widow said.",
    )
    assert one(quotes, "I’m not ready to sit by the fire yet,").speaker == "Peggy Lowther"


def test_a_person_of_a_trade_and_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jonah Pettifer of consultancy Seabright Analytics said scrapping of older tonnage would "
        "absorb some of the surplus.",
    )
    assert report_opening(quotes, "scrapping of older").speaker == "Jonah Pettifer"


def test_a_bulletin_and_a_directive_of_bodies_with_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The bulletin from the Air Accidents Investigation Commission (AAIC) said ice crystals "
        "had blocked the pitot probes.",
        "Operators must inspect the brackets within 50 flight cycles, according to an "
        "airworthiness directive issued on Friday by the Civil Aviation Safety Directorate (CASD).",
    )
    bulletin = report_opening(quotes, "ice crystals had")
    assert bulletin.speaker == "Air Accidents Investigation Commission"
    directive = report_opening(quotes, "Operators must inspect")
    assert directive.speaker == "Civil Aviation Safety Directorate"


def test_told_a_bodys_workshop_after_the_claim(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Fatigue among cabin crew is under-reported because staff fear being taken off rosters, "
        "Dr Lucia Ferrante, a sleep researcher at Westmoor University, told a Civil Aviation "
        "Safety Directorate (CASD) workshop.",
    )
    assert report_opening(quotes, "Fatigue among cabin crew").speaker == "Lucia Ferrante"


def test_a_feature_names_the_one_it_described_in_the_next_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Farmers in north Tipperary face another year of uncertainty after flooding.",
        "“We cut nothing on the callows this year, not one bale,” the Tipperary man said. Joe "
        "Hogan farms 120 acres along the river at Terryglass.",
        "“It is worse every year,” the Kerry woman said. Mary Dunne says the council will act.",
    )
    assert one(quotes, "We cut nothing on the callows this year, not one bale,").speaker == (
        "Joe Hogan"
    )
    assert one(quotes, "It is worse every year,").speaker != "Mary Dunne"  # she reports


def test_a_source_kept_unnamed_is_not_the_next_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A senior LJM leader, who did not wish to be named, said the margin was thin. “We cannot "
        "take this as a clean sweep,” the leader said.",
        "Hemant Raghuvanshi expects to be sworn in on Friday.",
    )
    assert one(quotes, "We cannot take this as a clean sweep,").speaker is None

"""Trade-press, Hong Kong, Singapore and Latin American copy (blind suites mix174-175): Korean given
names before a surname that names places too ("Park"), businesses ending "Events" or "Optical", a
role before a name and its studio, "was careful to …:", "the Paris house" for a fashion house,
"Hong Kong" as a place, "Senior Minister of State for X", "was dismissed as “…” by", "The warning
came on Tuesday from", four-word Spanish names by their first surname, and a lede's "A medical
journal" that is no person."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_korean_given_name_before_park_and_a_brand_named_optical(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ji-woo Park has been named chief executive of the eyewear brand Hanul Optical, the "
        "first outsider to run it.",
        "In her first interview, she said the brand would open shops in Milan and Madrid.",
    )
    assert report_opening(quotes, "the brand would open shops").speaker == "Ji-woo Park"


def test_a_business_named_events_is_no_woman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Camille Roussel, the founder of tournament organiser Northlight Events, has spent a "
        "year lobbying publishers.",
        "At a panel alongside Gareth Pryce of rival organiser Ember Cup, she said small events "
        "were losing money every weekend.",
    )
    assert report_opening(quotes, "small events were losing money").speaker == ("Camille Roussel")


def test_a_role_before_the_name_and_the_studio_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lead designer Henrik Solvang of the Oslo studio Fjellmark said on Tuesday that the "
        'patch would be "the biggest change since launch," with new maps.',
    )
    assert one(quotes, "the biggest change since launch,").speaker == "Henrik Solvang"


def test_was_careful_to_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputy Governor Adaeze Okonkwo announced the pilot on Monday.",
        "Speaking at a conference, Okonkwo was careful to separate the pilot from retail "
        'banking: "Nobody\'s savings are going anywhere."',
    )
    assert one(quotes, "Nobody's savings are going anywhere.").speaker == "Adaeze Okonkwo"


def test_the_paris_house_is_the_maison_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maison Verlaine said on Monday that its creative director would leave in December.",
        "In a statement, the Paris house said that a successor would be named in the spring.",
    )
    assert report_opening(quotes, "a successor would be named").speaker == "Maison Verlaine"


def test_hong_kong_is_a_place_not_the_man_he_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hong Kong sprinter Wong Ka-chun won silver in the 200 metres on Sunday. His coach, "
        "Stella Lam Mei-ling, said the result had been years in the making.",
        '"I did not look at the clock once," he said.',
    )
    assert one(quotes, "I did not look at the clock once,").speaker == "Wong Ka-chun"


def test_said_senior_minister_of_state_for_a_field_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'No worker will be sent home untreated,' said Senior Minister of State for Manpower "
        "Zulkifli Osman in Parliament on Monday.",
    )
    assert one(quotes, "No worker will be sent home untreated,").speaker == "Zulkifli Osman"


def test_dismissed_as_by_a_council_member(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The voluntary code was dismissed on Monday as “all talk and no teeth” by Legislative "
        "Council member Winnie Ho Siu-ling.",
    )
    assert one(quotes, "all talk and no teeth").speaker == "Winnie Ho Siu-ling"


def test_the_warning_came_on_a_day_from(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If prices stay this low, half the small farms will close.” The warning came on "
        "Monday from Rodrigo Andrés Quintero Salas, head of a growers' federation.",
    )
    quote = one(quotes, "If prices stay this low, half the small farms will close.")
    assert quote.speaker == "Rodrigo Andrés Quintero Salas"


def test_a_four_word_spanish_name_by_its_first_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Union leader Francisco Javier Medina Torres said the offer was far too low.",
        '"We will stay out as long as it takes," Medina said at a rally.',
    )
    assert one(quotes, "We will stay out as long as it takes,").speaker == (
        "Francisco Javier Medina Torres"
    )


def test_a_ledes_medical_journal_is_no_person_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A medical journal has corrected a study on a sleep supplement after two authors were "
        "found to have been paid by its maker.",
        "“We expect authors to tell us who pays them,” Min-seo Kang, editor of the Pacific "
        "Journal of Sleep Research, said in an email. The journal said it was reviewing its "
        "rules.",
    )
    assert report_opening(quotes, "it was reviewing its rules").speaker == "Pacific Journal"

"""A member "representing" a constituency as "the lawmaker", a name's possessive written with a
bare apostrophe ("Bethany Coles’ fairytale run"), a convenor before a name, and "they" of someone
the article says uses they/them pronouns."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_the_member_representing_a_constituency_is_the_lawmaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The member representing Ikeja II Constituency in the Lagos State House of Assembly, Hon. "
        "Temitope Alabi-Adeyemi, has moved a motion for the rehabilitation of the bus terminal.",
        "Moving the motion on Tuesday, the lawmaker said: “This terminal is a disgrace.”",
        "The Majority Leader, Hon. Rasaq Olawale Bamgbose, seconded the motion.",
    )
    assert one(quotes, "This terminal is a disgrace.").speaker == "Temitope Alabi-Adeyemi"


def test_a_possessive_with_a_bare_apostrophe_keeps_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bethany Coles’ fairytale run ended in the semi-finals as she was beaten 6-3, 6-4 by "
        "defending champion Ana Petrović.",
        "“She played like a champion today,” said Coles.",
    )
    assert one(quotes, "She played like a champion today,").speaker == "Bethany Coles"


def test_a_convenor_before_the_subjects_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Executive Council convenor Bernadette Tam Lau Siu-ping has defended the government's "
        "handling of the ticketing chaos, saying officials had acted “within hours, not days.”",
    )
    assert one(quotes, "within hours, not days.").speaker == "Bernadette Tam Lau Siu-ping"


def test_they_of_someone_the_article_says_uses_they(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The mural on the old freezing works wall was painted over by contractors on Monday.",
        "Artist Rua Taiaroa, who uses they/them pronouns, said they had permission from the "
        "owner. “I spent six weeks on that wall,” they said.",
        "Council spokesman Barry Ngata said the council was investigating.",
    )
    assert one(quotes, "I spent six weeks on that wall,").speaker == "Rua Taiaroa"

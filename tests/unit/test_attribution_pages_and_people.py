"""Quotes as scraped pages and live blogs present them, and who is who among several people
(blind suites mix38 and mix39, 2026-12-03)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.mentions import build_cast


def test_an_unclosed_quote_ends_before_an_inverted_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“This is not a protest against the school, said Deborah Fenn, a parent. “It is a "
        "protest for our children.”",
    )
    assert one(quotes, "This is not a protest against the school,").speaker == "Deborah Fenn"
    assert one(quotes, "It is a protest for our children.").speaker == "Deborah Fenn"


def test_said_the_title_for_a_field_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The contractors have been paid in full,” said the state Commissioner for Works, "
        "Babatunde Adeyemi.",
    )
    assert one(quotes, "The contractors have been paid in full,").speaker == "Babatunde Adeyemi"


def test_a_live_blogs_time_stamps_are_no_part_of_a_lead(make_article: Make) -> None:
    quotes = found(
        make_article,
        "18:47 Shadow chancellor Imogen Platt has responded to the statement.",
        "18:52 She writes: “This is a budget for the few.”",
        "11.58pm Nowak, speaking to supporters, says: “This was a victory for every street.”",
    )
    assert one(quotes, "This is a budget for the few.").speaker == "Imogen Platt"
    assert one(quotes, "This was a victory for every street.").speaker == "Nowak"


def test_a_message_signed_on_the_next_line(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Pellham Motors confirmed the closure of its plant in a message to staff. It read in part:",
        "“This was the hardest decision of my career.”",
        "Gareth Pellham, chief executive",
        "Tributes poured in after the club confirmed the death of its former captain.",
        "“Fly high, skip. The best captain I ever played under.”",
        "— Joel Ainsworth (@jainsworth9), March 4",
    )
    assert one(quotes, "This was the hardest decision of my career.").speaker == "Gareth Pellham"
    assert one(quotes, "Fly high, skip. The best captain I ever played under.").speaker == (
        "Joel Ainsworth"
    )


def test_a_pronoun_after_an_opening_phrase_without_a_comma(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kezia Morland told the crowd it would be the band's last show for two years.",
        "Before the encore she said simply: “Thank you for ten years.”",
    )
    assert one(quotes, "Thank you for ten years.").speaker == "Kezia Morland"


def test_madam_is_a_title_and_a_surname_first_name_is_found(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Hawker Tan Hui Min has sold chicken rice at the food centre for 18 years.",
        "Madam Tan said the rent for her stall had doubled since 2020.",
    )
    assert reports[-1][1] == "Tan Hui Min"


def test_the_all_rounder_is_the_one_introduced_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Northumbria Vipers won the regional final on Sunday.",
        "It was all-rounder Robin Ashby who finished the match, hitting 38 off 19 balls.",
        "‘I just told myself to swing hard,’ the all-rounder said.",
    )
    assert one(quotes, "I just told myself to swing hard,").speaker == "Robin Ashby"


def test_a_womens_side_and_a_primary_school_are_no_women() -> None:
    cast = build_cast(
        "Sam Pritchard, who had led Holme Fen Primary since 2019, will step down. Harrowgate "
        "Ladies reached their first cup final on Sunday.",
        {},
    )
    assert cast.entities["Holme Fen Primary"].kind == "organisation"
    assert cast.entities["Harrowgate Ladies"].kind == "organisation"


def test_a_primary_school_is_the_school_and_never_the_club(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Elmsford Town were beaten 2-0 on Saturday, watched by pupils from Holme Fen Primary.",
        "“We were the better side,” the club said.",
        "In a letter to parents, the school said it was “deeply grateful” for the visit.",
    )
    assert one(quotes, "We were the better side,").speaker == "Elmsford Town"
    assert one(quotes, "deeply grateful").speaker == "Holme Fen Primary"


def test_a_possessive_agreeing_with_the_subject_is_the_subjects(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harrowgate Ladies reached their first cup final on Sunday.",
        "Manager Paul Ashdown hauled off striker Morgan Tait just before the hour, with his side "
        "a goal down and Tait struggling with a knock to her ankle. “I could have gone on,” she "
        "said afterwards.",
    )
    assert one(quotes, "I could have gone on,").speaker == "Morgan Tait"


def test_forecasters_at_a_body_report(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Forecasters at the Lake Basin Weather Service warned on Monday that the long rains "
        "could arrive three weeks late.",
    )
    assert reports and "Lake Basin Weather Service" in (reports[0][1] or "")


def test_the_engineer_is_the_one_described_as_an_engineer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Daniel Park, a microbiologist at Tufts University, and Dr. Helen Park, a chemical "
        "engineer at Boston College, spent six years studying hospital drains.",
        "“People assume we are married,” the engineer said.",
    )
    assert one(quotes, "People assume we are married,").speaker == "Helen Park"


def test_the_grandmother_is_the_woman_whose_grandson_was_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hinemoa Parata set off at 6.10am with her grandson, Tane Parata, 24, and his partner, "
        "Jess Ruawai.",
        "“My knees were telling me things I won't repeat,” the grandmother said.",
    )
    quote = one(quotes, "My knees were telling me things I won't repeat,")
    assert quote.speaker == "Hinemoa Parata"
    assert "grandchildren" in quote.reason


def test_warned_that_opens_what_was_said(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Kim Oberholtzer runs the snowmaking crews at Granite Peak.",
        "Oberholtzer warned that water rights limited how much snow the resort could make.",
    )
    assert ("water rights limited how much snow the resort could make.", "Kim Oberholtzer") in (
        reports
    )


def test_the_age_of_the_ledes_unnamed_subject_is_the_person_named_next(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "An 80-year-old retiree has become the oldest person to graduate from the polytechnic.",
        "Madam Tan Ah Moi completed a diploma after three years of part-time study. Her "
        "classmate, 19-year-old Nur Aisyah Rahman, helped her with the assignments.",
        "“Now I can even do PowerPoint,” said the 80-year-old, laughing.",
    )
    assert one(quotes, "Now I can even do PowerPoint,").speaker == "Tan Ah Moi"


def test_according_to_a_tagged_senator_whose_state(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A proposal to sell the helium reserve is “dead on arrival” in the Senate, according to "
        "Sen. Maureen Laskey, R-Kan., whose state is home to much of the reserve.",
    )
    assert one(quotes, "dead on arrival").speaker == "Maureen Laskey"


def test_the_elder_brother_is_the_one_whose_younger_brother_was_named(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Craig McLeish, 36, uses a wheelchair. His younger brother, Ryan McLeish, 31, built most "
        "of the wall's frame himself.",
        "Ryan said the project had cost more than £80,000.",
        "The elder brother was emphatic: “This is where I find out what I can do.”",
    )
    assert one(quotes, "This is where I find out what I can do.").speaker == "Craig McLeish"

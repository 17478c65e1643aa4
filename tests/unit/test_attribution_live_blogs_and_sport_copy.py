"""Sports reports and scraped live blogs (blind suite mix181): "Decathlete X", "Here's Durnford
coach X on that collapse:", a photo credit left in a paragraph before "Kolarov said:", a caption's
"celebrates after …" that reports nothing, "Advertisement She said:", and "The Dundry boss has been
speaking to the press:"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_decathlete_is_named_without_the_event(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Decathlete Oskar Brandvold finished fourth with a strapped ankle, 40 points short of "
        "the bronze that went to Jérôme Lacasse.",
        '"Ten events, two days, and I am still standing," Brandvold said.',
    )
    assert one(quotes, "Ten events, two days, and I am still standing,").speaker == (
        "Oskar Brandvold"
    )


def test_heres_a_clubs_coach_on_the_collapse(make_article: Make) -> None:
    quotes = found(
        make_article,
        "18:40 Here's Durnford coach Ian Pettigrew on that collapse: \"We lost seven for 30 "
        'and you cannot do that at this level." Share',
    )
    quote = one(quotes, "We lost seven for 30 and you cannot do that at this level.")
    assert quote.speaker == "Ian Pettigrew"


def test_a_photo_credit_before_the_cue_in_a_scraped_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ferrisbank boss Nadia Kolarov praised her goalkeeper after the shootout. Ferrisbank's "
        "Lena Hollis celebrates after saving the decisive penalty (Image: Pitchside Pictures) "
        'Kolarov said: "Lena has been patient all season."',
    )
    assert one(quotes, "Lena has been patient all season.").speaker == "Nadia Kolarov"


def test_a_caption_that_celebrates_reports_nothing(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Ferrisbank's Lena Hollis celebrates after saving the decisive penalty on Sunday.",
    )
    assert reports == []


def test_advertisement_before_she_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "19:42 Ines Moravec, fourth in the 1500m final, has been speaking to reporters. "
        "Advertisement She said: “Nobody wanted to lead, so we jogged.”",
    )
    assert one(quotes, "Nobody wanted to lead, so we jogged.").speaker == "Ines Moravec"


def test_a_clubs_boss_has_been_speaking_to_the_press(make_article: Make) -> None:
    quotes = found(
        make_article,
        "17:02 FT: A miserable afternoon for Dundry boss Pauline Everett, whose side have lost "
        "five in a row.",
        '17:20 The Dundry boss has been speaking to the press: "I am not going to hide."',
    )
    assert one(quotes, "I am not going to hide.").speaker == "Pauline Everett"

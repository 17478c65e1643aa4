"""Caribbean, Australian regional and magazine-profile copy: "said Negril Chamber of Commerce
president X", "Aunty X" … "The elder said", "said the Member for Mount Harlow, X, "…"", "she
confesses that", and profiles that name an opening quote's speaker afterwards ("That is how X
begins …", "The composer X offers this", "The architect who said that … was X")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_chamber_of_commerce_president_named_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If we lose the beach, there is nothing to sell,” said Negril Chamber of Commerce "
        "president Hortensia Dwyer-Plunkett.",
    )
    assert one(quotes, "If we lose the beach, there is nothing to sell,").speaker == (
        "Hortensia Dwyer-Plunkett"
    )


def test_an_office_of_a_field_is_no_chamber(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Illegal mining is our biggest challenge," said Chief Conservator of Forests Ashok Rai '
        "Tiwari.",
    )
    assert one(quotes, "Illegal mining is our biggest challenge,").speaker == "Ashok Rai Tiwari"


def test_the_elder_is_the_aunty_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Aunty Doreen Kilby has spent 30 years teaching language classes at Bulla Creek.",
        "The elder said losing the program would be 'like taking the voice out of the "
        "children's mouths'.",
    )
    assert one(quotes, "like taking the voice out of the children's mouths").speaker == (
        "Doreen Kilby"
    )


def test_the_member_for_a_seat_then_the_name_inside_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"We have a dam at 14 per cent," said the Member for Mount Harlow, Jarrod Pyke, "and the '
        'government wants to sell new licences."',
    )
    assert one(quotes, "and the government wants to sell new licences.").speaker == "Jarrod Pyke"


def test_she_confesses_that(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lucinda Forsyth-Amadi has won every prize in crime fiction, but she confesses that she "
        "cannot read her own books once they are published.",
    )
    assert report_opening(quotes, "she cannot read").speaker == "Lucinda Forsyth-Amadi"


def test_that_is_how_someone_begins(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The first thing they teach you in a circus is how to fall.”",
        "That is how Valentina Orsay-Brandt, the founder of the Kesteven Circus School, begins "
        "her first class with every new intake.",
    )
    assert one(quotes, "The first thing they teach you in a circus is how to fall.").speaker == (
        "Valentina Orsay-Brandt"
    )


def test_a_composer_offers_this(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"You don\'t write a symphony. You survive one." The composer Radomir Hallam-Vest offers '
        "this in the tone of someone asked too often.",
    )
    assert one(quotes, "You don't write a symphony. You survive one.").speaker == (
        "Radomir Hallam-Vest"
    )


def test_the_one_who_said_that_was_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Every house I have designed has been a letter to someone who will never read it."',
        "The architect who said that, in a lecture in 2009, was Ingrid Solberg-Mbatha, and she is "
        "slightly embarrassed to hear it.",
    )
    quote = one(
        quotes, "Every house I have designed has been a letter to someone who will never read it."
    )
    assert quote.speaker == "Ingrid Solberg-Mbatha"


def test_was_how_a_role_in_apposition_to_a_name_described_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Completely unacceptable" was how the chair of Linford\'s health scrutiny panel, '
        "Councillor Maxine Trelawny, described a decision to close the unit overnight.",
    )
    assert one(quotes, "Completely unacceptable").speaker == "Maxine Trelawny"

"""Canadian regional, arts, schools, New Zealand and US political copy (blind suites mix176-177,
mix179-180): "Const." and "Cpl." before a name and "the corporal" after it, a name with a letter
outside ASCII after an abbreviation, a seat before a member's letters ("Algonquin Shores MPP X"),
"according to Kelso Valley MLA X", "As the school's special educational needs coordinator, X, put
it:", a name and its role before "… and told the crowd:", "Te Rūnanga o …" (a Māori council), a
party-state tag after "according to", "said the Senate's top Republican, Sen. X of Tennessee",
and "the freshman congressman" named in apposition in the next paragraph."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import Article, Paragraph, ParagraphKind
from reader.core.segment import split_sentences


def test_said_const_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"They got out with their dog and nothing else," said Const. Marcel Dufresne-Leblanc '
        "of the Pinecrest RCMP.",
    )
    assert one(quotes, "They got out with their dog and nothing else,").speaker == (
        "Marcel Dufresne-Leblanc"
    )


def test_an_abbreviation_before_a_name_with_an_accent_ends_no_sentence() -> None:
    text = "According to Const. Raphaël Okimaw of the RCMP, the hunter carried a beacon."
    article = Article("t", text, [Paragraph(0, ParagraphKind.BODY, 0, len(text))])
    assert [s.text for s in split_sentences(article)] == [text]


def test_according_to_a_constable_whose_name_has_an_accent(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to Const. Raphaël Okimaw of the Stony Rapids RCMP, the missing hunter had "
        "been carrying a satellite beacon.",
    )
    assert report_opening(quotes, "the missing hunter had been carrying").speaker == (
        "Raphaël Okimaw"
    )


def test_the_corporal_is_the_one_named_with_cpl(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sgt. Leonie Paquette, the detachment commander, said officers used a farmer's boat. "
        "Cpl. Anders Vikstrom, who steered it, said both were cold.",
        '"You see the water rising and think you have time," the corporal said.',
    )
    quote = one(quotes, "You see the water rising and think you have time,")
    assert quote.speaker == "Anders Vikstrom"


def test_a_seat_before_a_members_letters_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Opposition's health critic, Algonquin Shores MPP Desmond Hale, called the plan "
        '"a shell game with hospital beds" on Thursday.',
    )
    assert one(quotes, "a shell game with hospital beds").speaker == "Desmond Hale"


def test_according_to_a_seat_and_its_member(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"We have had three fatal collisions at that corner," according to Kelso Valley MLA '
        "Brendan Fairweather-Lum, who wants traffic lights there.",
    )
    quote = one(quotes, "We have had three fatal collisions at that corner,")
    assert quote.speaker == "Brendan Fairweather-Lum"


def test_as_a_role_of_four_words_then_the_name_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As the school's special educational needs coordinator, Hannah Bregovic, put it: "
        '"A dog never corrects your pronunciation."',
    )
    assert one(quotes, "A dog never corrects your pronunciation.").speaker == "Hannah Bregovic"


def test_a_name_and_its_role_then_and_told_the_crowd(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tanya Morrow-Quist, president of the Redfield Education Association, climbed onto a "
        "pickup truck and told the crowd: “We are not asking for the moon.”",
    )
    assert one(quotes, "We are not asking for the moon.").speaker == "Tanya Morrow-Quist"


def test_te_runanga_is_a_council_not_a_man_he_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hemi Tawhiri led the iwi's case at the hearing. Te Rūnanga o Waikōwhai has objected "
        "to the quarry.",
        '"We were never asked," he said.',
    )
    assert one(quotes, "We were never asked,").speaker == "Hemi Tawhiri"


def test_according_to_a_member_with_a_party_state_tag(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The committee will subpoena prison records next week, according to Rep. Nadia Ferrante "
        "(D-N.Y.).",
    )
    assert report_opening(quotes, "The committee will subpoena").speaker == "Nadia Ferrante"


def test_said_a_role_then_a_titled_name_of_a_state(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will not hold the military hostage,” said the Senate's top Republican, Sen. "
        "Barnaby Whitlatch of Tennessee, on Sunday.",
    )
    assert one(quotes, "We will not hold the military hostage,").speaker == "Barnaby Whitlatch"


def test_the_role_named_in_apposition_in_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I came to balance a budget,” the freshman congressman said Sunday, defending his vote.",
        "The congressman, Rep. Cassius Winterbottom, was one of 41 House Republicans to vote "
        "against the bill.",
    )
    assert one(quotes, "I came to balance a budget,").speaker == "Cassius Winterbottom"


def test_who_said_after_a_member_with_a_party_state_tag(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The committee will subpoena prison records next week, according to Rep. Nadia Ferrante "
        "(D-N.Y.), who said the bureau had ignored three requests for documents.",
    )
    assert report_opening(quotes, "the bureau had ignored three").speaker == "Nadia Ferrante"


def test_which_said_after_a_statement_from_the_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Senate Ethics Committee has closed its inquiry without taking action, according "
        "to a statement from the committee, which said it had found no evidence of wrongdoing.",
    )
    assert report_opening(quotes, "it had found no evidence").speaker == "Senate Ethics Committee"

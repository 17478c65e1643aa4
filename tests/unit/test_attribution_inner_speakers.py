"""Quotes inside someone's quote, introduced in the outer speaker's own voice: "He told me this
morning: ‘…’", "My coach told me before the race, ‘…’", "Someone told me yesterday, ‘…’"."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_he_is_the_one_other_man_named_near_the_outer_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harbour Rovers manager Tomasz Wierzbicki said striker Kwame Asante-Berg would miss the "
        "cup tie with a calf strain.",
        "“Kwame is frustrated. He told me this morning: ‘Gaffer, I can run through it.’ I said "
        "no,” Wierzbicki said.",
    )
    assert one(quotes, "Gaffer, I can run through it.").speaker == "Kwame Asante-Berg"
    outer = one(
        quotes,
        "Kwame is frustrated. He told me this morning: ‘Gaffer, I can run through it.’ I said no,",
    )
    assert outer.speaker == "Tomasz Wierzbicki"


def test_she_can_be_named_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Delia Marchbank said her daughter rang her from the bus station an hour before the "
        "flood reached the town.",
        "“She said, ‘Mum, the bridge is already under water,’ and then the line went dead,” "
        "Marchbank said. Her daughter, Isla Marchbank, 17, was found safe the next morning.",
    )
    assert one(quotes, "Mum, the bridge is already under water,").speaker == "Isla Marchbank"


def test_a_relative_or_a_coach_is_the_one_the_article_names_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sprinter Leona Achterberg-Vos, whose coach is the former hurdler Pieter Okafor-Lind, "
        "set a national record in Lausanne.",
        "“My coach told me on the start line, ‘Forget the clock, just run your race,’ and I "
        "did,” the 23-year-old said.",
        "Her grandfather, the late Marten Achterberg, ran for the same club in the 1960s. “My "
        "grandfather always said, ‘The track does not care who you are,’” she said.",
    )
    assert one(quotes, "Forget the clock, just run your race,").speaker == "Pieter Okafor-Lind"
    assert one(quotes, "The track does not care who you are,").speaker == "Marten Achterberg"


def test_the_boss_is_the_manager_and_the_director_the_one_named_beside(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Lindow Harriers defender Callum Ostrowski said manager Gareth Penhaligon had calmed him "
        "after his sending-off.",
        "“The boss just said to me, ‘Take the lesson and move on,’ and that was that,” "
        "Ostrowski said.",
        "Sen. Paloma Reyes Ibarra said she would report the director of the state water board, "
        "Octavio Lugo Paredes, to prosecutors. “The director said on the radio, ‘Towns that "
        "vote wrong get the water last,’ and that is a crime,” Reyes said.",
    )
    assert one(quotes, "Take the lesson and move on,").speaker == "Gareth Penhaligon"
    assert one(quotes, "Towns that vote wrong get the water last,").speaker == (
        "Octavio Lugo Paredes"
    )


def test_someone_the_article_does_not_name_speaks_for_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Grainne Costello, who has driven the 41 route for 22 years, said the depot was told "
        "of the closure in a five-minute meeting.",
        "“A supervisor came in and said, ‘It is happening whether you like it or not.’ That "
        "was the consultation,” Costello said.",
        "“Someone told me last week, ‘You will all be redeployed,’ and nobody has been,” she "
        "added.",
        "“He pointed at the rota and said, ‘Nobody here is safe, not one of you,’” she said.",
    )
    for words in (
        "It is happening whether you like it or not.",
        "You will all be redeployed,",
        "Nobody here is safe, not one of you,",
    ):
        inner = one(quotes, words)
        assert inner.speaker is None, words
        assert "does not name" in inner.reason


def test_two_men_near_leave_he_to_the_outer_rules(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coach Ruben Aldana said he spoke with both Marco Ibsen and Pavel Drozd before the final.",
        "“He said, ‘I am ready to play the whole match,’ and I believed him,” Aldana said.",
    )
    holding = [q for q in quotes if "ready to play the whole match" in q.text]
    assert [q.speaker for q in holding] == ["Ruben Aldana"]


def test_he_is_the_official_the_speaker_says_they_spoke_with(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The mayor of Puerto Azul said the city’s shelters were full.",
        "“I spoke with the governor last night and he told me, ‘You will have the money by "
        "Friday,’ and I believe him,” Mayor Rubén Ocampo Lira said.",
        "Governor Esteban Márquez Solís had promised federal funds on Thursday.",
    )
    assert one(quotes, "You will have the money by Friday,").speaker == "Esteban Márquez Solís"

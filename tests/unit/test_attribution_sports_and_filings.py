"""A country's possessive before a name ("Kazakhstan’s Anastasia Pirogova") and its demonym
("the Kenyan said"), "said the winner", "The Stallions' star receiver, DeShawn Mills, posted:",
"its treasurer, Osagie Balogun, was blunt:", a party tag after a surname, "calling the measure
“…”", and documents whose author is named with them ("brought by special counsel …", "found in
a report")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_countrys_possessive_and_its_demonym(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Spain’s Carla Montalbán beat the defending champion, Kazakhstan’s Anastasia Pirogova, "
        "6-4, 3-6, 7-5 to reach the final.",
        "Pirogova saved four match points. “I stopped thinking and just hit the ball,” said the "
        "Spaniard.",
        "Kenya’s Daniel Kiprono won the men’s race. “I felt good from the start,” the Kenyan said.",
    )
    assert one(quotes, "I stopped thinking and just hit the ball,").speaker == "Carla Montalbán"
    assert one(quotes, "I felt good from the start,").speaker == "Daniel Kiprono"


def test_said_the_winner(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marco Ferrante took his first victory of the season, holding off his team-mate Luca "
        "Ferrante by 0.8 seconds.",
        "“Luca was quicker at the end and I knew it,” said the winner.",
    )
    assert one(quotes, "Luca was quicker at the end and I knew it,").speaker == "Marco Ferrante"


def test_a_teams_player_in_apposition_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Stallions’ star receiver, DeShawn Mills, posted on X late Tuesday: “Not happy. Time "
        "for a change.”",
    )
    assert one(quotes, "Not happy. Time for a change.").speaker == "DeShawn Mills"


def test_a_manner_of_speaking_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Asked whether the bank would return to the bond market, its treasurer, Osagie Balogun, "
        "was blunt: “Not unless we have to.”",
    )
    assert one(quotes, "Not unless we have to.").speaker == "Osagie Balogun"


def test_a_party_tag_after_a_surname(make_article: Make) -> None:
    got = reported(
        make_article,
        "House Speaker Roland Teague met his caucus on Wednesday.",
        "Teague, R-Ohio, told reporters that he had the votes he needed for the bill.",
    )
    assert ("he had the votes he needed for the bill.", "Roland Teague") in got


def test_calling_the_measure_something_quoted(make_article: Make) -> None:
    quotes = found(
        make_article,
        "CARSON CITY, Nev. — Gov. Lorna Vick of Nevada on Monday vetoed a bill that would have "
        "required state agencies to publish source code, calling the measure “well-intentioned "
        "but unworkable.”",
    )
    assert one(quotes, "well-intentioned but unworkable.").speaker == "Lorna Vick"


def test_documents_whose_author_is_named_with_them(make_article: Make) -> None:
    got = reported(
        make_article,
        "The indictment, brought by special counsel Martin Greaves, alleges that the aide "
        "accepted $48,000 in cash and travel.",
        "The Air Force paid a contractor $9 million for parts that were never delivered, the "
        "inspector general, Lorraine Keck, found in a report released Friday.",
        "According to the report, officials approved the payments without checking the parts.",
    )
    assert ("the aide accepted $48,000 in cash and travel.", "Martin Greaves") in got
    assert (
        "officials approved the payments without checking the parts.",
        "Lorraine Keck",
    ) in got

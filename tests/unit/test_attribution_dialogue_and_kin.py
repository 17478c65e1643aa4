"""Conversations and relatives: "his son cut in", the turns of an exchange, "her lawyer said",
"Rennard’s father said"; a role means someone already met; terms and titles named as such."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind

FATHER_AND_SON = (
    "Walter Pendry kept the light for twenty-six years. Their son, Colin Pendry, grew up on "
    "the island.",
    "“We had the wireless, we had each other,” Pendry said.",
    "“You had the light,” his son cut in. “Mum had the wireless.”",
    "“I know what she wrote.”",
    "“Then you know she was lonely.”",
    "“She was busy. That is not the same thing.”",
    "Colin shrugged and went out to the car.",
)


def test_his_son_cut_in_names_the_son(make_article: Make) -> None:
    quotes = found(make_article, *FATHER_AND_SON)
    assert one(quotes, "You had the light,").speaker == "Colin Pendry"
    assert one(quotes, "Mum had the wireless.").speaker == "Colin Pendry"


def test_after_a_reply_the_short_uncued_lines_take_turns(make_article: Make) -> None:
    quotes = found(make_article, *FATHER_AND_SON)
    assert [one(quotes, text.strip("“”")).speaker for text in FATHER_AND_SON[3:6]] == [
        "Walter Pendry",
        "Colin Pendry",
        "Walter Pendry",
    ]
    assert "exchange" in one(quotes, "I know what she wrote.").reason


def test_a_paragraph_after_an_ordinary_quote_still_continues_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will appeal,” said Dana Okafor, the union's lawyer.",
        "“It is a disgrace,” said Ravi Tandon, a resident.",
        "“We have lived here forty years.”",
    )
    assert one(quotes, "We have lived here forty years.").speaker == "Ravi Tandon"


def test_her_lawyer_and_a_named_persons_father_are_relatives_and_roles(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Tiago Rennard has said nothing. His father, Paulo Rennard, a former goalkeeper, has "
        "been less discreet.",
        "“He was happy there,” Rennard’s father said.",
        "Ines Duarte, 34, was charged on Monday. Her lawyer, Sam Whitlock, called the case weak.",
        "“There is no evidence at all,” her lawyer said.",
    )
    assert one(quotes, "He was happy there,").speaker == "Paulo Rennard"
    assert one(quotes, "There is no evidence at all,").speaker == "Sam Whitlock"


def test_a_role_does_not_mean_someone_introduced_only_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Walter Pendry, 91, lives in a bungalow above the harbour.",
        "“She wrote everything down,” the old keeper said.",
        "Ivor Penhallow, 72, who was assistant keeper until the station closed, took me across.",
    )
    assert one(quotes, "She wrote everything down,").speaker != "Ivor Penhallow"


def test_known_as_and_under_the_title_are_not_anyones_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The commission's report found that the practice known as “boarding” had become routine "
        "on the wards.",
        "The museum will publish the diaries under the title “A Year on the Island,” with the "
        "keeper's blessing, Agnes Moult said.",
    )
    boarding = one(quotes, "boarding")
    title = one(quotes, "A Year on the Island,")
    assert (boarding.kind, boarding.speaker) == (QuoteKind.SCARE, None)
    assert (title.kind, title.speaker) == (QuoteKind.TITLE, None)


def test_a_firth_is_a_place_not_the_last_man_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Walter Pendry kept the light at the mouth of the Hallam Firth for twenty-six years.",
        "“It was never lonely,” he said.",
    )
    assert one(quotes, "It was never lonely,").speaker == "Walter Pendry"


def test_a_name_inside_a_quote_takes_no_gender_from_the_cue_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Carys Penhallow, the assistant coach, said she had seen the tackle from the bench. "
        "‘It was a foul and everyone could see it,’ she said.",
        "Tomasz “Tommy” Brzezinski scored the winner in the first half.",
        "Their captain, Jodie Ashworth, scored twice and stayed on to watch.",
        "‘We were singing our heads off for Tommy and then that happened,’ she said.",
    )
    sung = one(quotes, "We were singing our heads off for Tommy and then that happened,")
    assert sung.speaker == "Jodie Ashworth"


def test_he_asked_is_who_pressed_the_question_and_he_replied_who_was_pressed(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "“We will grow faster than the market,” said Gregory Lanfear, the chief executive. "
        "“That is our plan,” he said.",
        "“Margins are my worry,” said Theo Marchetti, an analyst at Halvering Securities. "
        "“They always are,” he said.",
        "Later on the call, Marchetti pressed Lanfear on pricing. “If a customer wants to pay "
        "half, what do you do?” he asked.",
        "“We listen, and then we show them what it saved,” he replied.",
    )
    assert one(quotes, "If a customer wants to pay half, what do you do?").speaker == (
        "Theo Marchetti"
    )
    assert one(quotes, "We listen, and then we show them what it saved,").speaker == (
        "Gregory Lanfear"
    )


def test_asked_by_someone_she_said_is_not_the_one_who_asked(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chief financial officer Nadia Osterhout said costs would rise. She said the plan was "
        "sound.",
        "“Where is the money going?” said Renata Szabo, an analyst. “Nobody knows,” she said.",
        "Osterhout was more guarded. Asked by Szabo when the company would report the figures, "
        "she said the company would “revisit disclosure” next year.",
    )
    assert one(quotes, "revisit disclosure").speaker == "Nadia Osterhout"

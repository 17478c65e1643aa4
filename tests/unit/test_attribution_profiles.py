"""Profiles and features: a British single quote closing right after a nested double one, a
sentence ending in a colon that introduces the next paragraph's words, a quote running over
paragraphs whose speaker is named after its end, and the name a person is known by."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_single_quote_closes_after_a_nested_double_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'My father always said, \"Never bake angry,\"' laughs Orla Brennan, whose bakery in "
        "Kinsale opens at five. 'He was wrong about that.'",
    )
    assert one(quotes, 'My father always said, "Never bake angry,"').speaker == "Orla Brennan"
    assert one(quotes, "He was wrong about that.").speaker == "Orla Brennan"


def test_a_sentence_ending_in_a_colon_introduces_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maura Keyes, 81, was ten when the mill at Ashby Bridge flooded. "
        "She remembers it this way:",
        "“The water came under the door first. My brother carried the cat up the stairs.",
        "“By morning the whole lane was a river, and nobody said a word.”",
    )
    assert one(
        quotes, "By morning the whole lane was a river, and nobody said a word."
    ).speaker == ("Maura Keyes")


def test_a_quote_over_paragraphs_named_after_its_end(make_article: Make) -> None:
    first = "We rehearsed in coats all winter because the heating had gone. Nobody complained."
    quotes = found(
        make_article,
        f"“{first}",
        "“When the notice came, half of us had already found other work.”",
        "That was Perpetua Vance, the company's wardrobe mistress since 2004, looking back on "
        "the last season of the Harwick Playhouse.",
    )
    assert one(quotes, first).speaker == "Perpetua Vance"
    assert one(
        quotes, "When the notice came, half of us had already found other work."
    ).speaker == ("Perpetua Vance")


def test_a_report_after_a_reopened_quote_is_not_its_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will find every family,” Governor Amelia Corcoran said on Sunday. “Nobody waits.",
        "“To those who hid the supplies: we know who you are.”",
        "Public Works Director Tobias Quill said 14 crews were on the roads.",
    )
    assert one(quotes, "To those who hid the supplies: we know who you are.").speaker == (
        "Amelia Corcoran"
    )


def test_the_name_a_person_is_known_by(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Theodore Aske, 8, known to everyone at Linfield Primary as Teddy, keeps a list of every "
        "train that passes the school. His friend, Ravi, keeps the times.",
        "“The freight ones are the best because they are the longest,” Teddy said.",
        "Margaret Olusanya, 44, would like you to call her Peggy.",
        "“I stopped answering to Margaret in 1998,” Peggy says.",
    )
    assert one(quotes, "The freight ones are the best because they are the longest,").speaker == (
        "Theodore Aske"
    )
    assert one(quotes, "I stopped answering to Margaret in 1998,").speaker == "Margaret Olusanya"


def test_an_academy_speaks_and_an_events_name_is_no_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Whitlock Academy of Music said on Friday that its prize would no longer be split by "
        "gender.",
        "Pupils from Harrowby Primary School sang at the County Schools Gala on Tuesday.",
        "“We could not be prouder of our choir,” the school wrote on Facebook.",
    )
    assert one(quotes, "its prize would no longer be split by gender.").speaker == (
        "Whitlock Academy of Music"
    )
    assert one(quotes, "We could not be prouder of our choir,").speaker == "Harrowby Primary School"


def test_an_object_pronoun_after_a_verb_group_is_not_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Mei-Lin Haworth, known in Oxley simply as Dr H, has been the village GP for 24 "
        "years. One of them, Walter Prentice, 91, has been coming to see her since her first "
        "month.",
        "“Half of what walks through that door is loneliness,” she said.",
    )
    assert one(quotes, "Half of what walks through that door is loneliness,").speaker == (
        "Mei-Lin Haworth"
    )


def test_sport_and_obituary_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Trainer Niamh Corbett, who keeps six horses at Kilbride, described the mare as “the "
        "best I have had”.",
        "Tomas Varga and his player, Ines Roth, split last month. He told the Daily Sentinel "
        "the split was friendly.",
        "“She knows what she needs now,” he said.",
        "“He'd be up at five every morning,” said his wife of 40 years, Ruth.",
        "Besides Ruth Delaney, he is survived by two sons.",
        "“Nobody in this room is thinking about relegation.”",
        "That was the blunt message from Declan Foyle, the Corran Athletic manager, on Friday.",
    )
    assert one(quotes, "the best I have had").speaker == "Niamh Corbett"
    assert one(quotes, "She knows what she needs now,").speaker == "Tomas Varga"
    assert one(quotes, "He'd be up at five every morning,").speaker == "Ruth Delaney"
    assert one(quotes, "Nobody in this room is thinking about relegation.").speaker == (
        "Declan Foyle"
    )


def test_a_club_named_by_its_initials_is_the_club(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tributes have been paid to a Co Sligo teenager who died in a crash on Sunday.",
        "Liam Brennan, 17, played for Drumcliff AFC's minor side. The club posted on Facebook: "
        "“Liam was the loudest voice in our dressing room and the first to training.”",
    )
    quote = "Liam was the loudest voice in our dressing room and the first to training."
    assert one(quotes, quote).speaker == "Drumcliff AFC"


def test_the_younger_and_the_elder_of_two_who_share_a_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Anselmo Ibarra opened the tannery in Leon in 1968. His son, Mateo Ibarra, has run it "
        "since 2012.",
        "“My father would have kept it forever,” the younger Ibarra said.",
        "Gwen Tolley, 74, and her granddaughter, Ivy Tolley, 20, share the stage this summer.",
        "“I tell her she rushes her lines,” the elder Tolley said.",
    )
    assert one(quotes, "My father would have kept it forever,").speaker == "Mateo Ibarra"
    assert one(quotes, "I tell her she rushes her lines,").speaker == "Gwen Tolley"

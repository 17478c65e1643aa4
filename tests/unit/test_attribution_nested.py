"""Quotes inside quotes: the inner words are the person the outer speaker says said them, when
the outer words introduce them with a cue; otherwise they stay part of the outer quote."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_the_outer_speaker_names_who_said_the_inner_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harold Mabry, 71, a retired welder from Dunmore, joined the trial in its first month.",
        "“Mr. Mabry leaned across the desk and said, ‘Just get me to my grandson’s wedding,’” "
        "recalled Dr. Celia Strand, the oncologist who ran the trial. “He danced at it.”",
    )
    outer = "Mr. Mabry leaned across the desk and said, ‘Just get me to my grandson’s wedding,’"
    assert one(quotes, outer).speaker == "Celia Strand"
    inner = one(quotes, "Just get me to my grandson’s wedding,")
    assert inner.speaker == "Harold Mabry"
    assert inner.reason.startswith("quoted inside Celia Strand's words")


def test_british_singles_with_a_pronoun_inside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Friends remembered Dr Miriam Ashe, who ran the burns unit at St Oswin's for 20 years.",
        "'She once told a houseman, \"Never promise a patient what you cannot give,\"' said "
        "Dr Tom Rudd, who trained under her.",
    )
    assert one(quotes, "Never promise a patient what you cannot give,").speaker == "Miriam Ashe"


def test_a_first_name_in_a_clause_after_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Greta Holm designed the set for the 1998 revival and saw it collapse at the dress "
        "rehearsal.",
        "“The whole balcony came down and everyone froze and Greta just dusted herself off and "
        "said, ‘Well, that settles the second act.’ Then she rang the carpenter,” said the "
        "producer Simon Yale.",
    )
    assert one(quotes, "Well, that settles the second act.").speaker == "Greta Holm"


def test_inner_quotes_with_no_cue_or_the_speakers_own_stay_inside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ruth Okonkwo runs the shelter on Canal Street.",
        "“We call the back room ‘the quiet place’ and nobody argues,” Okonkwo said. “That's why "
        "I've always said, ‘Feed them first, ask later.’ It works.”",
    )
    assert [q.speaker for q in quotes] == ["Ruth Okonkwo", "Ruth Okonkwo"]


def test_the_one_person_the_outer_words_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Priya Raman left the bank in 2015 to found Ledgerly.",
        "“When I told Oscar Brandt I was leaving, he said, ‘You will be back within a year,’” "
        "Ms. Raman said. “My first mentor, a man named Felix Ames, told me, ‘Never fear the "
        "numbers,’ and I never did.”",
        "“Calder laughed at the plan. I said, ‘You will see what it becomes,’ and he did,” she "
        "added.",
    )
    assert one(quotes, "You will be back within a year,").speaker == "Oscar Brandt"
    assert one(quotes, "Never fear the numbers,").speaker == "Felix Ames"
    assert [q.text for q in quotes if q.text.startswith("You will see")] == []

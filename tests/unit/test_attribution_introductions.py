"""Speakers introduced around a quote rather than next to it: a name heading over a Q&A, and
"With that, X …" after a quote that opens the piece."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_each_name_heading_owns_the_answers_below_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "We put the same question to Kath Moorcroft on the picket line and to Julian Ashdown.",
        "Kath Moorcroft, staff nurse, A&E",
        "Q: What would end the strike tomorrow?",
        "A: Put the allowance back. That's all we are asking for.",
        "Julian Ashdown, chief executive",
        "Q: What would end the strike tomorrow?",
        "A: A return to talks without preconditions. My door is still open.",
    )
    answers = [(q.text, q.speaker) for q in quotes if q.kind is QuoteKind.QA]
    assert answers == [
        ("Put the allowance back. That's all we are asking for.", "Kath Moorcroft"),
        ("A return to talks without preconditions. My door is still open.", "Julian Ashdown"),
    ]


def test_a_name_line_not_followed_by_a_question_is_not_a_heading(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Q: Who spoke first at the meeting?",
        "A: The treasurer did, and then the chair.",
        "Julian Ashdown, chief executive",
        "The meeting ran late.",
    )
    assert [q.speaker for q in quotes if q.kind is QuoteKind.QA] in ([], [None])


def test_with_that_names_the_speaker_of_the_opening_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You sold your customers a doorbell. What you sold their neighbours was a network.”",
        "With that, Rep. Harriet Okonjo, the chair of the subcommittee, opened a three-hour "
        "hearing on Tuesday.",
    )
    quote = one(
        quotes, "You sold your customers a doorbell. What you sold their neighbours was a network."
    )
    assert quote.speaker == "Harriet Okonjo"
    assert "sentence after the quote" in (quote.reason or "")


def test_said_that_to_me_after_an_opening_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You don’t lose a farm all at once. You lose it a tree at a time.”",
        "Ada Trewhella said that to me on a white-hot afternoon in late August.",
    )
    assert quotes[0].speaker == "Ada Trewhella"


def test_said_that_before_a_clause_is_reported_speech_not_a_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ada Trewhella farms almonds.",
        "“We will be fine this year.”",
        "Tom Keller said that the basin, which feeds four counties and two cities, would run "
        "dry by the end of the decade.",
    )
    assert one(quotes, "We will be fine this year.").speaker != "Tom Keller"


def test_the_speaker_was(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The basin has been in overdraft since before anyone in this story was born.”",
        "The speaker was Teodor Blaskovich, a hydrologist at the state university.",
    )
    assert quotes[0].speaker == "Teodor Blaskovich"


def test_a_first_name_alone_is_the_one_person_with_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ada Trewhella and her son, Cal Trewhella, farm on Mercy Road. Benjamin Osei sold up.",
        "The crop was small, Cal told me later by phone.",
        "“It bought us a year,” he said.",
    )
    assert one(quotes, "It bought us a year,").speaker == "Cal Trewhella"


def test_the_question_came_from(make_article: Make) -> None:
    quotes = found(
        make_article,
        "About 60 residents gathered outside City Hall.",
        "“Where are we supposed to go now, the parking garage?”",
        "The question came from Bernadette Oyelaran, 68, a retired postal clerk.",
    )
    assert quotes[0].speaker == "Bernadette Oyelaran"


def test_that_was_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Patients who passed the picket line were sympathetic.",
        "“I had my hip done here in March and the nurses were run off their feet.”",
        "That was Harold Quint, 79, a retired bus driver.",
    )
    assert quotes[0].speaker == "Harold Quint"


def test_that_was_not_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will not be moved.”",
        "That was March. By June the Old Mill Road picket had gone.",
    )
    assert quotes[0].speaker is None


def test_an_organisation_name_with_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to the Department of Health and Care, the trust gets no more money.",
        "A spokesman for the department said: “The recovery plan remains in place.”",
    )
    assert quotes[-1].speaker == "Department of Health and Care"


def test_an_office_with_of_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former Secretary of State Madeleine Albright urged women to vote, saying, “There is a "
        "special place in hell for women who do not help each other.”",
    )
    assert {q.speaker for q in quotes} == {"Madeleine Albright"}


def test_a_headline_phrase_in_capitals_is_not_a_person(make_article: Make) -> None:
    from reader.core.attribution.mentions import build_cast

    text = (
        "The bill would raise the minimum wage. At the rally a banner read Minimum Wage Rally. "
        "Mark White, a former teacher, said the wage was too low. White said so twice."
    )
    people = {e.name for e in build_cast(text, {}).entities.values() if e.kind == "person"}
    assert "Mark White" in people and "Minimum Wage Rally" not in people


def test_names_with_accented_capitals(make_article: Make) -> None:
    quotes = found(make_article, "“We will see,” said Élodie Marchand, a lawyer in Lyon.")
    assert quotes[0].speaker == "Élodie Marchand"


def test_a_chain_of_abbreviated_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.",
    )
    assert quotes[0].speaker == "Mick Bednarek"


def test_a_name_before_its_appositive_after_an_inverted_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Barack Obama spoke in Fort Worth. Gail Griffin listened.",
        "“It has changed our young people,” said Griffin, an Obama backer.",
        "“Nothing,” replied Obama, whose criticism of Trump has grown.",
    )
    assert [q.speaker for q in quotes] == ["Gail Griffin", "Barack Obama"]


def test_a_cue_sentence_the_splitter_kept_with_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hester Quayle has run the library for thirty years.",
        "Hester did remember her, she told me. “Red wellies. Never took them off, even in August.”",
    )
    quote = one(quotes, "Red wellies. Never took them off, even in August.")
    assert quote.speaker == "Hester Quayle"


def test_a_nickname_in_quotation_marks_names_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harold “Sparrow” Duckett, 81, has watched every home game from the same seat.",
        "“I met my wife in the queue for the tea bar,” Sparrow said.",
    )
    assert one(quotes, "I met my wife in the queue for the tea bar,").speaker == "Harold Duckett"
    assert one(quotes, "Sparrow").speaker is None  # the nickname itself is no one's words


def test_that_was_how_someone_with_two_appositives_put_it_or_opened(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'Nobody here came into politics to close a pool.' That was how Cllr Ada Pennock, the "
        "leader of the council, opened the debate.",
        "'This is the saddest vote I have taken.' That was how Cllr Tom Ashworth, the member for "
        "Ashcombe, who had tabled the motion, put it.",
    )
    assert one(quotes, "Nobody here came into politics to close a pool.").speaker == "Ada Pennock"
    assert one(quotes, "This is the saddest vote I have taken.").speaker == "Tom Ashworth"


def test_an_action_beat_before_an_uncued_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maeve Kinsella and Emeka Hollis were forking the goalmouth.",
        "Kinsella said nothing, and went on forking. Then Hollis turned to me. “Who else is "
        "going to tell the new lad he is watering it wrong?”",
        "Kinsella stopped forking. “I might not.”",
    )
    assert one(
        quotes, "Who else is going to tell the new lad he is watering it wrong?"
    ).speaker == ("Emeka Hollis")
    assert one(quotes, "I might not.").speaker == "Maeve Kinsella"

"""Campaign and Capitol copy: "Then she told me:", a general's two titles, "according to X, …,
who said Mr. …", a vow then "and said", a cue sentence with a participle's phrase, "called out",
and a candidate's committee as a body."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_cue_after_then(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Representative Colleen Strand explained the ditch before I could ask.",
        "Then she told me: “People here don’t want a fighter. They want a plumber.”",
    )
    speaker = one(quotes, "People here don’t want a fighter. They want a plumber.").speaker
    assert speaker == "Colleen Strand"


def test_a_generals_two_titles_in_apposition(make_article: Make) -> None:
    got = reported(
        make_article,
        "The Pentagon’s press secretary, Maj. Gen. Stellan Rourke, has insisted that the pause "
        "in weapons shipments is a routine review.",
    )
    assert got == [("the pause in weapons shipments is a routine review.", "Stellan Rourke")]


def test_according_to_a_source_who_said_mr_so_and_so(make_article: Make) -> None:
    got = reported(
        make_article,
        "Senator Edwin Corcoran of Nevada has stayed out of the primary.",
        "The senator has no plans to endorse before the June primary, according to Wes Tolliver, "
        "his chief of staff, who said Mr. Corcoran had told both candidates the same thing.",
    )
    assert ("The senator has no plans to endorse before the June primary", "Wes Tolliver") in got


def test_a_vow_then_and_said(make_article: Make) -> None:
    got = reported(
        make_article,
        "Gov. Warren Ashby-Kline did not accept that. At a news conference hours later, he vowed "
        "to call lawmakers back into special session, and said riders should not pay.",
    )
    assert got and got[0][0].startswith("to call lawmakers back into special session")
    assert got[0][1] == "Warren Ashby-Kline"


def test_a_cue_sentence_with_a_participles_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I’ll debate her at the county fair, any night she likes.” Rep. Tobias Wrenfield wrote "
        "on X on Tuesday, responding to an invitation his challenger, Leah Dunmore, had accepted "
        "a week earlier.",
    )
    speaker = one(quotes, "I’ll debate her at the county fair, any night she likes.").speaker
    assert speaker == "Tobias Wrenfield"


def test_called_out(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Speaker Delia Frankhauser left the meeting with reporters behind her.",
        "“Madam Speaker, do you have the votes?” called out Annelise Dorr, a correspondent.",
    )
    assert one(quotes, "Madam Speaker, do you have the votes?").speaker == "Annelise Dorr"


def test_a_candidates_committee_is_a_body(make_article: Make) -> None:
    got = reported(
        make_article,
        "Grant Ilves for Congress, the campaign committee, said on Friday that it had raised "
        "$1.1 million.",
    )
    assert got == [("it had raised $1.1 million.", "Grant Ilves for Congress")]


def test_the_one_asked_after_another_act_replies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Lyle Drabek asked the nominee, Judge Martin Asante, about the Second Amendment.",
        "Judge Asante said he had not. Mr. Drabek then held up a 2009 law review article bearing "
        "the nominee’s name and asked him to read the title aloud.",
        "“That was a student note, Senator, and I was twenty-four,” he replied.",
    )
    speaker = one(quotes, "That was a student note, Senator, and I was twenty-four,").speaker
    assert speaker == "Martin Asante"

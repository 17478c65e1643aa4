"""Reported speech around quotes and for organisations: participles, long openers, spokespeople."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_a_participle_after_a_quote_reports_its_speaker(make_article: Make) -> None:
    got = reported(
        make_article,
        "William Ackman runs Pershing Square.",
        "“It will take time for the stock to recover,” Mr. Ackman said at the time, adding that "
        "investors did not appreciate how valuable the company was.",
    )
    assert ("investors did not appreciate how valuable the company was.", "William Ackman") in got


def test_a_long_opening_phrase_before_the_subject(make_article: Make) -> None:
    got = reported(
        make_article,
        "Sheldon Adelson is the party's biggest donor.",
        "Courted by most of the Republican candidates and widely expected to be the party's top "
        "donor in the November presidential election, Adelson said earlier on Friday during a "
        "news conference that he may wait until February to decide who to back.",
    )
    assert got and got[0][1] == "Sheldon Adelson"
    assert got[0][0].endswith("he may wait until February to decide who to back.")


def test_a_long_appositive_and_an_adverb_before_the_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Debbie Walsh, director of the Center for American Women and Politics at the Eagleton "
        "Institute of Politics at Rutgers University, said Clinton is poised to benefit.",
        "Scott Walker now says he is being denied the chance to appear at some venues.",
    )
    assert [speaker for _, speaker in got] == ["Debbie Walsh", "Scott Walker"]


def test_a_spokeswoman_for_a_one_word_company_reports_for_it(make_article: Make) -> None:
    got = reported(
        make_article,
        "A spokeswoman for YouTube said that it had policies prohibiting terrorist recruitment.",
    )
    assert got == [("it had policies prohibiting terrorist recruitment.", "YouTube")]


def test_a_relative_clause_reports_for_the_organisation(make_article: Make) -> None:
    got = reported(
        make_article,
        "About 4,000 homes were without power, according to Marchwood Power Networks, which said "
        "most would be reconnected by Thursday.",
    )
    assert ("most would be reconnected by Thursday.", "Marchwood Power Networks") in got


def test_a_name_in_apposition_to_a_role_is_the_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The leader of Wexmoor District Council, Cllr Janet Aldous, said the town had 'taken "
        "the full force of the storm', and that the council had opened three rest centres.",
    )
    assert {q.speaker for q in quotes} == {"Janet Aldous"}
    assert any(q.kind is QuoteKind.PARTIAL for q in quotes)


def test_the_company_is_the_last_company_not_the_last_council(make_article: Make) -> None:
    got = reported(
        make_article,
        "Marchwood Power Networks restored power to 2,000 homes.",
        "Wexmoor District Council opened rest centres.",
        "The company said customers without power for two days would be paid compensation.",
    )
    assert got[-1][1] == "Marchwood Power Networks"


def test_the_club_is_the_football_club_named_last(make_article: Make) -> None:
    got = reported(
        make_article,
        "Brackwater Rovers beat Elmsford Town 2-1.",
        "The club said in a statement that it had written to the league asking to see the "
        "referee's report.",
    )
    assert got and got[0][1] == "Elmsford Town"


def test_told_me_later_by_phone_in_mid_sentence(make_article: Make) -> None:
    got = reported(
        make_article,
        "Cal Trewhella runs the family orchard.",
        "The crop was the smallest the family has brought in since the 1970s, Cal told me later "
        "by phone, but the almonds were clean.",
    )
    assert got and got[0][1] == "Cal Trewhella"


def test_a_sentence_adverb_is_never_the_speaker(make_article: Make) -> None:
    got = reported(
        make_article,
        "Nevertheless, a survey of migrant workers said that attitudes had hardened over the "
        "decade.",
        "Indeed, Richard Trumka said last July that affiliates should hold off on endorsements.",
    )
    assert "Nevertheless" not in {who for _, who in got}
    assert ("affiliates should hold off on endorsements.", "Richard Trumka") in got


def test_a_phrase_without_a_comma_before_a_pronoun_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Ngozi Eberhardt runs the health authority.",
        "In a letter to staff last month she wrote that small units “cannot sustain the rotas "
        "that modern care requires.”",
    )
    assert {q.speaker for q in quotes} == {"Ngozi Eberhardt"}


def test_a_document_speaks_for_its_author(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lumentide Systems cut 1,200 jobs last week, according to a regulatory filing.",
        "The reductions are expected to be “substantially complete” by the end of September, "
        "the filing said.",
        "Judge Harriet Lindqvist sat on the appeal. The ruling said the lower court had erred "
        "in admitting the ledger.",
    )
    speakers = {(q.kind, q.speaker) for q in quotes}
    assert (QuoteKind.PARTIAL, "Lumentide Systems") in speakers
    assert (QuoteKind.INDIRECT, "Harriet Lindqvist") in speakers
    filing = next(q for q in quotes if q.kind is QuoteKind.PARTIAL)
    assert "Lumentide Systems is the author of “the filing”" in (filing.reason or "")


def test_an_appositive_of_several_segments_before_said(make_article: Make) -> None:
    got = reported(
        make_article,
        "Paul Porter, a truck driver from Ava, Mo., who is a member of the Teamsters union, said "
        "he already received time and a half after eight hours of work.",
    )
    assert got and got[0][1] == "Paul Porter"


def test_told_an_outlet_at_the_end(make_article: Make) -> None:
    got = reported(
        make_article,
        "Chuck Grassley represents Iowa.",
        "Biofuels do not stir the same fervor among Iowans as they did in the 1980s, Sen. Chuck "
        "Grassley (R-Iowa) told POLITICO.",
    )
    assert got and got[0][1] == "Chuck Grassley"


def test_an_organisation_named_before_its_spokesman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Velvet TV makes the show.",
        "A Velvet TV spokesman said: “We do not comment on commissioning decisions.”",
        "The Millhaven Police Department opened an inquiry. A police spokesman, who was not "
        "named, spoke outside the station.",
        "“We are aware that people are upset,” the spokesman said.",
    )
    assert [q.speaker for q in quotes if q.kind is QuoteKind.DIRECT] == [
        "Velvet TV",
        "Millhaven Police Department",
    ]


def test_who_after_an_appositive_is_the_person_not_the_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The family has hired Beatrice Okonkwo-Hale, a civil rights lawyer from Carrow City, who "
        "said his mother had called 911 “to get her son help, not to get him shot.”",
    )
    assert {q.speaker for q in quotes} == {"Beatrice Okonkwo-Hale"}


def test_a_bare_spokeswoman_speaks_for_the_body_named_just_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Skelda Isles Ferry Company did not give evidence. In a statement, the company said it "
        "had cooperated fully. “Our thoughts remain with the family,” a spokeswoman said.",
    )
    assert one(quotes, "Our thoughts remain with the family,").speaker == (
        "Skelda Isles Ferry Company"
    )
    alone = found(make_article, "“We are looking into it,” a spokesman said.")
    assert alone[0].speaker is None  # no body named: no one to speak for


def test_a_railway_is_the_company_named_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Anika Merten, a specialist at the University of Halden, examined the relay.",
        "Northline Rail, which runs 40 stations, said in a statement that it had replaced every "
        "relay of the type.",
        'The company called the interim report "unfair" in a statement in February.',
    )
    assert [(q.text, q.speaker) for q in quotes if q.kind is QuoteKind.PARTIAL] == [
        ("unfair", "Northline Rail")
    ]


def test_what_was_asked_starts_at_the_question_or_the_request(make_article: Make) -> None:
    got = reported(
        make_article,
        "Tomas Ruiz asked Ada Okafor whether that would happen before the vote in May.",
        "Ines Varga asked the harbour board to delay the vote until the spring.",
    )
    assert got == [
        ("whether that would happen before the vote in May.", "Tomas Ruiz"),
        ("the harbour board to delay the vote until the spring.", "Ines Varga"),
    ]


def test_this_after_told_is_no_time(make_article: Make) -> None:
    got = reported(
        make_article,
        "Tomas Ruiz told reporters this was the last chance to save the harbour levy.",
        "Ada Okafor told reporters last week the vote would wait until spring.",
    )
    assert got == [
        ("this was the last chance to save the harbour levy.", "Tomas Ruiz"),
        ("the vote would wait until spring.", "Ada Okafor"),
    ]


def test_a_second_verb_after_a_named_object(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor repeatedly invoked Mayor Tomas Ruiz and suggested that the board's critiques "
        "amounted to attacks on the city.",
    )
    assert got == [("the board's critiques amounted to attacks on the city.", "Ada Okafor")]


def test_a_pronoun_for_earlier_words_reports_nothing(make_article: Make) -> None:
    got = reported(
        make_article,
        "Lucille Brannigan has been saying some version of that since the spring of 2021.",
        "She repeated it on Wednesday afternoon, sitting in her lawyer's office.",
        "She said it was the hardest year of her life.",
    )
    assert got == [("it was the hardest year of her life.", "Lucille Brannigan")]


def test_it_is_the_body_that_opened_the_sentence_before(make_article: Make) -> None:
    got = reported(
        make_article,
        "Lucille Brannigan drove for the Corvell County Transit Authority for 22 years. Her case "
        "goes back to Corvell County Superior Court.",
        "The authority has denied that her complaints had anything to do with her firing. It "
        "says she was let go after three late arrivals and a collision.",
    )
    assert (
        "she was let go after three late arrivals and a collision.",
        "Corvell County Transit Authority",
    ) in got

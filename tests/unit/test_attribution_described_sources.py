"""Reported speech whose source the article describes but does not name: "Some delegates at
the convention in Philadelphia said …". A group or a document is cited in the article's words;
one unnamed person stays unnamed."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.phrase_sources import describes_a_source


def test_a_described_group_is_the_source_in_the_articles_words(make_article: Make) -> None:
    got = reported(
        make_article,
        "Some delegates at the convention in Philadelphia said they welcomed attention to it.",
        "American law enforcement officials said they recently discovered the old postings.",
        "Democrats in Iowa who watched the Saturday debate said they were unfazed by the flap.",
        "But protest organizers in Cleveland say the strict rules make clashes more likely.",
    )
    assert got == [
        ("they welcomed attention to it.", "Some delegates at the convention in Philadelphia"),
        ("they recently discovered the old postings.", "American law enforcement officials"),
        (
            "they were unfazed by the flap.",
            "Democrats in Iowa who watched the Saturday debate",
        ),
        ("the strict rules make clashes more likely.", "protest organizers in Cleveland"),
    ]


def test_asides_between_the_group_and_its_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Cyber security experts and U.S. officials, however, said they believed Russia did it.",
        "Many speakers at the service — including Muslims, Christians and Jews — said the "
        "rhetoric was dividing the country.",
        "Some of the mayor's longtime allies said they have come to accept his new position.",
    )
    assert got == [
        ("they believed Russia did it.", "Cyber security experts and U.S. officials"),
        ("the rhetoric was dividing the country.", "Many speakers at the service"),
        ("they have come to accept his new position.", "Some of the mayor's longtime allies"),
    ]


def test_a_described_document_speaks(make_article: Make) -> None:
    got = reported(
        make_article,
        "An earlier report in a New Hampshire paper said that the fliers used the images.",
    )
    assert got == [("the fliers used the images.", "earlier report in a New Hampshire paper")]


def test_the_reason_says_the_source_is_not_named(make_article: Make) -> None:
    (quote,) = found(make_article, "Striking workers at the plant said they would stay out.")
    assert quote.speaker == "Striking workers at the plant"
    assert quote.reason.endswith("a source the article describes but does not name")


def test_one_unnamed_person_stays_unnamed(make_article: Make) -> None:
    got = reported(
        make_article,
        "A person familiar with the planning says the talks will focus on the budget first.",
        "But a source close to the couple said the pair had been living apart for months.",
    )
    # the insider's report is kept with no speaker; the person familiar with it gives none
    assert got == [("the pair had been living apart for months.", None)]


def test_a_named_or_described_person_is_still_preferred(make_article: Make) -> None:
    got = reported(
        make_article,
        "A firefighter who was among the first to arrive said the roof had already gone.",
        "“We lost the east wall in minutes,” said Dana Pruitt, a firefighter who was among the "
        "first to arrive.",
    )
    assert got == [("the roof had already gone.", "Dana Pruitt")]


def test_phrases_that_are_not_a_source() -> None:
    assert describes_a_source("Supporters")
    assert describes_a_source("House Republicans supporting the bill")
    assert not describes_a_source("The bill that Smith")  # "The bill that Smith said would …"
    assert not describes_a_source("Several people I've spoken with")  # the writer's sources
    assert not describes_a_source("His lawyers")  # a pronoun: left to the resolver
    assert not describes_a_source("The two sides")  # not someone who speaks
    assert not describes_a_source("Smith")  # a name: the named-subject patterns' work
    assert not describes_a_source("The fans were")  # a clause, not a subject


def test_the_and_a_noun_refers_back_and_is_no_description(make_article: Make) -> None:
    assert reported(make_article, "The board says the deficit will arrive much sooner.") == []


def test_a_described_group_after_its_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "KESTREL, March 3 (Wire) - The ferries stopped after an engine-room fire left one vessel "
        "drifting for five hours, company and coast guard officials said.",
        "An urgent priority is whether the candidate can win back trust, people close to the "
        "mayor say.",
    )
    assert got == [
        (
            "The ferries stopped after an engine-room fire left one vessel drifting for five hours",
            "company and coast guard officials",
        ),
        (
            "An urgent priority is whether the candidate can win back trust",
            "people close to the mayor",
        ),
    ]


def test_an_opening_phrase_before_the_group(make_article: Make) -> None:
    got = reported(
        make_article,
        "In several cases, tech executives say, they have been asked to keep the content online.",
        "And despite the lure of riches, the Centerview founders insisted that they would stay on.",
        "But in a season shaped by fury, the mayor's team and her allies believe that attacks "
        "alone will not win it.",
    )
    assert got == [
        # the opening phrase set off with the source is part of the claim
        (
            "In several cases, tech executives say, they have been asked to keep the content "
            "online.",
            "tech executives",
        ),
        ("they would stay on.", "Centerview founders"),
        ("attacks alone will not win it.", "mayor's team and her allies"),
    ]


def test_no_clause_or_sentence_part_is_taken_for_a_group(make_article: Make) -> None:
    got = reported(
        make_article,
        "Older adults who sang in a choir kept more of their hearing than people who did not, "
        "researchers reported on Wednesday, in one of the largest studies yet of the ageing ear.",
        "Tilda Mook convened senior staff for a meeting to map out how to organise the spring.",
        "They marched to the square, where speakers urged the council to back a rent cap.",
        "And officials involved with the groups said they are raising more money to fight him.",
    )
    assert all(
        speaker not in ("researchers", "Tilda Mook convened senior staff") for _, speaker in got
    )
    assert all(not (speaker or "").startswith("where") for _, speaker in got)
    assert (
        "they are raising more money to fight him.",
        "officials involved with the groups",
    ) in got
    assert not describes_a_source("conservatives who")


def test_a_role_after_us_is_still_a_role(make_article: Make) -> None:
    got = reported(
        make_article,
        "WASHINGTON (Reuters) - U.S. Democratic presidential candidate Hillary Clinton said "
        "Russian intelligence services hacked the committee's computers.",
    )
    assert got == [
        ("Russian intelligence services hacked the committee's computers.", "Hillary Clinton")
    ]


def test_a_clause_is_no_described_source(make_article: Make) -> None:
    got = reported(
        make_article,
        "Police in the city arrested a man after neighbors said he had fired shots into the air.",
        "Officials from both countries held talks about the border dispute on Tuesday in Geneva.",
        "One of the officials said the talks had collapsed over the dispute about the border.",
    )
    assert all(
        speaker not in ("Police in the city arrested a man after neighbors", "One of the officials")
        and not (speaker or "").startswith("Officials from both countries held")
        for _, speaker in got
    )


def test_participles_news_puts_after_people(make_article: Make) -> None:
    got = reported(
        make_article,
        "Voters polled in Iowa said they were tired of the campaign already.",
        "A panel of reporters led by a cable host agreed that the plan was pie in the sky.",
        "Red Cross officials said the shelters were full by midnight on Friday.",
    )
    assert [speaker for _, speaker in got] == [
        "Voters polled in Iowa",
        "panel of reporters led by a cable host",
        "Red Cross officials",
    ]


def test_a_head_noun_that_is_also_a_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "And Iowa biofuels advocates say they already have private promises from the candidates.",
    )
    assert got == [
        ("they already have private promises from the candidates.", "Iowa biofuels advocates")
    ]


def test_an_aside_between_the_group_and_its_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Yet some voters who have listened to his speeches over the decades, on television or "
        "at small campaign events, said he had less magnetism now.",
    )
    assert got == [
        (
            "he had less magnetism now.",
            "some voters who have listened to his speeches over the decades",
        )
    ]


def test_a_described_group_that_argues_after_the_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "The waiver system further diminished the federal education brand, state critics argue.",
    )
    assert got == [
        ("The waiver system further diminished the federal education brand", "state critics")
    ]


def test_the_authors_words_and_their_team(make_article: Make) -> None:
    """The lead author speaks for "the authors", for "they" in the sentence after "The
    researchers …", and for "Hsu and her colleagues"; a quoted noun followed by an adverb is
    the authors' term, not the writer's label."""
    quotes = found(
        make_article,
        "“We expected an effect,” said Dr. Mei-Ling Hsu, the study's lead author.",
        "Hsu and her colleagues also found that tree cover was unevenly spread across each city.",
        "The authors wrote that this “canopy gap” probably explains part of the difference.",
        "The researchers acknowledged that limitation. In the paper, they wrote that "
        "“residual confounding cannot be excluded” in a study of this kind.",
    )
    for text in ("canopy gap", "residual confounding cannot be excluded"):
        assert one(quotes, text).speaker == "Mei-Ling Hsu", text
    team = [q for q in quotes if q.text.startswith("tree cover was unevenly")]
    assert [q.speaker for q in team] == ["Mei-Ling Hsu"]

"""A poll is the source of its figures and of what its respondents said: "In a new Fox poll, 40
percent …", "… in the latest CBS survey.", "…, according to exit polls conducted for …". A filing
or a report does not take over from the people a sentence names."""

from __future__ import annotations

from attribution_helpers import Make, found, reported
from hypothesis import given
from hypothesis import strategies as st

from reader.core.attribution import evidence_patterns as ev
from reader.core.attribution import report_shapes


def test_a_poll_named_before_its_figures(make_article: Make) -> None:
    got = reported(
        make_article,
        "In a new Harbour Post-Channel 9 poll, just 18 percent of registered voters have a "
        "favourable view of the levy.",
        "In a survey conducted by the Marlow Institute, 28 percent of renters said they had moved "
        "twice in five years.",
    )
    assert got == [
        (
            "just 18 percent of registered voters have a favourable view of the levy.",
            "new Harbour Post-Channel 9 poll",
        ),
        (
            "28 percent of renters said they had moved twice in five years.",
            "Marlow Institute",  # a survey "by" its maker is the maker's, as "a study by …" is
        ),
    ]


def test_a_poll_named_after_its_figures(make_article: Make) -> None:
    got = reported(
        make_article,
        "Okafor was at 25 percent support in the most recent Channel 9 poll.",
        "Okafor led Ruiz by 40 percent to 31 percent in a Marlow Institute poll released Sunday.",
    )
    assert got == [
        ("Okafor was at 25 percent support", "most recent Channel 9 poll"),
        ("Okafor led Ruiz by 40 percent to 31 percent", "Marlow Institute poll released Sunday"),
    ]


def test_no_poll_in_particular_is_no_source(make_article: Make) -> None:
    assert (
        reported(make_article, "The senator has been far ahead of her rivals in the polls.") == []
    )


def test_the_poll_speaks_for_its_respondents(make_article: Make) -> None:
    got = reported(
        make_article,
        "Most voters in Alton and Brede said they wanted the levy scrapped, according to early "
        "results of exit polls conducted for the Harbour Post.",
        "According to the average of recent polls compiled by the Marlow Institute, Okafor leads "
        "Ruiz by three points.",
    )
    assert [speaker for _, speaker in got] == [
        "early results of exit polls conducted for the Harbour Post",
        "average of recent polls compiled by the Marlow Institute",
    ]


def test_a_person_named_in_the_sentence_keeps_their_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor is the harbour commissioner.",
        "Okafor has praised the port's workers over the past eight years, and won more than 70 "
        "percent of the vote in the docklands wards, according to exit polls.",
        "Tomas Ruiz has support from 52 percent of registered voters, while Okafor has backing "
        "from 33 percent, according to a Harbour Post survey released on Thursday.",
    )
    assert [speaker for _, speaker in got] == [
        "Ada Okafor",
        "Harbour Post",  # the paper that ran the survey
    ]


def test_a_filing_does_not_take_over_from_the_people_named(make_article: Make) -> None:
    got = reported(
        make_article,
        "Halden Sound Ferries runs four boats across the sound.",
        "According to the filing, inspectors from Halden Sound Ferries found corroded fuel lines "
        "in the generator compartment.",
    )
    assert all(speaker != "filing" for _, speaker in got)


def test_evidence_needs_words_that_say_whose(make_article: Make) -> None:
    got = reported(
        make_article,
        "Data show that the average income for graduates is much higher than for others.",
        "Research conducted for the Marlow Institute showed that renters moved twice as often.",
    )
    assert got == [
        ("renters moved twice as often.", "Research conducted for the Marlow Institute"),
    ]


POLL_PIECES = st.sampled_from(
    "In in a an the new latest Fox poll polls survey average of recent by released Sunday "
    "Okafor led , . 40 percent said voters Harbour Post-Channel 9 conducted".split()
)


@given(st.lists(POLL_PIECES, min_size=2, max_size=16).map(" ".join))
def test_the_poll_word_check_never_rules_out_a_match(text: str) -> None:
    if ev.IN_POLL_LEAD.match(text) or ev.IN_POLL_TAIL.match(text):
        assert report_shapes._POLL_WORD.search(text.lower())


def test_the_cue_of_a_report_with_no_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a new Harbour Post poll, just 38 percent of registered voters back the port levy.",
        "The levy would raise $64 million a year, according to the Marlow Institute's figures.",
    )
    assert [q.cue for q in quotes] == ["in", "according to"]


def test_a_polls_standings(make_article: Make) -> None:
    got = reported(
        make_article,
        "Wednesday's Harbour Post poll has Okafor leading Ruiz by six points in the docklands.",
        "A Marlow Institute survey of the race in May put his support among renters at 5 percent.",
        "The harbour report has Okafor at the centre of the dispute over the cranes.",
    )
    assert got == [
        ("Okafor leading Ruiz by six points in the docklands.", "Wednesday's Harbour Post poll"),
        (
            "his support among renters at 5 percent.",
            "Marlow Institute survey of the race in May",
        ),
    ]


def test_evidence_after_a_conjunction_or_a_colon(make_article: Make) -> None:
    got = reported(
        make_article,
        "But Monday night's results showed just how weak the council's majority had become.",
        "The numbers matter: A recent Harbour Post poll showed that only half of the dockers "
        "back the strike.",
        "Last year's Port Authority statistics show that the crane accidents were rare.",
    )
    assert got == [
        ("just how weak the council's majority had become.", "Monday night's results"),
        ("only half of the dockers back the strike.", "recent Harbour Post poll"),
        ("the crane accidents were rare.", "Last year's Port Authority statistics"),
    ]


def test_a_piece_of_writing_speaks_for_its_author(make_article: Make) -> None:
    got = reported(
        make_article,
        "The levy will pass in May, according to a new article in the Harbour Post.",
        "The vote was rigged, according to a post from Ines Varga on Sunday night.",
    )
    assert got == [
        ("The levy will pass in May", "Harbour Post"),
        ("The vote was rigged", "Ines Varga"),
    ]

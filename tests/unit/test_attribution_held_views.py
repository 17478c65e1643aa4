"""Views held and reports after "to": "is skeptical Okafor can …", "was adamant that …", "was
quick to point out that …", "continued to question whether …", and a subject set off by a
double hyphen or dashes ("Ruiz -- author of the bill -- is confident that …")."""

from __future__ import annotations

from attribution_helpers import Make, found, reported


def test_a_view_held(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor is confident that the levy will pass at next week's vote.",
        "Tomas Ruiz was critical of the council's decision to delay the vote again.",
        "Ines Varga -- a pollster and the author of a book on the port -- is skeptical Okafor "
        "can win the docklands wards.",
    )
    assert got == [
        ("the levy will pass at next week's vote.", "Ada Okafor"),
        ("the council's decision to delay the vote again.", "Tomas Ruiz"),
        ("Okafor can win the docklands wards.", "Ines Varga"),
    ]


def test_a_report_after_to(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor was quick to point out that not every dock worker backed the strike.",
        "Tomas Ruiz continued to question whether the levy would ever pay for the trams.",
    )
    assert got == [
        ("not every dock worker backed the strike.", "Ada Okafor"),
        ("whether the levy would ever pay for the trams.", "Tomas Ruiz"),
    ]


def test_states_is_a_verb_before_that_only(make_article: Make) -> None:
    got = reported(
        make_article,
        "In her memoir, Okafor — who ran the port for a decade — states that the levy was "
        "her idea.",
        "In all five states that voted on Tuesday, turnout was higher than in the last election.",
    )
    assert got == [("the levy was her idea.", "Okafor")]


def test_a_held_view_needs_a_subject_that_speaks(make_article: Make) -> None:
    assert reported(make_article, "It was clear that the levy would pass by a wide margin.") == []


def test_a_claim_named_by_its_owner(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor ran the port for a decade.",
        "Despite Okafor's repeated claims that the levy would pay for itself, the trams ran late.",
        "Tomas Ruiz's assertion Monday that the port was losing money drew rebukes from the union.",
    )
    assert got == [
        ("the levy would pay for itself, the trams ran late.", "Ada Okafor"),
        ("the port was losing money drew rebukes from the union.", "Tomas Ruiz"),
    ]
    reason = found(make_article, "Tomas Ruiz's claim that the port was losing money stood.")[0]
    assert reason.reason.startswith("reported speech: Tomas Ruiz's claim that")


def test_a_claim_needs_a_named_owner(make_article: Make) -> None:
    got = reported(make_article, "The council's view that the levy was fair did not last long.")
    assert got == []


def test_a_quoted_title_in_the_subject_is_read_across(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ines Varga, host of Channel 9’s “Harbour Tonight,” suggested the levy could sink the "
        "council's plans.",
        "The Harbour Workers Union had sued after the council scrapped its “Golden Week,” saying "
        "that the change hurt night workers most.",
    )
    assert [speaker for _, speaker in got] == ["Ines Varga", "Harbour Workers Union"]


def test_a_study_speaks_for_the_person_whose_it_is(make_article: Make) -> None:
    got = reported(
        make_article,
        "Dr. Lena Osterberg leads the river survey at Orrin.",
        "Her team's study found that spring flows at the gauge have fallen by 14 percent.",
    )
    assert got == [("spring flows at the gauge have fallen by 14 percent.", "Lena Osterberg")]


def test_more_views_and_a_late_subject_after_as(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor, the harbour commissioner, was especially critical of the council's long delay "
        "on the vote.",
        "Ines Varga, speaking for the ferry firms, will make the case to the council that the "
        "levy would sink them.",
        "The council met again on Monday, as Republicans continue to warn that the levy is a "
        "dangerous mistake.",
        "The council met again on Monday, as the Harbour Post reported a few days later.",
    )
    assert got == [
        ("the council's long delay on the vote.", "Ada Okafor"),
        ("the levy would sink them.", "Ines Varga"),
        ("the levy is a dangerous mistake.", "Republicans"),
    ]


def test_short_quotations_do_not_break_a_report_apart(make_article: Make) -> None:
    got = reported(
        make_article,
        "The old levy was “very assertive and interventionist,” Tomas Ruiz said.",
        "Ada Okafor, though, would have to “go back to the docks,” Ruiz said.",
    )
    assert got == [
        ("The old levy was “very assertive and interventionist,”", "Tomas Ruiz"),
        ("Ada Okafor, though, would have to “go back to the docks,”", "Tomas Ruiz"),
    ]


def test_statements_made_and_going_on_to_say(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor has made no secret of her frustration with the levy and its backers.",
        "Tomas Ruiz made a plea for the council to unite behind the harbour plan.",
        "Ines Varga went on to explain that the levy would fall in May.",
    )
    assert got == [
        ("no secret of her frustration with the levy and its backers.", "Ada Okafor"),
        ("a plea for the council to unite behind the harbour plan.", "Tomas Ruiz"),
        ("the levy would fall in May.", "Ines Varga"),
    ]


def test_attacks_in_a_phrase_or_a_verb(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor went after Ruiz on Wednesday over his refusal to publish the crane contract.",
        "Tomas Ruiz has taken a swipe at Okafor over her stance on the levy.",
        "Ines Varga belittled the issue of the missing tolls at a rally.",
    )
    assert got == [
        ("Ruiz on Wednesday over his refusal to publish the crane contract.", "Ada Okafor"),
        ("Okafor over her stance on the levy.", "Tomas Ruiz"),
        ("the issue of the missing tolls at a rally.", "Ines Varga"),
    ]
    quotes = found(make_article, "Tomas Ruiz has taken a swipe at Okafor over the levy vote.")
    assert quotes[0].cue == "took a swipe at"


def test_what_someone_would_not_say_and_talk_about(make_article: Make) -> None:
    got = reported(
        make_article,
        "Harbour spokesman Tomas Ruiz wouldn’t say when, or if, the board will vote on the sale.",
        "Ada Okafor did not mention the levy in her speech to the council on Monday.",
        "Ines Varga was talking about why she had come back to the port.",
        "Ada Okafor was referring to the harbour report on the sale.",
    )
    assert got == [
        ("when, or if, the board will vote on the sale.", "Tomas Ruiz"),
        ("the levy in her speech to the council on Monday.", "Ada Okafor"),
        ("why she had come back to the port.", "Ines Varga"),
        ("to the harbour report on the sale.", "Ada Okafor"),
    ]
    quotes = found(make_article, "Tomas Ruiz wouldn’t say when the board will vote on the sale.")
    assert quotes[0].cue == "wouldn’t say"


def test_a_stance_in_the_perfect_progressive(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor has been criticizing Tomas Ruiz for embracing debt at every stop.",
        "Ines Varga, a former port director, has been quietly pushing for the board to sell the "
        "cranes before May.",
        "The port's press office did not respond to requests to comment on the sale.",
    )
    assert got == [
        ("Tomas Ruiz for embracing debt at every stop.", "Ada Okafor"),
        ("the board to sell the cranes before May.", "Ines Varga"),
    ]


def test_a_negated_view_keeps_its_negation_in_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dockers don’t think Ada Okafor can win the docklands ward in May.",
        "Tomas Ruiz never said the levy would pass before the summer.",
    )
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("Ada Okafor can win the docklands ward in May.", "Dockers", "don’t think"),
        ("the levy would pass before the summer.", "Tomas Ruiz", "never said"),
    ]


def test_one_of_those_who_say_and_coming_out_to_say(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ines Varga, a docker from Greenock, is among those who say they have no intention of "
        "backing the levy.",
        "At the time, Tomas Ruiz didn’t come out and say the board should be replaced.",
    )
    assert got == [
        ("they have no intention of backing the levy.", "Ines Varga"),
        ("the board should be replaced.", "Tomas Ruiz"),
    ]


def test_an_attempt_to_say_a_pointer_and_a_view_not_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tomas Ruiz also attempted to portray a second Okafor term as a gift to the old board.",
        "At first, Ada Okafor would point to her long record as a docker and a union leader.",
        "Ines Varga isn’t saying what other changes to the levy she would support.",
    )
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [
        ("a second Okafor term as a gift to the old board.", "Tomas Ruiz", "attempted to portray"),
        ("her long record as a docker and a union leader.", "Ada Okafor", "would point to"),
        ("what other changes to the levy she would support.", "Ines Varga", "isn’t saying"),
    ]


def test_views_seen_and_what_someone_is_expected_to_say(make_article: Make) -> None:
    got = reported(
        make_article,
        "Tomas Ruiz, who was elected in 2014, doesn’t see the port's role in the strike as over.",
        "Ada Okafor and her supporters talk about the plan to rebuild the harbour wall.",
        "Ines Varga is likely to stress that the board would pause the sale if the vote fails.",
        "Calder Bank is expected to offer a mix of cash and shares for each Osterley share.",
    )
    assert got == [
        ("the port's role in the strike as over.", "Tomas Ruiz"),
        ("the plan to rebuild the harbour wall.", "Ada Okafor and her supporters"),
        ("the board would pause the sale if the vote fails.", "Ines Varga"),
    ]


def test_more_phrases_that_take_a_stance(make_article: Make) -> None:
    got = reported(
        make_article,
        "Ada Okafor started a petition this week calling on the board to support the higher wage.",
        "On Wednesday, Tomas Ruiz bashed the proposal to ban trucks from the quay.",
        "Ines Varga didn’t back away from her pledge to reopen the quay by May.",
        "Before the strike, Rosa Lind seemed hopeful that the port could take more ships.",
    )
    assert got == [
        ("the board to support the higher wage.", "Ada Okafor"),
        ("the proposal to ban trucks from the quay.", "Tomas Ruiz"),
        ("her pledge to reopen the quay by May.", "Ines Varga"),
        ("the port could take more ships.", "Rosa Lind"),
    ]


def test_a_first_verb_that_only_leads_in_is_no_report(make_article: Make) -> None:
    got = reported(
        make_article,
        "Tomas Ruiz appeared on a radio show in Carrow and defended himself against accusations "
        "of favouritism.",
    )
    assert got == [("himself against accusations of favouritism.", "Tomas Ruiz")]

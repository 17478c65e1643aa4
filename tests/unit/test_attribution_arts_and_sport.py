"""Arts, culture and sport features (blind suite mix42): a prize's judges, an author and a
veteran the article is about, an uncle his nephew names, and a group counted by "several"."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_the_chair_of_judges_the_critic_named_after_two_appositives(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Morrow Prize for fiction was awarded on Tuesday night to Idris Kamau.",
        "The chair of judges, the critic Philippa Oakes, said: ‘It is a book that trusts its "
        "readers completely.’",
    )
    assert one(quotes, "It is a book that trusts its readers completely.").speaker == (
        "Philippa Oakes"
    )


def test_the_author_is_the_one_the_profile_opens_with(make_article: Make) -> None:
    quotes = found(
        make_article,
        "For her new novel, ‘Quiet Harbour’, Sunita Rajan spent six months working shifts in a "
        "fish-processing plant.",
        "Her husband, the poet Dev Rajan, jokes that she came home smelling of haddock. ‘He's not "
        "wrong,’ the author said.",
    )
    assert one(quotes, "He's not wrong,").speaker == "Sunita Rajan"


def test_the_veteran_was_modest_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At 38, goalkeeper Simone Adair is the oldest player in the league. On Sunday she kept "
        "her 100th clean sheet.",
        "Tides coach Gary Whitmore joked that she had been “stopping my shots for years.”",
        "The veteran was characteristically modest: “The defense did the work.”",
    )
    assert one(quotes, "The defense did the work.").speaker == "Simone Adair"


def test_an_uncle_named_by_his_nephew_is_no_one_called_uncle(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Clarence Whitby has played the blues since 1969. On Friday, the 71-year-old will "
        "release his first album.",
        "His nephew, producer Andre Whitby, 34, said the sessions were done “mostly in one take, "
        "because Uncle Clarence doesn't believe in take two.”",
        "“I waited fifty years for somebody to ask,” the 71-year-old said. “Turns out I should've "
        "asked myself.”",
    )
    assert one(quotes, "Turns out I should've asked myself.").speaker == "Clarence Whitby"


def test_several_residents_are_a_group_not_someone_called_several(make_article: Make) -> None:
    quotes = found(make_article, "Several residents said the noise had been audible all night.")
    assert [q.speaker for q in quotes] == ["Several residents"]


def test_a_film_named_by_the_appositive_after_it_is_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Lanterne Film Festival announced on Wednesday that ‘The Weight of Small Rivers’, the "
        "debut feature by the director Paz Inostroza, will open this year's event.",
    )
    assert one(quotes, "The Weight of Small Rivers").kind.value == "title"
    assert one(quotes, "The Weight of Small Rivers").speaker is None


def test_a_club_showing_every_symptom_reports_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Promoted last year, Arnley Town are showing every symptom of ‘second-season syndrome’: a "
        "leaky defence and a striker out of form.",
    )
    assert [(q.text, q.speaker) for q in quotes] == [("second-season syndrome", None)]


def test_the_american_legion_is_a_body_not_an_american(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Florida Sen. Marco Rubio spoke in Manchester on Monday.",
        "The American Legion wrote to Sanders’ Senate office that it did not have permission to "
        "use the emblem.",
    )
    assert [q.speaker for q in quotes] == ["American Legion"]


def test_a_museum_spokesman_speaks_for_the_museum(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Pemberton Museum of Modern Art has removed a video installation by the artist Yusuf "
        "Karadağ.",
        "A museum spokesman said the work had been taken down ‘as a precaution’.",
    )
    assert one(quotes, "as a precaution").speaker == "Pemberton Museum of Modern Art"

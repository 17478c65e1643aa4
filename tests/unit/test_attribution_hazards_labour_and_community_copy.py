"""Emergency, labour and community copy (blind suites mix164-166): a letters page's whole
sentence in singles in a doubles paper, "another reader" and "another Twitter user, X", rulings
("ruled Tuesday that", "X of the dispute resolution commission has ruled"), "according to a
statement from X", "In the words of X, who …:", a bare quote named after as a broadcast's, and a
scraped "Advertisement" that signs nothing."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_whole_sentence_in_singles_in_a_doubles_paper(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Retired farmer Idris Vaughan, of Pen-y-Bryn, wrote: 'I have crossed that ford since I "
        "was a boy and I see no reason to close it now.'",
        'Another reader, who asked not to be named, said the ford was "a disaster waiting to '
        'happen".',
    )
    letter = "I have crossed that ford since I was a boy and I see no reason to close it now."
    assert one(quotes, letter).speaker == "Idris Vaughan"
    assert one(quotes, "a disaster waiting to happen").speaker is None  # another reader: no one


def test_another_one_of_a_kind_named_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "''We're frightened,'' said another Twitter user, Liesel Hartmann.",
        "Another analyst, Odile Brun of Mercier & Cie, said she still saw value in the shares.",
    )
    assert one(quotes, "We're frightened,").speaker == "Liesel Hartmann"
    assert report_opening(quotes, "she still saw value").speaker == "Odile Brun"


def test_rulings_by_named_officials_of_bodies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Regional Director Felicity Amankwah of the federal labor board's Portland office ruled "
        "Tuesday that Brewline Cafes had closed two stores in retaliation.",
        "Commissioner Thandeka Mabuza of the dispute resolution commission has ruled that "
        "Callwise unfairly dismissed 17 agents.",
    )
    assert report_opening(quotes, "Brewline Cafes had closed").speaker == "Felicity Amankwah"
    assert report_opening(quotes, "Callwise unfairly dismissed").speaker == "Thandeka Mabuza"


def test_a_statement_from_a_body_and_in_the_words_of(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"We are disappointed by the vote," according to a statement from Kestrel Aerospace.',
        'In the words of Dolores Amaya, who spent 30 years on the line there: "They closed a '
        'whole way of living."',
    )
    assert one(quotes, "We are disappointed by the vote,").speaker == "Kestrel Aerospace"
    assert one(quotes, "They closed a whole way of living.").speaker == "Dolores Amaya"


def test_a_bare_quote_named_as_a_broadcast(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"The wind will come back from the other side within the hour."',
        "The warning was broadcast repeatedly on community radio in Hatiya on Sunday night by "
        "Mosharraf Hossain Talukder, the station's manager.",
    )
    assert one(quotes, "The wind will come back from the other side within the hour.").speaker == (
        "Mosharraf Hossain Talukder"
    )
    quotes = found(
        make_article,
        "“Go up. Go up now.”",
        "The words, repeated over loudspeakers along the coast, in the voice of Chiharu Oshima, "
        "a town official, went out within minutes.",
    )
    assert one(quotes, "Go up. Go up now.").speaker == "Chiharu Oshima"


def test_a_scraped_advertisement_line_signs_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Organiser Ines Calloway-Ruiz spoke on Monday. "They keep telling us it is about '
        'money," she said. "The kilns are paid for.',
        '"It is about what they think a university is for." Advertisement',
    )
    assert one(quotes, "It is about what they think a university is for.").speaker == (
        "Ines Calloway-Ruiz"
    )

"""Asides, claims and terms: a relative clause on the subject ends at its comma, a claim noun is no
speaker ("a charge Mr. Quaye called"), a nickname or term of art is nobody's words, and the one
the writer asked answers."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_a_nickname_and_a_local_name_are_terms(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Palaeontologists have unveiled a juvenile sauropod that the excavation team nicknamed "
        "“Pebbles”.",
        "The trial judge’s mistake had been, in the law’s phrase, “harmless error,” she wrote.",
    )
    quotes += found(  # British single quotes: an article of its own
        make_article,
        "The old Co-operative offices, known locally as ‘the Toast Rack’, are to be turned into "
        "flats, the developer Greystone Homes said on Monday.",
    )
    for words in ("Pebbles", "the Toast Rack", "harmless error,"):
        quote = one(quotes, words)
        assert (quote.kind, quote.speaker) == (QuoteKind.SCARE, None)


def test_a_claim_noun_before_a_name_is_what_they_answer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Assemblyman Victor Szabo accused his rival, Bernard Quaye, of using county staff to "
        "gather signatures, a charge Mr. Quaye called “a lie, and a lazy one.”",
        "Bryony Teale had said the pylons would be “a scar you can see from space,” a claim "
        "Coldharbour Grid, the company behind the project, called “unhelpful.”",
    )
    assert one(quotes, "a lie, and a lazy one.").speaker == "Bernard Quaye"
    assert one(quotes, "a scar you can see from space,").speaker == "Bryony Teale"
    assert one(quotes, "unhelpful.").speaker == "Coldharbour Grid"


def test_a_relative_aside_on_the_subject_ends_at_its_comma(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Councillor Jane Ruiz, who said the plan was badly flawed, voted against it on Tuesday.",
        "Mr. Haldane, who has not endorsed either man, watched from the audience.",
    )
    assert reports == [("the plan was badly flawed", "Jane Ruiz")]


def test_what_is_no_report(make_article: Make) -> None:
    reports = reported(
        make_article,
        "State Sen. Denise Albright posted on X an hour after the interview: “The Blue Line is "
        "a boondoggle on rails.”",
    )
    reports += reported(
        make_article,
        "The row grew when the MP for Haverleigh North, Gareth Lowndes, wrote on X: ‘If the "
        "council can find £4m for a roundabout, it can find £40,000 for a library.’",
    )
    assert reports == []


def test_how_long_someone_has_argued_is_no_part_of_it(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Denise Albright has argued for months that the ridership projections were inflated.",
    )
    assert reports == [("the ridership projections were inflated.", "Denise Albright")]


def test_a_role_with_a_long_modifier_and_a_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a letter to members on Friday, the club’s chairman of 22 years, Neville Osei, "
        "wrote: “It has been the honour of my life to serve this club.”",
    )
    quotes += found(
        make_article,
        "The row grew when the MP for Haverleigh North, Gareth Lowndes, wrote on X: ‘If the "
        "council can find £4m for a roundabout, it can find £40,000 for a library.’",
    )
    assert one(quotes, "It has been the honour of my life to serve this club.").speaker == (
        "Neville Osei"
    )
    library = "If the council can find £4m for a roundabout, it can find £40,000 for a library."
    assert one(quotes, library).speaker == "Gareth Lowndes"


def test_her_colleague_at_a_firm_was_measured_saying(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Her colleague at Merriden, Jonah Castellanos, who covers the bonds, was more "
        "measured, saying the balance sheet could easily absorb the buyback.",
    )
    assert reports == [("the balance sheet could easily absorb the buyback.", "Jonah Castellanos")]


def test_an_opening_clause_keeps_its_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gideon Farrow, 49, is a chef-turned-presenter.",
        "He grew up in Coventry, the son of a bus driver, and calls his teenage years “a long, "
        "loud mistake”.",
    )
    assert one(quotes, "a long, loud mistake").speaker == "Gideon Farrow"


def test_her_and_his_before_a_relative_do_not_make_them_that_sex(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Marit Solheim has lived on a converted Dutch barge for 26 years. Her neighbour, a "
        "retired judge named Clive Amory, has the barge next door.",
        "She told me, a little sheepishly, that she has never learned to swim.",
    )
    assert reports[-1][1] == "Marit Solheim"


def test_the_one_the_writer_asked_answers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "I asked Tobias Renn whether he had ever spoken to his brother, Mattias, about the sale "
        "of the vineyard.",
        "“Not once,” he said. “Mattias speaks to me through lawyers.”",
    )
    assert one(quotes, "Not once,").speaker == "Tobias Renn"


def test_occupations_and_aldermen_before_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Parent Jorge Almeida, whose two children attend Linwood, said families would keep "
        "fighting. “This isn’t over,” he said.",
        "“That's a hotel with lawns,” Alderwoman Teresa Vang said. Ald. Ronald Stiehl voted no.",
        "Laundromat owner Mina Park says regulars borrow books. “Ruth is the reason,” she says.",
    )
    assert one(quotes, "This isn’t over,").speaker == "Jorge Almeida"
    assert one(quotes, "That's a hotel with lawns,").speaker == "Teresa Vang"
    assert one(quotes, "Ruth is the reason,").speaker == "Mina Park"

"""Leads with no reporting verb: a colon after the subject's clause, a name as a label after a
dash or "from", and "what X called" (reader/core/attribution/leads.py)."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.model import QuoteKind


def test_a_colon_after_the_subjects_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Governor Chris Halvorsen spoke after the vote.",
        "Halvorsen gave the crowd a preview of the night: “We won every county that mattered.”",
    )
    quote = one(quotes, "We won every county that mattered.")
    assert quote.speaker == "Chris Halvorsen"
    assert "subject of the sentence" in (quote.reason or "")


def test_a_colon_with_a_subject_the_article_never_names_attributes_nothing(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The arena was full an hour early.",
        "Giant screens glittered with a three-word proclamation: “Over the Top.”",
    )
    assert one(quotes, "Over the Top.").speaker is None


def test_a_colon_after_is_or_has_introduces_a_list_not_speech(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Dana Whitcombe unveiled the plan on Monday.",
        "Whitcombe's plan has three parts: “roads, rails and relief,” according to the handout.",
    )
    assert one(quotes, "roads, rails and relief,").speaker != "Dana Whitcombe"


def test_a_name_as_a_label_after_a_dash(make_article: Make) -> None:
    quotes = found(
        make_article,
        "POLLS NOT WRONG, JUST EARLY - Marta Lindqvist: “Early polls miss late deciders, and "
        "this year there were more of them than ever.”",
    )
    assert quotes[0].speaker == "Marta Lindqvist"


def test_more_from_a_pair_of_authors(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marta Lindqvist and Joel Brandt run the survey.",
        "More from Lindqvist and Brandt: “The late shift was real, and it was large.”",
    )
    assert quotes[0].speaker == "Marta Lindqvist"


def test_what_someone_called_is_their_partial_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ruth Okonjo chairs the host committee.",
        "The city bid for the convention hoping to shed what Okonjo called “a perception "
        "problem” after years of decline.",
    )
    quote = one(quotes, "a perception problem")
    assert (quote.speaker, quote.kind) == ("Ruth Okonjo", QuoteKind.PARTIAL)
    assert "the words Okonjo used" in (quote.reason or "")


def test_described_it_as(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Keller chairs the district party.",
        "Told of the poll, Keller described it as “news to me and to everyone here.”",
    )
    assert one(quotes, "news to me and to everyone here.").speaker == "Tom Keller"


def test_a_so_called_label_stays_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ruth Okonjo chairs the host committee.",
        "Okonjo dismissed the so-called “reform” as a rebranding.",
    )
    quote = one(quotes, "reform")
    assert (quote.speaker, quote.kind) == (None, QuoteKind.SCARE)


def test_as_the_paper_reported(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Harbour Gazette covered the dinner.",
        "As the Harbour Gazette reported, “Of the attendees, Vance would win, and handily.”",
    )
    assert quotes[-1].speaker == "Harbour Gazette"


def test_a_subject_after_and_then_with_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Teodora Vance spoke on Monday. And then Vance went fully on the attack, saying, “If he "
        "does not, he should resign.”",
    )
    assert quotes[-1].speaker == "Teodora Vance"


def test_a_party_label_and_a_comma_before_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "After winning the primary, Gov. John Kasich (R-OH), said, “We are going all the way.”",
    )
    assert quotes[-1].speaker == "John Kasich"


def test_said_first_with_a_relative_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Said Dorothy Poynter, who grew up with him on the block, “He was always the loudest.”",
    )
    assert quotes[-1].speaker == "Dorothy Poynter"


def test_a_term_some_group_uses_stays_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Benjamin Osei sold his orchard in 2023.",
        "He argued that what some in the valley call “water ranching,” buying land for the "
        "right to pump beneath it, had done more damage than any solar farm.",
    )
    quote = one(quotes, "water ranching,")
    assert (quote.kind, quote.speaker) == (QuoteKind.SCARE, None)


def test_a_possessive_role_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Clinton's campaign chairman, John Podesta, said in a statement: “The answer was the "
        "same again.”",
    )
    assert quotes[-1].speaker == "John Podesta"


def test_a_long_appositive_before_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, "
        "said in a follow-up interview.",
    )
    assert quotes[0].speaker == "Harry Bond"


def test_and_before_a_colon_subject(make_article: Make) -> None:
    quotes = found(
        make_article, "Chris Christie won the state.", "And Mr. Christie gloated: “I told you so.”"
    )
    assert quotes[-1].speaker == "Chris Christie"


def test_condemned_quotes_the_condemner(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chancellor Angela Merkel of Germany condemned “such a murderous attack” on Monday.",
    )
    assert quotes[0].speaker == "Angela Merkel"


def test_a_participle_like_interjecting_after_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Megyn Kelly pressed him. “You called women names,” Kelly said.",
        "Donald Trump tried to laugh it off by interjecting, “Only one of them.” But Kelly was "
        "relentless.",
    )
    assert one(quotes, "Only one of them.").speaker == "Donald Trump"


def test_a_role_then_the_name_then_a_comma_before_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tiffani Bright sings. Her manager, Lorcan Fitch, said: “She is in the studio finishing "
        "her second album.”",
    )
    assert quotes[-1].speaker == "Lorcan Fitch"


def test_a_role_then_the_name_then_told_has_no_venue(make_article: Make) -> None:
    quote = found(
        make_article,
        "Her coach, Anselm Dray, told: “She trains harder than anyone I have coached.”",
    )[-1]
    assert (quote.speaker, quote.venue) == ("Anselm Dray", None)


def test_an_of_phrase_with_lowercase_joining_words_after_the_name(make_article: Make) -> None:
    quote = found(
        make_article,
        "“The design is a stretch for a small state,” Ilse Morrow of the Centre for Arms Control "
        "and Security Studies wrote in May.",
    )[0]
    assert quote.speaker == "Ilse Morrow"


def test_repeated_after_a_quote_and_remarking_before_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ruth Ellery interviewed Tomas Brandt.",
        "“I will look at many people,” Brandt said. “A lumberjack?” Ellery repeated.",
        "Brandt closed the forum with a nod to the film, remarking, “May the tide be with you.”",
    )
    assert one(quotes, "A lumberjack?").speaker == "Ruth Ellery"
    assert one(quotes, "May the tide be with you.").speaker == "Tomas Brandt"


def test_a_colon_lead_whose_verb_follows_an_auxiliary(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mira Holloway resigned in March.",
        "Holloway has since apologized for what happened: “I should have told the board. Not "
        "doing so was a mistake.”",
        "Holloway has three children: “Ana”, “Luis” and “Sol”.",
    )
    assert one(quotes, "I should have told the board. Not doing so was a mistake.").speaker == (
        "Mira Holloway"
    )
    assert one(quotes, "Ana").speaker is None


def test_to_which_someone_interjected(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ilse Varga and Tomas Reyes debated on Tuesday.",
        "She said the audits had cleared her plan, to which Reyes interjected: “That is simply "
        "not true.”",
    )
    assert one(quotes, "That is simply not true.").speaker == "Tomas Reyes"


def test_with_someone_yelling_after_a_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gordon Pruett spoke at the rally.",
        "At the rally in Ashbury, Kent, on Saturday, two protesters were dragged out, with "
        "Pruett reportedly yelling: “Get them out of here!”",
    )
    assert one(quotes, "Get them out of here!").speaker == "Gordon Pruett"


def test_prompted_to_say_after_that_and_pressed_after_a_question(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bram Kell and Nadia Oduya debated on Tuesday.",
        "The debate was so polite that Mr. Kell was prompted to say, “I cannot believe how civil "
        "this has been.”",
        "“Would you raise the levy?” Oduya pressed.",
    )
    assert one(quotes, "I cannot believe how civil this has been.").speaker == "Bram Kell"
    assert one(quotes, "Would you raise the levy?").speaker == "Nadia Oduya"


def test_as_someone_had_written_and_according_to_with_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As the columnist Louella Parsons had written a few years earlier, “We could not have a "
        "studio without him.”",
        "According to the Harbour Gazette: “The ferry will not sail again this year.”",
    )
    assert one(quotes, "We could not have a studio without him.").speaker == "Louella Parsons"
    assert one(quotes, "The ferry will not sail again this year.").speaker == "Harbour Gazette"


def test_a_participle_after_a_quote_is_not_followed_by_its_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Wexmoor City officials spoke on Monday.",
        "Petra Holm has delivered an impassioned defense of “Wexmoor values,” saying the city "
        "embodied the “bravery, heart and soul of the coast.”",
    )
    assert one(quotes, "Wexmoor values,").speaker != "Wexmoor City"


def test_a_kin_word_describes_the_name_in_apposition_after_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Agnes Whitlaw died in February.",
        "“She trusted that boat,” Mrs. Whitlaw's son, Callum Whitlaw, told reporters outside "
        "the hall.",
        "“We miss her,” her daughter, Ruth Whitlaw, said.",
    )
    son = one(quotes, "She trusted that boat,")
    assert (son.speaker, son.venue) == ("Callum Whitlaw", "reporters")
    assert one(quotes, "We miss her,").speaker == "Ruth Whitlaw"


def test_a_subject_who_was_blunt_before_a_colon_says_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Asked whether she would run for a third term, Mayor Denise Harrow was direct: “No. "
        "Eight years is enough for anybody.”",
        "Graham and Louise Pettifer have run the Old Mill bakery for twenty-two years.",
        "“The energy bill alone went from four hundred a month to two thousand,” said Louise, who "
        "does the books. Graham, who starts the ovens at 4 a.m., was blunter: “We're working to "
        "pay the electricity company.”",
        "The verdict was: “Guilty on all counts.”",
    )
    assert one(quotes, "No. Eight years is enough for anybody.").speaker == "Denise Harrow"
    assert one(quotes, "We're working to pay the electricity company.").speaker == (
        "Graham Pettifer"
    )
    assert one(quotes, "Guilty on all counts.").speaker is None

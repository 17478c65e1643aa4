"""Shapes found by blind probe suites mix55 (who speaks across paragraphs, in ten countries'
styles) and mix56 (business, labour and consumer sources): British quotes with an apostrophe
before "?’ said", "the Corkman" among a man and a woman, "Fiancé" before a name, "Rt. Hon." and
"Comrade", an office with a bracketed field, "termed", "in the words of" a described person, an
age and a clause before the introduced speaker, singles for terms in a doubles article, firms
with "&" and "Inc.", bodies whose names hold "of", "was quoted by … as saying", documents
"signed by" someone, and companies named after a trade at a sentence's start."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_question_in_singles_with_an_apostrophe_keeps_its_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Roofer Callum Birtles, 27, pulled two children from the flooded car on Sunday.",
        "‘I didn’t stop to think, did I?’ said the 27-year-old, who was later treated for cuts.",
    )
    assert one(quotes, "I didn’t stop to think, did I?").speaker == "Callum Birtles"


def test_a_demonym_for_a_man_passes_over_a_woman_from_there(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cork forward Tadhg Ó Murchú has retired after ten seasons.",
        "Cork manager Niamh Cronin said the clubman had “given everything” to the county.",
        "“I knew it was time,” the Corkman said on Tuesday.",
    )
    assert one(quotes, "I knew it was time,").speaker == "Tadhg Ó Murchú"


def test_fiance_before_a_name_is_no_part_of_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bride-to-be Kayleigh Moss, 26, lost her deposit when the hotel closed.",
        "Fiancé Aaron Pike, 28, said the couple had saved for two years.",
        "‘We found out from a neighbour,’ she said.",
    )
    assert report_opening(quotes, "the couple had saved").speaker == "Aaron Pike"
    assert one(quotes, "We found out from a neighbour,").speaker == "Kayleigh Moss"


def test_rt_hon_and_comrade_are_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Speaker of the State House of Assembly, Rt. Hon. Kunle Adebanjo-Oke, said the "
        "strike was “a disgrace to the state”.",
        "Comrade Yetunde Balogun said members would stay out until arrears were paid.",
    )
    assert one(quotes, "a disgrace to the state").speaker == "Kunle Adebanjo-Oke"
    assert report_opening(quotes, "members would stay out").speaker == "Yetunde Balogun"


def test_an_office_with_a_bracketed_field_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputy Commissioner (Revenue) Latha Venkatesan told this newspaper that 1,200 notices "
        "had been served on defaulters.",
        "Superintendent of Police (Rural) Vikram Sethi said two men had been detained.",
    )
    assert report_opening(quotes, "1,200 notices").speaker == "Latha Venkatesan"
    assert report_opening(quotes, "two men had been detained").speaker == "Vikram Sethi"


def test_termed_reports_the_words_that_follow(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of State for Shipping Arvind Kulkarni on Monday termed the collision “a grave "
        "lapse” and ordered an inquiry.",
    )
    assert one(quotes, "a grave lapse").speaker == "Arvind Kulkarni"


def test_in_the_words_of_a_described_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In the words of veteran Carnatic vocalist Lalitha Subramanian, “The raga teaches "
        "patience before it teaches anything else.”",
    )
    quote = one(quotes, "The raga teaches patience before it teaches anything else.")
    assert quote.speaker == "Lalitha Subramanian"


def test_an_opening_quote_then_a_name_with_an_age_and_a_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I thought the letter was a prank. Who sends a stranger a piano?”",
        "Ms Farah Idris, 34, who moved to Tampines with her family last year, smiled as she "
        "recalled the offer from a retired music teacher.",
    )
    quote = one(quotes, "I thought the letter was a prank. Who sends a stranger a piano?")
    assert quote.speaker == "Farah Idris"


def test_a_curly_single_term_in_a_doubles_article_is_found(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Traders at the Oja-Tuntun market in Osogbo say the ‘relief packages’ promised by the "
        "state government in March never arrived, five months later.",
        "The council chairman, Hon. Lekan Ayinde, said delivery had been delayed by “paperwork”.",
    )
    assert one(quotes, "relief packages").kind.value in {"scare", "partial"}


def test_much_publicised_marks_a_label(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The much-publicised ‘green corridors’ in Kavalur have become parking lots, a survey "
        "by this newspaper found.",
    )
    quote = one(quotes, "green corridors")
    assert quote.kind.value == "scare" and quote.speaker is None


def test_firms_with_an_ampersand_or_inc(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Homeware retailer Pryce & Lowther has denied that it misled customers over delivery "
        "times.",
        "Tallis Freight Inc. said on Monday that it would close two depots.",
    )
    assert report_opening(quotes, "it misled customers").speaker == "Pryce & Lowther"
    assert report_opening(quotes, "it would close two depots").speaker == "Tallis Freight Inc."


def test_a_body_whose_name_holds_of_before_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Federation of Kerala Fish Exporters (FKFE) president Joseph Varghese predicted that "
        "shrimp exports would recover by March.",
        "All India Domestic Workers’ Forum convener Rekha Pillai said the rules were “late but "
        "welcome”.",
    )
    assert report_opening(quotes, "shrimp exports would recover").speaker == "Joseph Varghese"
    assert one(quotes, "late but welcome").speaker == "Rekha Pillai"


def test_quoted_by_an_outlet_as_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Chairman Samuel Otieno Wekesa was quoted by a business weekly as saying the Kisumu "
        "mill would be the first to close.",
    )
    assert report_opening(quotes, "the Kisumu mill").speaker == "Samuel Otieno Wekesa"


def test_a_document_signed_or_published_by_someone_is_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The memo, signed by chief people officer Marguerite Osei, said that staff would be "
        "told of changes by Friday.",
        "The minutes, published by the Central Bank of Valdoria, said that a cut could be "
        "appropriate in December.",
    )
    assert report_opening(quotes, "staff would be told").speaker == "Marguerite Osei"
    assert report_opening(quotes, "a cut could be").speaker == "Central Bank of Valdoria"


def test_a_second_opening_phrase_is_no_name_with_its_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Speaking on local radio, Pádraig Ó Sé, managing director of Lough Derg Meats, insisted "
        "that the offer was fair.",
        "In a memo to the chief executive, Owen Hale, the head of testing, Rita Sousa, wrote "
        "that the release was not ready.",
    )
    assert report_opening(quotes, "the offer was fair").speaker == "Pádraig Ó Sé"
    assert report_opening(quotes, "the release was not ready").speaker == "Rita Sousa"


def test_the_words_of_an_accuser_and_of_what_someone_called(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ashby Town manager Gavin Reece has accused referee Tom Ullard of making a ‘baffling, "
        "costly’ decision.",
        "The grocer Mabry & Cole said sales rose, helped by what its chief executive, Nadia "
        "Fenwick, called “the warmest spring on record”.",
    )
    assert one(quotes, "baffling, costly").speaker == "Gavin Reece"
    assert one(quotes, "the warmest spring on record").speaker == "Nadia Fenwick"


def test_a_time_after_a_quoted_phrase_does_not_make_it_a_label(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bowling coach Farhan Saeed said the attack had been guilty of ‘lazy lengths’ all summer.",
    )
    assert one(quotes, "lazy lengths").speaker == "Farhan Saeed"


def test_a_company_named_after_its_trade_at_a_sentence_start(make_article: Make) -> None:
    quotes = found(
        make_article,
        "TORONTO — Struggling furniture retailer HomeNest warned on Monday that sales had "
        "fallen, and named a new lender.",
        "The layoffs will hit the Ottawa warehouse first, the company said in a statement.",
    )
    assert report_opening(quotes, "The layoffs will hit").speaker == "HomeNest"


def test_terms_is_no_reporting_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Less than a year before the vote, the scandal may lead some donors who had doubts "
        "about the governor to come to terms with her given the strength of the economy.",
    )
    assert quotes == []


def test_single_marks_in_a_title_case_headline_are_no_quotes(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Don’t Let The Pundits And Carla Mendes Tell You She ‘Won’ By Finishing Third In Ohio",
        "Carla Mendes finished third in the Ohio primary on Tuesday, behind two rivals who had "
        "spent twice as much on television advertising.",
        "“This is the start of something,” Mendes told supporters in Dayton.",
    )
    assert "Won" not in [q.text for q in quotes]

"""Pronouns: "he said" after a sentence that names two men means its subject, not a man named
in passing inside it (reader/core/attribution/pronouns.py, `_subject_in_sentence`)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_he_is_the_subject_not_a_man_named_in_passing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Gordon Pruett presented the budget on Tuesday. He spoke for forty minutes.",
        "Ron Adebayo, the league's director, said the mayor's plan was the first in years to "
        "make real choices.",
        "“The honest parts of this budget are the painful parts,” he said.",
    )
    quote = one(quotes, "The honest parts of this budget are the painful parts,")
    assert quote.speaker == "Ron Adebayo"
    assert "refers to Ron Adebayo" in (quote.reason or "")


def test_he_is_still_the_nearest_man_when_he_is_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ron Adebayo runs the league. He has called the plan timid.",
        "Mayor Gordon Pruett answered him on Thursday in a speech to the council.",
        "“We made the choices nobody else would,” he said.",
    )
    assert one(quotes, "We made the choices nobody else would,").speaker == "Gordon Pruett"


def test_a_name_in_apposition_mid_sentence_gets_no_vote_from_her_pronouns(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Superintendent Celeste Amoroso testified for the prosecution.",
        "Gideon Farrow argued that his client had been pressured by the district's former business "
        "manager, Arthur Pell, and that she had kept a record so she could repay it.",
        "Pell, who died in 2021, had approved the invoices himself; his name is on each one.",
        "“I’m not going to speak ill of a man who can’t answer for himself,” she said.",
    )
    assert (
        one(quotes, "I’m not going to speak ill of a man who can’t answer for himself,").speaker
        == "Celeste Amoroso"
    )


def test_a_club_named_before_its_manager_is_not_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brackwater Rovers beat Elmsford Town 2-1 on Saturday. Elmsford Town said it would "
        "write to the league.",
        "The Elmsford manager, Graham Ostler, had no complaints about the goals. He had plenty "
        "about the penalty his side were not given.",
        "“We’ve been beaten by a great save and a better finish,” he told Radio Ardmore.",
    )
    quote = one(quotes, "We’ve been beaten by a great save and a better finish,")
    assert quote.speaker == "Graham Ostler"


def test_a_football_club_is_an_organisation(make_article: Make) -> None:
    from reader.core.attribution.mentions import build_cast

    cast = build_cast("Elmsford Town said it would write to the league.", {})
    assert cast.entities["Elmsford Town"].kind == "organisation"


def test_a_possessive_is_not_the_she_of_a_sentence_whose_subject_is_she(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Kath Moorcroft has nursed at Kelbrook for twenty years.",
        "The health minister, Priya Sandhu, said talks were for the trust.",
        "Ms Moorcroft was unmoved. Asked what she made of the minister's comments, she laughed.",
        "“She should come and do a night shift on Ward 12,” she said.",
    )
    quote = one(quotes, "She should come and do a night shift on Ward 12,")
    assert quote.speaker == "Kath Moorcroft"


def test_an_object_named_before_he_is_still_he(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Joaquín Ferrer measures the river for the commission. Idris Lamb chairs it.",
        "When I asked Ferrer what he would say to the premiers, he thought for a long time. "
        "“Come and stand by the post in August,” he said.",
    )
    assert one(quotes, "Come and stand by the post in August,").speaker == "Joaquín Ferrer"


def test_a_possessive_in_a_sentence_that_opens_with_he(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kieran Doyle found fame on television. He rarely gives interviews.",
        "Kieran also denied partying with his former co-star Rhys Abernathy. He said the picture "
        "showed him leaving Rhys's birthday meal, not a nightclub.",
        "“I had one pint and a lasagne,” he said.",
    )
    assert one(quotes, "I had one pint and a lasagne,").speaker == "Kieran Doyle"


def test_a_person_named_by_one_name_and_an_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police shot Tobias Greenleaf on Pruitt Street. He was taken to hospital.",
        "Another neighbor, Dante, 19, said he recorded part of the encounter on his phone.",
        "“There were like six cops there by the end,” he said.",
    )
    assert one(quotes, "There were like six cops there by the end,").speaker == "Dante"


def test_a_spokeswoman_named_after_an_opener_is_the_next_she(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sen. Renata Colquhoun of Alaska voted for the bill. She has said it helps villages.",
        "At the White House, spokeswoman Jolene Whitcombe singled out Colquhoun for praise on "
        "Tuesday.",
        "“The president wants this bill on his desk before Memorial Day,” she told reporters.",
    )
    quote = one(quotes, "The president wants this bill on his desk before Memorial Day,")
    assert quote.speaker == "Jolene Whitcombe"


def test_a_possessive_lead_keeps_the_articles_word_in_the_reason(make_article: Make) -> None:
    quote = found(
        make_article,
        "Ada Trewhella farms the ridge above the river.",
        "Will she sell? Her answer: “Ask me after harvest.”",
    )[-1]
    assert quote.speaker == "Ada Trewhella"
    assert quote.reason.startswith("the quote is given as her answer; “her” refers to")


def test_she_in_a_paragraph_that_she_opened_is_the_same_she(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kirsty Morrow, 24, a deckhand, was on the stern deck. “She was laughing,” Ms. Morrow "
        "told the inquest.",
        "Her father, Desmond Morrow, was on the car deck. “I heard her on the radio,” Mr. Morrow "
        "said.",
        "She said she had thrown a lifebuoy towards Mrs. Whitlaw within seconds. “I've done that "
        "drill a hundred times,” she said.",
    )
    assert one(quotes, "I've done that drill a hundred times,").speaker == "Kirsty Morrow"


def test_a_question_mark_before_nyt_closing_marks_keeps_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Donald Trump held a news conference.",
        "''What does that mean, he kept the country safe?'' Mr. Trump asked, repeating a charge "
        "he has made many times.",
    )
    quote = one(quotes, "What does that mean, he kept the country safe?")
    assert quote.speaker == "Donald Trump" and quote.reason.startswith("named right after")


def test_they_is_the_person_just_quoted_whose_gender_is_never_shown(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jude Fenwick, who has organised the volunteer rota since 2015, keeps the names in a "
        "ring binder.",
        "“Nobody has asked us,” Fenwick said.",
        "I asked whether people would keep volunteering if the festival shrank.",
        "“Some would. The ones who come for the films would not,” they said.",
    )
    assert [q.speaker for q in quotes] == ["Jude Fenwick", "Jude Fenwick"]


def test_they_is_not_a_person_who_was_not_quoted_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Officials from the Harbour Board met the volunteers, and Jude Fenwick took notes.",
        "“We will decide in May,” they said.",
    )
    assert [q.speaker for q in quotes] == [None]


def test_he_is_not_the_man_his_own_quote_calls_by_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Curtis Rademacher, the senior inspector, said he had asked for a follow-up visit.",
        "His visit came four years after a colleague, Paul Ostrowski, inspected the plant on a "
        "noise complaint. Ostrowski said he found no violations.",
        "“A noise complaint gets you into the saw shop,” he said. “Paul did what he was sent "
        "there to do.”",
    )
    assert one(quotes, "A noise complaint gets you into the saw shop,").speaker == (
        "Curtis Rademacher"
    )
    assert one(quotes, "Paul did what he was sent there to do.").speaker == "Curtis Rademacher"


def test_a_first_name_in_someone_elses_quote_does_not_rule_its_owner_out(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Paul Ostrowski retired last year. His sister, Anna Ostrowski, still calls him Paul.",
        "“Paul never asked for help,” Anna Ostrowski said.",
        "Paul Ostrowski smiled at that. “I never needed it,” he said.",
    )
    assert one(quotes, "I never needed it,").speaker == "Paul Ostrowski"


def test_he_replied_is_the_one_the_question_was_put_to(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Capt. Torben Aske, 52, told the inquest that the fin had jammed twice.",
        "Desmond Morrow, the bosun, said the fault was common knowledge. “We all knew,” he said.",
        "Priti Valand, the family's lawyer, later pressed Capt. Aske on the defect entries. “Did "
        "you ask why?” she asked.",
        "“I asked. I was told it was sorted,” he replied.",
    )
    quote = one(quotes, "I asked. I was told it was sorted,")
    assert quote.speaker == "Torben Aske"
    assert "to whom the question before it was put" in quote.reason


def test_he_after_someone_asked_him_is_the_one_asked(make_article: Make) -> None:
    got = reported(
        make_article,
        "Capt. Torben Aske, 52, told the inquest that the fin had jammed twice that week.",
        "The senior coroner, Imelda Rourke, asked him why he had not cancelled the sailing.",
        "He said he had crossed in far worse weather.",
    )
    assert got[-1] == ("he had crossed in far worse weather.", "Torben Aske")


def test_he_two_sentences_after_called_him_can_be_the_subject_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Richard Osman, a geologist, died in the attack, according to his brother Alastair Osman. "
        "Alastair Osman called him a kind, loving and admirable person. He and his wife had just "
        "welcomed a second baby girl, his brother added. “He’s a new dad,” he said.",
    )
    assert one(quotes, "He’s a new dad,").speaker == "Alastair Osman"


def test_she_replied_after_a_statement_is_not_an_answer_to_a_question(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ana Ruiz, the treasurer, said she had checked the figures twice.",
        "Who pays for the repairs? The answer came from Tom Briggs, who chairs the trust. “We "
        "have set aside the money,” Ruiz said. “It will be enough,” she replied.",
    )
    assert one(quotes, "It will be enough,").speaker == "Ana Ruiz"


def test_a_title_says_the_gender_that_nearby_pronouns_do_not(make_article: Make) -> None:
    """ "Her firing" opening a sentence after Everett Lindahl's is his client's; the "Mr. Lindahl"
    the article gives him says he is a man, so the "he" after a woman's quote is him."""
    quotes = found(
        make_article,
        "Everett Lindahl, who has represented the driver for years, called the decision fair. "
        "Her firing, he said, was unlawful.",
        "Lucille Brannigan thanked the jurors. Her sister held her hand. "
        "“I am grateful,” she said.",
        "“This is the first time anyone has listened,” he said. Mr. Lindahl left at noon.",
    )
    assert one(quotes, "This is the first time anyone has listened,").speaker == "Everett Lindahl"


def test_her_lawyer_is_nobody_the_article_has_not_introduced_yet(make_article: Make) -> None:
    """ "her lawyer's office" comes before the one lawyer the article describes is named: a
    reader cannot take it for her, so "she" stays the woman named before it."""
    quotes = found(
        make_article,
        "Lucille Brannigan has said so since 2021. She repeated it on Wednesday, sitting in "
        "her lawyer's office.",
        "“I'm a bus driver,” she said.",
        "Colette Ferrante, the outside lawyer for the authority, said it would appeal.",
    )
    assert one(quotes, "I'm a bus driver,").speaker == "Lucille Brannigan"


def test_the_owner_of_the_one_named_next_is_not_the_subject(make_article: Make) -> None:
    """ "Mrs. Carmody's son, Peter Carmody, 34, said …" is about the son: the "he" of the next
    sentence is him, and the possessive votes no gender for his mother."""
    quotes = found(
        make_article,
        "Edith Carmody, 71, died in the crash. Mr. Kettering apologised to Mrs. Carmody's family.",
        "Mrs. Carmody's son, Peter Carmody, 34, said the family had heard the apology. "
        "“My mother caught that train for 19 years,” he told reporters.",
    )
    assert one(quotes, "My mother caught that train for 19 years,").speaker == "Peter Carmody"

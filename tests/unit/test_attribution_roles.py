"""People named by role and pronoun: "the judge said", role titles, places, salience, gender."""

from __future__ import annotations

from attribution_helpers import Make, found, one

TRIAL = (
    "Tolland County Judge Harriet Lindqvist set sentencing for January.",
    "“This was not a lapse,” Assistant District Attorney Raymond Paske told reporters.",
    "“She is no mastermind,” said Crandall’s lawyer, Gideon Farrow.",
)


def test_role_title_before_a_name_is_not_part_of_the_name(make_article: Make) -> None:
    quote = one(found(make_article, *TRIAL), "This was not a lapse,")
    assert quote.speaker == "Raymond Paske"


def test_a_player_s_position_before_the_name_is_no_part_of_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Midfielder Amara Quist scored twice as Port Ellery beat the Lakeshore Rangers 3-1.",
        "Her coach, Brendan Mahoney, said she had been playing through an ankle injury.",
        "“Honestly, I didn't feel it tonight,” Quist said.",
    )
    assert one(quotes, "Honestly, I didn't feel it tonight,").speaker == "Amara Quist"


def test_the_judge_is_the_judge_the_article_introduced(make_article: Make) -> None:
    quotes = found(make_article, *TRIAL, "“You will hear it in silence,” the judge said.")
    quote = one(quotes, "You will hear it in silence,")
    assert quote.speaker == "Harriet Lindqvist"
    assert "introduced by that role" in quote.reason


def test_the_prosecutor_and_her_lawyer(make_article: Make) -> None:
    quotes = found(
        make_article,
        *TRIAL,
        "“It is a story she told herself,” the prosecutor said.",
        "Her lawyer steered her to a car. “She is going home,” the defense lawyer said.",
    )
    assert one(quotes, "It is a story she told herself,").speaker == "Raymond Paske"
    assert one(quotes, "She is going home,").speaker == "Gideon Farrow"


def test_the_leader_of_a_named_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Janet Aldous, the leader of Wexmoor District Council, visited the town.",
        "Osric Bell, the leader of the Fellbridge Rowing Club, stayed away.",
        "The leader of Wexmoor District Council said the town had taken “the full force of it.”",
    )
    assert one(quotes, "the full force of it.").speaker == "Janet Aldous"


def test_a_role_mention_keeps_the_person_in_focus_for_a_pronoun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lorraine Crandall stared at the table. Judge Harriet Lindqvist read the verdicts.",
        "The judge kept a tight grip on the courtroom. Before the jury returned, she warned the "
        "gallery.",
        "“You will hear it in silence,” she said.",
    )
    assert one(quotes, "You will hear it in silence,").speaker == "Harriet Lindqvist"


def test_a_name_only_ever_used_as_a_place_is_not_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Helena Varga eats breakfast at the Harbor Lights Diner most days.",
        "The river broke over the wall on Mill Row. She walked along Mill Row at dawn.",
        "“I will stand up and say so,” she said.",
    )
    assert one(quotes, "I will stand up and say so,").speaker == "Helena Varga"


def test_she_after_a_quote_means_the_speaker_just_quoted(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lorraine Crandall was convicted. She wept.",
        "Celeste Amoroso said the district would sue. “Now we know,” Amoroso said.",
        "The audit raised questions about Arthur Pell, who died in 2021. Investigators said he "
        "received none of the money.",
        "“I will not speak ill of him,” she said.",
    )
    assert one(quotes, "I will not speak ill of him,").speaker == "Celeste Amoroso"


def test_a_pronoun_votes_for_the_subject_of_the_sentence_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gideon Farrow defended Lorraine Crandall. He said he would appeal.",
        "A reporter asked Crandall a question. She stopped, and Farrow put a hand on her shoulder.",
        "“I am sorry,” she said.",
    )
    assert one(quotes, "I am sorry,").speaker == "Lorraine Crandall"


def test_words_named_as_someones_in_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lorraine Crandall testified for three hours.",
        "“I wrote down every dollar. I was going to put it all back.”",
        "Crandall spoke those words from the witness stand last Wednesday.",
    )
    quote = one(quotes, "I wrote down every dollar. I was going to put it all back.")
    assert quote.speaker == "Lorraine Crandall"


def test_a_name_in_apposition_gets_no_gender_from_the_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Graham Ostler has managed Elmsford since 2019.",
        "Asked whether he had spoken to the referee, Anita Sorensen, after the match, he said: "
        "“I have said what I have got to say.”",
    )
    assert one(quotes, "I have said what I have got to say.").speaker == "Graham Ostler"


def test_his_client_and_she_are_not_the_same_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lorraine Crandall was convicted on Tuesday.",
        "Gideon Farrow argued that his client had been pressured and that she kept a record. "
        "He said he would appeal.",
        "A reporter asked Crandall a question. She stopped, and Farrow put a hand on her shoulder.",
        "“I am sorry,” she said.",
    )
    assert one(quotes, "I am sorry,").speaker == "Lorraine Crandall"


def test_she_is_the_subject_just_named_rather_than_a_woman_further_back(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Ines Varela-Holm led the study. She said the effect was modest.",
        "Dr. Helen Oyelaran, director of research at Hearing Forward, welcomed the study. "
        "Oyelaran said most people never have their hearing assessed.",
        "“It is not a substitute for a hearing test,” she said.",
    )
    assert one(quotes, "It is not a substitute for a hearing test,").speaker == "Helen Oyelaran"


def test_in_his_words_a_little_before_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nathan Birdsall runs the campaign from a room above a bakery.",
        'What the campaign does have, in his words, is "more volunteers than yard signs."',
    )
    assert one(quotes, "more volunteers than yard signs.").speaker == "Nathan Birdsall"


def test_how_someone_described_by_a_clause_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Birch has run the bakery on Mill Lane for thirty years.",
        "'You don't get to close a bakery because of a bit of weather.' That is how Tom Birch, "
        "who runs the bakery, put it.",
    )
    quote = one(quotes, "You don't get to close a bakery because of a bit of weather.")
    assert quote.speaker == "Tom Birch"


def test_the_authors_and_they_are_the_lead_author(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We have shown an association,” said Dr. Ines Varela-Holm, the study’s lead author.",
        "“Our findings do not establish a causal relationship,” the authors wrote. They wrote "
        "that a randomised trial would be needed to settle the question.",
        "The choir members' hearing declined at a rate the authors described as “roughly "
        "equivalent to three years of decline.”",
    )
    assert {q.speaker for q in quotes} == {"Ines Varela-Holm"}
    assert len(quotes) == 4


def test_an_age_before_the_description_is_skipped(make_article: Make) -> None:
    from reader.core.pipeline import analyse

    analysis = analyse(
        make_article(
            "“The pit gave us everything,” said Mara Voss, 61, a retired geologist who grew up "
            "in the valley."
        )
    )
    speaker = analysis.speaker("Mara Voss")
    assert speaker is not None
    assert any(d.startswith("a retired geologist") for d in speaker.descriptions)
    assert "61" not in speaker.descriptions


def test_a_relative_clause_keeps_its_verb_and_a_bare_age_is_no_description(
    make_article: Make,
) -> None:
    from reader.core.pipeline import analyse

    analysis = analyse(
        make_article(
            "Chidinma Okafor, who has run the trust since 2021, spoke first.",
            "“We are short every night,” Okafor said.",
            "Sandra Doyle, 58, watched from the gallery. “He is a good boy,” Doyle said.",
        )
    )
    okafor, doyle = analysis.speaker("Chidinma Okafor"), analysis.speaker("Sandra Doyle")
    assert okafor is not None and "who has run the trust since 2021" in okafor.descriptions
    assert doyle is not None and "58" not in doyle.descriptions


def test_a_report_that_came_out_on_a_day_speaks_for_the_body_named_before(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "According to the Millhaven Police Department, one officer fired a single shot.",
        'A preliminary incident report released Thursday describes Greenleaf as "agitated and '
        'non-compliant" and says he "advanced on officers."',
    )
    assert one(quotes, "agitated and non-compliant").speaker == "Millhaven Police Department"
    assert one(quotes, "advanced on officers.").speaker == "Millhaven Police Department"


def test_the_object_of_a_subjects_verb_is_not_the_subject(make_article: Make) -> None:
    from reader.core.pipeline import analyse

    analysis = analyse(
        make_article(
            "Capt. Torben Aske, 52, has commanded the ferry since 2016.",
            "The senior coroner, Imelda Rourke, asked him why he had not cancelled the sailing.",
            "He said he had crossed in far worse weather. “If I cancelled every time, nobody "
            "would see a doctor,” he said.",
            "Ms. Rourke said she would consider a report.",
        )
    )
    rourke = analysis.speaker("Imelda Rourke")
    assert rourke is not None and rourke.gender == "female"
    quote = one(analysis.quotes, "If I cancelled every time, nobody would see a doctor,")
    assert quote.speaker == "Torben Aske"


def test_him_in_a_clause_of_its_own_may_be_the_subject(make_article: Make) -> None:
    from reader.core.pipeline import analyse

    analysis = analyse(
        make_article(
            "Desmond Hale said the board had asked him to stay on for a year.",
            "Kirsty Hale, his daughter, said she was glad. “He needed this,” she said.",
        )
    )
    hale = analysis.speaker("Desmond Hale")
    assert hale is not None and hale.gender == "male"


def test_the_coroner_and_the_sergeant_are_roles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The senior coroner, Imelda Rourke, opened the inquest. Paul Innes, a police sergeant, "
        "gave evidence.",
        "“I am trying to establish what you knew,” the coroner said.",
        "“We found the gate open,” the sergeant said.",
    )
    assert one(quotes, "I am trying to establish what you knew,").speaker == "Imelda Rourke"
    assert one(quotes, "We found the gate open,").speaker == "Paul Innes"


def test_a_possessive_opening_an_appositive_is_someone_elses(make_article: Make) -> None:
    from reader.core.pipeline import analyse

    analysis = analyse(
        make_article(
            "Carly Fiorina pressed for secrecy. Then Michael Capellas, her counterpart at Compaq, "
            "called with an offer.",
            "“The brand will survive,” Capellas said.",
        )
    )
    capellas = analysis.speaker("Michael Capellas")
    assert capellas is not None and capellas.gender != "female"


def test_the_taoiseach_is_the_one_the_article_introduced_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Taoiseach, Bríd Ní Mhurchú, has defended the decision to delay the hospital wing.",
        "Speaking in the Dáil, the Taoiseach said the delay was caused by “a contractor dispute "
        "that nobody in this House wanted”, and insisted the wing would open in 2027.",
    )
    assert one(quotes, "a contractor dispute that nobody in this House wanted").speaker == (
        "Bríd Ní Mhurchú"
    )


def test_a_body_named_for_a_saint_keeps_the_saint(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A patient who walked out of the emergency room at St. Brigid Medical Center died.",
        "“We are heartbroken for this family,” a spokesman for St. Brigid Medical Center said.",
    )
    assert one(quotes, "We are heartbroken for this family,").speaker == (
        "St. Brigid Medical Center"
    )

"""Session forty-seven, first round: the copy of round 39's blind suites (the Anglophone Caribbean,
theatre, Haiti, Cuba and the Dominican Republic, motorsport, US police and courts, the higher-
education trade press): offices named "… General", styles between an office and a name, seats and
fields before a member's name, hyphenated datelines, speakers named in the sentence after a quote,
and bodies named by the subject of the sentence before."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_office_called_general_is_no_one_called_general(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Commonwealth Secretary-General, Ilse Marrow, opened the summit on Monday.",
        "“We cannot wait another decade,” the Secretary-General said.",
        "The Federal Attorney General said in the charge sheet that the accused had moved the "
        "money through eleven shell accounts.",
    )
    assert one(quotes, "We cannot wait another decade,").speaker == "Ilse Marrow"
    assert report_opening(quotes, "the accused had moved").speaker == "Federal Attorney General"


def test_styles_and_fields_between_an_office_and_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Exporters need foreign exchange now,” Minister of Trade and Industry Senator the "
        "Honourable Anjali Ramcharan-Baptiste told the chamber.",
        "“Service is the rent we pay,” said the Custos Rotulorum of St Ann, the Honourable Dr "
        "Orville Pennicott-Hayles, at the awards.",
        "“Nobody asked the village council,” Toshao Marlon Jerome-Williams told reporters.",
        "Minister of Mining and Heavy Industry B. Tsogtbaatar said the licence would be reviewed.",
    )
    assert (
        one(quotes, "Exporters need foreign exchange now,").speaker == "Anjali Ramcharan-Baptiste"
    )
    assert one(quotes, "Service is the rent we pay,").speaker == "Orville Pennicott-Hayles"
    assert one(quotes, "Nobody asked the village council,").speaker == "Marlon Jerome-Williams"
    assert report_opening(quotes, "the licence would be").speaker == "B. Tsogtbaatar"


def test_a_seat_before_the_members_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Member of Parliament for Long Island Celestine Forbes-Rolle accused the Government of "
        "forgetting the Family Islands.",
        "“The roads are a disgrace,” said Parliamentary Representative for St Peter Winston "
        "Joseph-Mills during the debate.",
    )
    assert (
        report_opening(quotes, "the Government of forgetting").speaker == "Celestine Forbes-Rolle"
    )
    assert one(quotes, "The roads are a disgrace,").speaker == "Winston Joseph-Mills"


def test_a_hyphenated_dateline_opens_the_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "PORT-AU-PRINCE, Haiti — Dr. Nadège Fleurimond-Joseph, who runs a clinic in Delmas, said "
        "more mothers were giving birth at home.",
    )
    assert report_opening(quotes, "more mothers were giving").speaker == (
        "Nadège Fleurimond-Joseph"
    )


def test_the_speaker_named_in_the_sentence_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Who is going to pay the bus fare?”",
        "That was the question posed by market vendor Hortense McLaren-Daley at the meeting.",
        "“A long night with a short play inside it.” That was the verdict of the critic Felix "
        "Arbuthnot on the new ‘Hamlet’.",
        "“Somebody saw that car.”",
        "The plea came Monday from Detective Ruth Okonedo, who took over the case in May.",
    )
    assert one(quotes, "Who is going to pay the bus fare?").speaker == "Hortense McLaren-Daley"
    assert one(quotes, "A long night with a short play inside it.").speaker == "Felix Arbuthnot"
    assert one(quotes, "Somebody saw that car.").speaker == "Ruth Okonedo"


def test_a_body_named_by_the_sentence_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Equity has accused the producers of the tour of breaching its agreement.",
        "The union said that nine performers had been asked to share rooms in Dundee.",
        "Colleges UK has said that the new cap will bring only brief relief.",
        "The body, which represents 120 colleges, said the sector needed a settlement.",
        "The People’s Progressive Alliance said the plan was a promise recycled from 2019.",
    )
    assert report_opening(quotes, "nine performers had been").speaker == "Equity"
    assert report_opening(quotes, "the sector needed a settlement").speaker == "Colleges UK"
    assert (
        report_opening(quotes, "the plan was a promise").speaker == "People’s Progressive Alliance"
    )


def test_who_a_paper_or_a_filing_quotes(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The provincial party secretary, Yadira Pompa Lorenzo, acknowledged the cuts.",
        "“We owe the people an answer,” Granma quoted Pompa as saying.",
        "“The driver could not stand up straight,” according to an affidavit filed by Trooper "
        "Keenan Ashdown of the State Highway Patrol.",
        "The other driver, Mason Pruitt, 31, was treated at the scene.",
        "Sgt. Lorna Vickery said Pruitt told officers, “I looked down at my phone.”",
    )
    assert one(quotes, "We owe the people an answer,").speaker == "Yadira Pompa Lorenzo"
    assert one(quotes, "The driver could not stand up straight,").speaker == "Keenan Ashdown"
    assert one(quotes, "I looked down at my phone.").speaker == "Mason Pruitt"


def test_a_nationality_and_a_manner_name_the_one_the_report_is_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SPA-FRANCORCHAMPS, Belgium — Sigrun Haldorsen was furious after both cars stopped.",
        "“That is not a coincidence,” said the Norwegian, who took charge in January.",
        "Iker Goikoetxea, the youngest rider on the grid, took his first podium.",
        "“I hope they stop asking whether kids can race,” said the 18-year-old Basque.",
    )
    assert one(quotes, "That is not a coincidence,").speaker == "Sigrun Haldorsen"
    assert one(quotes, "I hope they stop asking whether kids can race,").speaker == (
        "Iker Goikoetxea"
    )
    quotes = found(
        make_article,
        "Dana Kessler watched from the garage as Tomás Vidal crashed at the last corner.",
        "“He knows,” she said. Vidal, icing his wrist, was more expansive: “I made a mistake and "
        "I have to live with it.”",
    )
    assert one(quotes, "I made a mistake and I have to live with it.").speaker == "Tomás Vidal"


def test_a_role_before_someone_elses_name_is_not_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Assistant District Attorney Noreen Castellano asked Judge Howard Lisle to deny bail.",
        "“He fled the last time,” the prosecutor said.",
        "Opposition spokesman on justice Derwent Ambrose criticised the ruling.",
        "Ambrose, the MP for St Aldric North Western, told the House that appeals had doubled.",
    )
    assert one(quotes, "He fled the last time,").speaker == "Noreen Castellano"
    assert report_opening(quotes, "appeals had doubled").speaker == "Derwent Ambrose"


def test_a_documents_author_named_where_it_was_introduced(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jobless numbers fell in the second quarter, according to the latest Household Budget "
        "Survey released by the Grenada Statistics Office.",
        "The survey showed that joblessness among under-25s stayed above 20 per cent.",
        "Officers killed at least nine people in April, the rights group Vwa Lakay said in a "
        "report released Monday.",
        "The 30-page report said most of the dead were young men stopped at roadblocks.",
        "The Marsh Valley Arts Board has cut funding for the Tollgate Players, saying in a letter "
        "to the company that its plans lacked ambition.",
        "The letter said the board had received far stronger applications this year.",
        "Dwight Ferreira, 40, was charged on Monday with burglary.",
        "The affidavit of probable cause, written by Detective Inez Carrow, states that a "
        "neighbour saw a man carrying a television to a van.",
    )
    assert report_opening(quotes, "joblessness among under-25s").speaker == (
        "Grenada Statistics Office"
    )
    assert report_opening(quotes, "most of the dead were").speaker == "Vwa Lakay"
    assert report_opening(quotes, "the board had received").speaker == "Marsh Valley Arts Board"
    assert report_opening(quotes, "a neighbour saw a man").speaker == "Inez Carrow"


def test_a_cue_with_its_verb_first_or_an_age_and_trade_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "It was, said Professor Dame Hilary Ashworth-Pike, “the worst decision for science in a "
        "generation”.",
        "Three local players were picked for the squad.",
        "One of them, 18-year-old leg-spinner Devon Alleyne-Pierre of Liberta, told reporters: "
        "“I have dreamed of this since I was small.”",
        "Drains in the Couva/Tabaquite area had not been cleared since March, Couva/Tabaquite "
        "Regional Corporation chairman Rakesh Boodram-Singh said yesterday.",
    )
    assert one(quotes, "the worst decision for science in a generation").speaker == (
        "Hilary Ashworth-Pike"
    )
    assert one(quotes, "I have dreamed of this since I was small.").speaker == (
        "Devon Alleyne-Pierre"
    )
    assert report_opening(quotes, "Drains in the Couva/Tabaquite").speaker == "Rakesh Boodram-Singh"

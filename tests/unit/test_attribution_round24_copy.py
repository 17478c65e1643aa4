"""Session forty-two: the copy of round 24's blind suites (disaster desks, transport news, the
expat press in Europe, money pages, the games press, immigration reporting): offices with a
field of two words, bodies with a seat or a list of fields, people known by one name, documents
issued by a body, European styles and Catalan names."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_office_whose_field_has_two_words_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Director of Public Health Benjamin Okonedo said the outbreak was contained.",
        "“We have traced every contact,” Okonedo said.",
    )
    assert report_opening(quotes, "the outbreak was contained").speaker == "Benjamin Okonedo"
    assert one(quotes, "We have traced every contact,").speaker == "Benjamin Okonedo"


def test_a_ministrys_list_of_fields_holds_a_field_of_two_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokesperson for the Department of Housing, Local Government and Heritage said the "
        "grant scheme was under review.",
    )
    speaker = report_opening(quotes, "the grant scheme was under review").speaker
    assert speaker == "Department of Housing, Local Government and Heritage"


def test_had_written_before_a_colon_introduces_the_writers_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ray Lomax ran the boatyard for four decades. In a letter to the board, he had "
        "written: “The yard cannot survive another winter.”",
    )
    assert one(quotes, "The yard cannot survive another winter.").speaker == "Ray Lomax"


def test_written_is_no_cue_of_a_title_or_a_document(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Her classmates sang a song Noor had written herself, “Harbour Lights,” at the vigil.",
        "According to the written decision of the Appeals Tribunal, the rider had failed to "
        "show how the drug entered his system.",
    )
    assert one(quotes, "Harbour Lights,").speaker is None
    assert report_opening(quotes, "the rider had failed").speaker == "Appeals Tribunal"


def test_a_spokesman_for_a_body_with_its_seat_speaks_for_the_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokesman for the Federal Office for Migration in Liebenau said: “Every "
        "application is examined on its merits.”",
        "A spokesperson for the Sarnesian Embassy in Vaskova said the embassy was in contact "
        "with the family.",
    )
    speaker = one(quotes, "Every application is examined on its merits.").speaker
    assert speaker == "Federal Office for Migration"
    embassy = report_opening(quotes, "the embassy was in contact").speaker
    assert embassy == "Sarnesian Embassy in Vaskova"


def test_people_known_by_one_name_at_their_own_request(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tesfay, 24, who asked to be identified only by his first name, spent a month in a camp "
        "on the coast.",
        "“The police come every night,” he said.",
        "Leyla, not her real name, has waited two years for a decision.",
        "‘I tell my son it will be soon,’ she said.",
    )
    assert one(quotes, "The police come every night,").speaker == "Tesfay"
    assert one(quotes, "I tell my son it will be soon,").speaker == "Leyla"


def test_a_minor_named_after_for_with_an_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "For Mateo, 15, who crossed alone and asked that only his first name be used, the "
        "worst part was the shelter.",
        "“They never turn the lights off,” he said.",
    )
    assert one(quotes, "They never turn the lights off,").speaker == "Mateo"


def test_a_source_who_asked_not_to_be_named_stays_unnamed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maria Castell runs the shelter. A volunteer, who asked not to be identified, described "
        "the night.",
        "“We ran out of blankets by ten,” she said.",
    )
    assert one(quotes, "We ran out of blankets by ten,").speaker is None


def test_a_business_of_several_words_described_as_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ferrovie Alpine Lombarde, the regional rail operator, has cancelled 40 trains a day.",
        "A company spokesman said new drivers would be ready by December.",
        "Volunteer Ray Kowalski, a retired mail carrier, said the queue began at dawn.",
    )
    assert report_opening(quotes, "new drivers would").speaker == "Ferrovie Alpine Lombarde"
    assert report_opening(quotes, "the queue began").speaker == "Ray Kowalski"


def test_a_trade_capitalised_before_a_bodys_name_is_no_part_of_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Operator Greenline Omnibus said the route had been hit by driver sickness.",
        "The Gironde Prefecture banned swimming at three beaches. In a statement, the "
        "prefecture said the ban would stay until two tests were clean.",
    )
    assert report_opening(quotes, "the route had been").speaker == "Greenline Omnibus"
    assert report_opening(quotes, "the ban would stay").speaker == "Gironde Prefecture"


def test_new_guidance_from_a_body_is_the_bodys(make_article: Make) -> None:
    quotes = found(
        make_article,
        "New guidance from the Consumer Lending Commission says that lenders must offer at "
        "least three forbearance options.",
    )
    speaker = report_opening(quotes, "lenders must offer").speaker
    assert speaker == "Consumer Lending Commission"


def test_european_styles_and_a_catalan_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The junior minister, Apolline Marchetti-Rousseau, visited Guéret on Friday.",
        "Mme Marchetti-Rousseau said that the first vans would be on the road by June.",
        "The regional minister, Jordi Puigvert i Serra, ordered new water limits.",
        "“We are planning for two more dry years,” Puigvert said.",
    )
    minister = report_opening(quotes, "the first vans").speaker
    assert minister == "Apolline Marchetti-Rousseau"
    catalan = one(quotes, "We are planning for two more dry years,").speaker
    assert catalan == "Jordi Puigvert i Serra"


def test_the_older_of_two_sharing_a_surname_by_a_first_names_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Walter Pryde, 71, and his son Callum, 40, both lost savings when the platform failed.",
        "“They told me my case was harder,” the older Mr Pryde said.",
    )
    assert one(quotes, "They told me my case was harder,").speaker == "Walter Pryde"


def test_a_titled_surname_with_particles_chooses_by_sex(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The studio was founded by Piet van der Berg and is now run by his daughter, Anouk van "
        "der Berg.",
        "“I build games for people who skip the manual,” Ms van der Berg said.",
    )
    speaker = one(quotes, "I build games for people who skip the manual,").speaker
    assert speaker == "Anouk van der Berg"


def test_the_forecaster_is_the_one_described_as_a_forecaster(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ingrid Solberg, a forecaster at the bureau, said the band of rain had stalled. The "
        "forecaster said it was like “a hose aimed at one spot.”",
    )
    assert one(quotes, "a hose aimed at one spot.").speaker == "Ingrid Solberg"


def test_her_husband_of_a_married_couple_named_in_full(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The studio was founded by the married couple Ines Carvalho and Rui Carvalho.",
        "“Rui writes the code,” said Ines Carvalho. Her husband said that was “roughly fair”.",
    )
    assert one(quotes, "roughly fair").speaker == "Rui Carvalho"


def test_branded_a_quote_by_a_councillor(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The arena has been branded a ‘white elephant in a tracksuit’ by Cllr Stephen Hale, "
        "leader of the opposition.",
    )
    assert one(quotes, "white elephant in a tracksuit").speaker == "Stephen Hale"


def test_a_term_known_in_a_trade_is_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ingrid Solberg told MPs that the practice, known in the industry as “p-coding”, was "
        "“not acceptable at this scale”.",
    )
    assert one(quotes, "p-coding").speaker is None
    assert one(quotes, "not acceptable at this scale").speaker == "Ingrid Solberg"


def test_that_promise_from_a_person_names_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The servers stay online while one person is still playing.”",
        "That promise, from Graham Tulloch, the founder of Pinwheel Works, is a legend among fans.",
    )
    speaker = one(quotes, "The servers stay online while one person is still playing.").speaker
    assert speaker == "Graham Tulloch"


def test_a_columns_tagline_names_the_writer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Leave it alone,” I told my nephew when he asked about cashing out his pension.",
        "He listened, grudgingly.",
        "Martin Eckersley writes the Money Matters column every Sunday.",
    )
    assert one(quotes, "Leave it alone,").speaker == "Martin Eckersley"
    assert not [q for q in quotes if "column" in q.text]

"""Session fifty-seven, first round: a relative clause holding a child's age, a suit filed by a
person, the writer's "When I met X, …, he told me", a letter's verdict before a colon, "introduced
her as", a report named with its topic, "the Omani minister", a prime minister "of the
Tripoli-based government", views held, "As one coalition MP, X, put it", "What X calls", "The
“…” is how X described", and an answer given when the writer asked."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening, reported


def test_a_relative_clause_with_an_age_and_a_suit_filed_by_a_person(make_article: Make) -> None:
    speakers = dict(
        reported(
            make_article,
            "Odile Ferrand, whose daughter Manon, 12, was on the ferry, told the Courier that the "
            "crew had never explained the evacuation drill.",
            "The suit, filed by Grigor Petrosyan in the district court, alleges that the landlord "
            "cut the heating to force tenants out.",
        )
    )
    assert speakers["the crew had never explained the evacuation drill."] == "Odile Ferrand"
    assert speakers["the landlord cut the heating to force tenants out."] == "Grigor Petrosyan"


def test_the_writer_met_someone_then_he_told_me(make_article: Make) -> None:
    quotes = found(
        make_article,
        "When I met Mr Lim Chee Keong, the retired harbour pilot, at his flat in Butterworth, he "
        "told me that the channel had silted up faster than anyone admitted.",
    )
    assert report_opening(quotes, "the channel had silted").speaker == "Lim Chee Keong"


def test_writing_to_someone_is_no_report(make_article: Make) -> None:
    quotes = found(make_article, "Gov. Halima Osei wrote to the trustees on Monday.")
    assert quotes == []


def test_a_letters_manner_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The letter from Gov. Halima Osei to the trustees, sent late Monday, was blunt: “You "
        "have run out of time.”",
    )
    assert one(quotes, "You have run out of time.").speaker == "Halima Osei"


def test_introduced_as_and_publicly_describing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Councillor Piers Aldana opened the evening. At the lectern, Aldana introduced her as “the "
        "finest harbourmaster this town has had.”",
        "Rosalind Ebbs went further, publicly describing the deal as “a sell-out of the fleet.”",
    )
    assert one(quotes, "the finest harbourmaster this town has had.").speaker == "Piers Aldana"
    assert one(quotes, "a sell-out of the fleet.").speaker == "Rosalind Ebbs"


def test_a_report_named_with_its_topic(make_article: Make) -> None:
    speakers = dict(
        reported(
            make_article,
            "The Harbour Safety Board’s latest report on Kilcarra Pier said the railings had "
            "rusted through in four places.",
            "The Maritime Accident Bureau opened an inquiry in March. The bureau’s report into the "
            "sinking found that the skipper had not slept for two days.",
        )
    )
    assert speakers["the railings had rusted through in four places."] == "Harbour Safety Board"
    assert speakers["the skipper had not slept for two days."] == "Maritime Accident Bureau"


def test_a_role_with_a_nationality(make_article: Make) -> None:
    speakers = dict(
        reported(
            make_article,
            "Qatar’s Minister of Transport, Yousef bin Khalid Al Thani, visited the port on "
            "Sunday with Kuwait’s oil minister, Fahad Al Mutairi.",
            "The Kuwaiti minister said the pipeline would be finished by the spring.",
            "The Qatari minister said a second berth would follow.",
        )
    )
    assert speakers["the pipeline would be finished by the spring."] == "Fahad Al Mutairi"
    assert speakers["a second berth would follow."] == "Yousef bin Khalid Al Thani"


def test_a_prime_minister_of_a_government(make_article: Make) -> None:
    speakers = dict(
        reported(
            make_article,
            "Prime Minister Salem al-Badri of the Benghazi-based government insisted that the "
            "oil revenue would be shared fairly.",
        )
    )
    assert speakers["the oil revenue would be shared fairly."] == "Salem al-Badri"


def test_views_held(make_article: Make) -> None:
    speakers = dict(
        reported(
            make_article,
            "Senator Inés Carvajal Ruiz chairs the water committee. Her view, stated at every "
            "hearing, is that the dam contracts must be put out to tender again.",
            "Piotr Zieliński, the head of the statistics office, has long held the view that the "
            "census undercounts rural households.",
            "Ana Duarte holds the view that the tram line will never pay for itself.",
        )
    )
    assert speakers["the dam contracts must be put out to tender again."] == "Inés Carvajal Ruiz"
    assert speakers["the census undercounts rural households."] == "Piotr Zieliński"
    assert speakers["the tram line will never pay for itself."] == "Ana Duarte"


def test_as_one_member_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As one coalition MP, Jānis Ozoliņš, put it: “We share a house but not a kitchen.”",
        "As one fish buyer in Sandvik put it: “Nobody buys when the quota may change tomorrow.”",
    )
    assert one(quotes, "We share a house but not a kitchen.").speaker == "Jānis Ozoliņš"
    assert one(quotes, "Nobody buys when the quota may change tomorrow.").speaker is None


def test_what_someone_calls_and_is_how_someone_described(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The economist Cordelia Marchbanks has spent a decade on one question.",
        "What Marchbanks calls “the long stall” of wages began, she argues, in 1974.",
        "The “worst harvest we have seen in a generation” is how Tobias Renner, head of research "
        "at Feldkirch Grain, described the season.",
    )
    assert one(quotes, "the long stall").speaker == "Cordelia Marchbanks"
    assert one(quotes, "worst harvest we have seen in a generation").speaker == "Tobias Renner"


def test_an_answer_given_when_the_writer_asked(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marisol Ekwueme's answer, when I asked how a schoolteacher came to run the biggest "
        'ferry company on the lake, was typically short: "Nobody else wanted it."',
    )
    assert one(quotes, "Nobody else wanted it.").speaker == "Marisol Ekwueme"


def test_the_speaker_named_in_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Nobody will be paid until the ports are open again.”",
        "That was the message from Peru’s transport minister, Valentina Quispe Huamán, on Friday "
        "as dockworkers walked out for a second week.",
        "“Cotton is our gold now.”",
        "With those four words, Trade Minister Karim Ben Slimane summed up the plan at a "
        "conference in Tunis.",
    )
    assert one(quotes, "Nobody will be paid until the ports are open again.").speaker == (
        "Valentina Quispe Huamán"
    )
    assert one(quotes, "Cotton is our gold now.").speaker == "Karim Ben Slimane"


def test_state_television_quoted_someone_described(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The blockade has failed and will fail again,” state television quoted Mohsen "
        "Karimi-Nejad, a member of the Expediency Council, as saying on Sunday.",
    )
    assert one(quotes, "The blockade has failed and will fail again,").speaker == (
        "Mohsen Karimi-Nejad"
    )


def test_the_central_bank_chief(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Uruguay’s central bank president, Lucía Ferreira Sosa, kept the rate at 8% on Thursday.",
        "“The board is far too timid,” said Martín Olivera, chief economist at Banco Litoral.",
        "“We will not move because the treasury is in a hurry,” the central bank chief said.",
    )
    assert one(quotes, "We will not move because the treasury is in a hurry,").speaker == (
        "Lucía Ferreira Sosa"
    )


def test_bodies_glossed_in_their_own_language_or_owned_by_a_country(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Andean Coffee Growers Union (Unión de Cafeteros Andinos, UCA) said in a statement: "
        "“The price no longer pays for the harvest.”",
        "Peru’s Fiscal Oversight Council warned on Monday that the deficit would exceed its "
        "ceiling.",
    )
    assert one(quotes, "The price no longer pays for the harvest.").speaker == (
        "Andean Coffee Growers Union"
    )
    assert report_opening(quotes, "the deficit would exceed").speaker == (
        "Fiscal Oversight Council"
    )


def test_an_office_with_its_field_then_a_second_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vice-President for Planning Dariush Farahani promised “no more shocks” on bread prices "
        "but also warned of “a hard winter” as subsidies are cut.",
    )
    assert one(quotes, "no more shocks").speaker == "Dariush Farahani"
    assert one(quotes, "a hard winter").speaker == "Dariush Farahani"


def test_the_suit_is_its_plaintiffs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The lawsuit, filed on Friday by a former aide named Corwin Halloway, seeks damages.",
        "“The defendants destroyed my reputation,” the suit says.",
    )
    assert one(quotes, "The defendants destroyed my reputation,").speaker == "Corwin Halloway"


def test_the_writers_question_reported_or_put_plainly(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By Rhiannon Ellery-Vaughan",
        "Dermot Quill has kept the lighthouse on Inishcarra for twenty-two years. I asked him "
        "whether he had ever wanted to leave. “Most winters,” Quill said.",
        "His daughter’s novel cost him two friends. I put it to him plainly: “Do you mind?”",
    )
    assert report_opening(quotes, "whether he had ever wanted").speaker == "Rhiannon Ellery-Vaughan"
    assert one(quotes, "Do you mind?").speaker == "Rhiannon Ellery-Vaughan"


def test_the_complaint_is_the_lawsuit_filed_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The lawsuit, filed Thursday in Calder County Circuit Court by the Calder Renters Union, "
        "names the owners of the Maple Court flats.",
        "“The owners ignored forty-one written complaints,” the complaint states.",
    )
    assert one(quotes, "The owners ignored forty-one written complaints,").speaker == (
        "Calder Renters Union"
    )


def test_a_title_in_its_own_languages_sentence_case(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The satirical programme “Kto pyta, nie błądzi”, which mocked three ministers, will "
        "return in March, the broadcaster announced.",
    )
    title = one(quotes, "Kto pyta, nie błądzi")
    assert (title.kind.value, title.speaker) == ("title", None)


def test_people_known_by_one_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mykhailo, a 29-year-old artillery spotter who asked that only his first name be used, "
        "said the drones now came at night.",
        "“You hear them before you see them,” he said.",
        "“We cook their dinners and they want us gone,” said a man at the lectern who gave his "
        "name only as Tavita.",
    )
    assert one(quotes, "You hear them before you see them,").speaker == "Mykhailo"
    assert one(quotes, "We cook their dinners and they want us gone,").speaker == "Tavita"

"""Local news and international wire copy (blind suites mix44 and mix45): documents owned by a
named body, ledes that describe before they name, datelines, envoys and diplomats, bodies named
by their kind, and names from many languages."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_a_named_bodys_own_report_has_found(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nearly half of the town's council homes failed to meet the decent homes standard last "
        "year, Wexley District Council's own annual housing report has found.",
    )
    assert report_opening(quotes, "Nearly half").speaker == "Wexley District Council"


def test_a_lede_that_describes_a_candidate_in_an_election_before_naming_her(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "An independent candidate in the Hollowbrook ward by-election has accused her rival of "
        "putting out leaflets that were 'deliberately misleading'.",
        "Joanne Pyle said the claim was untrue. Her rival, Martin Oduya, said its figures came "
        "from council papers.",
    )
    assert one(quotes, "deliberately misleading").speaker == "Joanne Pyle"


def test_an_anonymous_source_describing_something_is_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The board of Ardmore Community Hospital is expected to recommend closing its day ward, "
        "a source close to the board told the Courier, describing the hospital's finances as "
        "'beyond critical'.",
    )
    assert one(quotes, "beyond critical").speaker is None
    assert not [q for q in quotes if q.speaker == "Ardmore Community Hospital"]


def test_a_headline_quotes_ahead_what_the_story_quotes(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'We're not going anywhere': Market traders vow to fight eviction",
        "Stallholders at Eastgate Market have vowed to fight plans to redevelop the hall.",
        "'We're not going anywhere,' said Bernie Walsh, who has sold fruit at the market for 37 "
        "years. 'My dad had this pitch before me.'",
    )
    assert one(quotes, "We're not going anywhere").speaker == "Bernie Walsh"


def test_the_gp_and_the_volunteer_are_the_people_introduced_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Farah Siddiqui, a GP at Meadowbank Surgery for 18 years, says the practice may stop "
        "taking new patients. Volunteer Ron Staszak drives patients to hospital twice a week.",
        "Practice manager Graham Tully said three doctors had left since 2022.",
        "'We have 11,000 patients and four GPs,' the GP said. 'Some of these people have no one "
        "else,' the volunteer told the Chronicle.",
    )
    assert one(quotes, "We have 11,000 patients and four GPs,").speaker == "Farah Siddiqui"
    assert one(quotes, "Some of these people have no one else,").speaker == "Ron Staszak"


def test_envoys_and_ambassadors_named_in_apposition_and_called_back(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The U.N. special envoy for Tzalvia, Haakon Brenner-Lund, told the Security Council on "
        "Monday that both sides had agreed in principle to a prisoner exchange.",
    )
    assert report_opening(quotes, "both sides had agreed").speaker == "Haakon Brenner-Lund"
    quotes = found(
        make_article,
        "Talvenia's envoy to the United Nations, Helena Vaara-Kivinen, said her country would "
        "back the resolution.",
        '"It is the only army we have," the diplomat said.',
    )
    assert one(quotes, "It is the only army we have,").speaker == "Helena Vaara-Kivinen"
    quotes = found(
        make_article,
        "Veldoria's ambassador to the United States, Carl-Johan Wennerholm, urged Congress to "
        "act. A State Department official, Patricia Dunmore, told lawmakers the hold stood.",
        '"We are asking Washington to keep a promise," the ambassador told Reuters.',
    )
    assert one(quotes, "We are asking Washington to keep a promise,").speaker == (
        "Carl-Johan Wennerholm"
    )


def test_an_office_in_apposition_around_an_earlier_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ADDIS ABABA (Reuters) - The African Union's special envoy for the Lubangan crisis, "
        "former Zembaran president Samuel Kibet Tanui, arrived in Mabendi on Sunday.",
        "The army chief, General Fidèle Ngoy, met the envoy at the airport.",
        '"I have come to listen," the envoy said.',
    )
    assert one(quotes, "I have come to listen,").speaker == "Samuel Kibet Tanui"


def test_a_romanian_name_in_apposition_to_an_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The president of Marenia, Ștefan Coravu, has dismissed EU criticism of his "
        "government's media law as 'lectures from people who don't know our history'.",
    )
    assert one(quotes, "lectures from people who don't know our history").speaker == (
        "Ștefan Coravu"
    )


def test_bodies_named_by_their_kind_and_their_documents(make_article: Make) -> None:
    quotes = found(
        make_article,
        "VELDOR (Reuters) - Veldoria's flag carrier Veldair will cancel about 1,800 flights, "
        "according to a statement from the airline on Tuesday.",
        "Rights group Civic Watch International said in a statement that at least 56 people "
        "had been killed.",
    )
    flights = report_opening(quotes, "Veldoria's flag carrier Veldair")  # not the dateline
    assert flights.speaker == "Veldair"
    assert report_opening(quotes, "at least 56 people").speaker == "Civic Watch International"
    quotes = found(
        make_article,
        "Kelmar's rating was cut by Halvern Ratings, which cited oil. The company said in its "
        "report that government debt would rise to 58% of GDP.",
    )
    assert report_opening(quotes, "government debt would rise").speaker == "Halvern Ratings"


def test_the_younger_of_two_sharing_a_two_word_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former president Augusto Ferraz Lemos, 81, said on Tuesday he would not endorse any "
        "candidate, including his son, Senator Tomás Ferraz Lemos.",
        "The younger Ferraz Lemos, 47, told reporters that he had not asked for his father's "
        "support.",
    )
    assert report_opening(quotes, "he had not asked").speaker == "Tomás Ferraz Lemos"


def test_a_quote_after_a_dateline_named_in_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        'DHUUSO BARI, Essaria (Reuters) - "If the wells go dry, the people go north."',
        "The warning came from Abdirahman Yusuf Warsame, the governor of the region.",
    )
    assert one(quotes, "If the wells go dry, the people go north.").speaker == (
        "Abdirahman Yusuf Warsame"
    )


def test_an_agency_quoting_someone_as_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dravinsk will not extend a grain export deal with Sarovia when it expires in May, the "
        "Vestnik news agency quoted Deputy Agriculture Minister Ilya Ryabov as saying on "
        "Thursday.",
        "The agency quoted Ryabov as saying the conditions that were promised had not been met.",
    )
    assert report_opening(quotes, "Dravinsk will not extend").speaker == "Ilya Ryabov"
    assert report_opening(quotes, "the conditions that were promised").speaker == "Ilya Ryabov"


def test_a_scheme_name_in_quotes_after_an_owner_is_the_writers_label(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The state government's 'single-window' clearance system now requires sign-off from 23 "
        "separate departments, an industry survey has found.",
    )
    assert one(quotes, "single-window").speaker is None


def test_a_filipino_name_with_a_particle(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The vessel was carrying 143 passengers, according to coast guard spokesman Rear "
        "Admiral Arsenio dela Paz Villanueva.",
    )
    assert (
        report_opening(quotes, "The vessel was carrying").speaker == "Arsenio dela Paz Villanueva"
    )


def test_according_to_someone_between_two_clauses(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The district's road maintenance backlog has grown to $19 million, and, according to "
        "councillor Wiremu Hetaraka, the roading budget has been cut by 30 per cent in three "
        "years.",
    )
    cut = report_opening(quotes, "the roading budget has been cut")
    assert cut.speaker == "Wiremu Hetaraka"


def test_the_ombudsman_and_a_letter_from_the_commission(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hartleigh City Council failed a disabled tenant, the Housing Standards Ombudsman has "
        "found.",
        "In a report published on Thursday, the ombudsman found that council contractors had "
        "missed nine repair appointments.",
    )
    missed = report_opening(quotes, "council contractors had missed")
    assert missed.speaker == "Housing Standards Ombudsman"
    quotes = found(
        make_article,
        "Brightwell Insurance was ordered to change after a review by the Markets Conduct "
        "Commission uncovered hundreds of rejected claims.",
        "A letter from the commission said the firm's complaints procedures were inadequate.",
    )
    letter = report_opening(quotes, "the firm's complaints procedures")
    assert letter.speaker == "Markets Conduct Commission"


def test_companies_named_by_a_trade_or_a_service(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Retailer Karoo Home Stores said on Monday that its headline earnings fell 22% in the "
        "six months to December.",
        "The group said load-shedding had cost it about R90-million in diesel.",
    )
    assert report_opening(quotes, "its headline earnings").speaker == "Karoo Home Stores"
    assert report_opening(quotes, "load-shedding had cost").speaker == "Karoo Home Stores"
    quotes = found(
        make_article,
        "Ridezy, the app-based bike taxi service, will suspend operations in three cities, the "
        "company said in a statement.",
        "The company said it would challenge the order in the High Court.",
    )
    assert report_opening(quotes, "it would challenge the order").speaker == "Ridezy"


def test_a_filing_by_the_company_with_a_regulator(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bellrock Energy will take a write-down of as much as $410 million on its Gulf assets, "
        "according to a filing by the company with the Securities and Exchange Commission late "
        "on Monday.",
    )
    assert report_opening(quotes, "Bellrock Energy will take").speaker == "Bellrock Energy"


def test_a_body_said_in_its_report_with_the_reports_title_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ROME, Sept 16 (Reuters) - The number of people facing chronic hunger rose for the third "
        "straight year, the Global Food Security Council said on Tuesday in its flagship annual "
        'report, "Hunger Without Borders."',
    )
    hunger = report_opening(quotes, "The number of people facing chronic hunger")
    assert hunger.speaker == "Global Food Security Council"
    assert one(quotes, "Hunger Without Borders.").kind is QuoteKind.TITLE


def test_according_to_a_bodys_statement_which_said_more(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kestrel Valley Transit will cut service on four bus routes in January, according to a "
        "statement from the agency, which said ridership had fallen below 15 passengers an hour.",
    )
    cut = report_opening(quotes, "Kestrel Valley Transit will cut")
    assert cut.speaker == "Kestrel Valley Transit"


def test_the_head_of_a_body_is_the_one_named_next_with_its_leading_title(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "WASHINGTON — The head of the Consumer Credit Protection Board on Wednesday called "
        "the loans “credit cards in disguise” and said the agency would propose rules.",
        "Board Director Alicia Fontaine made the comments at a hearing. Rep. Glenn Saddler, "
        "R-Ohio, accused the agency of overreach.",
    )
    assert one(quotes, "credit cards in disguise").speaker == "Alicia Fontaine"
    quotes = found(
        make_article,
        "The head of the Harbour Board said on Monday that the port would reopen soon. The "
        "board's dredging contractor, Sam Whyte, was not available for comment.",
    )
    reopen = report_opening(quotes, "the port would reopen")
    assert reopen.speaker == "Harbour Board"  # no one named with a head's title: the board
    quotes = found(
        make_article,
        "The head of the Caddo Ridge County Sheriff's Office said on Monday that one employee "
        "had been wounded. Sheriff Dale McKay spoke outside the courthouse.",
    )
    assert report_opening(quotes, "one employee had been wounded").speaker == "Dale McKay"

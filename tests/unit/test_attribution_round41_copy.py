"""Session forty-eight, first round: the copy of round 41's blind suites (archaeology and museums,
mainland South-East Asia, the motor trade, Westminster-style parliaments, hospitality, Switzerland
and Austria): a body named by its subject's sentence, a seat before a member's name, documents'
authors, and the styles of those desks."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_legal_forms_stop_then_a_title_and_an_appositive_after_an_opening(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Korvane Heavy Industries Co. President Aiko Mori told investors at the annual meeting "
        "in Osaka that the company would keep building diesel engines for a decade.",
        "In an interview with Fleet Weekly, Daniel Osei, Brightline Motors’ chief executive, said "
        "the company would not build another estate car for Europe.",
    )
    assert report_opening(quotes, "the company would keep building").speaker == "Aiko Mori"
    assert report_opening(quotes, "the company would not build").speaker == "Daniel Osei"


def test_a_members_seat_is_no_person_and_a_procedure_is_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The new Member for Calder Vale, Priya Raman, used her maiden speech to thank the nurses "
        "who cared for her mother.",
        "“They never once made us feel like a burden,” the 38-year-old told the House.",
        "Raising a point of order, the Labour Member for Esk Moor, Gareth Pryce, said the minister "
        "had misled the House about waiting lists.",
    )
    assert one(quotes, "They never once made us feel like a burden,").speaker == "Priya Raman"
    assert report_opening(quotes, "the minister had misled").speaker == "Gareth Pryce"
    assert all("point of order" not in quote.text for quote in quotes)


def test_the_body_a_common_noun_means_is_the_subject_of_the_sentence_before(
    make_article: Make,
) -> None:
    union = found(
        make_article,
        "The National Tramway Workers rejected the operator’s pay offer on Friday.",
        "The union said in a statement: “This offer is an insult to every driver.”",
    )
    assert one(union, "This offer is an insult to every driver.").speaker == (
        "National Tramway Workers"
    )
    represents = found(
        make_article,
        "KitchenUnite, which represents about 40,000 restaurant staff, said it had agreed a deal.",
        "“Nobody will earn less than the living wage,” the union said.",
    )
    assert one(represents, "Nobody will earn less than the living wage,").speaker == "KitchenUnite"
    government = found(
        make_article,
        "BERN – The Federal Council wants to merge three federal offices.",
        "“Duplication costs money,” the government said in its dispatch.",
    )
    assert one(government, "Duplication costs money,").speaker == "Federal Council"


def test_no_group_or_firm_of_the_sentence_before_is_the_government(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Conservative MPs voted against the bill on Tuesday.",
        "The government said it had consulted widely before drafting the law.",
        "Harlow Care Centers agreed to repay the money. The government alleged the company had "
        "billed for visits that never took place.",
    )
    assert all(
        quote.speaker not in ("Conservative MPs", "Harlow Care Centers")
        for quote in quotes
        if quote.text.startswith(("it had consulted", "the company had billed"))
    )


def test_an_operator_named_before_its_name_and_a_person_who_is_one(make_article: Make) -> None:
    body = found(
        make_article,
        "Rail operator Northlink Express carried 3.1 million passengers in the quarter.",
        "It said punctuality had improved to 93 percent after the new trains arrived.",
        "Pub operator Fox & Hound Taverns has said Christmas trading was ‘well ahead of plan’.",
    )
    assert report_opening(body, "punctuality had improved").speaker == "Northlink Express"
    assert one(body, "well ahead of plan").speaker == "Fox & Hound Taverns"
    person = found(
        make_article,
        "Ferry operator Tamati Rewiri says rising fuel costs mean his island service barely pays.",
        "Without a subsidy, he said, the fare would have to rise by $8 within a year.",
    )
    assert report_opening(person, "Without a subsidy").speaker == "Tamati Rewiri"


def test_named_after_the_quote_and_a_pronoun_after_a_time_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It is not a strategy. It is a slogan with a logo.”",
        "Those were the words of the Labour former Cabinet minister Dame Harriet Oldcastle, who "
        "rose from the back benches on Tuesday.",
        "The Speaker, Sir Alun Bevan, had to intervene twice before the Prime Minister finished "
        "her answer.",
        "After a further burst of jeering from the Government benches he rose and said: “Order! "
        "The House will hear the answer.”",
    )
    assert one(quotes, "It is not a strategy. It is a slogan with a logo.").speaker == (
        "Harriet Oldcastle"
    )
    assert one(quotes, "Order! The House will hear the answer.").speaker == "Alun Bevan"


def test_names_of_offices_and_bodies_end_where_they_end(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Manager of Government Business Lydia Farrant rose to move the motion.",
        "“The House has sat for nine hours,” Ms Farrant said.",
        "Employers’ group Business Council Wales said the strike would be “reckless”.",
        "A report by Halvorsen Energy Consulting said battery prices had fallen a fifth in a year.",
        "A study by the Office of the National Fiscal and Economic Development Council (ONFEDC) "
        "said household debt had reached a record.",
        "Mekong Freight Logistics JSC said it had suspended deliveries to the highlands.",
    )
    assert one(quotes, "The House has sat for nine hours,").speaker == "Lydia Farrant"
    assert one(quotes, "reckless").speaker == "Business Council Wales"
    assert report_opening(quotes, "battery prices had fallen").speaker == (
        "Halvorsen Energy Consulting"
    )
    assert report_opening(quotes, "household debt had reached").speaker == (
        "Office of the National Fiscal and Economic Development Council"
    )
    assert report_opening(quotes, "it had suspended deliveries").speaker == (
        "Mekong Freight Logistics JSC"
    )


def test_what_a_spouse_and_a_title_before_a_given_name_say_of_sex(make_article: Make) -> None:
    spouse = found(
        make_article,
        "Sok Chanthy, 52, and her husband Meas Rith run a noodle stall near the river.",
        "“Every move costs us our regulars,” she said.",
    )
    assert one(spouse, "Every move costs us our regulars,").speaker == "Sok Chanthy"
    given = found(
        make_article,
        "Opposition MP Kanokwan Srisuk clashed with Energy Minister Anan Phromma over the "
        "pipeline to Nakhon Sawan.",
        "Mr Anan said the project was on schedule.",
        "“The minister promises gas every year, and every year we wait,” she said.",
    )
    assert one(given, "The minister promises gas every year, and every year we wait,").speaker == (
        "Kanokwan Srisuk"
    )


def test_documents_speak_for_who_issued_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report by the Ministry of Trade and Planning submitted to the National Assembly said "
        "exports would grow by 6 percent this year.",
        "The University of Dunmore’s press office said the remains were those of a young woman.",
        "Hotel occupancy averaged 81 percent in August, according to data from hospitality "
        "analytics firm RoomPulse, the best August since 2018.",
    )
    assert report_opening(quotes, "exports would grow").speaker == "Ministry of Trade and Planning"
    assert report_opening(quotes, "the remains were those").speaker == "University of Dunmore"
    assert report_opening(quotes, "Hotel occupancy averaged").speaker == "RoomPulse"
    paper = found(
        make_article,
        "In a paper published this week in the Journal of Ice Age Studies, Dr Solène Marchetti "
        "of the University of Lyon argues that the marks are a tally of hunts. The paper "
        "concludes that the hunters kept count of the seasons.",
        "Visitor spending rose 8 percent, according to the annual report of VisitGlens, the "
        "regional tourism body. The report found that campsites had their best year.",
    )
    assert report_opening(paper, "the hunters kept count").speaker == "Solène Marchetti"
    assert report_opening(paper, "campsites had their best").speaker == "VisitGlens"


def test_alpine_and_khmer_styles_and_a_second_speakers_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "VIENNA – The ÖVP said in a statement that it would not join any coalition led by the "
        "far right.",
        "Styria’s governor, Dr. Renate Kofler-Haas, rejected the plan.",
        "“The Länder pay for the hospitals, so the Länder decide,” the Landeshauptfrau said.",
        "The head of the canton’s finance department, Regierungsrätin Ursula Bernet-Frei, warned "
        "that the canton faced a deficit of 80 million francs.",
        "Oknha Chea Vannak, chairman of a rice millers’ association, met investors with governor "
        "Sun Dara.",
        "“We need mills, not more exports of raw paddy,” the tycoon said.",
        "The minister called the loan “unthinkable”, while the chairman of the gallery’s "
        "trustees, Sir Edmund Hale, described the claim as “understandable but hopeless”.",
    )
    assert report_opening(quotes, "it would not join").speaker == "ÖVP"
    assert one(quotes, "The Länder pay for the hospitals, so the Länder decide,").speaker == (
        "Renate Kofler-Haas"
    )
    assert report_opening(quotes, "the canton faced a deficit").speaker == "Ursula Bernet-Frei"
    assert one(quotes, "We need mills, not more exports of raw paddy,").speaker == "Chea Vannak"
    assert one(quotes, "understandable but hopeless").speaker == "Edmund Hale"

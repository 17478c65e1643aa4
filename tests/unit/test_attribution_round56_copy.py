"""Session fifty-five, first round: a view given by its owner ("Her view is that …", "In his
view, …"), South Asian, West African and court copy, a columnist's own words, and a report that
is only an office or a statement's date."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_view_given_by_a_pronoun_is_the_one_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Economist Daniel Okafor-Reyes has studied the port's accounts for a decade. His view is "
        "that the new berth will never pay for itself.",
        "Harbour engineer Lucy Tremain has watched ships queue since 2019. In her view, the "
        "channel must be dredged before any berth is built.",
    )
    assert one(quotes, "the new berth will never pay for itself.").speaker == (
        "Daniel Okafor-Reyes"
    )
    assert one(quotes, "the channel must be dredged before any berth is built.").speaker == (
        "Lucy Tremain"
    )


def test_an_opening_claim_is_the_report_not_the_later_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coroner Hana Brightwell’s view was that every pool gate in a holiday let should close "
        "by itself, and she said she would write to the housing minister.",
    )
    view = one(
        quotes,
        "every pool gate in a holiday let should close by itself, and she said "
        "she would write to the housing minister.",
    )
    assert view.speaker == "Hana Brightwell"


def test_a_placed_role_in_a_lede_is_the_holder_named_later(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Tasmanian coroner has recommended fencing checks for every rental pool after a "
        "toddler drowned at a holiday home in January.",
        "Ollie Basford, two, was found in the pool of a house his family had rented.",
        "Coroner Ruth Pellow said owners had been warned twice.",
    )
    lede = [q for q in quotes if q.text.startswith("fencing checks")]
    assert lede and lede[0].speaker == "Ruth Pellow"


def test_south_asian_counsel_and_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“My client was abroad that week,” Nalin Wickrama Dissanayake PC, appearing for the "
        "third accused, told the High Court on Monday.",
        "“Every family will get its kit by Friday,” said District Collector Tmt. V. Selvamani.",
        "“I will build the hospital,” said local lawmaker Alhaj Rafiqul Islam Chowdhury.",
    )
    assert one(quotes, "My client was abroad that week,").speaker == ("Nalin Wickrama Dissanayake")
    assert one(quotes, "Every family will get its kit by Friday,").speaker == "V. Selvamani"
    assert one(quotes, "I will build the hospital,").speaker == "Rafiqul Islam Chowdhury"


def test_apprised_and_countered_report(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Irrigation authority member Tariq Nawaz Bhatti apprised the committee that the canal "
        "lining would be finished by March.",
        "The weir had not lowered the water table at all, countered Engr Saima Latif Qureshi, the "
        "project director.",
    )
    assert ("the canal lining would be finished by March.", "Tariq Nawaz Bhatti") in reports
    assert ("The weir had not lowered the water table at all", "Saima Latif Qureshi") in reports


def test_an_office_before_a_name_is_no_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Commissioner for Domestic Tax, Mr Kwabena Asante, disagrees.",
        "Carrow Ferries issued a statement on Friday.",
    )
    assert quotes == []


def test_west_african_leads(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Senator representing Kuranda North, Senator Musa Bello Dankano, has decried the "
        "attacks. Hear him: “Farmers can no longer go to their farms.”",
        "Reacting, the Commissioner for Finance, Mrs. Ngozi Adaeze Okafor, said the loans "
        "were meant for roads and bridges.",
    )
    assert one(quotes, "Farmers can no longer go to their farms.").speaker == ("Musa Bello Dankano")
    loans = one(quotes, "the loans were meant for roads and bridges.")
    assert loans.speaker == "Ngozi Adaeze Okafor"


def test_offices_named_before_a_role_reference(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Minister for Lands, Forestry and Mineral Resources, Hon. Dr Efua Asantewaa "
        "Boateng, has inaugurated a panel on the boundary dispute.",
        "The panel, chaired by retired Justice Kofi Ampem-Darko, will report in June.",
        "“The killings must stop,” the minister said.",
        "The Member of the House of Representatives for Ogbe-Ukwu Federal Constituency, Hon. "
        "(Mrs.) Adaora Chinwe Eze-Okafor, has faulted the plan.",
        "“Who moved the hospital?” the lawmaker asked.",
    )
    assert one(quotes, "The killings must stop,").speaker == "Efua Asantewaa Boateng"
    assert one(quotes, "Who moved the hospital?").speaker == "Adaora Chinwe Eze-Okafor"


def test_the_younger_of_two_brothers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of Ports Chaminda Lal Ranasinghe and his younger brother, Councillor Nuwan "
        "Priyantha Ranasinghe, disagreed at the meeting on Sunday.",
        "The harbour had never been surveyed, the younger Ranasinghe said.",
    )
    assert one(quotes, "The harbour had never been surveyed").speaker == (
        "Nuwan Priyantha Ranasinghe"
    )


def test_a_columnists_own_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By Dr Miriam Achterberg",
        "My last patient on Tuesday had waited five weeks. I looked at him and said, “I will "
        "chase the referral myself.”",
    )
    assert one(quotes, "I will chase the referral myself.").speaker == "Miriam Achterberg"


def test_a_columnists_tagline_names_her(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The inspector rang to move our visit for the third time. I said to him: “You would "
        "not ring at lambing if you kept sheep.”",
        "Orla Keaveney farms sheep near Drumkeeran. Her column appears every Thursday.",
    )
    assert one(quotes, "You would not ring at lambing if you kept sheep.").speaker == (
        "Orla Keaveney"
    )


def test_counsel_with_an_office_first_and_letters_after(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Counsel for the DPP, Siobhán Creagh-Dolan BL, said the victim, who is now 91, had "
        "believed her grandson was paying her bills.",
    )
    assert (
        "the victim, who is now 91, had believed her grandson was paying her bills.",
        "Siobhán Creagh-Dolan",
    ) in reports


def test_two_roles_joined_before_a_name_and_a_trade_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are in a cost war,” Lantern Motors founder and Chairman Gao Yuchen told a launch.",
        "Freezing Workers Union organiser Mere Tapsell was scathing: “They heard it on the radio.”",
    )
    assert one(quotes, "We are in a cost war,").speaker == "Gao Yuchen"
    assert one(quotes, "They heard it on the radio.").speaker == "Mere Tapsell"


def test_bodies_whose_names_end_in_metro_or_crypto(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Merrow Valley Metro has suspended a driver after a crash at Cathedral Square.",
        "The statement said: “A full review of driver training will be carried out.”",
        "Tidemark Crypto said on Friday it had hired a former regulator as chair.",
        "“She brings the credibility this moment demands,” the company said in a statement.",
    )
    assert one(quotes, "A full review of driver training will be carried out.").speaker == (
        "Merrow Valley Metro"
    )
    assert one(quotes, "She brings the credibility this moment demands,").speaker == (
        "Tidemark Crypto"
    )


def test_a_portfolio_with_two_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are ready for the fire season,” said Minister for Climate Crisis and Civil "
        "Protection Nikos Anagnostou.",
        "“Enrolment is up,” said Provincial Minister for Higher Education Zahid Hussain Marri.",
    )
    assert one(quotes, "We are ready for the fire season,").speaker == "Nikos Anagnostou"
    assert one(quotes, "Enrolment is up,").speaker == "Zahid Hussain Marri"

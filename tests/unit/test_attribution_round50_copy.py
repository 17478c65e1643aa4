"""Session fifty-two: a body's initials between its name and its officer's title, a body's "and"
before its officer, a ministry of several fields, and a quote named as someone's verdict."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_bodys_initials_before_its_officers_title_do_not_cut_the_lead(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The Tanzania Revenue Authority (TRA) Commissioner General, Mr Salum Hamduni, said: "
        "“Every trader will file online from July.”",
        "The Uganda National Examinations Board (Uneb) executive director, Mr Dan Odongo, said: "
        "“No centre will be spared.”",
    )
    assert one(quotes, "Every trader will file online from July.").speaker == "Salum Hamduni"
    assert one(quotes, "No centre will be spared.").speaker == "Dan Odongo"


def test_a_bodys_and_before_its_officer_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Officials met in Dodoma on Monday.",
        "“The land offices are rotten,” said the Prevention and Combating of Corruption Bureau "
        "Director General, Mr Elias Nyamhanga.",
        "“We have opened 40 files,” said the Prevention and Combating of Corruption Bureau "
        "(PCCB) Director General, Mr Elias Nyamhanga.",
    )
    assert one(quotes, "The land offices are rotten,").speaker == "Elias Nyamhanga"
    assert one(quotes, "We have opened 40 files,").speaker == "Elias Nyamhanga"


def test_the_words_of_a_minister_of_several_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Farmers gathered at Chinhoyi on Saturday.",
        "“We will not import maize again.” Those were the words of the Minister of Lands, "
        "Agriculture and Rural Development, Mr Tendai Moyo, at the field day.",
    )
    assert one(quotes, "We will not import maize again.").speaker == "Tendai Moyo"


def test_a_quote_named_as_someones_verdict(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Hale and Ann Ray waited outside the court.",
        "“Relief,” was Sarah Odum’s one-word summary of the verdict.",
        "“A disgrace,” was the verdict of Councillor Peter Kanu.",
        "Hale asked Ray whether she would appeal. “Never,” was her reply.",
    )
    assert one(quotes, "Relief,").speaker == "Sarah Odum"
    assert one(quotes, "A disgrace,").speaker == "Peter Kanu"
    assert one(quotes, "Never,").speaker == "Ann Ray"


def test_a_title_inside_a_quote_is_nobodys_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputy Minister Angeline Tsvakai-Moyo opened the reading campaign in Harare.",
        "“Our teacher made us read ‘Feso’ aloud in class, one chapter every Friday,” she said.",
        "“Our latest study, ‘Priced Out in Paradise,’ shows that a teacher and a nurse cannot buy "
        "a home,” said Keanu Kahananui, the coalition’s executive director.",
    )
    feso = one(quotes, "Feso")
    assert (feso.kind.value, feso.speaker) == ("title", None)
    study = one(quotes, "Priced Out in Paradise,")
    assert (study.kind.value, study.speaker) == ("title", None)
    outer = [q for q in quotes if q.text.startswith("Our teacher made us read")]
    assert [q.speaker for q in outer] == ["Angeline Tsvakai-Moyo"]


def test_a_village_heads_title_is_not_part_of_his_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Headman Tichaona Mubvumbi of Chaza village said the elephants came at night. “We have "
        "reported to ZimParks, but nobody has come,” Headman Mubvumbi told The Herald.",
        "Induna Mubiana Liswaniso, who represented Chieftainess Mulena Mukwae, said: “The river "
        "is our life.”",
    )
    assert one(quotes, "We have reported to ZimParks, but nobody has come,").speaker == (
        "Tichaona Mubvumbi"
    )
    assert one(quotes, "The river is our life.").speaker == "Mubiana Liswaniso"


def test_clergy_styles_with_the(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It’s a huge honour for a small cathedral,” said the Dean of Brecon, the Very Rev Alun "
        "Prosser-Watts.",
        "“Crime is not a police problem alone.”",
        "Those were the words of the Right Reverend Alvin Ragoonath-Sealy, who delivered the "
        "sermon at Holy Trinity Cathedral.",
    )
    assert one(quotes, "It’s a huge honour for a small cathedral,").speaker == "Alun Prosser-Watts"
    assert one(quotes, "Crime is not a police problem alone.").speaker == "Alvin Ragoonath-Sealy"


def test_the_speaker_named_in_the_paragraph_after_a_quote_lede(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“It is not the job of a headman to sell land.”",
        "Those words, from Senior Chief Mukuni’s representative Mr Lastone Siabuya, drew loud "
        "applause.",
        "“Politicians come to church when they want votes.”",
        "Reverend Mwansa Mutale of the United Church of Zambia’s Chimwemwe congregation made the "
        "remarks during a Sunday service.",
    )
    assert one(quotes, "It is not the job of a headman to sell land.").speaker == "Lastone Siabuya"
    assert one(quotes, "Politicians come to church when they want votes.").speaker == (
        "Mwansa Mutale"
    )


def test_a_ministry_of_several_fields_before_its_minister_after_the_quote(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Government has set aside funds for 40 irrigation schemes, a Cabinet minister has said.",
        "“These schemes will be up and running by October,” said Lands, Agriculture and Rural "
        "Development Minister Cde Tafadzwa Mukonoweshuro.",
    )
    assert one(quotes, "These schemes will be up and running by October,").speaker == (
        "Tafadzwa Mukonoweshuro"
    )


def test_a_branch_in_brackets_before_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Zimbabwe Energy Workers’ Union (Hwange branch) chairman Mr Mandla Tshabangu said: “Our "
        "members are surviving on handouts.”",
    )
    assert one(quotes, "Our members are surviving on handouts.").speaker == "Mandla Tshabangu"


def test_places_are_no_one_a_pronoun_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In Glenrothes West, the Labour candidate, Euan McIlwraith, beat the SNP’s Morag Dunbar. "
        "He told supporters that the result belonged to the miners’ welfare clubs.",
        "Minister of Elder Affairs Beverley Moe-Haynes opened a day centre on Tuesday.",
        "Speaking in Bank Hall, St Michael, she said the programme had a waiting list of 1,200.",
        "Speaking in the chamber, Merthyr Tydfil and Rhymney MS Dilys Trefor said the memorial "
        "must be listed.",
    )
    assert report_opening(quotes, "the result belonged").speaker == "Euan McIlwraith"
    assert report_opening(quotes, "the programme had").speaker == "Beverley Moe-Haynes"
    assert report_opening(quotes, "the memorial must").speaker == "Dilys Trefor"


def test_a_shadow_spokesman_on_a_brief_is_the_person_named_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Opposition Spokesman on Finance Julian Robb-Stennett has attacked the Budget.",
        "Robb-Stennett, the MP for St Ann North Western, told The Gleaner that the surplus could "
        "not be achieved.",
    )
    assert report_opening(quotes, "the surplus could").speaker == "Julian Robb-Stennett"


def test_a_long_opening_phrase_before_a_role_and_its_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Speaking to reporters outside the branch’s Farnborough offices, the inspector leading "
        "the inquiry, Graham Pettifer, said: “Our work now is to understand why.”",
    )
    assert one(quotes, "Our work now is to understand why.").speaker == "Graham Pettifer"


def test_accusers_named_with_an_aside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The proposal was dismissed by Sir Anthony Vellacott, chairman of the Land Promoters "
        "Association, as ‘confiscation dressed up as reform’.",
        "Labour’s Kieran Walsh, who lost Barnsley Dearne by 640 votes, accused Reform activists "
        "of ‘hanging around polling stations like bouncers’ and said he had reported them.",
    )
    assert one(quotes, "confiscation dressed up as reform").speaker == "Anthony Vellacott"
    assert one(quotes, "hanging around polling stations like bouncers").speaker == "Kieran Walsh"


def test_a_directive_is_the_issuers_who_opened_the_story(make_article: Make) -> None:
    quotes = found(
        make_article,
        "OTTAWA — Transport Canada has ordered operators of the Horizon Spirit turboprop to "
        "replace a cockpit window seal.",
        "The airworthiness directive states: “Cracking of the outer ply could result in loss of "
        "cabin pressure.”",
    )
    directive = one(quotes, "Cracking of the outer ply could result in loss of cabin pressure.")
    assert directive.speaker == "Transport Canada"


def test_welsh_first_names_tell_she_from_he(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gwen Tallis-Moore, head of leasing at Cambridge Crossing Partners, and Ray Dominguez, a "
        "broker at Harborline, disagreed.",
        "“There is two years of supply to burn off,” Dominguez said.",
        "She disagreed. “Tenants are not leasing shells anymore,” she said.",
    )
    assert one(quotes, "Tenants are not leasing shells anymore,").speaker == "Gwen Tallis-Moore"


def test_an_officer_called_by_the_initials_of_the_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Matabeleland South Provincial Development Coordinator Mr Lindani Dube says the province "
        "needs 20 more dams.",
        "“Give us the dams and Matabeleland South will feed itself,” the PDC said.",
        "Tim Davie, director general of the British Broadcasting Corporation, spoke first.",
        "“We will cut 500 jobs,” the BBC said.",
    )
    assert one(quotes, "Give us the dams and Matabeleland South will feed itself,").speaker == (
        "Lindani Dube"
    )
    assert one(quotes, "We will cut 500 jobs,").speaker == "British Broadcasting Corporation"


def test_a_body_by_the_short_name_it_was_given_in_brackets(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Zambia Electricity Supply Corporation (Zesco) has cut load-shedding to eight hours.",
        "A spokesperson for Zesco said: “Customers will notice the improvement from Monday.”",
        "The Office of Disaster Preparedness and Emergency Management (ODPEM) has opened 900 "
        "shelters.",
        "ODPEM said in a bulletin that residents of low-lying areas should be ready to leave.",
    )
    zesco = one(quotes, "Customers will notice the improvement from Monday.")
    assert zesco.speaker == "Zambia Electricity Supply Corporation"
    odpem = report_opening(quotes, "residents of low-lying")
    assert odpem.speaker == "Office of Disaster Preparedness and Emergency Management"


def test_a_judge_ruling_in_a_named_court(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Justice Courtney Walker-Heslop yesterday ruled in the Supreme Court that the corporation "
        "had acted unlawfully.",
    )
    assert report_opening(quotes, "the corporation had").speaker == "Courtney Walker-Heslop"


def test_a_name_called_inside_a_quote_within_the_quote_may_be_the_speaker(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The Plaid Cymru candidate, Rhodri ap Gwilym, said his grandmother had been his toughest "
        "critic.",
        "“Every Sunday she would ring me and say, ‘Rhodri, your leaflets are too long,’ and she "
        "was right,” he told the count.",
    )
    outer = [q for q in quotes if q.text.startswith("Every Sunday")]
    assert [q.speaker for q in outer] == ["Rhodri ap Gwilym"]


def test_a_district_office_before_a_titled_name_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Agritex Chipinge district head Mrs Fadzai Sithole-Mabika said smallholders could not "
        "meet the volumes. “A buyer in Hong Kong wants 20 tonnes,” she said.",
    )
    assert one(quotes, "A buyer in Hong Kong wants 20 tonnes,").speaker == "Fadzai Sithole-Mabika"


def test_a_broker_before_a_firms_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Broker Hampden Row said in a note to clients that the housebuilder had leaned on "
        "incentives.",
    )
    assert report_opening(quotes, "the housebuilder had").speaker == "Hampden Row"


def test_a_live_blogs_here_is_what_x_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "1:02 a.m. ET — Here’s what Senate Majority Leader Winston Araujo-Hale said a few minutes "
        "ago at the watch party:",
        "“We are going to hold this Senate.”",
    )
    assert one(quotes, "We are going to hold this Senate.").speaker == "Winston Araujo-Hale"


def test_the_younger_of_two_is_the_son_who_holds_an_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former MP Roderick Blythe and his son, current MP for St Catherine East Central Andre "
        "Blythe, have backed the bypass.",
        "The younger Blythe told The Gleaner that the bypass would cut travel time.",
    )
    assert report_opening(quotes, "the bypass would").speaker == "Andre Blythe"


def test_a_courts_letter_in_marks_is_part_of_the_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "District ‘A’ Magistrate Kristie Cummins-Goddard yesterday warned a 19-year-old "
        "Wanstead man that he was “one bad decision away from a very long time at Dodds” as she "
        "placed him on a bond.",
    )
    assert one(quotes, "one bad decision away from a very long time at Dodds").speaker == (
        "Kristie Cummins-Goddard"
    )


def test_a_titles_word_as_a_middle_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Member of Parliament for Constituency 045, Hon. Ibrahim Sheriff Sesay, has donated "
        "200 bags of cement.",
        "Presenting the items, Hon. Sesay said: “Sport unites us more than politics.”",
    )
    assert one(quotes, "Sport unites us more than politics.").speaker == "Ibrahim Sheriff Sesay"


def test_ghanaian_offices_by_their_letters(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Member of Parliament (MP) for Ketu North, Mr Eric Selorm Gbeddy, has asked for the "
        "road.",
        "“We have waited 12 years for this road,” the NDC MP said on the floor of the House.",
        "The Bibiani-Anhwiaso-Bekwai Municipal Chief Executive, Mr Alfred Kwasi Ofosu-Amoah, has "
        "announced a bye-law.",
        "Several chiefs, including the Chief of Sefwi Anhwiaso, Nana Ofosu Boakye, had complained.",
        "“Any excavator found in a farming area will be seized,” the MCE said.",
        "“We are now replanting,” said the Wassa East District Chief Executive, Mr Kojo Mensah "
        "Quansah, at the presentation ceremony.",
    )
    assert one(quotes, "We have waited 12 years for this road,").speaker == "Eric Selorm Gbeddy"
    assert one(quotes, "Any excavator found in a farming area will be seized,").speaker == (
        "Alfred Kwasi Ofosu-Amoah"
    )
    assert one(quotes, "We are now replanting,").speaker == "Kojo Mensah Quansah"

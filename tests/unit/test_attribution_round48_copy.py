"""Session fifty-one: titles that open a sentence with a preposition's spelling, offices of a
general, and firms named for their partners."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_hyphenated_title_opening_a_sentence_is_its_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Under-Secretary-General Amina Kolade said the mission would stay until the ceasefire "
        "held.",
        "Next-door neighbour Margaret Coyle said the family had lived there for thirty years.",
    )
    assert report_opening(quotes, "the mission would stay").speaker == "Amina Kolade"
    assert report_opening(quotes, "the family had lived").speaker == "Margaret Coyle"


def test_an_inspector_generals_office_before_his_name_is_his_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Inspector-General of Police (IGP), Dr Kofi Mensah-Addo, addressed the passing-out "
        "parade at Tesano on Friday.",
        "“Discipline is everything in this service,” the IGP said.",
    )
    assert one(quotes, "Discipline is everything in this service,").speaker == "Kofi Mensah-Addo"


def test_a_firm_named_for_its_partners_speaks_through_its_spokesperson(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "A Brannock & Pryce spokesperson said: “We are reviewing the claim with our insurers.”",
        "Ruth Ng of Marlow & Finch said the book had sold 40,000 copies in hardback.",
        "Transport & Air Watch said less than one per cent of jet fuel came from waste oils.",
    )
    reviewing = one(quotes, "We are reviewing the claim with our insurers.")
    assert reviewing.speaker == "Brannock & Pryce"
    assert report_opening(quotes, "the book had sold").speaker == "Ruth Ng"
    assert report_opening(quotes, "less than one per cent").speaker == "Transport & Air Watch"


def test_a_scientist_at_an_institution_and_its_country_told_a_magazine(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "“If this holds up, it rewrites the textbook on the placenta,” Graham Thistlewood at "
        "the University of Bristol, UK, told New Scientist.",
        '"This is the first time anyone has watched a virus assemble," Rosalind Achebe at '
        'Imperial College London told New Scientist. "It\'s like watching a car build itself."',
        "Associates at Brackley Holt say morale has slumped since the target was raised.",
        "“Nobody believes the target is about quality any more,” one senior associate said, "
        "speaking on condition of anonymity.",
    )
    textbook = one(quotes, "If this holds up, it rewrites the textbook on the placenta,")
    assert (textbook.speaker, textbook.venue) == ("Graham Thistlewood", "New Scientist")
    assert one(quotes, "It's like watching a car build itself.").speaker == "Rosalind Achebe"
    assert one(quotes, "Nobody believes the target is about quality any more,").speaker is None


def test_a_verdict_on_a_study_before_a_colon_introduces_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rafael Quintero-Morales, a developmental biologist at the Autonomous University of "
        "Madrid who was not involved in the study, is impressed: “This is the first time I have "
        "seen organoids respond to a signal.”",
    )
    assert one(
        quotes, "This is the first time I have seen organoids respond to a signal."
    ).speaker == ("Rafael Quintero-Morales")


def test_an_office_before_a_titled_name_gives_way_to_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Troops rescued 23 kidnapped victims in the operation,” the Director of Army Public "
        "Relations, Brig.-Gen. Kingsley Obioma Anyanwu-Eze, said in a statement on Sunday.",
        "The Head of Corporate Communications of the Abuja Electricity Distribution Company, "
        "Mrs Ifeoma Nwankwo-Udeh, said the company had procured a new transformer.",
        "The District Head of Gwarzo, Alhaji Shehu Tijjani Ringim, told the Kano State "
        "Commissioner for Agriculture, Dr Maryam Ibrahim Dala, that 400 hectares had been lost.",
        "In 2016 the Minister of State for Power, Ravindra Kapoor, told the House: “Every "
        "village will have electricity within one thousand days.”",
    )
    troops = one(quotes, "Troops rescued 23 kidnapped victims in the operation,")
    assert troops.speaker == "Kingsley Obioma Anyanwu-Eze"
    transformer = report_opening(quotes, "the company had procured")
    assert transformer.speaker == "Ifeoma Nwankwo-Udeh"
    hectares = report_opening(quotes, "400 hectares had been lost")
    assert hectares.speaker == "Shehu Tijjani Ringim"
    village = one(quotes, "Every village will have electricity within one thousand days.")
    assert village.speaker == "Ravindra Kapoor"


def test_a_don_a_party_chieftain_and_a_vice_chancellor_by_their_roles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A don at Ahmadu Bello University, Zaria, Dr Kabiru Shehu Maiturare, has warned about "
        "out-of-school children. A chieftain of the All Progressives Congress in Kwara State, "
        "Alhaji Saheed Adebayo Oniyangi-Ajia, has faulted the party’s primaries.",
        "“Illiteracy is the biggest security threat in the North,” the don said. “Delegates are "
        "easy to buy,” the APC chieftain said.",
        "Dhaka University Vice-Chancellor Prof Kazi Nurul Alam and Pro-VC Prof Shamima Nasrin "
        "met the students on Sunday night.",
        "“We have heard your demands,” the VC told the students.",
    )
    illiteracy = one(quotes, "Illiteracy is the biggest security threat in the North,")
    assert illiteracy.speaker == "Kabiru Shehu Maiturare"
    delegates = one(quotes, "Delegates are easy to buy,")
    assert delegates.speaker == "Saheed Adebayo Oniyangi-Ajia"
    assert one(quotes, "We have heard your demands,").speaker == "Kazi Nurul Alam"


def test_a_firm_limited_in_apposition_is_the_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lagos-based fintech firm, PayKobo Limited, has assured its customers that their funds "
        "are safe.",
        "“No funds were lost and all accounts are secure,” the company said in a statement.",
    )
    assert one(quotes, "No funds were lost and all accounts are secure,").speaker == (
        "PayKobo Limited"
    )


def test_a_lawmakers_party_tag_does_not_hide_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“That’s not governing. That’s hostage-taking.”",
        "That was how Rep. Jerome Whitaker (D-N.Y.), the top Democrat on the House Budget "
        "Committee, described the Republican plan on Tuesday.",
        "Rep. Marcus Delahunt (R-N.Y.) conceded Friday that the discharge petition was still a "
        "dozen signatures short, but said he expected more Republicans to sign.",
    )
    assert one(quotes, "That’s not governing. That’s hostage-taking.").speaker == "Jerome Whitaker"
    assert report_opening(quotes, "the discharge petition was").speaker == "Marcus Delahunt"


def test_a_team_and_a_position_before_a_name_leave_the_player_the_subject(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Queensland Firebirds goal keeper Teuila Fa’amausili was reported for intimidation late "
        "in the final quarter against the Thunderbirds.",
        "“I didn’t think there was anything in it, but I’ll accept whatever comes,” the "
        "24-year-old told reporters.",
    )
    accept = one(quotes, "I didn’t think there was anything in it, but I’ll accept whatever comes,")
    assert accept.speaker == "Teuila Fa’amausili"


def test_a_councillor_in_no_doubt_speaks_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cllr Simon Achebe, who has represented Moorgate ward for 16 years, was in no doubt "
        "about where the blame lay.",
        "‘This is the result of a decade of cuts, and anyone who tells you otherwise is not "
        "being straight with you.’",
    )
    cuts = one(
        quotes,
        "This is the result of a decade of cuts, and anyone who tells you otherwise is not "
        "being straight with you.",
    )
    assert cuts.speaker == "Simon Achebe"


def test_a_name_men_and_women_share_leaves_the_pronouns_to_decide(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Adelaide coach Kym Fennessy has urged the club to lock away co-captain Jordan "
        "Waverley, who is out of contract at season’s end.",
        "“Jordan’s been our best player for three years now,” Fennessy said.",
        "“He deserves everything that comes his way,” he added.",
    )
    assert one(quotes, "He deserves everything that comes his way,").speaker == "Kym Fennessy"


def test_inner_quotes_whose_speaker_a_lead_names_or_describes(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police on Wednesday arrested a 22-year-old suspect, Zeeshan Ali Memon, over the "
        "torching of a bus.",
        "“During interrogation, the suspect told us, ‘I was paid Rs50,000 to set the bus on "
        "fire,’ and he has named two handlers,” SSP Investigation Kamran Hussain Raza said.",
        "Julie Cartwright, 52, said: ‘The officer, a young man called Liam Rudd, stood in the "
        "doorway and said, “They’re an obstruction to the highway.” I’ve had them for years.’",
        "The committee chairman, Hon. Babajide Famuyiwa-Ajose, accused the Minister of Power, "
        "Mr Olusegun Odumosu-Kalejaiye, of misleading Nigerians.",
        "“In January, the minister stood before this committee and said, ‘By June, we will be "
        "generating 6,000 megawatts.’ It is now October,” Famuyiwa-Ajose said.",
    )
    assert one(quotes, "I was paid Rs50,000 to set the bus on fire,").speaker == (
        "Zeeshan Ali Memon"
    )
    assert one(quotes, "They’re an obstruction to the highway.").speaker == "Liam Rudd"
    megawatts = one(quotes, "By June, we will be generating 6,000 megawatts.")
    assert megawatts.speaker == "Olusegun Odumosu-Kalejaiye"


def test_south_asian_and_west_african_styles_of_name_and_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "LAHORE: The Pakistan Tehreek-i-Insaf (PTI) will challenge the rejection of its "
        "candidates. A PTI spokesperson said the returning officers had rejected 14 papers.",
        "“The constable has been suspended,” DIG Traffic Tariq Mehmood Dharejo said.",
        "Folk singer Shafi Muhammad Jamali, 74, has performed at weddings for five decades.",
        "“Even the old men get up and dance,” the septuagenarian said.",
        "A retiree, Pa Joseph Olatunde Afolabi, said he had queued for nine hours.",
    )
    assert report_opening(quotes, "the returning officers").speaker == "Pakistan Tehreek-i-Insaf"
    assert one(quotes, "The constable has been suspended,").speaker == "Tariq Mehmood Dharejo"
    assert one(quotes, "Even the old men get up and dance,").speaker == "Shafi Muhammad Jamali"
    assert report_opening(quotes, "he had queued").speaker == "Joseph Olatunde Afolabi"


def test_a_source_at_a_body_is_no_one_the_body_included(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to a source close to the Dunmore board, the club has approached a former "
        "Scotland assistant coach.",
        "A source at County Hall said: ‘The cabinet knew about the overspend in September.’",
    )
    assert report_opening(quotes, "the club has approached").speaker is None
    assert one(quotes, "The cabinet knew about the overspend in September.").speaker is None


def test_a_source_the_phrase_itself_keeps_anonymous_names_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The White House will send Congress a request for disaster aid next week, according to "
        "two administration officials and a senior aide granted anonymity to discuss the talks.",
    )
    assert report_opening(quotes, "The White House will send").speaker is None


def test_offices_and_bodies_of_canada_india_and_east_africa(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Newfoundland and Labrador Premier Gerald Pittman described the deal as “the best of a "
        "bad set of options”.",
        "Conflict of Interest and Ethics Commissioner Jacqueline Ng-Beaulieu wrote that Halloran "
        "“failed to recuse himself” from three meetings.",
        "The program has approved 3,000 applications, according to Natural Resources Canada.",
        "The department said processing had been slowed by high demand.",
        "Chief Justice of India S. Ravindra Bhushan intervened. “Argue the law,” the CJI remarked.",
        "The Iringa District Commissioner, Mr Mussa Athumani Kindamba, visited the market.",
        "“Public money was used to build this market,” the DC said.",
    )
    assert one(quotes, "the best of a bad set of options").speaker == "Gerald Pittman"
    assert one(quotes, "failed to recuse himself").speaker == "Jacqueline Ng-Beaulieu"
    assert report_opening(quotes, "processing had been").speaker == "Natural Resources Canada"
    assert one(quotes, "Argue the law,").speaker == "S. Ravindra Bhushan"
    assert one(quotes, "Public money was used to build this market,").speaker == (
        "Mussa Athumani Kindamba"
    )


def test_an_attorney_general_and_a_chief_financial_officer_are_people(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Attorney General Krishnan Gopalakrishnan urged the court not to revisit its ruling.",
        "“Precedent is not a suggestion,” the Attorney General said.",
        "Payments processor Corvane Inc said Chief Financial Officer Elena Marsh would leave.",
        "The company said it had begun an external search for her replacement.",
    )
    assert one(quotes, "Precedent is not a suggestion,").speaker == "Krishnan Gopalakrishnan"
    assert report_opening(quotes, "it had begun an external").speaker == "Corvane Inc"


def test_an_office_then_a_titled_name_in_the_sentence_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If the people of Mtwara do not see the benefits of gas, then we have failed.”",
        "That was how the Mtwara Regional Commissioner, Colonel (rtd) Ahmed Saidi Mponda, put it "
        "yesterday as he opened a stakeholders’ meeting.",
        "The BMA and Health Secretary Wes Streeting said talks would resume next week.",
    )
    gas = one(
        quotes, "If the people of Mtwara do not see the benefits of gas, then we have failed."
    )
    assert gas.speaker == "Ahmed Saidi Mponda"
    assert report_opening(quotes, "talks would resume").speaker == "BMA and Wes Streeting"


def test_counsel_submits_and_an_official_directs_that(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Solicitor General Anand Mohan Pathak submitted that the petitioners had no locus standi "
        "in the matter.",
        "The Kabale Resident District Commissioner, Ms Prossy Kyomugisha Atuhaire, has directed "
        "that all boda boda riders wear reflector jackets.",
        "The firm submitted a bid for the contract last year.",
    )
    assert report_opening(quotes, "the petitioners had no").speaker == "Anand Mohan Pathak"
    riders = report_opening(quotes, "all boda boda riders")
    assert riders.speaker == "Prossy Kyomugisha Atuhaire"
    assert not [q for q in quotes if "bid" in q.text]


def test_the_irish_article_is_part_of_a_bodys_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "An Garda Síochána has appealed for witnesses following a collision on the N68.",
        "“We are anxious to speak to any road users,” a Garda spokesperson said.",
        "An Post said it remained committed to a nationwide network of offices.",
    )
    assert one(quotes, "We are anxious to speak to any road users,").speaker == (
        "An Garda Síochána"
    )
    assert report_opening(quotes, "it remained committed").speaker == "An Post"


def test_a_release_from_the_body_named_by_its_kind_after_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Pinecrest School District will begin offering free breakfast in January.",
        "“No child should have to learn on an empty stomach,” according to a news release from "
        "the district, which said 68% of its students already qualified.",
    )
    stomach = one(quotes, "No child should have to learn on an empty stomach,")
    assert stomach.speaker == "Pinecrest School District"

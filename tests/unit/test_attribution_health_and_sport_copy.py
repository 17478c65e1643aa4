"""Shapes found by blind probe suites mix50 (health, science, education and transport in eight
countries' styles) and mix51 (courts and sport): "MEC for Health Dr X", "Thus said X", "X was
unconvinced:", a passive after an opening phrase, "the observatory said", "regretted that", a
plural possessive in a role, "Engr.", a hyphenated trade, "Guard X", and a quote that is whole
sentences followed by someone introduced for the first time."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_mec_for_a_field_with_a_title_is_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "JOHANNESBURG – Gauteng MEC for Health Dr Lerato Mokoena-Sithole said on Tuesday that "
        "the province's backlog of cataract operations had dropped.",
    )
    assert report_opening(quotes, "the province's backlog").speaker == "Lerato Mokoena-Sithole"


def test_thus_said_names_the_opening_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ILOILO CITY — “You cannot teach fractions to a hungry child.”",
        "Thus said Lourdes Españo-Gumban, a Grade 4 teacher at Jaro Central Elementary School.",
    )
    assert one(quotes, "You cannot teach fractions to a hungry child.").speaker == (
        "Lourdes Españo-Gumban"
    )


def test_unconvinced_before_a_colon_introduces_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Union shop steward Refilwe Motaung said the ward was short of nurses.",
        "Motaung was unconvinced: 'Advertised is not filled. We've heard that line before.'",
    )
    quote = one(quotes, "Advertised is not filled. We've heard that line before.")
    assert quote.speaker == "Refilwe Motaung"


def test_a_passive_report_after_an_opening_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ENUGU — At the end of the summit, it was stated by the Commissioner for Health, Dr. "
        "Chidinma Eze-Okonkwo, that the state would recruit 400 midwives.",
    )
    assert report_opening(quotes, "the state would recruit").speaker == "Chidinma Eze-Okonkwo"


def test_the_observatory_is_the_body_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Karoo Radio Astronomy Observatory has detected a burst of radio waves from a "
        "galaxy, the observatory said in a statement on Friday.",
    )
    report = report_opening(quotes, "The Karoo Radio Astronomy Observatory has detected")
    assert report.speaker == "Karoo Radio Astronomy Observatory"


def test_regretted_that_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr Hassan Abdirahman Noor, the county health executive, regretted that only three of "
        "the county's 11 ambulances were working.",
    )
    assert report_opening(quotes, "only three").speaker == "Hassan Abdirahman Noor"


def test_a_plural_possessive_inside_a_role_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "LAHORE: Private school owners’ association president Malik Kashif Iqbal claimed that "
        "the fee cap would force 1,500 schools to close.",
    )
    assert report_opening(quotes, "the fee cap").speaker == "Malik Kashif Iqbal"


def test_engr_is_a_title_and_its_full_stop_ends_no_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "CEBU CITY — “The bus will not solve traffic on its own,” said Engr. Lorenzo Abellana, "
        "project director of the Cebu Rapid Bus System.",
    )
    assert one(quotes, "The bus will not solve traffic on its own,").speaker == "Lorenzo Abellana"


def test_a_hyphenated_trade_before_a_name_is_found_again_by_its_last_part(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Leg-spinner Faisal Mahmood-Qureshi took 6-38 as Ridgeway bowled out Fernhill.",
        "“The ball was gripping from the first over,” the spinner said.",
    )
    quote = one(quotes, "The ball was gripping from the first over,")
    assert quote.speaker == "Faisal Mahmood-Qureshi"


def test_a_guard_is_a_role_not_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Guard Desmond Amankwah, who scored 31 points, claimed the referees had let the Comets "
        "defend with their hands all night.",
    )
    assert report_opening(quotes, "the referees had let").speaker == "Desmond Amankwah"


def test_someone_introduced_right_after_a_stand_alone_quote_said_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The revived commuter rail service carried 3,100 passengers on its first day.",
        "'It used to cost me R68 a day by taxi. Now it's R22.' Bongani Mofokeng, a security "
        "guard, was among the first on the 5.10am train.",
    )
    quote = one(quotes, "It used to cost me R68 a day by taxi. Now it's R22.")
    assert quote.speaker == "Bongani Mofokeng"


def test_a_title_inside_a_sentence_is_no_quote_of_the_body_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The author has written three novels.",
        "“Opening Belle,” which will be in bookstores on Tuesday, is a twist on chick lit. "
        "Warner Brothers is developing a movie version.",
    )
    assert one(quotes, "Opening Belle,").speaker != "Warner Brothers"


def test_a_role_and_name_in_apposition_after_an_opening_phrase(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Through an interpreter, the accused, Gurpreet Dhaliwal, told the court: “I was paid "
        "to drive.”",
    )
    assert one(quotes, "I was paid to drive.").speaker == "Gurpreet Dhaliwal"


def test_the_left_hander_is_the_player_the_report_is_about(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tharindu Kodagoda made 131 on his return to the Colombo Harbour side.",
        "The left-hander said he had changed his grip over the winter.",
    )
    assert report_opening(quotes, "he had changed his grip").speaker == "Tharindu Kodagoda"


def test_a_left_hander_named_by_that_role_is_found_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Left-hander Tharindu Kodagoda and seamer Ruwan Perera put on 90 for the ninth wicket.",
        "“I changed my grip over the winter,” the left-hander said.",
    )
    assert one(quotes, "I changed my grip over the winter,").speaker == "Tharindu Kodagoda"


def test_the_vice_chancellor_after_two_honorifics_is_found_again(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vice-chancellor Prof Dr Iqbal Hussain Sheikh said the grant had not arrived. Dr Farah "
        "Naz, who leads the cotton project, said her team had lost three students.",
        "“Our labs are using equipment bought in the 1990s,” the vice-chancellor said.",
    )
    quote = one(quotes, "Our labs are using equipment bought in the 1990s,")
    assert quote.speaker == "Iqbal Hussain Sheikh"


def test_malam_is_an_honorific_and_arap_a_particle(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SOKOTO — “We did not wait for the ministry,” said Malam Abubakar Sidi Wurno, a "
        "health volunteer.",
        "ELDORET – “This is not about one school,” said Prof Kipchumba arap Chelimo, the "
        "vice-chancellor.",
    )
    assert one(quotes, "We did not wait for the ministry,").speaker == "Abubakar Sidi Wurno"
    assert one(quotes, "This is not about one school,").speaker == "Kipchumba arap Chelimo"


def test_a_second_clause_whose_subject_has_a_role_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prosecutor Hugh Vandermolen said the defendant had shown no remorse, while defence "
        "counsel Annalise Borg said her client had written a letter of apology.",
    )
    assert report_opening(quotes, "the defendant had").speaker == "Hugh Vandermolen"
    assert report_opening(quotes, "her client had").speaker == "Annalise Borg"


def test_a_statement_from_someone_is_theirs_when_it_speaks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Outside the court, a statement from Niamh Carrick-Dunne, who waived her right to "
        "anonymity, was read by her solicitor, Ruairí Mac an tSaoi.",
        "“Today I was believed,” the statement said.",
        "A statement from Harbour Air came on Monday. The statement said the airline was sorry.",
    )
    assert one(quotes, "Today I was believed,").speaker == "Niamh Carrick-Dunne"
    assert report_opening(quotes, "the airline was sorry").speaker == "Harbour Air"


def test_a_report_whose_source_the_next_sentence_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "LAHORE: The Punjab government will establish screening centres in all 36 districts.",
        "This was stated by Provincial Health Secretary Dr Ayesha Tariq Malik while addressing "
        "a seminar on Saturday.",
        "The state will hire 400 nurses by December. Okafor disclosed this while briefing "
        "journalists on Friday.",
    )
    assert report_opening(quotes, "The Punjab government will").speaker == "Ayesha Tariq Malik"
    assert report_opening(quotes, "The state will hire").speaker == "Okafor"


def test_a_next_sentence_about_a_view_names_no_source(make_article: Make) -> None:
    quotes = found(make_article, "The plan will be published soon. This was the view of many.")
    assert not quotes


def test_a_surname_written_first_after_an_office_keeps_all_three_words(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "SINGAPORE – Senior Minister of State for Transport Koh Siew Ling said the lanes would "
        "save bus riders ten minutes.",
    )
    assert report_opening(quotes, "the lanes would").speaker == "Koh Siew Ling"


def test_a_report_from_someones_officer_is_not_the_owners(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report from the State Department's inspector general was released on Thursday.",
        "The report said the department had been slow to respond.",
    )
    assert report_opening(quotes, "the department had been").speaker != "State Department's"


def test_said_that_in_the_next_sentence_is_its_own_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Internet companies have been criticized for keeping websites online.",
        "Matthew Prince, chief executive of CloudFlare, said that in one case activists were "
        "wrong.",
    )
    assert all(not q.text.startswith("Internet companies") for q in quotes)


def test_a_post_signed_by_a_handle_is_the_person_whose_surname_it_holds(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Former Gov. Buford “Bud” Tillotson lashed out at a new poll on Saturday.",
        "“Fake poll! We will win BIG,” @BudTillotson posted at 11:42 p.m.",
        "“See you in court,” @CityDesk posted.",
    )
    assert one(quotes, "Fake poll! We will win BIG,").speaker == "Buford Tillotson"
    assert one(quotes, "See you in court,").speaker is None


def test_campaign_committees_and_citizens_groups_are_bodies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a statement, Ferreira-Lund for Oregon, the senator’s campaign committee, said the ad "
        "had been removed.",
        "In a brief, Citizens for Fair Maps argued that the map packed voters into four districts.",
    )
    assert report_opening(quotes, "the ad had been").speaker == "Ferreira-Lund for Oregon"
    assert report_opening(quotes, "the map packed").speaker == "Citizens for Fair Maps"


def test_business_copy_bodies_founders_memos_and_views(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SINGAPORE — Tembusu Air will cancel about 1,200 flights, a spokesperson for the airline "
        "said on Wednesday.",
        "The company was founded in 2020 by Wanjiru Kamau-Otieno, a former agronomist.",
        "“Banks see a farmer and see risk,” the founder said.",
        "Staff were told the studio would stop work on its space game, according to a memo from "
        "studio head Pieter Claassen.",
        "In Obinna Ezeakor's telling, the idea came to him on a stalled commuter train.",
    )
    assert report_opening(quotes, "Tembusu Air will cancel").speaker == "Tembusu Air"
    assert one(quotes, "Banks see a farmer and see risk,").speaker == "Wanjiru Kamau-Otieno"
    assert report_opening(quotes, "Staff were told").speaker == "Pieter Claassen"
    assert report_opening(quotes, "the idea came to him").speaker == "Obinna Ezeakor"


def test_a_title_after_a_clauses_first_word_still_gives_the_gender(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sen. Leticia Marchbanks, D-Colo., and Sen. Howard Bissell, R-Idaho, sparred over "
        "wildfire funding.",
        "After Mr. Bissell suggested the Forest Service had squandered its money, she cut in. "
        "“The senator from Idaho was not on the fire line in August,” she said.",
    )
    quote = one(quotes, "The senator from Idaho was not on the fire line in August,")
    assert quote.speaker == "Leticia Marchbanks"


def test_its_role_and_a_relative_clause_past_an_appositive_introduce_partials(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Critics have panned the documentary. Its former chief executive, Jonah Weißenborn, "
        "called the film “a hatchet job edited by people who never met us.”",
        "The best description came from Sunniva Aarhus-Berg, a partner at a small Oslo fund, "
        "who called it “a drought dressed up as discipline.”",
    )
    assert one(quotes, "a hatchet job edited by people who never met us.").speaker == (
        "Jonah Weißenborn"
    )
    assert one(quotes, "a drought dressed up as discipline.").speaker == "Sunniva Aarhus-Berg"


def test_quoted_words_inside_a_report_that_names_them_as_anothers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Elaine Harrow and her challenger, Attorney General Luc Delacroix, traded barbs.",
        "Ms. Harrow mocked Mr. Delacroix’s claim that he was “the only adult in the room” on the "
        "budget.",
        "Mr. Delacroix reminded the audience that Ms. Harrow had once described the program as "
        "“a slush fund with a ribbon on it.”",
    )
    assert one(quotes, "the only adult in the room").speaker == "Luc Delacroix"
    assert one(quotes, "a slush fund with a ribbon on it.").speaker == "Elaine Harrow"


def test_quoted_words_that_judge_anothers_claim_are_the_reporters(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cruz spokeswoman Catherine Frazier said Thursday that Rubio's claim that Cruz is in "
        "favor of amnesty is “simply not true.”",
    )
    assert one(quotes, "simply not true.").speaker == "Catherine Frazier"


def test_emergency_copy_titles_time_stamps_and_pensioners(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Incident Controller Rachael Obuya said crews had contained the fire on two flanks.",
        "7.58am: Harbourline Rail says services on the Coastal Line will not run before midday.",
    )
    assert report_opening(quotes, "crews had contained").speaker == "Rachael Obuya"
    assert report_opening(quotes, "services on the Coastal Line").speaker == "Harbourline Rail"
    opening = found(
        make_article,
        "A pensioner who spent 14 hours trapped in his car has told how he survived. Frank "
        "Ellerby, 79, was on his way home when the blizzard closed the road.",
        "‘I had half a tank of petrol and a bag of Polos,’ the pensioner said.",
    )
    assert one(opening, "I had half a tank of petrol and a bag of Polos,").speaker == (
        "Frank Ellerby"
    )

"""Session forty-four, first round: the copy of round 30's blind suites (shipping and fisheries,
the Pakistani and Bangladeshi press, defence reporting, the music press, fashion pages, the Greek,
Cypriot and Turkish press): honorifics and ranks before names, offices with a field or an aide's
"to the", a month or a particle opening a name, a report in a quote's trailer, and the words
after a quote that name its speaker."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_month_that_is_her_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dale Prentice, 29, told the Gazette: “I always said I would buy the farm back.”",
        "His mother, June Prentice, 61, said: “He kept his word.”",
    )
    assert one(quotes, "He kept his word.").speaker == "June Prentice"


def test_a_month_after_in_is_a_date(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harlan Mills runs the quarry. In May Mills said the pit would close by winter.",
    )
    assert report_opening(quotes, "the pit would close").speaker == "Harlan Mills"


def test_south_asian_honorifics_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will not bow to pressure,” said Mian Tariq Saleem Bhatti, the provincial minister.",
        "Begum Nasreen Akhtar Gill said flour prices would rise again next month.",
        "“The file is closed,” said Syed Ali, a clerk at the registry.",
    )
    assert one(quotes, "We will not bow to pressure,").speaker == "Tariq Saleem Bhatti"
    assert report_opening(quotes, "flour prices would rise").speaker == "Nasreen Akhtar Gill"
    assert one(quotes, "The file is closed,").speaker == "Syed Ali"


def test_human_rights_is_a_field_not_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Federal Minister for Human Rights Shireen Akhtar Lodhi met Senator Waqas Durrani on "
        "Thursday.",
        "Later, talking to journalists, she said: “The bill will be tabled as it stands.”",
    )
    assert one(quotes, "The bill will be tabled as it stands.").speaker == "Shireen Akhtar Lodhi"


def test_fields_joined_by_and_before_an_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Excise and Taxation Director Sadia Batool said the increase had been approved by the "
        "cabinet.",
    )
    assert report_opening(quotes, "the increase had been approved").speaker == "Sadia Batool"


def test_only_the_fields_before_an_unknown_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Federal Minister for Climate Change Zartasha Naheed Kundi said the pledges had not "
        "arrived.",
    )
    speaker = report_opening(quotes, "the pledges had not arrived").speaker
    assert speaker == "Zartasha Naheed Kundi"


def test_a_report_in_a_quotes_trailer_is_the_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We want our wages,” said Rokhsana Begum Mitu, a sewing operator, who said she had "
        "borrowed money from a lender to pay the rent.",
        "“I will vote for her,” said Tomasz Wren, 24, from Ashby, who said the mayor was best "
        "placed to fix the buses.",
        "“The numbers don’t add up,” said Elvin Marsh, who supports the governor.",
    )
    assert report_opening(quotes, "she had borrowed money").speaker == "Rokhsana Begum Mitu"
    assert report_opening(quotes, "the mayor was best placed").speaker == "Tomasz Wren"
    assert not [q for q in quotes if q.text.startswith("the governor")]


def test_an_aides_to_the_and_brief_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Special Assistant to the Prime Minister on Health Faisal Sultan said: “The plan works.”",
        "“The talks went well,” said Adviser to the Chief Minister Waqar Mehdi.",
        "The Prime Minister on Tuesday said: “We are ready.”",
    )
    assert one(quotes, "The plan works.").speaker == "Faisal Sultan"
    assert one(quotes, "The talks went well,").speaker == "Waqar Mehdi"
    assert one(quotes, "We are ready.").speaker != "Tuesday"


def test_a_passive_agent_after_a_bodys_name_and_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The relief package has been described as “too little, too late” by Federation of "
        "Traders and Industry (FTI) President Zahid Iqbal Sheikh.",
    )
    assert one(quotes, "too little, too late").speaker == "Zahid Iqbal Sheikh"


def test_a_role_from_a_place_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Tents were being sold in the bazaar,” said the lawmaker from the flood-hit Kacchi "
        "Sharif constituency, Sumaira Gul Jamali.",
    )
    assert one(quotes, "Tents were being sold in the bazaar,").speaker == "Sumaira Gul Jamali"


def test_while_the_role_said_is_a_second_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister for Population Welfare Sobia Hiraj and Population Welfare Secretary Nadeem "
        "Khichi briefed the cabinet.",
        "The minister claimed that the rate had risen to 38pc, the highest in two decades, while "
        "the secretary said the department needed more health visitors.",
    )
    speaker = report_opening(quotes, "the department needed more health visitors").speaker
    assert speaker == "Nadeem Khichi"


def test_told_the_weekly_briefing_ends_a_report_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The talks with the neighbouring country would resume after the holiday, Foreign Office "
        "Spokesperson Ayesha Gul Mandokhail told the weekly briefing on Friday.",
    )
    speaker = report_opening(quotes, "The talks with the neighbouring country").speaker
    assert speaker == "Ayesha Gul Mandokhail"


def test_a_force_is_a_body_and_its_initials_name_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Coastal Security Force (CSF) said on Sunday that 23 fishermen had been rescued.",
        "“All the fishermen are safe,” the CSF said.",
    )
    assert one(quotes, "All the fishermen are safe,").speaker == "Coastal Security Force"


def test_with_its_chairman_saying_gives_the_partial_to_him(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Tarrow Estuary Fishermen's Association has left the talks, with its chairman, "
        "Philip Ashdown, saying members had been treated as “an afterthought” throughout.",
    )
    assert one(quotes, "an afterthought").speaker == "Philip Ashdown"


def test_those_words_from_a_named_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are asking for access to the water our grandfathers fished.”",
        "Those words, from Tupou Fakatava, president of the Nukuvai Fishers' Network, drew a "
        "standing ovation.",
    )
    speaker = one(quotes, "We are asking for access to the water our grandfathers fished.").speaker
    assert speaker == "Tupou Fakatava"


def test_according_to_a_name_and_a_role_of_two_words_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to Harlan Voss, managing partner at Voss & Kerrigan Brokers: “The market has "
        "turned on a sixpence.”",
    )
    assert one(quotes, "The market has turned on a sixpence.").speaker == "Harlan Voss"


def test_a_hedged_report_is_understood_to_have_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cheng Hao, chairman of Haixing Shipping, is understood to have told bankers that the "
        "company will order ten new bulkers this year.",
    )
    assert report_opening(quotes, "the company will order ten").speaker == "Cheng Hao"


def test_a_bodys_named_director_in_a_second_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shipowners called the levy “a blunt instrument”, while Blue Channel's director, Sophie "
        "Marchetti, said it was “long overdue”.",
    )
    assert one(quotes, "long overdue").speaker == "Sophie Marchetti"


def test_service_ranks_before_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"You hope it never comes," said Sgt. 1st Class Rafael Quintanilla, a veteran.',
        "Lt Cdr Gemma Fairweather said: “We are monitoring the vessel.”",
        "“It's an old jet and it's time,” said Sqn Ldr Fiona Garside.",
    )
    assert one(quotes, "You hope it never comes,").speaker == "Rafael Quintanilla"
    assert one(quotes, "We are monitoring the vessel.").speaker == "Gemma Fairweather"
    assert one(quotes, "It's an old jet and it's time,").speaker == "Fiona Garside"


def test_the_general_of_a_short_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Col. Yusuf Bakr hosted Maj. Gen. Patricia Dunmore at the border crossing.",
        '"What I saw today was a professional force," the general told reporters.',
    )
    speaker = one(quotes, "What I saw today was a professional force,").speaker
    assert speaker == "Patricia Dunmore"


def test_his_older_brother_after_the_younger_ones_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sgt Liam Doherty, 44, and his younger brother, Cpl Sean Doherty, served together.",
        "“We made a pact,” said Sean Doherty. His older brother said the museum's closure had been "
        "a blow to every family.",
    )
    assert report_opening(quotes, "the museum's closure").speaker == "Liam Doherty"


def test_one_unnamed_soldier_from_the_battalion(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Half of the kit didn't fit,” one soldier from the battalion said. A Ministry of Defence "
        "spokesperson said all personnel had been equipped.",
    )
    assert one(quotes, "Half of the kit didn't fit,").speaker is None


def test_a_sentence_framed_for_someone_before_a_bare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "For Lorna Pettigrew, whose son died in the crash, the report brought little comfort.",
        "“Every page tells me the same thing.”",
    )
    assert one(quotes, "Every page tells me the same thing.").speaker == "Lorna Pettigrew"


def test_whose_singer_names_the_frontman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The headline slot went to Copper Saints, whose singer Ezra Blum spent the set in the pit.",
        "“Security hated me,” the frontman admitted afterwards.",
    )
    assert one(quotes, "Security hated me,").speaker == "Ezra Blum"


def test_a_bookers_trade_before_her_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Booker Femke de Vries said the festival would not add a fourth day this year.",
    )
    assert report_opening(quotes, "the festival would not add").speaker == "Femke de Vries"


def test_the_only_answer_a_described_person_would_give(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Ask me again when I’ve slept.”",
        "That was the only answer Oskar Lindgren, the Swedish producer, would give when asked "
        "about a record of his own.",
    )
    assert one(quotes, "Ask me again when I’ve slept.").speaker == "Oskar Lindgren"


def test_the_venue_said_of_a_venue_named_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Rotterdam venue De Ketel has cancelled a show by rapper Blixa Moreau.",
        "In a statement, the venue said it “could not guarantee the safety of staff” and would "
        "refund tickets.",
    )
    assert one(quotes, "could not guarantee the safety of staff").speaker == "De Ketel"


def test_began_finished_and_corrects_end_a_trailer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Ashworth twins, Mia Ashworth and Leo Ashworth, finish each other’s sentences.",
        "“We didn’t plan to be a duo,” Mia began. “We never found anyone else,” Leo finished.",
    )
    assert one(quotes, "We didn’t plan to be a duo,").speaker == "Mia Ashworth"
    assert one(quotes, "We never found anyone else,").speaker == "Leo Ashworth"


def test_a_clause_that_began_is_no_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Douglas Schoen wrote that delegates, even those who signed up before the campaign "
        "began, may reconsider.",
        "“A win in California would underscore her weakness.”",
    )
    speaker = one(quotes, "A win in California would underscore her weakness.").speaker
    assert speaker == "Douglas Schoen"


def test_an_inverted_cue_in_the_middle_of_a_short_opening(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Demand, said Jane Whitcombe, was holding up far better than expected.",
        "Beauty, said Harriet Oakes-Mallory of Lindqvist Partners, was doing better still.",
    )
    assert report_opening(quotes, "Demand, said Jane Whitcombe").speaker == "Jane Whitcombe"
    speaker = report_opening(quotes, "Beauty, said Harriet").speaker
    assert speaker == "Harriet Oakes-Mallory"


def test_a_surname_opening_with_a_particle_or_an_elided_article(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Raphaël de Castellane took over at Orsini Frères last spring. Guillaume d’Argenson-Viel "
        "is joining Corvo Nero.",
        "“People expect me to burn down the archive,” Mr. de Castellane said.",
        "“I spent 19 years learning to say no,” d’Argenson-Viel told Threadline Daily.",
    )
    speaker = one(quotes, "People expect me to burn down the archive,").speaker
    assert speaker == "Raphaël de Castellane"
    speaker = one(quotes, "I spent 19 years learning to say no,").speaker
    assert speaker == "Guillaume d’Argenson-Viel"


def test_one_who_goes_by_her_first_name_only(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Solenne, the French-Senegalese designer who goes by her first name only, closed the week.",
        '"I wanted people to lean in," she said afterwards.',
    )
    assert one(quotes, "I wanted people to lean in,").speaker == "Solenne"


def test_the_premier_of_a_prime_minister(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former prime minister Dimitris Mavroudakis gave a long interview on Monday.",
        "The former premier said he had no intention of founding a new party.",
    )
    speaker = report_opening(quotes, "he had no intention of founding").speaker
    assert speaker == "Dimitris Mavroudakis"


def test_monsieur_before_a_surname_of_a_man_named_in_full(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Luc-Henri Valensole has sewn for six creative directors.",
        "“All of them,” M. Valensole said.",
        "M. Selvaraj, the union leader, said the strike would go on until the bonus was paid.",
    )
    assert one(quotes, "All of them,").speaker == "Luc-Henri Valensole"
    assert report_opening(quotes, "the strike would go on").speaker == "M. Selvaraj"


def test_the_role_herself_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Noor Haddad-Lindgren, 19, was scouted in a shopping centre. Her booker, Anders Voss, said "
        "she had turned down two campaigns. The teenager herself was more succinct: “I wanted to "
        "walk first.”",
    )
    assert one(quotes, "I wanted to walk first.").speaker == "Noor Haddad-Lindgren"


def test_one_who_works_under_a_single_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Japanese designer who works under the single name Kaito showed paper-thin wool. "
        "Asked to explain it, he said it was made “for people who are disappearing politely”.",
    )
    assert one(quotes, "for people who are disappearing politely").speaker == "Kaito"


def test_a_source_known_only_by_what_they_know(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Nobody expects a breakthrough,” said a diplomat familiar with the preparations.",
        "UN envoy Rosalind Abernethy-Stone is due to meet both leaders on Monday.",
    )
    assert one(quotes, "Nobody expects a breakthrough,").speaker is None

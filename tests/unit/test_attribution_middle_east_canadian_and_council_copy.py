"""Middle East, Canadian and UK council copy (blind suites mix140-142): "of the centrist Derech
party" and "told Kan public broadcaster" after a name, "dismissed on Tuesday by MK X of the … party
as '…'", "the military said" of the armed forces named before, "Adi" as a given name, a sports
trade before a name, "…, X said on Tuesday, as the first section was opened", "the member for
Rouyn-Noranda", "said the council's cabinet member for …, Cllr X", a partnership as a body."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_party_after_the_name_and_a_broadcaster_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Knesset member Noa Ben-Shitrit of the centrist Kadima Hadasha party accused the ministry "
        "on Monday of “hiding behind committees” over the ward.",
        "MK Yoav Peretz-Levi told Kan public broadcaster on Wednesday that his faction would vote "
        "against the budget.",
    )
    assert one(quotes, "hiding behind committees").speaker == "Noa Ben-Shitrit"
    assert report_opening(quotes, "his faction would vote").speaker == "Yoav Peretz-Levi"


def test_dismissed_on_a_day_by_a_member_of_a_party(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The campaign was dismissed on Tuesday by MK Orly Mizrahi-Katz of the opposition Yachad "
        "party as 'expensive wallpaper' that no one abroad would notice.",
    )
    assert one(quotes, "expensive wallpaper").speaker == "Orly Mizrahi-Katz"


def test_the_military_and_the_army_are_the_forces_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Israel Defense Forces said on Tuesday that two rockets had fallen in open areas.",
        "In a statement, the military said its air defences had not been activated.",
        "The Jordan Armed Forces said on Saturday that a drone had been shot down. The army said "
        "that the drone had been carrying narcotics.",
    )
    assert report_opening(quotes, "its air defences").speaker == "Israel Defense Forces"
    assert report_opening(quotes, "the drone had been carrying").speaker == "Jordan Armed Forces"


def test_a_given_name_that_is_a_fijian_title_elsewhere(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The court gave the state 60 days to explain the delay.",
        '"Six years is not a delay, it is a decision," attorney Adi Ben-Naim said outside court.',
        "Judoka Maya Ben-Haim told reporters that she had competed with a torn ligament.",
    )
    assert one(quotes, "Six years is not a delay, it is a decision,").speaker == "Adi Ben-Naim"
    assert report_opening(quotes, "she had competed").speaker == "Maya Ben-Haim"


def test_a_report_before_its_cue_and_a_clause_of_time_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        'The rail link will be "a lifeline for the south" once it opens, ministry spokesman '
        "Hossam Eldin Fawzy said on Tuesday, as the first section was opened.",
        "Calloway Bank expects the deal to add to earnings within two years, finance chief Priya "
        "Vantongeren told investors on Thursday, as the bank sought to reassure shareholders.",
    )
    assert one(quotes, "a lifeline for the south").speaker == "Hossam Eldin Fawzy"
    assert report_opening(quotes, "Calloway Bank expects").speaker == "Priya Vantongeren"


def test_the_member_for_a_riding_is_its_mna(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Isabelle Thériault-Nolin, the MNA for Rouyn-Noranda–Témiscamingue, raised the issue on "
        "Thursday. The member for Rouyn-Noranda said that the province had not spent a dollar of "
        "the fund.",
    )
    assert report_opening(quotes, "the province had not spent").speaker == (
        "Isabelle Thériault-Nolin"
    )


def test_a_councils_cabinet_member_named_after_the_brief(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The plan to pedestrianise Linton Street was approved by the council's cabinet.",
        '"Town centres that put people first survive," said the council\'s cabinet member for '
        "economic growth, Cllr Martin Quayle.",
        "A review by the Planning Advisory Partnership has described the department as "
        "'under-resourced and overwhelmed'.",
    )
    assert one(quotes, "Town centres that put people first survive,").speaker == "Martin Quayle"
    assert one(quotes, "under-resourced and overwhelmed").speaker == (
        "Planning Advisory Partnership"
    )


def test_indian_offices_and_party_letters_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Leader of the Opposition in the Karnataka Legislative Council H.R. Gangadharappa on "
        "Tuesday described the Budget as “a collection of unfunded promises” and walked out.",
        "CPI(M) State secretary Manik Lal Debroy on Sunday described the sale as “anti-people” "
        "and said the party would protest.",
        "The meeting was chaired by Vice-Chancellor Hemalatha Krishnaswamy. Prof. Krishnaswamy "
        "said the university would add four courses.",
    )
    assert one(quotes, "a collection of unfunded promises").speaker == "H.R. Gangadharappa"
    assert one(quotes, "anti-people").speaker == "Manik Lal Debroy"
    assert report_opening(quotes, "the university would add").speaker == "Hemalatha Krishnaswamy"


def test_a_punjabi_given_name_and_a_minister_of_state_after_the_quote(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        'Commandant Jaswinder Singh Grewal of the disaster force told reporters: "Our teams have '
        'evacuated 1,460 people."',
        "“Every district will have a dialysis unit,” Union Minister of State for Health and "
        "Family Welfare Bhavna Chandrakar said at an event on Friday.",
    )
    assert one(quotes, "Our teams have evacuated 1,460 people.").speaker == (
        "Jaswinder Singh Grewal"
    )
    assert one(quotes, "Every district will have a dialysis unit,").speaker == "Bhavna Chandrakar"


def test_new_zealand_copy_titles_iwi_and_programmes(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ngāti Whakarongo chair Hemi Kerehona has welcomed the return of the land. Speaking at "
        "the marae on Saturday, he said the land would be replanted in native species.",
        "“We got enough to stand on,” said Tā Rawiri Rangitauira, who led the talks.",
        "Principal Arapeta Nikorima told RNZ's Morning Report the school's roll had doubled in "
        "five years.",
    )
    assert report_opening(quotes, "the land would be replanted").speaker == "Hemi Kerehona"
    assert one(quotes, "We got enough to stand on,").speaker == "Rawiri Rangitauira"
    assert report_opening(quotes, "the school's roll had doubled").speaker == "Arapeta Nikorima"


def test_a_cue_then_what_the_news_did_and_a_role_in_a_beat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Repairs to the bridge will not be finished before Easter, the agency's regional manager, "
        "Stephanie Rowland, said on Tuesday, dashing hopes the link would reopen.",
        "The Planning Minister, Rosalind Kwong, has approved the tower.",
        "The minister was unapologetic. “If councils won't decide, I will.”",
    )
    assert report_opening(quotes, "Repairs to the bridge").speaker == "Stephanie Rowland"
    assert one(quotes, "If councils won't decide, I will.").speaker == "Rosalind Kwong"


def test_south_african_offices_and_a_zulu_chief(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The health department has sent more ambulances north.",
        "“We have dispatched 14 additional ambulances,” said MEC for Health in KwaZulu-Natal "
        "Nomvula Dlamini-Khoza on Tuesday.",
        "Inkosi Sipho Mthembu said at an imbizo on Saturday that no mining would be allowed on "
        "communal land.",
    )
    assert one(quotes, "We have dispatched 14 additional ambulances,").speaker == (
        "Nomvula Dlamini-Khoza"
    )
    assert report_opening(quotes, "no mining would be allowed").speaker == "Sipho Mthembu"


def test_european_wire_trailers_and_papers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Germany must be ready to bring back military service, Defence Minister Sabine "
        "Thalheim-Noll told broadcaster ZDF on Sunday, reigniting a debate in the coalition.",
        "Italian Defence Minister Alberto Moroni toured the base on Thursday.",
        "In an interview with Corriere della Sera the next day, he said that Italy would propose "
        "a naval mission.",
        "Juror Otis Pettibone said the footage was impossible to explain away.",
    )
    assert report_opening(quotes, "Germany must be ready").speaker == "Sabine Thalheim-Noll"
    assert report_opening(quotes, "Italy would propose").speaker == "Alberto Moroni"
    assert report_opening(quotes, "the footage was impossible").speaker == "Otis Pettibone"


def test_a_two_word_province_before_its_office_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The education department says it needs 30 new schools.",
        "“Our schools are bursting at the seams,” said Western Cape MEC for Education Lizette "
        "Coetsee at a briefing on Wednesday.",
    )
    assert one(quotes, "Our schools are bursting at the seams,").speaker == "Lizette Coetsee"

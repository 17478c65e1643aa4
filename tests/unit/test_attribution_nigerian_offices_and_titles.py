"""Nigerian newspaper copy (blind suite mix134): long offices before the name with a place
between ("The Chief Medical Director of the Federal Medical Centre, Owo-Ekiti, Dr. …"), an
office "in" a state, bracketed and Nigerian honorifics ("Chief (Mrs.)", "Lolo", a chairman's sex,
"Comrade Sunday …"), "disclosed", commands and chapters as bodies, "the cleric", and "The words
were spoken by"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_place_between_the_body_and_the_titled_name_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Chief Medical Director of the Federal Medical Centre, Owo-Ekiti, Dr. Adaeze "
        "Nwachukwu-Bello, has said the centre had treated 31 cases of cholera since May.",
    )
    cholera = report_opening(quotes, "the centre had treated 31 cases")
    assert cholera.speaker == "Adaeze Nwachukwu-Bello"


def test_those_were_the_words_of_an_office_with_its_place(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“A polytechnic without power is a museum of machines.”",
        "Those were the words of the Rector of the Federal Polytechnic of Agriculture, Ilaro-Oke, "
        "Prof. Bamidele Adeyemi-Cole, as he appeared before the Senate committee on Tuesday.",
    )
    assert one(quotes, "A polytechnic without power is a museum of machines.").speaker == (
        "Bamidele Adeyemi-Cole"
    )


def test_an_office_in_a_state_before_the_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Workers marched through Ado on Monday.",
        "“No worker can feed a family on this wage,” the Chairman of the Nigeria Labour Congress "
        "in Ekiti-Ondo State, Comrade Olufemi Adeleke, said at the rally.",
        "The Zonal Coordinator of the agency in Kano, Mrs. Hadiza Abdullahi-Garba, briefed "
        "journalists on Sunday. She said, “We will not rest until the girls are home.”",
    )
    assert one(quotes, "No worker can feed a family on this wage,").speaker == "Olufemi Adeleke"
    girls = one(quotes, "We will not rest until the girls are home.")
    assert girls.speaker == "Hadiza Abdullahi-Garba"


def test_a_bracketed_title_stays_in_the_sentence_and_shows_her_sex(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Market women in Ikare have called on the governor, Mr. Tunde Adesola, to reopen the old "
        "market. The Coordinator of the Market Women Forum, Chief (Mrs.) Adebisi Ogunlana-Peters, "
        "stated, “We have waited for two years and we will not wait again.”",
    )
    waited = one(quotes, "We have waited for two years and we will not wait again.")
    assert waited.speaker == "Adebisi Ogunlana-Peters"


def test_an_igbo_womans_title_is_no_part_of_her_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Villagers met on Monday.",
        "“We need a clinic before the rains,” said the woman leader, Lolo Adaora Nnaji.",
    )
    assert one(quotes, "We need a clinic before the rains,").speaker == "Adaora Nnaji"


def test_a_chairman_named_right_after_his_role_is_a_man(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The General Manager of the Ikeja Drainage Agency, Mrs. Yewande Bakare, has issued an "
        "ultimatum to shop owners. The notice was delivered in the company of the area’s council "
        "chairman, Hon. Festus Alade.",
        "She said the canals would be cleared within a week.",
    )
    assert report_opening(quotes, "the canals would be cleared").speaker == "Yewande Bakare"


def test_a_day_is_a_given_name_after_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Chairman of the Nigeria Union of Teachers, Comrade Sunday Okoro, has directed "
        "teachers to stay at home.",
        "Okoro said: “No teacher will return until the arrears are paid.”",
    )
    arrears = one(quotes, "No teacher will return until the arrears are paid.")
    assert arrears.speaker == "Sunday Okoro"


def test_disclosed_introduces_a_quote_and_a_command_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Comptroller of the Nigeria Customs Service, Ogun-Ekiti Command, Alhaji Bello Sani "
        "Yakasai, has assured importers that the backlog would be cleared. He disclosed, “We "
        "have seized 14 containers of expired drugs this month.”",
    )
    seized = one(quotes, "We have seized 14 containers of expired drugs this month.")
    assert seized.speaker == "Bello Sani Yakasai"


def test_the_cleric_is_the_bishop_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Bishop of the Anglican Diocese of Owerri-Nkwo, Rt. Rev. Emeka Chukwudi Obi, has "
        "urged the government to cut the price of fuel.",
        "The cleric said the church could not “stand by while families go hungry” this year.",
    )
    assert one(quotes, "stand by while families go hungry").speaker == "Emeka Chukwudi Obi"


def test_a_role_of_two_words_is_one_mention_for_the_pronoun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Executive Secretary of the Yobe Resettlement Agency, Alhaji Umar Bukar Geidam, met "
        "farmers on Monday. The leader of the farmers, Malam Ali Kolo, said, “We want to farm.”",
        "Responding, the executive secretary assured them that help was coming. He said, “We "
        "have cleared 2,000 hectares for the returning families.”",
    )
    cleared = one(quotes, "We have cleared 2,000 hectares for the returning families.")
    assert cleared.speaker == "Umar Bukar Geidam"


def test_the_words_were_spoken_by_an_office_holder(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We are asking for justice, not for pity.”",
        "The words were spoken on Tuesday by the Chairman of the Plateau Victims Forum, Mr. "
        "Daniel Gyang Dung, at a press conference in Jos.",
    )
    assert one(quotes, "We are asking for justice, not for pity.").speaker == "Daniel Gyang Dung"


def test_the_representative_of_a_body_is_the_name_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Clerics met in Kaduna on Thursday.",
        "“Leaders must stop preaching hatred,” the representative of the Emir of Zazzau, Alhaji "
        "Musa Idris Zaria, told the gathering, adding that most victims were farmers.",
    )
    assert one(quotes, "Leaders must stop preaching hatred,").speaker == "Musa Idris Zaria"


def test_the_chairman_of_a_chapter_of_an_association(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Chairman of the Ilorin Chapter of the Tricycle Riders Association of Nigeria, "
        "Alhaji Kamaldeen Ayinde Salami, has said the ban would be “dead on arrival” if riders "
        "were not given loans.",
    )
    assert one(quotes, "dead on arrival").speaker == "Kamaldeen Ayinde Salami"


def test_a_sentence_opened_by_he_gives_no_vote_to_a_name_inside_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Chairman of the Pharmacists Council, Pharm. Ikenna Obiora-Eze, on Thursday called "
        "for new drug stores. He spoke at a seminar in Aba that was chaired by a former "
        "Commissioner for Health, Dr. Uzoamaka Nwankwo.",
        '"Our hospitals are full of expired drugs," he said.',
    )
    assert one(quotes, "Our hospitals are full of expired drugs,").speaker == "Ikenna Obiora-Eze"

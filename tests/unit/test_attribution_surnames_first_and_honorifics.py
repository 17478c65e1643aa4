"""Names as news in Singapore, India and the Gulf writes them (blind suites mix101-mix105): a
surname written first ("Ms Goh" of Goh Pei Ling), two of a surname told apart by title, an
Arabic surname with its article alone ("al-Harbi said"), the honorifics "Kumari" and "ji", a
name's first two words for the whole ("Kamala Devi" of Kamala Devi Sahu), and the pair whose
partner is "her husband"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_title_and_a_surname_written_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senior Minister of State for Manpower Goh Pei Ling said the new rules would cover "
        "shipyard workers from July.",
        "Mr Faizal Ismail, an MP for Kembangan, said smaller firms struggled to keep up.",
        "Responding, Ms Goh said: “The least we can do is keep them from collapsing in the heat.”",
    )
    assert report_opening(quotes, "the new rules would cover").speaker == "Goh Pei Ling"
    assert (
        one(quotes, "The least we can do is keep them from collapsing in the heat.").speaker
        == "Goh Pei Ling"
    )


def test_two_of_one_surname_written_first(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mr Lee Jun Hao, 47, cooks the noodles, while Ms Lee Mei Xin, 52, runs the drinks counter.",
        '"People ask if we are married. We are just two stubborn hawkers," said Ms Lee, laughing.',
    )
    assert (
        one(quotes, "People ask if we are married. We are just two stubborn hawkers,").speaker
        == "Lee Mei Xin"
    )


def test_an_arabic_surname_with_its_article_alone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Khalid Mansour al-Harbi, the secretary-general of the Gulf Maritime Forum, opened the "
        "meeting in Ras Dalil on Wednesday.",
        "Admiral Tomas Reyes said the navies would share a hotline.",
        "“Every ship that passes safely is a victory for diplomacy,” al-Harbi said.",
    )
    assert (
        one(quotes, "Every ship that passes safely is a victory for diplomacy,").speaker
        == "Khalid Mansour al-Harbi"
    )


def test_ji_after_a_surname_and_kumari_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Villagers credit Shri Ramprasad Yadav, a retired boatman, with saving 20 lives.",
        "“When the dogs started barking at midnight, I knew,” Yadav ji told PTI.",
        "Students' union president Kumari Zoya Farooqui said the test had been “a farce”.",
    )
    assert (
        one(quotes, "When the dogs started barking at midnight, I knew,").speaker
        == "Ramprasad Yadav"
    )
    assert one(quotes, "a farce").speaker == "Zoya Farooqui"


def test_the_first_two_words_of_a_name_of_three(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Smt Kamala Devi Sahu, 61, sat beside the two goats she had carried through the water.",
        "Camp in-charge Dr. Neelima Thakur said the 410 inmates were given two hot meals a day.",
        'Kamala Devi, however, was thinking only of her field. "Now there is only mud," she said.',
    )
    assert one(quotes, "Now there is only mud,").speaker == "Kamala Devi Sahu"


def test_her_husband_says_which_of_a_pair_is_the_woman(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Judge Philip Costello said the owners of the shop, Harjit and Kamaljeet Dhillon, had been "
        "left terrified.",
        "Kamaljeet Dhillon said she no longer slept. "
        '"Every time a car slows down, I think it is happening again," she said. '
        "Her husband, Harjit Dhillon, said they had thought of selling.",
    )
    assert (
        one(quotes, "Every time a car slows down, I think it is happening again,").speaker
        == "Kamaljeet Dhillon"
    )


def test_a_body_then_an_initial_opens_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Director of the Regional Meteorological Centre S. Balamurugan warned of 'extremely heavy "
        "rainfall' over the next two days.",
    )
    assert one(quotes, "extremely heavy rainfall").speaker == "S. Balamurugan"


def test_a_portfolio_of_many_fields_names_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shri Raman Muthukumaraswamy, Minister for Municipal Administration, Urban Development and "
        "Metropolitan Transport, on Wednesday inspected the casting yard.",
        "Speaking to reporters later, the minister said: “There will be no compromise on quality.”",
    )
    assert (
        one(quotes, "There will be no compromise on quality.").speaker == "Raman Muthukumaraswamy"
    )


def test_a_headline_verb_is_no_third_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dana Whitcombe Slams Port Plan",
        "Dana Whitcombe said on Monday that the port plan would ruin the harbour.",
    )
    assert report_opening(quotes, "the port plan would ruin").speaker == "Dana Whitcombe"

"""Session fifty, round 46: the copy of its blind suites (Hong Kong and Taiwan, the shipping
press, Indonesia, Thailand and Vietnam, student papers, Ghana and its neighbours, motorsport):
chiefs' stools and regnal numbers, district chief executives by their initials, ships that are
no one, names glossed in Chinese, inner quotes whose speaker stands in apposition, and a place
or a paper after "told" that reports nothing."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind
from reader.core.pipeline import analyse


def test_a_chiefs_regnal_number_is_part_of_his_name_and_his_stool_a_role(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Togbe Kwami Adzraku IV, Fiaga of the Ketu Traditional Area, has described land guards "
        "in the area as “a danger to every farmer in Ketu”.",
        "The Omanhene of the Amansie Traditional Area, Nana Kofi Asamoah III, and the DCE for "
        "Amansie South, Mr Isaac Kwaku Donkor, inspected the new bridge on Monday.",
        "The Omanhene said the stool had released ten acres for a market.",
        "The DCE said the assembly would fund the access road.",
    )
    assert one(quotes, "a danger to every farmer in Ketu").speaker == "Kwami Adzraku IV"
    assert report_opening(quotes, "the stool had released").speaker == "Kofi Asamoah III"
    assert report_opening(quotes, "the assembly would fund").speaker == "Isaac Kwaku Donkor"


def test_an_elders_or_pilgrims_honorific_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Opanin Yaw Boakye-Mensah, a retired headteacher, said the association had raised "
        "GH¢50,000 for the clinic.",
        "Alhagie Lamin Jobarteh, the Alkalo of Sukuta, told The Point that the well had dried up.",
    )
    assert report_opening(quotes, "the association had raised").speaker == "Yaw Boakye-Mensah"
    assert report_opening(quotes, "the well had dried up").speaker == "Lamin Jobarteh"


def test_a_ship_is_no_one_a_pronoun_in_an_inner_quote_can_mean(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The second engineer of the product tanker Baltic William has told a maritime court that "
        "the company’s superintendent, Anders Lindahl, ordered him to keep a faulty pump running.",
        "“I showed him the gauges and he looked at me and said, ‘Keep it going until we reach "
        "Gdansk,’” Piotr Nowakowski, 58, told the court.",
    )
    assert one(quotes, "Keep it going until we reach Gdansk,").speaker == "Anders Lindahl"


def test_an_inner_quotes_speaker_named_in_apposition(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Nguyen Van Hai, 64, still keeps his family's fishing boat in Quang Ngai.",
        "“My uncle, Nguyen Van Duc, told me before he died, ‘As long as the boat floats, we have "
        "a home.’ So I cannot sell it,” Hai said.",
        "“The site manager, a Mr Wong Kin-man, told residents, ‘It will dry by itself.’ It did "
        "not,” said councillor Fiona Lau Ka-yee.",
    )
    assert one(quotes, "As long as the boat floats, we have a home.").speaker == "Nguyen Van Duc"
    assert one(quotes, "It will dry by itself.").speaker == "Wong Kin-man"


def test_a_short_inner_quote_a_verb_of_speech_introduces(make_article: Make) -> None:
    quotes = found(
        make_article,
        "MONTE CARLO — Aurélien Fabrègue won the rally despite sliding into a snowbank on "
        "Saturday night.",
        "“There was ice everywhere. Aurélien shouted, ‘Hold on!’ and then we were in the snow,” "
        "co-driver Damien Rochefort said.",
    )
    assert one(quotes, "Hold on!").speaker == "Aurélien Fabrègue"


def test_a_name_glossed_in_chinese_stands_next_to_its_verb(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Legislator Chen Wen-hsiung (陳文雄) of the DPP yesterday accused the ministry of "
        "“sleepwalking into a power shortage.”",
        "“I called my mother at three in the morning,” Liu Yu-hsuan (劉宇軒), 24, told CNA.",
    )
    partial = one(quotes, "sleepwalking into a power shortage.")
    assert partial.speaker == "Chen Wen-hsiung"
    assert one(quotes, "I called my mother at three in the morning,").speaker == "Liu Yu-hsuan"
    report = next(q for q in quotes if q.kind is QuoteKind.INDIRECT)
    assert "(陳文雄)" not in (report.reason or "") and "  " not in (report.reason or "")


def test_a_place_or_a_paper_after_told_reports_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Councillor Wu Pei-yi told a news conference at the council yesterday: “The bike lane "
        "ends in a wall.”",
        "Mayor Teresa Vollmer told WKRX-TV in an interview on Wednesday: “We will fix it.”",
    )
    assert [q.kind for q in quotes] == [QuoteKind.DIRECT, QuoteKind.DIRECT]
    assert [q.speaker for q in quotes] == ["Wu Pei-yi", "Teresa Vollmer"]


def test_he_in_an_inner_quote_is_the_one_described_person_near(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The APC MP for Constituency 044, Hon. Alimamy Kargbo Sesay, told Parliament how the "
        "clinic at Rokel burned down.",
        "“I called the Minister of Health, Dr Sahr Momoh Jusu, that night. He told me, "
        "‘Honourable, the ambulance is on its way,’ but it never came,” Hon. Sesay said.",
    )
    inner = one(quotes, "Honourable, the ambulance is on its way,")
    assert inner.speaker == "Sahr Momoh Jusu"


def test_an_office_in_capitals_then_a_titled_name_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We have found 14 schools under trees,” the DCE for Nkwanta South, Mr Kofi Tchapi-Mensah, "
        "told the Graphic.",
        "“Nobody will disturb the peace,” the Volta Regional Police Commander, DCOP Selasi "
        "Ametewee, told journalists.",
        "“Our forest is our bank,” Paramount Chief Momo Kiazolu of Gola District, Grand Cape "
        "Mount County, told the elders.",
    )
    assert one(quotes, "We have found 14 schools under trees,").speaker == "Kofi Tchapi-Mensah"
    assert one(quotes, "Nobody will disturb the peace,").speaker == "Selasi Ametewee"
    assert one(quotes, "Our forest is our bank,").speaker == "Momo Kiazolu"


def test_an_office_with_its_initials_or_a_former_office_describes_the_name(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "A former Deputy Minister for Finance, Mr Kwesi Ampofo-Bekoe, has dismissed the "
        "figures of the Majority Leader, Hon. Daniel Asiamah-Kyei.",
        "“The debt did not double under us,” the former deputy minister said.",
    )
    assert one(quotes, "The debt did not double under us,").speaker == "Kwesi Ampofo-Bekoe"


def test_a_surname_two_share_is_the_one_named_before_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sato Hiroyuki, 49, a fisherman in Soma, has watched the release of treated water with "
        "mixed feelings.",
        "“The sea is safe, the tests say so,” Sato told Kyodo News on the pier, where his cousin, "
        "Sato Akemi, sorts the morning catch.",
    )
    assert one(quotes, "The sea is safe, the tests say so,").speaker == "Sato Hiroyuki"


def test_a_datelines_region_is_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "DEIR AL-BALAH, Gaza Strip — The call came at 6 a.m., to Nour’s father.",
        "“The man said his name was Captain Eli. He told my father, ‘You have 15 minutes, go "
        "west,’ and then he hung up,” said Nour, 22.",
    )
    assert one(quotes, "You have 15 minutes, go west,").speaker == "Eli"


def test_an_inner_quote_after_i_said_is_the_outer_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Screenwriter Desmond Achterberg-Lowe recalled the meeting where the film nearly died.",
        "“The executive, Pam Rourke, asked if the lead could be younger, and I said, ‘Then make "
        "that film without me,’” Achterberg-Lowe said.",
    )
    outer = one(
        quotes,
        "The executive, Pam Rourke, asked if the lead could be younger, and I "
        "said, ‘Then make that film without me,’",
    )
    assert outer.speaker == "Desmond Achterberg-Lowe"
    assert all(q.text != "Then make that film without me," for q in quotes)
    quotes = found(
        make_article,
        "Hanwha Aces carry Seo Ji-hoon says a blunt message from head coach Kang Tae-yang turned "
        "his season around.",
        "“After we lost to Lotus Rising he said to me, ‘Your aim is fine, your choices are "
        "not,’” Seo said.",
    )
    assert one(quotes, "Your aim is fine, your choices are not,").speaker == "Kang Tae-yang"


def test_a_navys_rank_and_the_uns_under_secretary_general_are_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Navy spokesman Capt. 3rd Rank Dmytro Savchuk said the ship had been carrying corn.",
        "Speaking in Geneva, the UN aid chief, Under-Secretary-General Hendrik Aalders-Boateng, "
        "met mothers on the road. He said the appeal was a third funded.",
    )
    assert report_opening(quotes, "the ship had been carrying").speaker == "Dmytro Savchuk"
    assert report_opening(quotes, "the appeal was a third").speaker == "Hendrik Aalders-Boateng"


def test_he_in_an_inner_quote_is_first_the_one_named_in_the_outer_quotes_paragraph(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Kwame Asante-Berg, the Tolland Rovers captain, has been cleared to play in the final.",
        "\"After we lost to Marlow he said to me, 'Captain, your ankle is fine, your decisions are "
        "the problem,'\" Asante-Berg said of his manager, Tomasz Wierzbicki-Hale.",
        "Legislator Chen Wen-hsiung of the DPP accused the league of negligence.",
    )
    inner = one(quotes, "Captain, your ankle is fine, your decisions are the problem,")
    assert inner.speaker == "Tomasz Wierzbicki-Hale"


def test_the_party_after_a_members_of_is_not_who_accused(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Legislator Chen Wen-hsiung of the DPP accused the league of "sleepwalking into a '
        'scandal."',
    )
    assert one(quotes, "sleepwalking into a scandal.").speaker == "Chen Wen-hsiung"


def test_said_of_his_manager_describes_the_manager_as_his_manager(make_article: Make) -> None:
    analysis = analyse(
        make_article(
            "“He never lets us rest,” Kwame Asante-Berg said of his manager, Tomasz "
            "Wierzbicki-Hale.",
            "“Rest is for the summer,” Wierzbicki-Hale said.",
        )
    )
    manager = next(s for s in analysis.speakers if s.name == "Tomasz Wierzbicki-Hale")
    assert manager.descriptions == ["his manager"]

"""Session forty-three, first round: the copy of round 28's blind suites (chess, prisons, the
Latin American press, rugby and tennis, the arts desk, central banks): a company described as
"one of" its trade, a role word that heads bodies too ("ombudsman"), minutes as a document,
a report's aside, "So said" with the name after a role, a ranking without its stop, an
analyst "at" a firm, a first name given by request, a "whose" clause, "who on Tuesday accused",
an audience at lunch, an age with a nationality, and "His brother" of a sibling just quoted."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_company_described_as_one_of_its_trade_speaks_as_the_company(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "MENDOZA — Viña Alcázar, one of Argentina’s largest wine exporters, said on Monday it "
        "would close a bottling plant.",
        "The company said in a statement that about 90 workers would be offered new posts.",
    )
    speaker = report_opening(quotes, "about 90 workers would be offered").speaker
    assert speaker == "Viña Alcázar"


def test_the_ombudsman_is_the_person_introduced_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The health complaints ombudsman, Marguerite Delacroix-Obi, published her findings on "
        "Friday.",
        "The ombudsman concluded that nurses had not checked the ward for an hour.",
    )
    speaker = report_opening(quotes, "nurses had not checked the ward").speaker
    assert speaker == "Marguerite Delacroix-Obi"


def test_the_ombudsman_is_the_body_when_no_person_holds_the_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Appeals to the Energy Ombudsman rose by a fifth last year, the Energy Ombudsman said.",
        "The ombudsman said suppliers were still too slow to refund customers.",
    )
    assert report_opening(quotes, "suppliers were still too slow").speaker == "Energy Ombudsman"


def test_minutes_released_by_a_committee_are_the_committee_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minutes released by the Corvania Rate Setting Committee on Tuesday showed that members "
        "saw the risks to growth as broadly balanced.",
    )
    speaker = report_opening(quotes, "members saw the risks to growth").speaker
    assert speaker == "Corvania Rate Setting Committee"


def test_a_report_by_a_body_in_an_aside_is_the_body_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The report, by the Inspectorate of Youth Custody, said one in four boys at Harrowfield "
        "had been restrained in the past month.",
    )
    speaker = report_opening(quotes, "one in four boys at Harrowfield").speaker
    assert speaker == "Inspectorate of Youth Custody"


def test_so_said_a_role_then_its_holder_s_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“No patient should wait a year for a wheelchair.”",
        "So said the patients’ commissioner for Eastmarch, Delphine Arkwright-Oyelaran, after "
        "new figures were published.",
    )
    speaker = one(quotes, "No patient should wait a year for a wheelchair.").speaker
    assert speaker == "Delphine Arkwright-Oyelaran"


def test_a_ranking_without_its_stop_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"My legs were empty," said the world No 2, Tobias Rennvall, after his loss.',
        "World No 9 Mirela Constantin said she would play doubles on Friday.",
    )
    assert one(quotes, "My legs were empty,").speaker == "Tobias Rennvall"
    assert report_opening(quotes, "she would play doubles").speaker == "Mirela Constantin"


def test_an_analyst_at_a_firm_and_another_of_a_firm(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Analysts disagreed. Chidi Okafor at Harbourline Research said the bank had been "
        "“much too cautious”, while Ingrid Solberg of Fjordview Partners said the pause had been "
        "well judged.",
    )
    assert one(quotes, "much too cautious").speaker == "Chidi Okafor"
    assert report_opening(quotes, "the pause had been well judged").speaker == "Ingrid Solberg"


def test_a_role_at_a_body_before_the_name_stays_the_name_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A former colleague at the Foreign Office, Rupert Vane-Haddow, says the memoir is fair.",
        "The Minister of State at the Department of Transport, Aoife Ní Bhriain, said the road "
        "would reopen in May.",
    )
    assert report_opening(quotes, "the memoir is fair").speaker == "Rupert Vane-Haddow"
    assert report_opening(quotes, "the road would reopen in May").speaker == "Aoife Ní Bhriain"


def test_a_first_name_given_as_she_asked_is_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kez, as she asked to be identified, has been in and out of prison four times.",
        "“You leave with nothing and you come straight back,” she said.",
    )
    assert one(quotes, "You leave with nothing and you come straight back,").speaker == "Kez"


def test_a_whose_clause_leaves_the_subject_speaking(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brenda Oduya, whose son Marcus, 19, is serving a sentence at the jail, called the new "
        "visiting rules “cruel and pointless”.",
    )
    assert one(quotes, "cruel and pointless").speaker == "Brenda Oduya"


def test_who_on_a_day_accused_past_an_appositive(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The bank’s critics include Pelle Sandgren, an opposition lawmaker on the budget "
        "committee, who on Monday accused the bank of “punishing first-time buyers”.",
    )
    assert one(quotes, "punishing first-time buyers").speaker == "Pelle Sandgren"


def test_told_a_lunch_ends_the_cue_after_the_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ragnhild Ek, who sits on the bank’s board, gave her clearest signal yet. The bank was "
        "“close to the peak” of its cycle, Ek told a business lunch in Norrvik on Thursday.",
    )
    assert one(quotes, "close to the peak").speaker == "Ragnhild Ek"


def test_an_age_and_a_nationality_before_who_is_no_one_named_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Annika Lindqvist, the third seed, needed three sets to beat the 18-year-old American "
        "Skye Donnelly.",
        "The 24-year-old Swede, who served 11 double faults, described her own display as "
        "“a mess from start to finish”.",
    )
    assert one(quotes, "a mess from start to finish").speaker == "Annika Lindqvist"


def test_his_brother_after_the_younger_brother_s_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Padraig Moran started at hooker, with his younger brother Ciarán Moran on the wing.",
        "“We were never coming off,” said Ciarán, who scored twice. His brother was more "
        "measured: “We made it hard for ourselves.”",
    )
    assert one(quotes, "We made it hard for ourselves.").speaker == "Padraig Moran"


def test_his_brother_added_after_he_keeps_the_brother_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tarek Haddad is believed to have been on the ferry, according to his brother Samir "
        "Haddad. Samir Haddad called him a gentle man. He had just started a new job, his "
        "brother added.",
    )
    assert report_opening(quotes, "He had just started a new job").speaker == "Samir Haddad"


def test_a_manner_before_a_colon_after_an_appositive_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The sculptor Lucan Ferreira-Holt has called his new work “a letter to the tide.” His "
        "dealer, Philippa Marchbanks, was more prosaic: “It will sell.”",
    )
    assert one(quotes, "It will sell.").speaker == "Philippa Marchbanks"


def test_a_painting_s_title_leaves_the_report_around_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Her best-known painting, ‘Boy with a Kite’, is missing from the show; its owner, a "
        "collector in Lisbon, would not lend it, the curator, Ifeoma Castellanos, said.",
    )
    assert one(quotes, "Boy with a Kite").kind.value == "title"
    assert report_opening(quotes, "Her best-known painting").speaker == "Ifeoma Castellanos"


def test_an_archive_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Northern Archive of Film, known as NAF, said in a statement that the reels had "
        "been bought in good faith.",
    )
    speaker = report_opening(quotes, "the reels had been bought in good faith").speaker
    assert speaker == "Northern Archive of Film"


def test_accused_of_a_quote_by_a_named_agent(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The museum’s board has been accused of “treating a family’s loss as a balance sheet” "
        "by Edda Vasquez-Lund, whose grandmother owned the portrait.",
    )
    speaker = one(quotes, "treating a family’s loss as a balance sheet").speaker
    assert speaker == "Edda Vasquez-Lund"


def test_a_description_then_named_in_a_trailer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I have not seen a finish like it in thirty years,” said the chief steward, a retired "
        "vet from Ballina named Orlaith Cusack.",
    )
    speaker = one(quotes, "I have not seen a finish like it in thirty years,").speaker
    assert speaker == "Orlaith Cusack"


def test_the_deputy_governor_is_the_one_introduced_as_his_deputy(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Governor Anders Falkvik read the committee’s statement before handing over to his "
        "deputy, Ngozi Abara, for questions.",
        "“We will keep shrinking the balance sheet at the current pace,” the deputy governor said.",
    )
    speaker = one(quotes, "We will keep shrinking the balance sheet at the current pace,").speaker
    assert speaker == "Ngozi Abara"


def test_the_former_governor_is_the_predecessor(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Governor Maren Solli has kept rates high. Her predecessor, Halvard Tenvik, thinks she "
        "has gone too far. “The bank is fighting the last war,” the former governor said.",
    )
    assert one(quotes, "The bank is fighting the last war,").speaker == "Halvard Tenvik"


def test_the_younger_of_a_father_and_his_son_and_caddie(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rory Ferrall’s son and caddie, Conor Ferrall, was in tears on the 18th green.",
        "“He taught me the game,” the younger Ferrall said.",
    )
    assert one(quotes, "He taught me the game,").speaker == "Conor Ferrall"


def test_they_after_a_sentence_opening_their_of_one_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sasha Morrow-Iqbal, 29, spent a year on a men’s wing. Their solicitor, Dominic Hale, "
        "has lodged a complaint.",
        "“It did not feel like protection,” they said.",
    )
    assert one(quotes, "It did not feel like protection,").speaker == "Sasha Morrow-Iqbal"


def test_their_after_two_people_is_no_one_s_singular_they(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom and Jill Barker ran the shop for years. Their lawyer, Dominic Hale, has complained.",
        "“We were never told,” they said.",
    )
    assert one(quotes, "We were never told,").speaker not in ("Jill Barker", "Tom Barker")


def test_an_age_and_nationality_after_only_one_person_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The words came from veteran goalkeeper Zbigniew Kowalczyk, speaking after a draw.",
        "The 36-year-old Pole, who has kept four clean sheets, said the squad had met on Monday.",
    )
    assert report_opening(quotes, "the squad had met on Monday").speaker == "Zbigniew Kowalczyk"

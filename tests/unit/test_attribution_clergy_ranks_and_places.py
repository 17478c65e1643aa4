"""Shapes found by blind probe suites mix65 and mix66 (religion, community, defence): clergy and
ranks before a name ("the Rev", "Fr", "Sr", "Swami", "Colonel (retd)", "Inspector-General of
Police") and the roles they give ("the vicar", "the parish priest", "the nun", "the sergeant
major"); a place between an office and a titled name; a place after a body ("… in Kitchener
said"); patronymics and a particle before two surnames."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_vicar_named_with_the_rev(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Six months ago the vicar, the Rev Alison Whitcombe, warned that the bells might fall "
        "silent.",
        "The churchwarden, Geoffrey Pell, said the appeal had done well.",
        "“We have had donations from people who never come to church,” the vicar said.",
    )
    assert one(quotes, "We have had donations from people who never come to church,").speaker == (
        "Alison Whitcombe"
    )


def test_a_bishop_named_with_the_rt_rev(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Bishop of Wenlock, the Rt Rev Caroline Ashby, has set out plans for the diocese.",
        "Speaking at the synod, the bishop said parishes would be asked to share clergy.",
    )
    assert report_opening(quotes, "parishes would be asked").speaker == "Caroline Ashby"


def test_fr_is_the_priest_and_sr_the_nun(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Fr Kieran Tobin said ferries had been added for the mourners.",
        "‘The place was packed to the doors,’ the parish priest said.",
        "Sr Bernadette Mulcahy, the last sister in the convent, taught for 52 years.",
        "‘We came here to teach girls who had nothing,’ the nun said.",
    )
    assert one(quotes, "The place was packed to the doors,").speaker == "Kieran Tobin"
    assert one(quotes, "We came here to teach girls who had nothing,").speaker == (
        "Bernadette Mulcahy"
    )


def test_clergy_titles_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister Reverend Jo Hartley said the sale was a blow.",
        "Swami Chidananda Saraswati runs the kitchen.",
        "“Service to the poor is the highest worship,” the Swami said.",
    )
    assert report_opening(quotes, "the sale was a blow").speaker == "Jo Hartley"
    assert one(quotes, "Service to the poor is the highest worship,").speaker == (
        "Chidananda Saraswati"
    )


def test_ranks_retired_and_hyphenated(make_article: Make) -> None:
    quotes = found(
        make_article,
        "‘I have never seen morale this low,’ said Colonel (retd) Nigel Ashdown-Fry.",
        "Inspector-General of Police Ahmad Zaki bin Yusof said the cell had been planning an "
        "attack.",
    )
    assert one(quotes, "I have never seen morale this low,").speaker == "Nigel Ashdown-Fry"
    assert report_opening(quotes, "the cell had been planning").speaker == "Ahmad Zaki bin Yusof"


def test_the_sergeant_major(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sergeant Major Valeriu Munteanu was decorated on Sunday.",
        "The sergeant major said he had only done what any of his men would have done.",
    )
    assert report_opening(quotes, "he had only done").speaker == "Valeriu Munteanu"


def test_a_place_between_an_office_and_a_titled_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Principal of Government Girls Secondary School, Ugwuaji, Mrs. Ngozi Eze, said the "
        "school had recorded a 98 per cent pass rate.",
    )
    assert report_opening(quotes, "the school had recorded").speaker == "Ngozi Eze"


def test_a_body_and_where_it_is(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Imam Yusuf Haddad of the Riverside Islamic Centre in Kitchener said more than 400 "
        "people had visited the mosque.",
        "Rabbi Miriam Feld of Temple Beth Shalom in Ashbury, N.J., said the hall would open.",
    )
    assert report_opening(quotes, "more than 400 people").speaker == "Yusuf Haddad"
    assert report_opening(quotes, "the hall would open").speaker == "Miriam Feld"


def test_patronymics_and_a_particle_before_two_surnames(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We have the radar tracks,” Colonel Vugar Ilham oglu Huseynli told the agency.",
        "General Augusto de Oliveira Brandão told senators that stocks were low.",
        "Senator Marta Figueiredo called it shocking. De Oliveira Brandão said new contracts "
        "had been signed.",
    )
    assert one(quotes, "We have the radar tracks,").speaker == "Vugar Ilham oglu Huseynli"
    assert report_opening(quotes, "new contracts had been signed").speaker == (
        "Augusto de Oliveira Brandão"
    )


def test_the_one_quoted_by_a_broadcaster_says_the_partial(make_article: Make) -> None:
    quotes = found(
        make_article,
        "State broadcaster Radio Kanaan quoted army spokesman Colonel Idris Mahamat as saying "
        "that “all terrorist elements” had been cleared from the town.",
    )
    assert one(quotes, "all terrorist elements").speaker == "Idris Mahamat"


def test_a_ministry_of_a_country(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Ministry of Foreign Affairs of Lusandra said in a note that the diplomat must leave "
        "within 72 hours.",
    )
    assert report_opening(quotes, "the diplomat must leave").speaker == (
        "Ministry of Foreign Affairs of Lusandra"
    )


def test_the_daughter_of_a_mother_named_by_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Charmaine Petersen received her diploma from the Cape Flats Community College on "
        "Friday, 35 years after her mother, Rosalind, graduated from the same college.",
        "“Tonight she watched me get mine,” the daughter said.",
    )
    assert one(quotes, "Tonight she watched me get mine,").speaker == "Charmaine Petersen"


def test_a_description_named_in_the_next_paragraph(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I am not going to apologise for protecting this country,” the former spy chief told "
        "the tribunal.",
        "That was Edmund Carraway-Hale, who ran the domestic security service from 2012 to 2019.",
        "The whistleblower, Naomi Stroud, is expected to give evidence next week.",
    )
    assert one(quotes, "I am not going to apologise for protecting this country,").speaker == (
        "Edmund Carraway-Hale"
    )

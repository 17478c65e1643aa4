"""Session fifty-six, second round: a peer's given name in brackets, a columnist's own reported
speech, roles read past a bracketed range or a bench's title, a branch in brackets that holds
"and", a document published by a body, honorifics, a fish farmer as a firm, "That was the lament
of X", and a body's officer after a word in lower case."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_peers_given_name_in_brackets(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'This is not a matter for ministers,' said Lord (David) Halloran, 'and it never has "
        "been.'",
        "The scheme would cost more than £2bn and deliver very little, according to Lord "
        "(Michael) Tennant, a former permanent secretary at the Treasury.",
        "'The House has a duty to scrutinise,' Baroness (Helen) Stroud said.",
    )
    assert one(quotes, "This is not a matter for ministers,").speaker == "David Halloran"
    assert one(quotes, "The House has a duty to scrutinise,").speaker == "Helen Stroud"
    scheme = [q for q in quotes if q.text.startswith("The scheme would cost")]
    assert [q.speaker for q in scheme] == ["Michael Tennant"]


def test_a_columnists_own_reported_speech(make_article: Make) -> None:
    reports = reported(
        make_article,
        "By Declan Moriarty",
        "Steffen Krogh does not like being told his team are running out of steam. I told him "
        "on Friday that his side had looked tired in the last three games, and he bristled.",
        "Two years ago, on this page, I argued that the plan to privatise water billing would "
        "end in tears.",
    )
    speakers = dict(reports)
    assert speakers["his side had looked tired in the last three games"] == "Declan Moriarty"
    assert speakers["the plan to privatise water billing would end in tears"] == "Declan Moriarty"


def test_roles_past_a_range_a_bench_or_a_selectors_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SITAPUR: DIG (Sitapur Range) Alok Ranjan Tripathi reviewed the investigation on Monday. "
        "“Anyone found shielding the accused will face action,” the DIG said.",
        "The Chief Judge of the state, Justice Oluwakemi Adeyinka-Bello, has released 37 inmates. "
        "“That is injustice,” the Chief Judge stated.",
        "Delivering the verdict, the coroner, Magistrate Adeyinka Oyekan-Coker, recommended the "
        "prosecution of two officers. “He did not come out alive,” the coroner said.",
        "Chief selector Javed Iqbal Mirza, a former Test opener, announced the squad. “We have "
        "picked players on domestic performance,” the chief selector said.",
    )
    assert one(quotes, "Anyone found shielding the accused will face action,").speaker == (
        "Alok Ranjan Tripathi"
    )
    assert one(quotes, "That is injustice,").speaker == "Oluwakemi Adeyinka-Bello"
    assert one(quotes, "He did not come out alive,").speaker == "Adeyinka Oyekan-Coker"
    assert one(quotes, "We have picked players on domestic performance,").speaker == (
        "Javed Iqbal Mirza"
    )


def test_offices_with_brackets_or_a_word_before_the_body(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Additional Director General of Police (Law and Order) Devesh Chandra Upreti told PTI "
        "that adequate force had been deployed in all sensitive booths.",
        "The Secretary General of the opposition United Citizens’ Movement, Mr Momodou Lamin "
        "Touray, has alleged that voters’ cards are being bought in the Central River Region.",
    )
    speakers = dict(reports)
    assert speakers["adequate force had been deployed in all sensitive booths."] == (
        "Devesh Chandra Upreti"
    )
    assert speakers["voters’ cards are being bought in the Central River Region."] == (
        "Momodou Lamin Touray"
    )


def test_a_document_published_by_a_body_and_a_fish_farm_as_a_firm(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The review, published by the Tasman Fisheries Authority, found that dolphin bycatch had "
        "doubled since the new nets were introduced in 2020.",
        "Nordlys Aquaculture, which operates 40 salmon farms along the coast, says the outbreak "
        "is under control. The firm said mortality had fallen to below 2 percent in April.",
    )
    speakers = dict(reports)
    assert speakers["dolphin bycatch had doubled since the new nets were introduced in 2020."] == (
        "Tasman Fisheries Authority"
    )
    assert speakers["mortality had fallen to below 2 percent in April."] == "Nordlys Aquaculture"


def test_honorifics_and_a_lament_named_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“A law on paper does not protect a woman,” said Mohtarma Saeeda Bano Khattak, "
        "chairperson of the Provincial Commission on the Status of Women.",
        "The Paramount Chief of the Akwamu-Nsuaem Traditional Area, Odeneho Kwaku Dapaah "
        "Sarpong III, has announced that drumming will be banned for 30 days.",
        "“We lost everything — our goods, our stalls, even the money we kept in the shop.”",
        "That was the lament of Madam Comfort Adjoa Mensah, a 54-year-old cloth seller, as she "
        "stood amid the charred remains of her stall.",
    )
    assert one(quotes, "A law on paper does not protect a woman,").speaker == (
        "Saeeda Bano Khattak"
    )
    drumming = [q for q in quotes if q.text.startswith("drumming will be banned")]
    assert [q.speaker for q in drumming] == ["Kwaku Dapaah Sarpong III"]
    lament = one(
        quotes, "We lost everything — our goods, our stalls, even the money we kept in the shop."
    )
    assert lament.speaker == "Comfort Adjoa Mensah"


def test_an_office_of_the_police_by_its_initials_and_her_published_analysis(
    make_article: Make,
) -> None:
    reports = reported(
        make_article,
        "NEW DELHI: Deputy Commissioner of Police (Outer) Meera Sabharwal said the gang used "
        "duplicate keys. The DCP said three receivers had also been arrested.",
        "‘The caps will be felt first in regional campuses,’ said Dr Mei-Ling Kwok-Sutherland, a "
        "researcher at the University of Coral Coast.",
        "Her analysis, published by a Melbourne think tank last month, estimated that 14 regional "
        "campuses could close within five years.",
    )
    speakers = dict(reports)
    assert speakers["three receivers had also been arrested."] == "Meera Sabharwal"
    assert speakers["14 regional campuses could close within five years."] == (
        "Mei-Ling Kwok-Sutherland"
    )

"""Tabloid copy and sources kept unnamed: a celebrity called by the trade she was introduced by
("the former glamour model", "the Love Island beauty", "the star"), "told pals", a partial in
"branded the measure a “…”", and "one X" or an anonymous nurse, who stay no one even when a
name follows later in the article."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_celebrity_called_by_her_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former glamour model Kerry-Ann Pugh, 45, has slammed her ex-husband, footballer Dean "
        "Lister, for missing their son’s graduation.",
        "The former glamour model said: “He had one job and he could not do it.”",
        "Love Island beauty Tayla Moore has said she is still close to fellow islander Gina Penn.",
        "Gina, 27, unfollowed her last month.",
        "But the Love Island beauty insisted: “Gina is like a sister to me.”",
    )
    assert one(quotes, "He had one job and he could not do it.").speaker == "Kerry-Ann Pugh"
    assert one(quotes, "Gina is like a sister to me.").speaker == "Tayla Moore"


def test_the_star_told_pals(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Singer Jamie Lowell has been secretly dating hairdresser Ben Ash for six months.",
        "The star told pals he had never been happier and planned to introduce Ben at Christmas.",
    )
    report = report_opening(quotes, "he had never been happier")
    assert report.speaker == "Jamie Lowell"


def test_a_partial_in_a_label_given_to_a_thing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Teodora Banzal branded the tax measure a “midnight deal,” noting it passed at 1 a.m.",
        "Commissioners called an “emergency” meeting on Friday afternoon.",
    )
    assert one(quotes, "midnight deal,").speaker == "Teodora Banzal"
    assert one(quotes, "emergency").kind.value == "scare"


def test_one_of_a_kind_is_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Leadership knew the numbers were fudged,” one Ostra engineer told Patchnote.",
        "“The water was up to our necks,” one resident of Barangay Tabing-Ilog said.",
        "“We will rebuild,” said one resident, Mary Achieng.",
        "Mayor Victorino Casas said the town had asked for boats.",
    )
    assert one(quotes, "Leadership knew the numbers were fudged,").speaker is None
    assert one(quotes, "The water was up to our necks,").speaker is None
    assert one(quotes, "We will rebuild,").speaker == "Mary Achieng"


def test_an_anonymous_source_is_not_the_person_named_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A nurse at Ezimbokodweni Clinic, who spoke on condition of anonymity because she was not "
        "authorised to speak to the media, said staff had been working 16-hour shifts.",
        "“Some days there are two of us for 150 patients,” she said.",
        "A senior Ntsika Power manager, speaking on condition of anonymity, said: “Everyone at "
        "head office knew.”",
        "Health department spokesperson Ntokozo Zulu said the department was aware of it.",
    )
    assert one(quotes, "Some days there are two of us for 150 patients,").speaker is None
    assert one(quotes, "Everyone at head office knew.").speaker is None


def test_a_union_named_with_a_rank_word_inside(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokeswoman for the Municipal and General Workers’ Union said: “Our members stood "
        "together.”",
    )
    assert one(quotes, "Our members stood together.").speaker == (
        "Municipal and General Workers’ Union"
    )


def test_a_live_blogs_more_from_with_a_topic(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kellby United boss Rui Albano is speaking now. He says: “Tomas trained today.”",
        "More from Albano, on the title race: “Nobody here is looking at the table.”",
    )
    assert one(quotes, "Nobody here is looking at the table.").speaker == "Rui Albano"


def test_a_team_before_its_boss_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marlow Vale boss Jorge Ibarra insists he is not worried about the sack.",
        "The Spaniard, 49, said: “The chairman has been clear with me.”",
    )
    assert one(quotes, "The chairman has been clear with me.").speaker == "Jorge Ibarra"


def test_had_earlier_insisted_and_a_body_named_after_its_kind(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Treasury minister Paul Okoro had earlier insisted the figures were “robust and "
        "independently checked”.",
        "Under pressure, the package registry Cratebin will require hardware keys from September.",
        "The registry announced the change in a blog post, saying it would send free keys to any "
        "maintainer who asks.",
    )
    assert one(quotes, "robust and independently checked").speaker == "Paul Okoro"
    assert report_opening(quotes, "the change in a blog post").speaker == "Cratebin"


def test_her_father_named_the_other_way_round(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Samuel Okoro, 67, and his daughter Chiamaka Okoro, 38, were both elected on the same "
        "night.",
        "“He has been telling me how to campaign since I was nine,” Chiamaka Okoro said.",
        "Her father said he was “proud and slightly humiliated”.",
    )
    assert one(quotes, "proud and slightly humiliated").speaker == "Samuel Okoro"


def test_her_father_is_a_person_not_the_place_named_last(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Shearing contractor Noel Gadd has run teams through the sheds of the Merrin Plains for "
        "35 years, and his daughter Tegan Gadd now manages the bookings.",
        "Tegan Gadd said the industry was short of shearers. Her father said the younger blokes "
        "were good workers but there were not enough of them.",
    )
    assert report_opening(quotes, "the younger blokes").speaker == "Noel Gadd"

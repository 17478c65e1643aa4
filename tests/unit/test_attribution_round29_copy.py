"""Session forty-three, second round: the copy of round 29's blind suites (election counts,
zoos and animal welfare, hospitals, religious affairs, the Korean and Japanese press, lottery
winners): campaign groups named for their cause, an audience and where it stood, a report
whose cue a "though" clause follows, the dean as a role, and whose response or verdict a
quote is."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_group_named_for_its_cause_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Justice for Harbour Tenants said its members had been ignored for a decade.",
        "Mothers Against Speeding said the new limit was overdue.",
    )
    speaker = report_opening(quotes, "its members had been ignored").speaker
    assert speaker == "Justice for Harbour Tenants"
    assert report_opening(quotes, "the new limit was overdue").speaker == "Mothers Against Speeding"


def test_told_reporters_and_where_they_stood_ends_the_cue(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Imam Yusuf Karimi led prayers at the reopened mosque on Friday.",
        "The community had raised more than £60,000 from its neighbours, the imam told reporters "
        "outside the building.",
    )
    speaker = report_opening(quotes, "The community had raised more than £60,000").speaker
    assert speaker == "Yusuf Karimi"


def test_the_dean_said_then_a_though_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Very Rev Imelda Crane, Dean of Holmfirth Cathedral, has confirmed the reopening.",
        "Scaffolding would be gone from the nave by December, the dean said, although work on "
        "the tower would go on into spring.",
    )
    assert report_opening(quotes, "Scaffolding would be gone").speaker == "Imelda Crane"


def test_dean_before_a_surname_stays_a_given_name(make_article: Make) -> None:
    quotes = found(make_article, "“We will win the league,” said Dean Mahoney, the club captain.")
    assert one(quotes, "We will win the league,").speaker == "Dean Mahoney"


def test_that_was_the_response_of_a_named_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I don’t want a plaque. I want the library to stay open.”",
        "That was the response of Sister Bernadette Quill, 88, when the council proposed "
        "naming the reading room after her.",
    )
    speaker = one(quotes, "I don’t want a plaque. I want the library to stay open.").speaker
    assert speaker == "Bernadette Quill"


def test_the_verdict_of_a_role_and_its_holder_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Greens lost all six of their seats in Lower Ashby.",
        "The verdict of the party’s agent, Malcolm Treece, was blunt: “We were wiped out.”",
    )
    assert one(quotes, "We were wiped out.").speaker == "Malcolm Treece"


def test_a_zoo_is_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harrowgate Bay Zoo has announced the death of its oldest gorilla.",
        "“We are heartbroken,” the zoo said in a statement.",
    )
    assert one(quotes, "We are heartbroken,").speaker == "Harrowgate Bay Zoo"


def test_an_age_then_who_said_before_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "One of the dogs belonged to Maureen Tillett, 71, who said: “We had no warning at all.”",
    )
    assert one(quotes, "We had no warning at all.").speaker == "Maureen Tillett"


def test_a_kin_word_then_the_name_and_an_age_before_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Callum Fairweather, 32, won £1million on Saturday.",
        'His aunt, Rosalind Fairweather, 61, said: "He fixed my roof first."',
    )
    assert one(quotes, "He fixed my roof first.").speaker == "Rosalind Fairweather"


def test_a_candidate_in_a_seat_then_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Twelve years I have waited for a recount to go my way,” said the Green candidate in "
        "Marsh End, Teodora Lindqvist-Baines, who won by three votes.",
    )
    speaker = one(quotes, "Twelve years I have waited for a recount to go my way,").speaker
    assert speaker == "Teodora Lindqvist-Baines"


def test_a_seat_s_name_is_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cllr Wilfred Ashby held his Castle Rise seat with 58 per cent of the vote.",
        "The 74-year-old, who first stood in 1981, said this term would be his last.",
    )
    assert report_opening(quotes, "this term would be his last").speaker == "Wilfred Ashby"


def test_the_prelate_is_the_archbishop(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Archbishop Tomasz Wrobel of Ostravia met the miners’ families on Saturday.",
        "The prelate called the disaster “a wound in the whole nation”.",
    )
    assert one(quotes, "a wound in the whole nation").speaker == "Tomasz Wrobel"


def test_a_member_of_the_ruling_party_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SEOUL — Rep. Park Ji-won of the ruling National Renewal Party said on Tuesday the bill "
        "would be put to a vote in December.",
    )
    assert report_opening(quotes, "the bill would be put to a vote").speaker == "Park Ji-won"


def test_papers_to_a_named_body_are_the_body_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to board papers published ahead of Tuesday’s meeting of Crossfield and "
        "District Hospitals NHS Trust, the trust spent £9.2m on agency staff in six months.",
        "A paper to the board of Crossfield and District Hospitals NHS Trust warns that its "
        "finances are “unsustainable without outside help”.",
    )
    trust = "Crossfield and District Hospitals NHS Trust"
    assert report_opening(quotes, "the trust spent £9.2m on agency staff").speaker == trust
    assert one(quotes, "unsustainable without outside help").speaker == trust

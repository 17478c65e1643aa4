"""Documents named by who issued them, and a source's own aside (from the probe misses read at
the start of session 31): "according to a fact sheet released Friday by X", "a bulletin issued
by X", "research by X", "According to the release" after "X said in a news release"; and
"according to X, the economy minister, who said …"."""

from __future__ import annotations

from attribution_helpers import Make, found, marked, one, report_opening


def test_a_document_named_with_its_issuer_is_the_issuers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The proposed bond would add about $9 a month to the property tax bill on a $150,000 "
        "home, according to a fact sheet released Friday by the Oak Grove School District.",
        "According to a bulletin issued by the Ridley County Health Department on Friday, eleven "
        "farm workers had been tested for the virus.",
        "Sea levels along the coast are rising twice as fast as the global average, according "
        "to research by the Whenua Geoscience Institute.",
    )
    sheet = report_opening(quotes, "The proposed bond would add")
    assert sheet.speaker == "Oak Grove School District"
    bulletin = report_opening(quotes, "eleven farm workers had been tested")
    assert bulletin.speaker == "Ridley County Health Department"
    research = report_opening(quotes, "Sea levels along the coast")
    assert research.speaker == "Whenua Geoscience Institute"


def test_the_release_is_the_body_that_put_it_out(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputies arrested a man early Friday after finding him loading copper wiring into his "
        "pickup, the Ottley County Sheriff's Office said in a news release.",
        "According to the release, the homeowners had been staying with relatives since the storm.",
    )
    release = report_opening(quotes, "the homeowners had been staying")
    assert release.speaker == "Ottley County Sheriff's Office"


def test_a_described_source_who_said_more(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The government will contribute up to $2bn towards the chip factory, according to "
        "Sunniva Hartmann, the economy minister, who said the subsidy would be repaid if the "
        "company missed its hiring targets.",
    )
    aside = report_opening(quotes, "the subsidy would be repaid")
    assert aside.speaker == "Sunniva Hartmann"
    assert report_opening(quotes, "The government will contribute").speaker == "Sunniva Hartmann"


def test_an_utterance_in_singles_where_the_article_quotes_in_doubles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At the rally on Tuesday, deck officer Kristine Ødegård said: 'It's not about money. "
        "It's about whether we're still awake when we reach harbour.' About 150 crew attended.",
        "'I've never cheated in my life and I never will. I missed one test because I was at my "
        "grandmother's funeral,' Shauna Devlin said in a video.",
        'Her coach, Paddy Grennan, said the boxer had been "devastated" by the ruling.',
    )
    money = one(
        quotes, "It's not about money. It's about whether we're still awake when we reach harbour."
    )
    assert money.speaker == "Kristine Ødegård"
    cheated = [q for q in quotes if q.text.startswith("I've never cheated in my life")]
    assert [q.speaker for q in cheated] == ["Shauna Devlin"]


def test_single_marks_with_no_cue_stay_apostrophes_or_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'Carnage on the road' ran across the front page of every paper in the country.",
        "The workers' canteen reopened on Monday, the union's Mary Lyle said.",
        '"We won," she said.',
    )
    assert marked(quotes) == ["We won,"]

"""New Zealand, Pacific, West African, EU, sports and arts copy: chiefly and Māori styles before
names, a place written with a macron, roles joined by "and", "café owner", plural members'
letters before names, "the legislator" of a senator, a record label, a stage name's "Born …", a
scandal's "-gate" nickname, "what he called", documents "published on Thursday", and "According
to him"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_samoan_yoruba_and_maori_styles_are_no_part_of_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Savai’i has been forgotten for too long,” said Afioga Laulu Tavita Eteuati.",
        "“This is where we remember who we are,” Otunba Femi Adesanya said.",
        "“Every week another whānau comes in,” Tumuaki Rangimārie Hetaraka says.",
    )
    assert one(quotes, "Savai’i has been forgotten for too long,").speaker == "Laulu Tavita Eteuati"
    assert one(quotes, "This is where we remember who we are,").speaker == "Femi Adesanya"
    assert one(quotes, "Every week another whānau comes in,").speaker == "Rangimārie Hetaraka"


def test_a_place_with_a_macron_and_two_roles_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If the stopbank had gone, we would have lost the whole township.”",
        "Those were the words of Ōrere Valley farmer and volunteer firefighter Graeme Tūpara, "
        "who spent Friday night sandbagging.",
    )
    quote = one(quotes, "If the stopbank had gone, we would have lost the whole township.")
    assert quote.speaker == "Graeme Tūpara"


def test_a_trade_with_an_accent_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Half my customers have given up,” café owner Lena Moeke told the Kōwhai Herald.",
    )
    assert one(quotes, "Half my customers have given up,").speaker == "Lena Moeke"


def test_plural_members_letters_before_two_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dutch MEPs Lotte Brinkhorst, a Social Democrat, and Sjoerd van Wijk co-wrote a letter.",
        "Brinkhorst said her objection was different: “It raises money for Brussels.”",
    )
    assert one(quotes, "It raises money for Brussels.").speaker == "Lotte Brinkhorst"


def test_an_office_before_a_name_leaves_the_woman_and_he_means_the_man(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Lithuanian President Gintaras Valančius and Commission Vice-President Birgitte Sønderby "
        "visited the Suwałki gap on Saturday.",
        "“This is the narrowest point of NATO,” he said, standing beside a border post.",
    )
    assert one(quotes, "This is the narrowest point of NATO,").speaker == "Gintaras Valančius"


def test_the_legislator_is_the_senator(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kakamega Senator Boniface Shikuku has asked the government to take over the factories.",
        "“The farmers have been paid peanuts for years,” the legislator said.",
    )
    assert one(quotes, "The farmers have been paid peanuts for years,").speaker == (
        "Boniface Shikuku"
    )


def test_a_spokesperson_for_the_label(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gravel Moth Recordings, the indie label, is to stop releasing new music. A spokesperson "
        "for the label said: “Every artist has been offered their masters back.”",
    )
    quote = one(quotes, "Every artist has been offered their masters back.")
    assert quote.speaker == "Gravel Moth Recordings"


def test_born_before_a_birth_name_is_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Born Adaeze Nwankwo-Bell in south London, the singer who performs as Daze has spent the "
        "year turning down festivals. “I wasn’t ready to be looked at,” she said.",
    )
    assert one(quotes, "I wasn’t ready to be looked at,").speaker == "Adaeze Nwankwo-Bell"


def test_a_gate_nickname_is_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The “mart-gate” controversy that engulfed the Roscommon Agricultural Co-op last spring "
        "has cost the organisation almost €400,000 in legal fees, its annual report shows.",
    )
    assert one(quotes, "mart-gate").kind is QuoteKind.SCARE


def test_what_he_called_a_word_before_a_noun_is_his(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Steeplechaser Mathieu Okonkwo-Brandt has criticised what he called a “chaotic” warm-up "
        "area at the Fenwick Grand Prix.",
    )
    word = one(quotes, "chaotic")
    assert (word.kind, word.speaker) == (QuoteKind.PARTIAL, "Mathieu Okonkwo-Brandt")


def test_according_to_accounts_published_on_a_day(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dunmore Athletic lost £48.2m in the last financial year, largely because of wages, "
        "according to the club's annual accounts, published on Thursday.",
    )
    report = report_opening(quotes, "Dunmore Athletic lost")
    assert report.speaker == "Dunmore Athletic"


def test_according_to_him_is_the_man_just_named(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chairman, Alhaji Rasheed Olatunji Kareem, said members were being fined for "
        "offences they did not commit.",
        "According to him, at least 40 traders had been arrested in the last two months.",
    )
    report = report_opening(quotes, "at least 40 traders")
    assert report.speaker == "Rasheed Olatunji Kareem"

"""Session forty-six, second round: the copy of round 36's blind suites (the press of Turkey,
Iran, Azerbaijan and Iraqi Kurdistan, the Pacific Islands press, horse racing, the legal trade
press, classical music, and the insurance trade press): names with letters beyond ASCII after an
abbreviated title, datelines with a region or an apostrophe, glossed roles, and more titles."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_name_beyond_ascii_then_its_institution(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prof. Nilüfer Karadağ of Istanbul Technical University told Anadolu Agency that such "
        "swarms were common along the fault.",
    )
    report = report_opening(quotes, "such swarms were common")
    assert (report.speaker, report.venue) == ("Nilüfer Karadağ", "Anadolu Agency")


def test_datelines_with_a_region_or_an_apostrophe(make_article: Make) -> None:
    quotes = found(
        make_article,
        "ERBIL, Kurdistan Region — Erbil Governor Sirwan Baban announced on Sunday that the "
        "ring road would open to traffic before Nowruz.",
        "NUKU’ALOFA – The Tonga Meteorological Service has warned that king tides this week "
        "could flood low-lying parts of the capital.",
    )
    assert report_opening(quotes, "the ring road would open").speaker == "Sirwan Baban"
    assert report_opening(quotes, "king tides this week").speaker == (
        "Tonga Meteorological Service"
    )


def test_one_ministry_of_two_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The worst is behind us,” Treasury and Finance Minister Kemal Aydoğdu told reporters.",
    )
    assert one(quotes, "The worst is behind us,").speaker == "Kemal Aydoğdu"


def test_iranian_styles_and_the_speaker_of_the_house(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The budget is a betrayal,” Hojatoleslam Gholam-Hossein Rezaei told worshippers.",
        "“We will not bow,” Ayatollah Seyed Ahmad Jannati-Pour said.",
        "Speaker of the House Jasmina Hodžić said after the session: “I will not allow a circus.”",
    )
    assert one(quotes, "The budget is a betrayal,").speaker == "Gholam-Hossein Rezaei"
    assert one(quotes, "We will not bow,").speaker == "Ahmad Jannati-Pour"
    assert one(quotes, "I will not allow a circus.").speaker == "Jasmina Hodžić"


def test_the_trainer_is_the_one_the_report_opens_with(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gai Pemberton-Hay has backed her decision to run Northern Sovereign in the Cox Plate.",
        "“People can say what they like about barrier 14,” the Randwick trainer said.",
        "Jockey Blake Shinnick is expected to ride him quiet and wide.",
    )
    assert one(quotes, "People can say what they like about barrier 14,").speaker == (
        "Gai Pemberton-Hay"
    )


def test_a_role_glossed_in_brackets_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Our old village is under water at high tide now,” said the turaga ni koro (village "
        "headman), Setareki Vunivalu.",
    )
    assert one(quotes, "Our old village is under water at high tide now,").speaker == (
        "Setareki Vunivalu"
    )


def test_a_list_of_what_someone_did_inside_a_quote_left_open(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Oksana Lereau was unapologetic. “Petipa was a man of the theatre, not a priest,” she "
        "said. “He cut, he added, he rearranged for whoever was dancing that night.",
        "“If we treat every step as scripture, we make the piece smaller, not bigger.”",
    )
    assert (
        one(
            quotes, "If we treat every step as scripture, we make the piece smaller, not bigger."
        ).speaker
        == "Oksana Lereau"
    )

"""Session forty-nine, round 45: the copy of its blind suites (Egypt and the Levant, the Horn of
Africa, Central Europe, the music trade press, air safety, Olympic and Paralympic sport):
elders' and editors' titles, an agency named with "news agency", and inner quotes introduced by
an official the outer speaker names by office."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.pipeline import analyse


def test_elders_and_editors_titles_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "GAROWE – A senior elder, Suldan Abdirizak Farah Jama, told VOA Somali that the clans "
        "would meet again after the rains.",
        "Editor-in-chief Zsófia Hegedűs said the weekly would appeal the fine.",
    )
    assert report_opening(quotes, "the clans would meet").speaker == "Abdirizak Farah Jama"
    assert report_opening(quotes, "the weekly would appeal").speaker == "Zsófia Hegedűs"


def test_an_agency_named_with_its_kind_reports_for_the_speaker_before(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The spokesman of the armed forces, Brigadier General Kaveh Ranjbar-Nia, said the navy "
        "would respond “at a time and place of its own choosing,” the Mehr news agency reported.",
    )
    assert one(quotes, "at a time and place of its own choosing,").speaker == "Kaveh Ranjbar-Nia"


def test_an_official_the_outer_words_name_by_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kraków Mayor Tomasz Wierzchoń rejected criticism from the Lesser Poland voivode, Anna "
        "Kubacka-Lis, over the flood warnings.",
        "“The voivode called me at midnight and said, ‘Tomasz, the river will be over the "
        "embankment by dawn.’ We had 200 firefighters there within the hour,” Wierzchoń said.",
        "ALEXANDRIA – Governor Hossam El-Naggar said on Monday that the pumps were working.",
        "“On Monday the governor came on television and said, ‘The streets will be dry by "
        "Thursday,’ and we are still wading,” said Nadia Fathy, a teacher.",
    )
    assert (
        one(quotes, "Tomasz, the river will be over the embankment by dawn.").speaker
        == "Anna Kubacka-Lis"
    )
    assert one(quotes, "The streets will be dry by Thursday,").speaker == "Hossam El-Naggar"


def test_a_trade_or_a_lead_investigator_opening_a_sentence_is_no_part_of_the_name(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Rapper Tamsin Oduya-Clarke said the new album had been recorded in a week.",
        "Investigator-in-charge Pernille Vos-Akerman said the crew had been rested before the "
        "flight.",
    )
    assert report_opening(quotes, "the new album had been").speaker == "Tamsin Oduya-Clarke"
    assert report_opening(quotes, "the crew had been rested").speaker == "Pernille Vos-Akerman"


def test_a_reported_clauses_that_is_no_part_of_a_role(make_article: Make) -> None:
    analysis = analyse(
        make_article(
            "Lindow Harriers manager Ruth Okonedo-Price confirmed on Friday that striker Tomasz "
            "Wierzba-Hale will miss the final.",
            "“I will be back for the first game of next season,” Wierzba-Hale said.",
        )
    )
    speaker = next(s for s in analysis.speakers if s.name == "Tomasz Wierzba-Hale")
    assert speaker.descriptions == ["striker"]

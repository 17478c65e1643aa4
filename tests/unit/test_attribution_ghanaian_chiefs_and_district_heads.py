"""Ghanaian and Ugandan copy (blind suite mix132): chiefs' titles before the name ("Togbe Kwasi
Dzagbletey III", "Naa Abukari Sulemana Yakubu II", "Nana" only before a whole name, not "Nana
Akufo-Addo"), "Hajji", and district heads by their initials ("the MCE said")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_chiefs_title_is_no_part_of_his_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The paramount chief, Togbe Kwasi Dzagbletey III, has said that the traditional council "
        "will no longer allow cattle herders to graze near the river.",
        "President Nana Akufo-Addo said the economy would recover by the end of the year.",
        '"Traders have been paying market dues for ten years," said Hajji Twaha Kigongo Nsereko.',
    )
    chief = report_opening(quotes, "the traditional council will no longer allow")
    assert chief.speaker == "Kwasi Dzagbletey III"
    assert report_opening(quotes, "the economy would recover").speaker == "Nana Akufo-Addo"
    dues = one(quotes, "Traders have been paying market dues for ten years,")
    assert dues.speaker == "Twaha Kigongo Nsereko"


def test_the_mce_is_the_municipal_chief_executive_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Ho Municipal Chief Executive, Mr Nicholas Kwabena Asiedu-Frimpong, opened the school "
        "on Friday with the headteacher, Mrs Abena Owusu.",
        '"Too many children pass their exams and then stay home," the MCE said.',
    )
    home = one(quotes, "Too many children pass their exams and then stay home,")
    assert home.speaker == "Nicholas Kwabena Asiedu-Frimpong"

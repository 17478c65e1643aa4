"""Session fifty-two: a body's initials between its name and its officer's title, a body's "and"
before its officer, a ministry of several fields, and a quote named as someone's verdict."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_bodys_initials_before_its_officers_title_do_not_cut_the_lead(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The Tanzania Revenue Authority (TRA) Commissioner General, Mr Salum Hamduni, said: "
        "“Every trader will file online from July.”",
        "The Uganda National Examinations Board (Uneb) executive director, Mr Dan Odongo, said: "
        "“No centre will be spared.”",
    )
    assert one(quotes, "Every trader will file online from July.").speaker == "Salum Hamduni"
    assert one(quotes, "No centre will be spared.").speaker == "Dan Odongo"


def test_a_bodys_and_before_its_officer_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Officials met in Dodoma on Monday.",
        "“The land offices are rotten,” said the Prevention and Combating of Corruption Bureau "
        "Director General, Mr Elias Nyamhanga.",
        "“We have opened 40 files,” said the Prevention and Combating of Corruption Bureau "
        "(PCCB) Director General, Mr Elias Nyamhanga.",
    )
    assert one(quotes, "The land offices are rotten,").speaker == "Elias Nyamhanga"
    assert one(quotes, "We have opened 40 files,").speaker == "Elias Nyamhanga"


def test_the_words_of_a_minister_of_several_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Farmers gathered at Chinhoyi on Saturday.",
        "“We will not import maize again.” Those were the words of the Minister of Lands, "
        "Agriculture and Rural Development, Mr Tendai Moyo, at the field day.",
    )
    assert one(quotes, "We will not import maize again.").speaker == "Tendai Moyo"


def test_a_quote_named_as_someones_verdict(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Hale and Ann Ray waited outside the court.",
        "“Relief,” was Sarah Odum’s one-word summary of the verdict.",
        "“A disgrace,” was the verdict of Councillor Peter Kanu.",
        "Hale asked Ray whether she would appeal. “Never,” was her reply.",
    )
    assert one(quotes, "Relief,").speaker == "Sarah Odum"
    assert one(quotes, "A disgrace,").speaker == "Peter Kanu"
    assert one(quotes, "Never,").speaker == "Ann Ray"

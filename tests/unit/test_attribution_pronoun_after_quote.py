"""A person a quotation only talks about ("Once Emily decided something, that was it.") is not
the "she" of the narrative sentence after it when their gender is never shown: the speaker is."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_name_inside_the_quote_before_is_not_the_next_she(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Emily Sandoval, a sophomore, died in the crash. Rosa Sandoval went first, holding a "
        "framed photo of her daughter.",
        "“I have read those words ten thousand times,” Rosa Sandoval said. “She wanted to be a "
        "nurse. Once Emily decided something, that was it.”",
        "She told the judge the family no longer sat down to dinner together, because “four "
        "plates looks wrong.”",
    )
    assert one(quotes, "four plates looks wrong.").speaker == "Rosa Sandoval"


def test_a_relative_named_in_apposition_is_the_subject_a_he_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Bryce Landholm, 34, pleaded guilty in December. Landholm's blood-alcohol level was "
        "0.21, and his pickup crossed the center line.",
        "Rosa Sandoval went first, holding a framed photo of her daughter.",
        "“I have read those words ten thousand times,” Rosa Sandoval said, her voice breaking.",
        "She told the judge the family no longer sat down to dinner together.",
        "Her husband, Daniel Sandoval, spoke directly to Landholm, who kept his head down at the "
        "defense table.",
        "“Look at me, please,” he said. Landholm raised his head.",
    )
    assert one(quotes, "Look at me, please,").speaker == "Daniel Sandoval"

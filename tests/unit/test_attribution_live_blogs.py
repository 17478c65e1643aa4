"""A live blog's entries: a time stamp before the subject ("11:40 — Coach X insisted that …"),
"More from the race director:" as a label, and a pronoun subject with its "'s" before a colon."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_time_stamp_before_the_subject_keeps_the_report(make_article: Make) -> None:
    reports = reported(
        make_article,
        "14:05 — Manager Orla Quill insisted that her goalkeeper would be fit for the final.",
        "14:20 - Quill said the squad would train behind closed doors on Friday.",
    )
    assert ("her goalkeeper would be fit for the final.", "Orla Quill") in reports
    assert ("the squad would train behind closed doors on Friday.", "Orla Quill") in reports


def test_more_from_a_role_labels_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "16:02 — Race director Hugo Marchetti has confirmed the stage will go ahead.",
        "16:10 — More from the race director: “We have spoken to every team doctor.”",
    )
    assert one(quotes, "We have spoken to every team doctor.").speaker == "Hugo Marchetti"


def test_a_pronoun_with_its_contraction_opens_a_colon_lead(make_article: Make) -> None:
    quotes = found(
        make_article,
        "09:12 — Treasurer Anton Vella is on his feet now. His deputy, Rita Camilleri, sits "
        "beside him.",
        "09:20 — He's opened with a warning about prices: “Nobody should expect relief soon.”",
    )
    assert one(quotes, "Nobody should expect relief soon.").speaker == "Anton Vella"

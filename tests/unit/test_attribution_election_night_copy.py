"""Election-night copy: a claim before its cue with the time of day first ("…, party chairman X
claimed early on Friday, though …")."""

from __future__ import annotations

from attribution_helpers import Make, found, report_opening


def test_a_claim_before_a_cue_early_on_a_day(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Liberty Party had won more seats than any poll had predicted, party chairman Nigel "
        "Ashby-Pike claimed early on Friday, though several remained too close to call.",
    )
    report = report_opening(quotes, "The Liberty Party had won more seats")
    assert report.speaker == "Nigel Ashby-Pike"

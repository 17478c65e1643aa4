"""The junk-line table gives the same answer whether a line is matched rule by rule (the first
lines of a length tier) or by the tier's combined regex (a long article's later lines)."""

from __future__ import annotations

import pytest

from reader.core.load import junk_rules
from reader.core.load.junk import bio_drops

LINES = {
    "Skip to main content": "navigation",
    "Subscribe now": "subscribe",
    "Share on Facebook": "share",
    "Reporting by Jane Doe; Editing by John Roe": "credits",
    "Staff Writer": "role",
    "Story continues below advertisement": "advert",
    "Sign up for our newsletter to get the latest news.": "newsletter",
    "We use cookies to improve your experience. By continuing you accept our policy.": "cookies",
    "© 2026 The Harbour Review": "copyright",
    "The quay at dawn. Photograph: Lena Brandt/Coastal Pictures": "photo",
    "4 min read": "reading",
    "Follow us on Instagram": "social",
    "Read more: Ferry fares frozen for another year": "teaser",
    "Tel: +44 1234 567890": "address",
    "BREAKING NEWS: Route 9 closed. Find a detour.": "banner",
    # a live blog's paragraph under the label is story, not a banner
    "BREAKING: Prime Minister Ana Lowe said on Tuesday that the vote would be in March.": None,
    'BREAKING: "We will not resign," the premier told reporters.': None,
    "71°F Ashby Ford | Hi 84° Lo 66°": "weather",
    "Open a Goal Saver account by Oct. 31. Learn more ›": "promo",
    "12 Quay Street": "address",
    "Contact us": "footer",
    # a local TV station's page (blind batch 9)
    "Sign up for breaking news alerts": "newsletter",
    "0:00 / 2:47": "reading",
    "Download the KDLM 5 News app": "social",
    "Report a typo": "footer",
    "VIDEO: Smoke pours from the warehouse. (Courtesy: Dwayne Ochoa)": "photo",
    "The clip ran 0:45 / 1:30 in all.": None,
    "Sign up for alerts, the mayor said.": None,
    "What happens next?": None,
    "Copyright lawyers said the ruling would be appealed.": None,
    "Dockers walk out at Port Calloway as automation talks collapse": None,
    # a button's label with an exclamation mark is still the label (not a headline)
    "Subscribe now!": "subscribe",
    "Stop the cuts!": None,
}


@pytest.mark.parametrize("one_by_one", [10**9, 0], ids=["rule by rule", "combined regex"])
def test_both_ways_of_matching_agree(one_by_one: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(junk_rules, "ONE_BY_ONE", one_by_one)
    found = {line: junk_rules.match_line_rule(line) for line in LINES}
    assert found == LINES


def test_only_a_person_s_name_opens_an_author_bio() -> None:
    """ "Jane Doe is a reporter …" is a bio; "Reuters was not able to verify …", where the
    page's author is the agency, is the story's last paragraph (every loader asks this)."""
    paragraphs = ["Shelling resumed.", "Reuters was not able to verify the footage."]
    assert bio_drops(paragraphs, ["Reuters"]) == set()
    assert bio_drops(["Shelling resumed.", "Jane Doe is a reporter in Kyiv."], ["Jane Doe"]) == {1}

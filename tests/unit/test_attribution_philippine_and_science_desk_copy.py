"""Philippine and science-desk copy (blind suites mix135-136): an office by its number ("Police
Regional Office 7 director …"), a report before its cue with an appeal after it, an utterance
in singles beside a nickname in doubles, a profile's subject before an uncued quote, quotes
running over paragraphs, and things shown to someone (no report)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.model import QuoteKind


def test_an_office_known_by_its_number(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police Regional Office 11 director Brig. Gen. Ramon Dizon-Lacson said the killing of a "
        'councilor in Panabo appeared to be "a personal grudge," not linked to politics.',
    )
    assert one(quotes, "a personal grudge,").speaker == "Ramon Dizon-Lacson"


def test_a_report_before_its_cue_with_an_appeal_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The city hospital's emergency room has been running “beyond capacity” for two weeks, "
        "medical director Dr. Liwayway Santos-Reyes said on Monday, urging patients with mild "
        "symptoms to visit health centers.",
    )
    assert one(quotes, "beyond capacity").speaker == "Liwayway Santos-Reyes"


def test_an_utterance_in_singles_beside_a_nickname_in_doubles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Residents say the creek turned black again last week. 'We used to swim here. Now the "
        'children cannot even go near it,\' said barangay captain Eduardo "Eddie" Malonzo, who '
        "has lived by the creek for 40 years.",
    )
    swim = one(quotes, "We used to swim here. Now the children cannot even go near it,")
    assert swim.speaker == "Eduardo Malonzo"


def test_a_profiles_subject_speaks_the_uncued_quote_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Signe Aukrust, a glaciologist at the Tromsø Polar Institute, has been measuring the "
        "same ice stream every spring for twenty years. “It is moving twice as fast as it did.”",
    )
    assert one(quotes, "It is moving twice as fast as it did.").speaker == "Signe Aukrust"


def test_a_quote_running_over_paragraphs_reports_nothing_inside(make_article: Make) -> None:
    paragraphs = (
        "Signe Aukrust said the season was short. “Most people believe the glacier will be here "
        "forever. That is no longer true.",
        "“We lose a metre of ice every summer now.”",
    )
    quotes = found(make_article, *paragraphs)
    forever = one(
        quotes, "Most people believe the glacier will be here forever. That is no longer true."
    )
    assert forever.speaker == "Signe Aukrust"
    assert ("the glacier will be here forever.", "Most people") not in reported(
        make_article, *paragraphs
    )


def test_a_quote_left_open_goes_on_with_its_paragraphs_speaker(make_article: Make) -> None:
    # a guard: with the opening mark now in its own sentence, the quote left open must still
    # go on with the paragraph's speaker, not take the next paragraph's
    quotes = found(
        make_article,
        "“We built a product people loved,” founder Oren Kasbah wrote in a post. “We ran out "
        "of road.",
        "“It was a great team,” said Liv Amundsen, a partner at Fjordline Ventures.",
    )
    assert one(quotes, "We ran out of road.").speaker == "Oren Kasbah"


def test_showing_someone_a_thing_reports_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Keeper Amani Wekesa showed visitors the new enclosure for the two cheetahs, which "
        "arrived from Nairobi in May.",
        "The survey showed that visitor numbers had doubled, the zoo said.",
    )
    assert not [q for q in quotes if q.text.startswith("visitors the new enclosure")]
    assert any(
        q.kind is QuoteKind.INDIRECT and "visitor numbers had doubled" in q.text for q in quotes
    )

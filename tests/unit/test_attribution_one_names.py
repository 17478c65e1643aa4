"""People a feature knows by one name ("Dolores, who …", "My neighbour Bridget", "Miriam does
the talking"), and the one words that are no one's first name; a quote someone is heard to say
inside another's report."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.mentions import build_cast
from reader.core.attribution.one_names import one_name_people


def _names(text: str) -> dict[str, str | None]:
    cast = build_cast(text, {})
    found = one_name_people(text, cast.person_mentions, cast.lowercase_words)
    return {name: sex for _, name, sex in found}


def test_a_name_after_someone_close_or_described_is_a_person() -> None:
    text = (
        "My neighbour Bridget has lived here for years. Her nephew, Marco, runs the counter. "
        "Dolores, who has worked the ovens for 31 years, wipes her hands. When I asked Lionel, "
        "a night-shift cleaner, he laughed. Miriam does the talking."
    )
    assert _names(text) == {
        "Bridget": None,
        "Marco": "male",
        "Dolores": None,
        "Lionel": None,
        "Miriam": None,
    }


def test_surnames_places_words_and_months_are_no_ones_first_name() -> None:
    text = (
        "Mrs. Clinton spoke first. Clinton, who was in Ohio, said little. Ben Carson left. "
        "Carson, a surgeon, stayed home. The Dallas Cowboys won, and Dallas, a city of "
        "millions, cheered. She flew to Jordan. Jordan has said nothing. June was hot. "
        "They will go. Will has a plan. Muslim refugees were there. Harsh comments followed."
    )
    assert _names(text) == {}


def test_a_feature_subject_known_by_one_name_speaks_through_pronouns(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Joseph and Miriam met in a camp in 2009. Now they run a tailoring shop in Leicester.",
        "Joseph does the cutting. He learned the trade from an uncle.",
        "Miriam does the talking. “Customers come in for him and stay for me,” she said.",
        "My neighbour Bridget has lived on this road for 62 years. “Now there’s one bus an "
        "hour,” she told me.",
    )
    assert one(quotes, "Customers come in for him and stay for me,").speaker == "Miriam"
    assert one(quotes, "Now there’s one bus an hour,").speaker == "Bridget"


def test_words_someone_is_heard_to_say_are_not_the_reporters(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I heard the pops first,” said Marisol, 34, who lives across the street.",
        "She said she heard one officer shout “Drop it!” several times, and that the man "
        "appeared to be confused by the noise.",
    )
    assert one(quotes, "Drop it!").speaker is None
    assert one(quotes, "I heard the pops first,").speaker == "Marisol"

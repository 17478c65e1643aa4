"""First names as a careful reader reads them: "Maren" is a woman and "Dean" a man unless the
article's pronouns say otherwise; the name table is built once and kept in the cache dir."""

from __future__ import annotations

from pathlib import Path

import pytest
from attribution_helpers import Make, found, one

from reader.core import paths
from reader.core.attribution import first_names


@pytest.fixture
def fresh_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forget the table this process loaded, so the test sees it read or built again."""
    monkeypatch.setattr(first_names, "_table", None)


def test_clear_names_have_a_sex_and_shared_ones_none() -> None:
    assert first_names.first_name_gender("Maren Halvorsen") == "female"
    assert first_names.first_name_gender("Dean Pruett") == "male"
    assert first_names.first_name_gender("J. Christopher Stevens") == "male"  # not the initial
    assert first_names.first_name_gender("Taylor Quinn") is None
    assert first_names.first_name_gender("Andrea Orlando") is None  # a man's name in Italy
    assert first_names.first_name_gender("Kim Jong Un") is None  # the surname comes first
    # the whole hyphenated name, not "Jean" (a woman's and a man's name)
    assert first_names.first_name_gender("Jean-Luc Mélenchon") == "male"
    assert first_names.first_name_gender("Jean Mélenchon") is None
    assert first_names.first_name_gender("Ravi Menon") == "male"  # rare in the UK's lists
    assert first_names.first_name_gender("Zzyzx Quinn") is None


def test_the_table_is_built_once_then_read_from_the_cache_dir(fresh_table: None) -> None:
    cached = paths.cache_dir() / first_names._TABLE_FILE
    assert not cached.exists()
    assert first_names.first_name_gender("Lydia Fenn") == "female"
    assert cached.exists()
    first_names._table = None
    cached.write_text('{"female": "lydia arthur", "male": ""}', "utf-8")
    assert first_names.first_name_gender("Arthur Boyle") == "female"  # read, not rebuilt


def test_an_unreadable_cache_is_rebuilt(fresh_table: None) -> None:
    cached = paths.cache_dir() / first_names._TABLE_FILE
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text("{not json", "utf-8")
    assert first_names.first_name_gender("Arthur Boyle") == "male"
    assert cached.read_text("utf-8").startswith("{")


def test_without_the_name_lists_names_say_nothing(
    fresh_table: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(package: str) -> Path:
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(first_names.resources, "files", missing)
    assert first_names.first_name_gender("Maren Halvorsen") is None


def test_she_is_the_woman_a_first_name_shows_not_the_man_named_since(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Halvorsen Retail reported a 9% drop in quarterly sales on Tuesday.",
        "Chief Executive Maren Halvorsen told analysts that the company had ordered too much "
        "stock. Chief Financial Officer Dean Pruett said markdowns would weigh on profit.",
        "“We got the weather wrong and we got the buying wrong,” she said.",
    )
    assert one(quotes, "We got the weather wrong and we got the buying wrong,").speaker == (
        "Maren Halvorsen"
    )


def test_the_article_s_pronouns_outvote_a_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kelly Brannock has coached the under-12s for a decade. He took over when his son "
        "joined the club, and he has not missed a season since. He said the new pitch would "
        "change everything.",
        "Mara Quist, the club secretary, handles the bookings.",
        "“I have waited ten years for this,” he said.",
    )
    assert one(quotes, "I have waited ten years for this,").speaker == "Kelly Brannock"


def test_a_couple_named_with_one_surname_are_two_people(make_article: Make) -> None:
    quotes = found(
        make_article,
        "For 22 years, Tom and Linda Marsh have grown sweet corn outside Dell Creek.",
        "“The water district cut our allocation in half,” Linda Marsh said.",
        "Her husband said the couple had looked into drilling a well last spring.",
        "“We may have to sell,” Tom said.",
    )
    assert one(quotes, "the couple had looked into drilling a well last spring.").speaker == (
        "Tom Marsh"
    )
    assert one(quotes, "We may have to sell,").speaker == "Tom Marsh"
    assert (
        "shares that surname"
        in one(quotes, "the couple had looked into drilling a well last spring.").reason
    )


def test_a_relative_named_after_and_her_takes_her_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Anne Fairclough and her husband, Derek, had just laid the table when the ceiling fell.",
        "‘There was a noise like a train,’ Mrs Fairclough said. Mr Fairclough, a retired "
        "postman, had stepped out minutes earlier.",
        "‘Another five minutes and I’d have been under it,’ he said.",
    )
    assert one(quotes, "Another five minutes and I’d have been under it,").speaker == (
        "Derek Fairclough"
    )


def test_firms_joined_by_and_are_not_a_couple(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Procter and Gamble Holdings said on Monday that sales had fallen.",
        "“It was a hard quarter,” Gamble said.",
    )
    assert one(quotes, "It was a hard quarter,").speaker != "Procter Gamble"


def test_a_man_with_a_name_often_a_woman_s_is_the_he_after_him(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Matteo Salvini, the deputy prime minister, called the reform overdue.",
        "Andrea Orlando, a former justice minister, disagreed. “This is a law written for the "
        "powerful,” he told reporters in Rome.",
    )
    assert one(quotes, "This is a law written for the powerful,").speaker == "Andrea Orlando"


def test_a_title_or_a_surname_before_and_is_no_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Prince Harry and his wife, Meghan, visited the school on Friday.",
        "“Every child here deserves a future,” Meghan said.",
        "Elizabeth Warren and Bernie Sanders spoke at the rally.",
    )
    assert one(quotes, "Every child here deserves a future,").speaker != "Meghan Harry"


def test_her_husband_is_only_the_one_introduced_with_her(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Linda Marsh has farmed outside Dell Creek for 22 years.",
        "Her son, Jake Marsh, 17, drives the tractor now.",
        "“We will not sell,” her husband said.",
    )
    assert one(quotes, "We will not sell,").speaker != "Jake Marsh"

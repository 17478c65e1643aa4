"""Session forty-two, third round: the copy of round 26's blind suites (the legal trade press,
hospitality, school sports, football press conferences, international courts, cybersecurity):
a judge with whom another agreed, a high school as a body, an agent named before a passive
verb's quote, and an age before "said he"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_judge_with_whom_another_agreed_gives_the_judgment(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lord Justice Brandreth, with whom Lady Justice Mwangi agreed, said: “Solicitors are not "
        "to be penalised because a case is hopeless.”",
    )
    speaker = one(quotes, "Solicitors are not to be penalised because a case is hopeless.").speaker
    assert speaker == "Brandreth"


def test_a_high_school_is_a_body_not_the_man_who_speaks_for_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harmon High will be barred from postseason play, according to a statement from the "
        "athletic association.",
        "Harmon principal Greg Osei said the school would appeal. “We followed the guidance we "
        "were given,” he said.",
    )
    assert one(quotes, "We followed the guidance we were given,").speaker == "Greg Osei"


def test_hailed_by_a_named_agent_as_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The reopening of the tavern was hailed by the town’s MP, Louise Gedge, as “a small "
        "miracle for this end of town”.",
    )
    assert one(quotes, "a small miracle for this end of town").speaker == "Louise Gedge"


def test_an_age_then_said_he_reports_what_he_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Veteran forward Hugo Lemaire has no intention of retiring this summer.",
        "The 34-year-old said he still felt capable of playing for two more seasons.",
    )
    report = report_opening(quotes, "he still felt capable")
    assert report.speaker == "Hugo Lemaire"


def test_a_protected_witness_known_by_a_pseudonym_is_a_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Witness P-0092, who testified with his face and voice distorted, described the camp.",
        "He said the guards had given him no food for three days.",
    )
    assert report_opening(quotes, "the guards had given him").speaker == "Witness P-0092"


def test_hon_and_cde_before_a_whole_name_are_titles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hon Yusuf Mapila said the bill gave councils the power to tax.",
        "Cde Tinashe Mhlanga said the mines would be registered.",
        "Hon Lik said the device was safe.",
    )
    assert report_opening(quotes, "the bill gave councils").speaker == "Yusuf Mapila"
    assert report_opening(quotes, "the mines would be").speaker == "Tinashe Mhlanga"
    assert report_opening(quotes, "the device was safe").speaker == "Hon Lik"

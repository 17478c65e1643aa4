"""A source described by an adjective and a noun ("a Democratic aide", "an Irish government
official", "the French foreign ministry") is read as the whole phrase in every cue order: the
capitalised adjective alone is not a speaker."""

from __future__ import annotations

import pytest
from attribution_helpers import Make, found, one, reported

QUOTE = "It is a disgrace,"


def _orders(phrase: str) -> list[str]:
    return [f"“{QUOTE}” said {phrase}.", f"“{QUOTE}” {phrase} said."]


@pytest.mark.parametrize(
    "phrase",
    [
        "a Democratic aide",
        "an Irish government official",
        "a senior Republican strategist",
        "one Tory backbencher",
        "a local Green councillor",
        "a Western diplomat",
        "a Conservative MP",
    ],
)
def test_an_adjective_before_a_role_names_no_one(make_article: Make, phrase: str) -> None:
    for paragraph in _orders(phrase):
        quote = one(found(make_article, paragraph), QUOTE)
        assert quote.speaker is None, paragraph
        assert f"“{phrase}”" in quote.reason, paragraph  # not "no speaker is named"


def test_an_unnamed_group_after_the_verb_is_not_its_adjective(make_article: Make) -> None:
    paragraph = f"“{QUOTE}” said a major Muslim civil rights group."
    assert one(found(make_article, paragraph), QUOTE).speaker is None


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("the French foreign ministry", "French foreign ministry"),
        ("the German government", "German government"),
        ("the Swiss bank", "Swiss bank"),
    ],
)
def test_a_body_after_the_verb_keeps_its_head(make_article: Make, phrase: str, body: str) -> None:
    for paragraph in _orders(phrase):
        assert one(found(make_article, paragraph), QUOTE).speaker == body, paragraph


def test_a_reported_claim_from_a_party_aide_is_no_one_s(make_article: Make) -> None:
    pairs = reported(
        make_article,
        "Senator Dana Whitcombe voted against the bill on Tuesday.",
        "A Democratic aide said the caucus would not bring the bill back before the recess.",
    )
    assert not any(speaker == "Democratic" for _, speaker in pairs)


def test_a_party_s_role_means_the_one_the_article_gave_that_party(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Keir Dalton, the Labour leader, and Ann Price, the Conservative leader, met on Monday.",
        "“We made no progress at all,” said the Conservative leader.",
        "“There is still time,” the Labour leader said.",
    )
    assert one(quotes, "We made no progress at all,").speaker == "Ann Price"
    assert one(quotes, "There is still time,").speaker == "Keir Dalton"


def test_a_role_written_before_a_name_is_no_part_of_it(make_article: Make) -> None:
    pairs = reported(
        make_article,
        "Coroner Brendan Mahon said the stretch of road had been dangerous for months.",
        "Bates County Coroner Ida Funk said that the man had been in the water for days.",
    )
    assert ("the stretch of road had been dangerous for months.", "Brendan Mahon") in pairs
    assert ("the man had been in the water for days.", "Ida Funk") in pairs


def test_a_capitalised_role_means_the_one_the_article_introduced(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Premier Kate Lindsay has ruled out a snap election after the by-election loss.",
        "Opposition Leader Matt Corrigan said the result showed voters had lost patience.",
        "‘I’m not going anywhere,’ the Premier told reporters in Port Aldred.",
    )
    assert one(quotes, "I’m not going anywhere,").speaker == "Kate Lindsay"


def test_the_chief_is_the_police_chief_not_the_union_president(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Police Chief Ramon Aguilar said Thursday that officers would wear body cameras by July.",
        "Union President Kyle Dorsey said members had agreed after the city promised clear rules.",
        "“This is about trust, in both directions,” the chief said.",
    )
    assert one(quotes, "This is about trust, in both directions,").speaker == "Ramon Aguilar"


def test_the_home_secretary_is_not_the_shadow_home_secretary(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The home secretary, Rachel Conway, has announced an inquiry into the visa backlog.",
        "The shadow home secretary, David Ince, said the inquiry was ‘two years too late’.",
        "The home secretary called the backlog ‘unacceptable by any measure’ on Tuesday.",
    )
    assert one(quotes, "unacceptable by any measure").speaker == "Rachel Conway"


def test_a_told_cue_s_reason_names_whom_the_speaker_told(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Reilly lost his house in the flood.",
        "“We lost everything,” Reilly told The Associated Press in an interview Tuesday.",
    )
    assert "Reilly told The Associated Press" in one(quotes, "We lost everything,").reason


def test_a_ruling_is_the_judge_s_who_wrote_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The state Supreme Court on Thursday struck down a law on petitions.",
        "Justice Harriet Lindqvist wrote the opinion for a 5-2 majority. “A signature is not "
        "less valid because it is written in blue ink,” the ruling said.",
    )
    signature = "A signature is not less valid because it is written in blue ink,"
    assert one(quotes, signature).speaker == "Harriet Lindqvist"


def test_a_memo_is_its_writer_s_and_a_lawsuit_the_plaintiff_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a memo to staff obtained by the Valley Courier, Superintendent Gail Brennan "
        "outlined plans to cut 45 teaching positions.",
        "“These reductions will be painful,” the memo said.",
        "Former warehouse worker Denise Kowalski sued Trident Logistics on Thursday, alleging "
        "that she was fired after reporting broken forklifts.",
        "“The company chose to punish the messenger,” the lawsuit says.",
    )
    assert one(quotes, "These reductions will be painful,").speaker == "Gail Brennan"
    assert one(quotes, "The company chose to punish the messenger,").speaker == "Denise Kowalski"


def test_an_occupation_opening_a_name_is_no_part_of_it(make_article: Make) -> None:
    pairs = reported(
        make_article,
        "Restaurateur Felix Okwuosa says he will close two of his four venues this year.",
        "Leader of the Opposition Meenakshi Sundaram said the relief package came far too late.",
    )
    assert ("he will close two of his four venues this year.", "Felix Okwuosa") in pairs
    assert ("the relief package came far too late.", "Meenakshi Sundaram") in pairs


def test_according_to_after_a_quote_names_its_speaker(make_article: Make) -> None:
    quote = one(
        found(
            make_article,
            "“The figures are better than we feared,” according to Samira Haidari, director of "
            "the Westbrook Institute, speaking after the release.",
        ),
        "The figures are better than we feared,",
    )
    assert quote.speaker == "Samira Haidari"
    assert "according to Samira Haidari" in quote.reason


def test_the_police_service_and_the_party_are_the_bodies_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A man has died after his truck left Highway 16, Prairie Valley Regional Police say.",
        "“The driver was pronounced dead at the scene,” the police service said.",
        "The United Democratic Front said on Sunday that it would boycott the by-election.",
        "“We will not lend legitimacy to a rigged process,” the party said.",
    )
    assert one(quotes, "The driver was pronounced dead at the scene,").speaker == (
        "Prairie Valley Regional Police"
    )
    assert one(quotes, "We will not lend legitimacy to a rigged process,").speaker == (
        "United Democratic Front"
    )


def test_in_the_words_of_names_the_speaker_after_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The measure would, in the words of state Rep. Lorna Castellanos, a Republican from "
        "Pecos County, “put a toll booth on every kitchen faucet in Texas.”",
        "In the words of her campaign manager, Tyler Voss, “We are running like we are behind.”",
    )
    assert one(quotes, "put a toll booth on every kitchen faucet in Texas.").speaker == (
        "Lorna Castellanos"
    )
    assert one(quotes, "We are running like we are behind.").speaker == "Tyler Voss"


def test_as_he_put_it_may_take_a_clause_before_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tomasz Wierzbicki has run the bakery for 31 years.",
        "As he put it, standing among the cooling racks at 5 a.m., “The rent doubled and the "
        "bread didn't.”",
    )
    assert one(quotes, "The rent doubled and the bread didn't.").speaker == "Tomasz Wierzbicki"


def test_an_acronym_opens_a_body_s_name_and_of_opens_no_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A spokesman for NHS Tayford said the department had been under extreme pressure.",
        "Professor Alison Tranter, of the University of Westmorland, who led the research, "
        "said: “The effect was modest but consistent.”",
    )
    assert one(quotes, "the department had been under extreme pressure.").speaker == ("NHS Tayford")
    assert one(quotes, "The effect was modest but consistent.").speaker == "Alison Tranter"


def test_an_agent_or_trooper_before_a_name_is_a_rank(make_article: Make) -> None:
    pairs = reported(
        make_article,
        "Agent Rosa Villanueva, a Border Patrol spokeswoman, said the trailer was sealed.",
        "Trooper Dale Haskins said the driver had been speeding through the work zone.",
    )
    assert ("the trailer was sealed.", "Rosa Villanueva") in pairs
    assert ("the driver had been speeding through the work zone.", "Dale Haskins") in pairs


def test_an_office_of_a_field_before_the_name_is_a_role_to_refer_back_to(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The Minister for Housing, Declan Furlong, was challenged in parliament on Tuesday.",
        "The opposition housing spokeswoman, Orla Kinsella, said the figures were damning.",
        "‘Every one of those families is a priority,’ the minister said.",
    )
    assert one(quotes, "Every one of those families is a priority,").speaker == "Declan Furlong"


def test_review_cases_of_the_seventh_session(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In the words of one Ukrainian soldier, “we are fighting with what we have.”",
        "Liz Truss has hit back at her critics. “I was right about growth,” according to The "
        "Spectator, which interviewed her.",
        "Metro Police suspended two officers on Monday.",
        "“This is a witch hunt,” the police union said.",
        "Denise Ireland, a farmer near Tullow, lost forty acres to the flood.",
        "“We have nothing left,” Ireland said.",
    )
    assert one(quotes, "we are fighting with what we have.").speaker is None
    assert one(quotes, "I was right about growth,").speaker != "Spectator"
    assert one(quotes, "This is a witch hunt,").speaker != "Metro Police"
    assert one(quotes, "We have nothing left,").speaker == "Denise Ireland"


def test_a_later_suit_is_not_the_earlier_plaintiff_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Harbor Health sued the state last year over its funding formula.",
        "This week the nurses' union filed a lawsuit against Harbor Health.",
        "“Management ignored every warning,” the lawsuit says.",
        "Trident Logistics, which Denise Kowalski sued last year, faces a new claim.",
        "“The company hid the faults,” the complaint says.",
    )
    assert one(quotes, "Management ignored every warning,").speaker != "Harbor Health"
    assert one(quotes, "The company hid the faults,").speaker != "Denise Kowalski"

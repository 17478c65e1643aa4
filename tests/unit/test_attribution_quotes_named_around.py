"""The sentence after a quote names its speaker only when it is about the quote: a statement
left open and reopened is still the governor's though the next paragraph reports someone else;
"That was the verdict of transport planner Yusuf Adeyemi" names him; a union branch's number
is part of its president's title."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_reopened_quote_is_not_the_next_reporters(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Governor Elaine Whitcomb declared a state of emergency on Sunday night.",
        "In a statement, Whitcomb said: “I have spoken with the mayors of every affected town.",
        "“I am asking everyone in an evacuation zone to leave now.”",
        "Lt. Gov. Peter Haines said shelters had been opened at four high schools.",
    )
    assert one(quotes, "I am asking everyone in an evacuation zone to leave now.").speaker == (
        "Elaine Whitcomb"
    )


def test_the_verdict_of_someone_named_with_a_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If you build it, they will not necessarily come.”",
        "That was the verdict of transport planner Yusuf Adeyemi, addressing a packed public "
        "meeting on Tuesday night.",
    )
    assert one(quotes, "If you build it, they will not necessarily come.").speaker == (
        "Yusuf Adeyemi"
    )
    quotes = found(
        make_article,
        "‘You chose to read a message rather than watch the road.’ Those were the words of "
        "Judge Helen Marsh as she sentenced Karl Denby, 34, at Eastholme Crown Court.",
    )
    assert one(quotes, "You chose to read a message rather than watch the road.").speaker == (
        "Helen Marsh"
    )


def test_a_union_branch_number_before_its_president(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Autoworkers Local 4410 president Marcus Leblanc called the closure of the plant “a gut "
        "punch to this whole town” on Tuesday.",
    )
    assert one(quotes, "a gut punch to this whole town").speaker == "Marcus Leblanc"


def test_a_ledes_unnamed_lawyer_named_in_apposition_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A lawyer for a former city building inspector accused of taking bribes asked a judge "
        "Thursday to throw out wiretap evidence, calling the investigation “a fishing "
        "expedition with a warrant attached.”",
        "The lawyer, Carla Benedetti, argued that agents had listened to her client's calls "
        "for seven months.",
        "Assistant U.S. Attorney Samuel Reardon said the warrant had been properly approved.",
    )
    assert one(quotes, "a fishing expedition with a warrant attached.").speaker == (
        "Carla Benedetti"
    )
    quotes = found(
        make_article,
        "The health secretary has said hospitals will be given “whatever they need” to clear "
        "the backlog.",
        "Rebecca Thorne-Ellis told BBC Radio 4’s Today programme that ministers would not pluck "
        "numbers out of the air.",
        "The shadow health secretary, Martin Kale, said the government had run out of excuses.",
    )
    assert one(quotes, "whatever they need").speaker == "Rebecca Thorne-Ellis"


def test_the_answer_named_as_someone_s_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Mate, I’ve got no idea.”",
        "That was Jarrod Fenwick’s honest answer when asked how he kicked seven goals. Magpies "
        "coach Wendy Callister said the forward had earned them.",
    )
    assert one(quotes, "Mate, I’ve got no idea.").speaker == "Jarrod Fenwick"


def test_someone_speaking_at_a_meeting_after_the_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The lights were off on that road for three months.” Councillor Tomás Gilsenan was "
        "speaking at Monday’s meeting, where members were told the lights had been repaired.",
        "Director of services Louise Brady apologised for the delay.",
    )
    assert one(quotes, "The lights were off on that road for three months.").speaker == (
        "Tomás Gilsenan"
    )

"""A quoted message is its sender's words: "A text message sent by Brannock … reads in full:
“…”", "He got a text from her that night. It read: “…”"; a sign's words are nobody's."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_message_sent_by_someone_is_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Wade Brannock owns the paving firm. Sheila Marchbanks chairs the commission.",
        "A text message sent by Brannock to Marchbanks in March 2023, which the county released "
        "in response to a records request, reads in full: “Crew is on 9 tomorrow. Thanks for "
        "the push.”",
        "An email from Marchbanks read: “Let's talk Monday.”",
    )
    assert one(quotes, "Crew is on 9 tomorrow. Thanks for the push.").speaker == "Wade Brannock"
    assert one(quotes, "Let's talk Monday.").speaker == "Sheila Marchbanks"
    assert (
        "message Brannock sent" in one(quotes, "Crew is on 9 tomorrow. Thanks for the push.").reason
    )


def test_it_read_is_the_sender_named_in_the_sentence_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Hana Velasko walked out of Brasswork on a Friday in 2022.",
        "Her partner, Malcolm Ardery, said he got a text from Velasko at 9:40 p.m. that night. "
        "It read, in full: “Done. You in?”",
    )
    assert one(quotes, "Done. You in?").speaker == "Hana Velasko"


def test_a_sign_that_reads_something_has_no_speaker(make_article: Make) -> None:
    quotes = found(make_article, "Mara Quill runs the shop. The sign on the door read: “Closed.”")
    assert one(quotes, "Closed.").speaker is None

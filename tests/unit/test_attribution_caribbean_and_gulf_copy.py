"""Caribbean and Gulf copy: a member named after a seat that ends in a point of the compass ("MP
for St Aldric South X", "Member of Parliament for St Brannock Eastern X") or after a saint's
parish ("Custos of St Brannock X"), a person's name before "and" and a body ("Abdulaziz Yousef
Al Sayegh and Sahil Networks chairwoman Y"), a soldier's rank and a calypsonian."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_member_named_after_a_seat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Opposition MP for St Aldric South Clover Samuels-Dunn told The Harbinger that residents "
        "had been without electricity for nine days.",
        "Member of Parliament for St Brannock Eastern Patricia Dunkley-Roe has accused the roads "
        "authority of abandoning the bridge.",
        "“The steel is rusting in the river,” Dunkley-Roe said.",
        "Custos of St Brannock Hyacinth Lightbody-Marr presented awards on Sunday.",
        "“This country runs on people like you,” the custos said.",
    )
    assert report_opening(quotes, "residents had been without").speaker == "Clover Samuels-Dunn"
    assert one(quotes, "The steel is rusting in the river,").speaker == "Patricia Dunkley-Roe"
    assert one(quotes, "This country runs on people like you,").speaker == (
        "Hyacinth Lightbody-Marr"
    )


def test_a_seat_named_alone_and_a_state_before_a_senator(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Member of Parliament for Christ Church East Central, Maxwell Fields-Ashe, challenged "
        "the Government on Tuesday. Addressing constituents, he said: “Parents here send children "
        "to school without breakfast.”",
        "The new senator for Western Australia Kiri Anders-Wells said: “Those towns deserve more.”",
    )
    assert one(quotes, "Parents here send children to school without breakfast.").speaker == (
        "Maxwell Fields-Ashe"
    )
    assert one(quotes, "Those towns deserve more.").speaker == "Kiri Anders-Wells"


def test_a_person_before_and_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The deal was signed by Qurain Telecom chief executive Abdulaziz Yousef Al Sayegh and "
        "Sahil Networks chairwoman Ruba Kamal Nasrallah.",
        "The chief executive said the upgrade would allow his company to offer faster broadband.",
        "The Jordan Food and Drug Administration said that four tonnes of spoiled meat had been "
        "seized.",
    )
    assert report_opening(quotes, "the upgrade would allow").speaker == "Abdulaziz Yousef Al Sayegh"
    assert report_opening(quotes, "four tonnes of spoiled meat").speaker == (
        "Jordan Food and Drug Administration"
    )


def test_a_soldiers_rank_and_a_calypsonian(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“I remember the dust before the noise,” said Private Dana Voss, 22.",
        "Calypsonian Aldwyn Carrigan has said he will not withdraw his song from the competition.",
    )
    assert one(quotes, "I remember the dust before the noise,").speaker == "Dana Voss"
    assert report_opening(quotes, "he will not withdraw").speaker == "Aldwyn Carrigan"

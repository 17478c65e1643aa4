"""Shapes found by blind probe suites mix80 and mix81 (crime and courts; education and health in
five countries): a lede that describes an office ("The chief constable of Eastmere Police has
apologised", "The provincial health MEC has admitted", "A Galway GP has said") whose holder the
next sentence names, and a member's letters after a name ("Rajinder Sidhu, MLA for …")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_ledes_office_is_the_holder_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The chief constable of Eastmere Police has apologised to the family of a murdered woman.",
        "Sir Anthony Dunmore said the force had failed Rachel Lowe. ‘I am deeply sorry,’ the "
        "chief constable said.",
    )
    assert one(quotes, "I am deeply sorry,").speaker == "Anthony Dunmore"


def test_a_ledes_office_by_its_letters(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The provincial health MEC has admitted that the cancer backlog has grown.",
        "Speaking on Monday, Dr Sizwe Nkabinde said two machines had been out of service.",
        '"People are dying while they wait," the MEC said.',
        "Opposition spokesperson Karen du Plessis said the department had been warned.",
    )
    assert one(quotes, "People are dying while they wait,").speaker == "Sizwe Nkabinde"
    quotes = found(
        make_article,
        "A Galway GP has said doctors are being forced to close their lists.",
        "Dr Fergal Nolan, who runs a practice in Carraigmore, said the list closed in January.",
        "The Galway GP said every new patient was “ten minutes taken from someone already sick”.",
        "GP leader Dr Anne-Marie Rowley said practices were doing the same.",
    )
    assert report_opening(quotes, "every new patient").speaker == "Fergal Nolan"


def test_a_members_letters_after_a_name_leave_the_name_whole(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Opposition critic Rajinder Sidhu, MLA for Fraserview-South, says colleges are cutting "
        "support services.",
        "On Tuesday, Mr. Sidhu said that at least four colleges had cut their advisers.",
    )
    assert report_opening(quotes, "at least four colleges").speaker == "Rajinder Sidhu"


def test_a_ledes_office_of_a_place_in_capitals(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Northern Ireland’s Health Minister has said he will not sign off on more closures.",
        "Speaking in the Assembly, Alan Hutchinson said three practices had closed. A GP in "
        "Omagh, Mary Doyle, told him she had 900 patients on a waiting list.",
        "“No community should wake up to find its surgery gone,” the minister said.",
        "The chair of the doctors’ council, Dr Siobhan Kerr, said funding was needed.",
    )
    assert one(quotes, "No community should wake up to find its surgery gone,").speaker == (
        "Alan Hutchinson"
    )


def test_according_to_a_spokesperson_for_the_company(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Northern Rivers Power Ltd said on Monday it would raise prices.",
        "The utility will import electricity this winter for the first time, according to a "
        "spokesperson for the company.",
    )
    assert report_opening(quotes, "The utility will import").speaker == "Northern Rivers Power Ltd"
    quotes = found(
        make_article,
        "Rain fell across the region.",
        "The utility will import electricity this winter, according to a spokesperson for the "
        "company.",
    )
    assert all(quote.speaker != "spokesperson for the company" for quote in quotes)

"""Copy from the eighth set of blind suites (campaign wire, consumer pages, local TV): a month as a
given name after a title, readers, guests and evacuees named by that word, a nonbinary candidate's
"they", a dash that goes on with the sentence after a quote (no signature line), "the younger" and
"the elder" of two who share a surname, and "the court said nothing in the statute required …"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_month_as_a_given_name_after_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“You were for this bill before you were against it,” Gunnar Lindqvist told "
        "Representative June Ostrowski during their second debate.",
        "“That’s called reading the amendments, Gunnar,” Ostrowski replied.",
    )
    quote = one(quotes, "That’s called reading the amendments, Gunnar,")
    assert quote.speaker == "June Ostrowski"


def test_a_month_without_a_title_is_still_no_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In June Parliament voted to extend the scheme. Harriet Vane said the vote was close.",
    )
    assert report_opening(quotes, "the vote was close").speaker == "Harriet Vane"
    assert all(q.speaker != "June Parliament" for q in quotes)


def test_a_reader_or_an_evacuee_by_that_word(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Reader Gillian Ashcombe says her supplier billed her £2,340 for a single quarter.",
        "Evacuee Louise Morin said she had packed the dog and left within 20 minutes.",
    )
    assert report_opening(quotes, "she had packed").speaker == "Louise Morin"
    assert report_opening(quotes, "her supplier billed").speaker == "Gillian Ashcombe"


def test_they_of_a_nonbinary_candidate(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Riley Okafor, the first nonbinary candidate to win a nomination in the state, spent "
        "Saturday knocking on doors alongside Mayor Dennis Whalen.",
        "“People don’t ask me about my pronouns at the door,” they said.",
    )
    quote = one(quotes, "People don’t ask me about my pronouns at the door,")
    assert quote.speaker == "Riley Okafor"


def test_a_dash_after_a_quote_that_goes_on_signs_nothing(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Marcus Ellery’s pollster, Russell Danner, outlined what he described as “a "
        "three-state firewall” — Florida, Texas and Georgia — in a memo to supporters.",
    )
    assert one(quotes, "a three-state firewall").speaker != "Florida"


def test_the_younger_of_brothers_one_called_the_elder(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Delacroix brothers have been in politics for 30 years. Paul Delacroix, the elder, is "
        "running for governor. Andre Delacroix, a state senator, is his campaign chairman.",
        "“We’re going to do the counting,” the younger Delacroix said.",
    )
    assert one(quotes, "We’re going to do the counting,").speaker == "Andre Delacroix"


def test_the_elder_is_the_former_governor_her_father(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Caroline Ames is running for the House seat her father held for 22 years. Her father, "
        "former Gov. Walter Ames, has mostly stayed off the trail.",
        "“She’s smarter than I was,” the elder Ames said.",
    )
    assert one(quotes, "She’s smarter than I was,").speaker == "Walter Ames"


def test_said_nothing_in_the_statute_required_is_a_report(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Court of Appeals of Renfield ruled Thursday that a clerk could not refuse a deed.",
        "In its ruling, the court said nothing in the recording statute required a deed to be "
        "typed. Rennard himself has said nothing in public since his arrest.",
    )
    report = report_opening(quotes, "nothing in the recording statute")
    assert report.speaker == "Court of Appeals of Renfield"
    assert all(not q.text.startswith("nothing in public") for q in quotes)


def test_the_solicitor_general_was_blunt_in_response(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Solicitor General Imani Castlereagh and the challengers’ lawyer, Bogdan Petrescu, each "
        "got 30 minutes. Mr. Petrescu went first, arguing that the tax fell only on out-of-state "
        "sellers.",
        "The solicitor general was blunt in response: “Every seller in this state pays it.”",
    )
    quote = one(quotes, "Every seller in this state pays it.")
    assert quote.speaker == "Imani Castlereagh"


def test_the_chairwoman_of_a_hearing_chaired_by_her(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Senate hearing, chaired by Senator Leonora Baptiste-Hale, lasted more than five "
        "hours; the ranking member, Senator Walter Greenhalgh, left after two.",
        "“We will be back here,” the chairwoman said as she gavelled the session closed.",
    )
    assert one(quotes, "We will be back here,").speaker == "Leonora Baptiste-Hale"

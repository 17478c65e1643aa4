"""Church, parliament, shipping, aviation and tribute copy (blind suites mix155-160): clergy's
offices and styles ("the Primate said", "the Ven", "Most Rev.", "Maulana"), a faith's word before
an office, "the master said" of a captain named with his rank, a story that opens on a bare
quote and names its speaker after ("With those words, …", "The ruling from Speaker X came …"),
"“…,” is how X described it", a description in apposition before the speaker's name, and a
report whose cue sits before ", and …"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_the_office_of_a_cleric_named_with_his_style(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Primate of the Anglican Province of the Upper Volta, Most Rev. Dr. Emmanuel "
        "Adebisi-Cole, has urged calm after the election.",
        "Preaching at the cathedral on Sunday, the Primate said, “No office is worth a single "
        "life.”",
    )
    assert one(quotes, "No office is worth a single life.").speaker == "Emmanuel Adebisi-Cole"


def test_an_archdeacon_styled_the_ven_and_a_sheikh(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Archdeacon of Harbury Vale, the Ven Judith Askew, has written to every parish.",
        "'Lead theft is not a victimless crime,' the Archdeacon said.",
    )
    assert one(quotes, "Lead theft is not a victimless crime,").speaker == "Judith Askew"
    quotes = found(
        make_article,
        "The Chief Imam of Kofar-Gari Central Mosque, Sheikh Abubakar Sani Dambatta, has warned "
        "traders against hoarding grain.",
        "“Allah is not deceived by our hunger,” the Sheikh declared.",
        "Speaking after prayers, the Islamic cleric noted that prices had doubled since January.",
    )
    assert one(quotes, "Allah is not deceived by our hunger,").speaker == ("Abubakar Sani Dambatta")
    assert report_opening(quotes, "prices had doubled").speaker == "Abubakar Sani Dambatta"


def test_a_faiths_word_before_an_office_and_the_see_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Church of Ireland Archbishop of Ballymore, the Most Rev Colin Trimble, has "
        "described the cuts as “a slow erosion of a small community”.",
        "“You do not bulldoze a church at dawn,” said the Catholic Bishop of Nkanu, Most Rev. "
        "Chidi Okafor, who visited the site.",
    )
    assert one(quotes, "a slow erosion of a small community").speaker == "Colin Trimble"
    assert one(quotes, "You do not bulldoze a church at dawn,").speaker == "Chidi Okafor"


def test_the_master_is_the_captain_named_with_his_rank(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The vessel's master, Capt. Arvid Lindholm, said the crew had tried to restow the "
        "cargo at sea.",
        "“We turned into the weather and ran for port,” the master said.",
    )
    assert one(quotes, "We turned into the weather and ran for port,").speaker == "Arvid Lindholm"


def test_a_bare_quote_named_in_the_paragraph_after(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The onion growers of Lasalgaon did not ask for pity. They asked for a fair price.”",
        "With those words, first-time MP Sunita Gaikwad of Nashik drew applause from the "
        "Opposition benches on Tuesday.",
    )
    assert one(
        quotes, "The onion growers of Lasalgaon did not ask for pity. They asked for a fair price."
    ).speaker == ("Sunita Gaikwad")
    quotes = found(
        make_article,
        "“The honourable member will withdraw the word.”",
        "The ruling from Speaker Marguerite Olsen-Beaulieu came moments after opposition MP "
        "Derek Haldane used the word during question period.",
    )
    assert one(quotes, "The honourable member will withdraw the word.").speaker == (
        "Marguerite Olsen-Beaulieu"
    )
    quotes = found(
        make_article,
        "“Warm words, and nothing else, arrived with this budget.”",
        "That was the verdict of opposition MP Harriet Okwuosa, who voted against it.",
    )
    assert one(quotes, "Warm words, and nothing else, arrived with this budget.").speaker == (
        "Harriet Okwuosa"
    )


def test_is_how_x_described_it_and_a_description_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"It\'s a fig leaf," is how Sigrid Aalto, director of the Helmsund Digital Institute, '
        "described the code.",
        '"The company had no map of its own data," counsel assisting the inquiry, Rohan '
        "Pillay SC, said.",
        "“We rationed water to two bottles a day,” the ship's cook, Abdul Karim Chowdhury, said "
        "through a translator.",
    )
    assert one(quotes, "It's a fig leaf,").speaker == "Sigrid Aalto"
    assert one(quotes, "The company had no map of its own data,").speaker == "Rohan Pillay"
    assert one(quotes, "We rationed water to two bottles a day,").speaker == (
        "Abdul Karim Chowdhury"
    )


def test_a_report_whose_cue_comes_before_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Over the years the regatta had raised more than €250,000 for the lifeboat, Ms "
        "Doherty said, and this year's race would go ahead in his memory.",
        "He would have hated the fuss, his widow, Maura Keane, said, but the family had been "
        "moved by the messages.",
    )
    assert report_opening(quotes, "Over the years the regatta").speaker == "Doherty"
    assert report_opening(quotes, "He would have hated the fuss").speaker == "Maura Keane"

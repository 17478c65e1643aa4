"""Names from every house style of international wire copy: an Arabic article joined to the
surname ("Khalid bin Nasser al-Rumaihi" … "Rumaihi said"), the words after the given name as the
surname ("Nabil Abou Khalil" … "Abou Khalil"), the first of two Spanish surnames ("Rodrigo
Castañeda Prieto" … "Castañeda"), and titles of address that are not names ("Daw", "Sayyid")."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.mentions import build_cast


def test_short_forms_of_a_full_name() -> None:
    from reader.core.attribution.surname_forms import surname_forms

    assert "Rumaihi" in surname_forms("Khalid bin Nasser al-Rumaihi")
    assert "Al-Rumaihi" in surname_forms("Khalid bin Nasser al-Rumaihi")
    assert "Abou Khalil" in surname_forms("Nabil Abou Khalil")
    assert {"Castañeda", "Castañeda Prieto"} <= set(surname_forms("Rodrigo Castañeda Prieto"))
    assert {"van der Berg", "Van der Berg"} <= set(surname_forms("Anouk van der Berg"))
    # a middle given name or an initial is no surname
    assert "Ann" not in surname_forms("Mary Ann Okafor")
    assert "J." not in surname_forms("Ellen J. Park")


def test_a_surname_with_its_article_joined_by_a_hyphen(make_article: Make) -> None:
    quotes = found(
        make_article,
        "DOHA (Reuters) - Energy Minister Khalid bin Nasser al-Rumaihi said on Monday that "
        "output would stay flat, days before the group meets.",
        "“Buyers want calm more than they want cargoes,” Rumaihi told the state news agency.",
        "Huda al-Sabah, an analyst at Cedar Point Capital, said the comments were cautious.",
    )
    assert one(quotes, "Buyers want calm more than they want cargoes,").speaker == (
        "Khalid bin Nasser al-Rumaihi"
    )


def test_the_words_after_the_given_name_are_no_second_person(make_article: Make) -> None:
    text = (
        "Trade Minister Nabil Abou Khalil met his counterpart, Inés Ferrer de Lucía, on Friday.",
        "“The border posts will reopen by June,” Abou Khalil told reporters.",
        "Ferrer de Lucía said the deal was “a sign of trust.”",
    )
    cast = build_cast("\n\n".join(text), {})
    people = {e.name for e in cast.entities.values() if e.kind == "person"}
    assert people == {"Nabil Abou Khalil", "Inés Ferrer de Lucía"}
    quotes = found(make_article, *text)
    assert one(quotes, "The border posts will reopen by June,").speaker == "Nabil Abou Khalil"
    assert one(quotes, "a sign of trust.").speaker == "Inés Ferrer de Lucía"


def test_the_first_of_two_spanish_surnames(make_article: Make) -> None:
    quotes = found(
        make_article,
        "LIMA (AP) — President Rodrigo Castañeda Prieto declared a state of emergency in two "
        "provinces on Tuesday, flanked by Interior Minister Lucía Benavente.",
        "“We will not bargain with people who burn schools,” Castañeda said in a televised "
        "address.",
    )
    assert one(quotes, "We will not bargain with people who burn schools,").speaker == (
        "Rodrigo Castañeda Prieto"
    )


def test_honorifics_and_an_ombudswoman_are_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Every visit by the generals tells our people they are forgotten,” Daw Khin Mya Thet, "
        "a spokeswoman for the exiled council, told Reuters.",
        "Foreign Minister Sayyid Faisal bin Hamood al-Busaidi said the talks would resume "
        "next week.",
        "According to Ombudswoman Teresa Quispe Mamani, nine people were hurt in the clashes.",
    )
    assert one(
        quotes, "Every visit by the generals tells our people they are forgotten,"
    ).speaker == ("Khin Mya Thet")
    assert one(quotes, "the talks would resume next week.").speaker == (
        "Faisal bin Hamood al-Busaidi"
    )
    assert one(quotes, "nine people were hurt in the clashes.").speaker == "Teresa Quispe Mamani"


def test_a_wire_dateline_with_a_date_is_no_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "HARBIN, China, May 12 (Reuters) - Vice Premier Wen Jiahua said on Monday that exports "
        "were on track, and dismissed talk of a price war as “a story told by rivals” that "
        "served protectionists.",
        "OSLO, Oct 3 (Reuters) - Thousands of farmers marched on parliament on Friday, "
        "chanting “Bread Before Ballots,” a slogan first heard in the 1990s.",
    )
    assert one(quotes, "a story told by rivals").speaker == "Wen Jiahua"
    assert one(quotes, "Bread Before Ballots,").speaker is None


def test_a_countrys_office_in_the_lede_is_the_holder_named_next(make_article: Make) -> None:
    quotes = found(
        make_article,
        "OSLO (Reuters) - Norway’s fisheries minister on Tuesday called the new quota rules "
        "“a gift to trawler owners” and said Oslo would challenge them.",
        "Fisheries Minister Ingrid Solbakken told reporters the ministry had already written to "
        "the commission. Danish Food Minister Henrik Vestergaard said on Monday that the rules "
        "were fair.",
    )
    assert one(quotes, "a gift to trawler owners").speaker == "Ingrid Solbakken"
    quotes = found(
        make_article,
        "BERLIN (Reuters) - Germany’s government spokeswoman dismissed the report as "
        "“speculation” on Friday.",
        "Katrin Albers, speaking at her weekly news conference, said no decision had been taken.",
    )
    assert one(quotes, "speculation").speaker == "Katrin Albers"


def test_a_verb_opening_an_inverted_cue_is_no_part_of_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Said Marian Lowry, who taught him to swim, “He never once complained.”",
        "“It was his idea,” Lowry added.",
    )
    assert [q.speaker for q in quotes] == ["Marian Lowry", "Marian Lowry"]


def test_an_acronyms_body_and_a_chairperson(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a statement, the AU’s Peace and Security Council said the suspension would stand "
        "until civilian rule returned.",
        "Commission Chairperson Naledi Okafor-Mensah said she had spoken to the junta's leader.",
    )
    assert one(quotes, "the suspension would stand until civilian rule returned.").speaker == (
        "Peace and Security Council"
    )
    assert one(quotes, "she had spoken to the junta's leader.").speaker == "Naledi Okafor-Mensah"


def test_a_based_prefix_a_chemical_company_and_an_appointed_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Osaka-based Hirano Chemical said on Monday that it had found falsified test data at "
        "one of its plants.",
        "In a statement, the company said inspectors had altered records for six years.",
        "Park Ji-yeon was named chief executive of the Ulsan shipbuilder Haedong Marine in May.",
        "“We have been building the ship we built last time,” the chief executive said.",
    )
    assert one(quotes, "inspectors had altered records for six years.").speaker == (
        "Hirano Chemical"
    )
    assert one(quotes, "We have been building the ship we built last time,").speaker == (
        "Park Ji-yeon"
    )

"""Surnames with particles: Irish "Ó"/"Ní" names, "de Blasio", "van der Berg"; and first names
that look like particles ("Al Gore", "Della Marchbank") stay first names."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_irish_surnames_resolve_to_the_full_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The hospital's general manager, Fergal Ó Ceallaigh, defended the charge. Independent TD "
        "Síle Ní Fhlatharta disagreed.",
        "'It's a tax on the sick,' Deputy Ní Fhlatharta said.",
        "'The scheme is working,' Mr Ó Ceallaigh said.",
    )
    assert one(quotes, "It's a tax on the sick,").speaker == "Síle Ní Fhlatharta"
    assert one(quotes, "The scheme is working,").speaker == "Fergal Ó Ceallaigh"


def test_a_particle_surname_at_a_sentence_start_is_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Bill de Blasio spoke on Friday. De Blasio said the police were ready for anything "
        "that might happen.",
        "Anouk van der Berg chairs the board. “We will appeal,” Van der Berg said.",
    )
    assert (
        one(quotes, "the police were ready for anything that might happen.").speaker
        == "Bill de Blasio"
    )
    assert one(quotes, "We will appeal,").speaker == "Anouk van der Berg"


def test_first_names_that_look_like_particles_stay_first_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“The planet is warming,” said Al Gore.",
        "“I've driven this route since the '90s,” said Della Marchbank, a driver.",
    )
    assert one(quotes, "The planet is warming,").speaker == "Al Gore"
    assert one(quotes, "I've driven this route since the '90s,").speaker == "Della Marchbank"


def test_welsh_ap_and_letters_beyond_latin_1_are_part_of_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Plaid Cymru's Mabon ap Dafydd raised the cuts. Dr Hine Rāwhiti leads the survey, and "
        "the hacker Marcel Lazăr Lehel is in prison.",
        "“This is a lifeline service,” Mr ap Dafydd told MSs.",
        "“We are not talking about a bad year,” Dr Rāwhiti said.",
        "“It was like an open orchid,” Lehel said.",
    )
    assert one(quotes, "This is a lifeline service,").speaker == "Mabon ap Dafydd"
    assert one(quotes, "We are not talking about a bad year,").speaker == "Hine Rāwhiti"
    assert one(quotes, "It was like an open orchid,").speaker == "Marcel Lazăr Lehel"

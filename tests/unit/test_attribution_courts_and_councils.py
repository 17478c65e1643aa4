"""Court, police and council copy from many presses: ranks and asides in titles, offices before
a councillor's name, a role's words, and bodies named for the causes they stand for."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.mentions import build_cast


def test_a_brigadier_is_a_title_not_a_first_name(make_article: Make) -> None:
    assert reported(
        make_article,
        "Provincial police spokesperson Brigadier Thembinkosi Mkhize said the gunmen fled "
        "towards the N2.",
    ) == [("the gunmen fled towards the N2.", "Thembinkosi Mkhize")]


def test_a_lower_case_aside_inside_a_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Assistant commissioner of police (cyber) Nitin Bhardwaj said: “There is no such thing "
        "as a digital arrest.”",
    )
    assert one(quotes, "There is no such thing as a digital arrest.").speaker == "Nitin Bhardwaj"


def test_the_mayor_named_with_an_office_then_a_councillors_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Mayor of Carrigbeg, Cllr Eileen Moriarty (Lab), said she had met drivers. "
        "Chief Superintendent Gerard Whelan said patrols had been increased.",
        "‘When drivers are afraid to go to work, the whole city pays the price,’ the mayor said.",
    )
    city_pays = one(quotes, "When drivers are afraid to go to work, the whole city pays the price,")
    assert city_pays.speaker == "Eileen Moriarty"
    assert one(quotes, "she had met drivers.").speaker == "Eileen Moriarty"


def test_in_the_magistrates_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Magistrate Catherine Albright fined Ross Tilbury $18,000.",
        "Tilbury's barrister, Naomi Fitzgerald SC, said her client had ‘misunderstood his "
        "obligations’. But in the magistrate's words, ‘a man who has sat on council for 16 years "
        "does not misunderstand a form’.",
    )
    words = one(quotes, "a man who has sat on council for 16 years does not misunderstand a form")
    assert words.speaker == "Catherine Albright"


def test_a_centre_named_for_its_causes_is_one_body_and_no_one() -> None:
    cast = build_cast(
        "A civil society group, the Centre for Justice and Police Accountability, says 73 people "
        "died. The Centre for Law and Human Rights agreed.",
        {},
    )
    kinds = {name: entity.kind for name, entity in cast.entities.items()}
    assert kinds == {
        "Centre for Justice and Police Accountability": "organisation",
        "Centre for Law and Human Rights": "organisation",
    }


def test_a_family_statement_is_the_familys_not_one_of_that_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Judge Patrick Nolan said Owen Brophy had thrown a punch at Ciarán Devlin outside the "
        "nightclub.",
        "In a statement read outside court by their solicitor, Yvonne Cregan, the Devlin family "
        "said: ‘We hope no other family has to stand where we are standing today.’",
    )
    family = one(quotes, "We hope no other family has to stand where we are standing today.")
    assert family.speaker is None
    assert "the Devlin family" in family.reason


def test_a_quote_only_lede_and_the_officer_who_gave_this_warning(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Any officer caught extorting motorists will be dismissed and prosecuted.”",
        "The new Commissioner of Police in Kwara-Oke State, CP Aminu Garba-Danjuma, gave this "
        "warning on Wednesday while addressing officers shortly after assuming duty.",
        "He replaced CP Esther Onuoha, who was redeployed to Abuja.",
    )
    warning = one(
        quotes, "Any officer caught extorting motorists will be dismissed and prosecuted."
    )
    assert warning.speaker == "Aminu Garba-Danjuma"


def test_a_lede_that_describes_who_alleged_it_under_a_colon_dateline(make_article: Make) -> None:
    quotes = found(
        make_article,
        "SHANTINAGAR: The wife of a 35-year-old autorickshaw driver who died in police custody "
        "on Saturday has alleged that he was beaten through the night at the police station.",
        "Kavita Shinde said her husband, Sunil Shinde, was picked up on Friday evening.",
    )
    beaten = one(quotes, "he was beaten through the night at the police station.")
    assert beaten.speaker == "Kavita Shinde"

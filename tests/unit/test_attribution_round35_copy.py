"""Session forty-six, first round: the copy of round 35's blind suites (the Lusophone press, the
Horn of Africa, the Balkans, Greece and Cyprus, the pharmaceutical trade press, combat sports, and
the press of Indonesia, Myanmar, Mongolia and Timor-Leste), and older misses: a body's name
with "and" in it before its head's role."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening

from reader.core.model import QuoteKind


def test_a_bodys_name_with_and_before_its_heads_role(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We will be watching every trade,” Securities and Futures Authority chief executive "
        "Daniel Ho said.",
        "Brokers face tighter checks from next month, Allied Nurses and Midwives Union general "
        "secretary Ruth Banda warned on Tuesday.",
    )
    assert one(quotes, "We will be watching every trade,").speaker == "Daniel Ho"
    assert report_opening(quotes, "Brokers face tighter checks").speaker == "Ruth Banda"


def test_drug_and_device_makers_are_bodies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Stellan Orthopedics, a maker of spinal implants, said tariffs would cut its profit.",
        "The company said it expected adjusted earnings of $2.10 to $2.25 a share.",
        "Amara Ezenwa-Kaplan, the incoming chief scientific officer of Greyhaven Bio, said she "
        "would prioritize the degrader program, which she described as “the most "
        "underappreciated asset in our portfolio.”",
    )
    assert report_opening(quotes, "it expected adjusted earnings").speaker == (
        "Stellan Orthopedics"
    )
    partial = one(quotes, "the most underappreciated asset in our portfolio.")
    assert partial.speaker == "Amara Ezenwa-Kaplan"  # "she", not the company


def test_a_filing_with_a_regulator_is_the_filers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tessaro Bio will cut about 140 jobs, according to a filing with the Securities and "
        "Exchange Commission.",
        "Drug developers raised $4.1 billion in the first half, according to data compiled by "
        "the research firm BioMetrix, roughly double the total a year earlier.",
    )
    assert report_opening(quotes, "Tessaro Bio will cut").speaker == "Tessaro Bio"
    assert report_opening(quotes, "Drug developers raised").speaker == "BioMetrix"


def test_a_public_bodys_inquiry_by_filing_is_not_the_bodys(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Payments Oversight Board opened an inquiry into the startup’s controls last "
        "month, according to a filing.",
    )
    assert report_opening(quotes, "The Payments Oversight Board").speaker != (
        "Payments Oversight Board"
    )


def test_an_alert_speaks_for_its_issuer(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Therapeutic Goods Authority of Palmaris issued a safety alert on Thursday about "
        "counterfeit injections sold online.",
        "“These products have not been assessed for quality or safety,” the alert said.",
    )
    assert one(quotes, "These products have not been assessed for quality or safety,").speaker == (
        "Therapeutic Goods Authority of Palmaris"
    )


def test_words_on_signs_are_a_slogan_not_the_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mariam Haddad leads a patient group.",
        "“Every month we wait is a month lost,” Haddad said at a rally, where supporters held "
        "signs reading “Time Is Muscle.”",
        "Hundreds of parents marched on Saturday, many carrying placards reading ‘Save Our Ward’.",
    )
    for slogan in ("Time Is Muscle.", "Save Our Ward"):
        assert one(quotes, slogan).kind is QuoteKind.SCARE
        assert one(quotes, slogan).speaker is None


def test_degrees_after_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jens Holmgaard, Ph.D., and Lise Holmgaard, M.D., a husband-and-wife team, co-founded "
        "Fjordline Bio.",
        "“Our first patients will be dosed before Christmas,” Lise Holmgaard said. Her husband "
        "said the company had enough cash to reach a readout.",
    )
    assert report_opening(quotes, "the company had enough cash").speaker == "Jens Holmgaard"


def test_its_partner_named_is_that_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Helvane Biologics and its partner Amberline Pharma said a late-stage trial of their "
        "drug had met its main goal.",
        "Dr. Caroline Moss, who led the trial, said the results would need to be confirmed.",
    )
    assert report_opening(quotes, "a late-stage trial").speaker == "Amberline Pharma"


def test_horn_of_africa_styles(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Before the conflict we had tourists every week,” said W/ro Almaz Derese, who runs a "
        "hotel on the shore of Lake Tana.",
        "Ato Kebede Ayele, the zone’s administrator, said the road would reopen on Monday.",
        "“Our people are caught between two fires,” Ugaas Hassan Mohamed Abdi told the BBC "
        "Somali service.",
        "Abba Tesfamariam Gebrehiwot, the priest who runs the school, said teachers had come back.",
    )
    assert one(quotes, "Before the conflict we had tourists every week,").speaker == (
        "Almaz Derese"
    )
    assert report_opening(quotes, "the road would reopen").speaker == "Kebede Ayele"
    assert one(quotes, "Our people are caught between two fires,").speaker == (
        "Hassan Mohamed Abdi"
    )
    assert report_opening(quotes, "teachers had come back").speaker == ("Tesfamariam Gebrehiwot")


def test_burmese_honorifics_and_a_chinese_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "U Aung Kyaw Oo, deputy director general of the Department of Meteorology and "
        "Hydrology, said the river was expected to exceed its danger level.",
        "Ma Kwok-wah, who owns a driving school, denied any wrongdoing. “Costs rose,” he said.",
        "“The river has risen two feet,” District Secretary U. K. Ranasinghe said.",
    )
    assert report_opening(quotes, "the river was expected").speaker == "Aung Kyaw Oo"
    assert one(quotes, "Costs rose,").speaker == "Ma Kwok-wah"
    assert one(quotes, "The river has risen two feet,").speaker == "U. K. Ranasinghe"

"""Court rulings, Nigerian and Kenyan offices, and firms of two names (blind suites mix107-mix109):
"Justice X held that …", "held: “…”", "ordered that"; "Barr. (Mrs) X" and "Hon. X" in an
appositive; "According to her, “…”"; "As the Baale of Oke-Odo, Chief X, put it"; "Housing and
Urban Development Principal Secretary X"; "Halcyon Motor Co."; "Cowell & Finch analyst X"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import cues, joint_sources


def test_a_judge_holds_and_a_magistrate_orders(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Justice Mojisola Adeyinka-Ogundipe held that the strike was doing lasting damage to "
        "students.",
        "Magistrate Olufunke Ademola-Sowunmi ordered that the defendants be remanded in custody.",
        "The governor held a meeting on Monday that lasted three hours.",
    )
    held = report_opening(quotes, "the strike was doing lasting damage")
    assert held.speaker == "Mojisola Adeyinka-Ogundipe"
    ordered = report_opening(quotes, "the defendants be remanded")
    assert ordered.speaker == "Olufunke Ademola-Sowunmi"
    assert not any(q.text.startswith("lasted") for q in quotes)


def test_a_judgment_introduced_by_held_and_a_colon(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Delivering the lead judgment, the chairman of the panel, Justice Ibrahim Sa'ad "
        'Mohammed-Kaura, held: "It is not enough for a petitioner to dump documents."',
    )
    said = one(quotes, "It is not enough for a petitioner to dump documents.")
    assert said.speaker == "Ibrahim Sa'ad Mohammed-Kaura"


def test_abbreviated_titles_in_an_appositive(make_article: Make) -> None:
    for title in ("Barr. (Mrs)", "Hon."):
        quotes = found(
            make_article,
            "A civil society group has called for faster election petitions.",
            f"Its executive director, {title} Funmilayo Akinwale-Oduya, said: “Election matters "
            "should be concluded first.”",
        )
        said = one(quotes, "Election matters should be concluded first.")
        assert said.speaker == "Funmilayo Akinwale-Oduya", title


def test_according_to_her(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mrs Josephine Ekwueme-Nduka, a trader, has three children at home.",
        "According to her, “It is the children of the poor that are suffering.”",
    )
    said = one(quotes, "It is the children of the poor that are suffering.")
    assert said.speaker == "Josephine Ekwueme-Nduka"
    assert "according to her" in said.reason


def test_as_a_traditional_ruler_put_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Residents mourned. As the Baale of Oke-Odo, Chief Taofeek Adisa-Olaniyan, put it, "
        "'Every family on this street has lost somebody.'",
    )
    said = one(quotes, "Every family on this street has lost somebody.")
    assert said.speaker == "Taofeek Adisa-Olaniyan"


def test_a_hyphened_office_of_a_body_with_its_initials(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Director-General of the Ebiri State Emergency Management Agency (EBSEMA), Dr "
        'Oluwafemi Akinyode-Ayeni, said: "Our men have been working round the clock."',
    )
    said = one(quotes, "Our men have been working round the clock.")
    assert said.speaker == "Oluwafemi Akinyode-Ayeni"


def test_a_ranked_title_after_fields_joined_by_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Housing and Urban Development Principal Secretary Charles Mwenda Muriungi described the "
        "developers as “merchants of death” on Friday.",
        "Tom and Jerry Okafor said the building had been condemned in March.",
    )
    assert one(quotes, "merchants of death").speaker == "Charles Mwenda Muriungi"
    assert report_opening(quotes, "the building had been condemned").speaker is not None


def test_a_company_by_its_abbreviated_form_and_a_union_by_alliance(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Workers at Halcyon Motor Co. walked out in Lucas County on Monday. In the filing, the "
        "company said strikers had blocked the plant gates.",
        "The National Alliance of Federal Employees warned of layoffs. “Our members have "
        "mortgages,” the union said in a statement.",
    )
    assert report_opening(quotes, "strikers had blocked").speaker == "Halcyon Motor Co"
    said = one(quotes, "Our members have mortgages,")
    assert said.speaker == "National Alliance of Federal Employees"


def test_an_analyst_of_a_firm_of_two_names(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Cowell & Finch analyst Tamsin Okonkwo-Reyes wrote in a note to clients: "The overlap is '
        'smaller than the headline suggests."',
        "Brantwood & Co. analyst Ophelia Marchand wrote in a note to clients that Halcyon had "
        "about 45 days of inventory.",
    )
    said = one(quotes, "The overlap is smaller than the headline suggests.")
    assert said.speaker == "Tamsin Okonkwo-Reyes"
    assert report_opening(quotes, "Halcyon had about 45 days").speaker == "Ophelia Marchand"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Urban", "Principal", "Secretary", "Jane", "Okafor", "and"])))
def test_a_title_after_fields_is_read_from_any_words(words: list[str]) -> None:
    at = joint_sources._title_index(words)  # (a rank at the end once read past the words)
    assert at == 0 or words[at] in cues.TITLE_WORDS or words[at + 1] in cues.TITLE_WORDS


def test_more_titles_and_trades_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senate President Pro Tem Harrison Oakley argued in the petition that the governor had "
        "exceeded his authority.",
        "The Commissioner for Physical Planning, Arc. Omotayo Bankole-Daramola, told journalists "
        "that the developer had approval for only two floors.",
        "Lifeguard Jared Kūpenga, who was driving the jet ski, said: “You don't have time to "
        "think.”",
    )
    assert report_opening(quotes, "the governor had exceeded").speaker == "Harrison Oakley"
    report = report_opening(quotes, "the developer had approval")
    assert report.speaker == "Omotayo Bankole-Daramola"
    assert one(quotes, "You don't have time to think.").speaker == "Jared Kūpenga"

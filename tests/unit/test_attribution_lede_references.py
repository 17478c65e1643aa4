"""A person a lede describes without naming ("A grandmother from Ballinacorr has become …"),
named in the next paragraph, is whom a later "the grandmother", "the publican", "the Carraig
Bán woman" or "the Dubliner" means."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.lede_references import lede_description, refers_to


def test_the_ledes_noun_names_the_person_named_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A grandmother from Kilcarra has become the oldest person to finish the county's "
        "park run series, at the age of 81.",
        "Brid Hanlon took up running after her GP, Dr Tom Furey, told her to walk more. She "
        "trained with her granddaughter, Aoife Hanlon, 19.",
        "“I couldn’t walk to the shop in March,” the grandmother said.",
    )
    quote = one(quotes, "I couldn’t walk to the shop in March,")
    assert quote.speaker == "Brid Hanlon"
    assert "opening describes" in quote.reason


def test_the_ledes_place_and_noun_or_demonym(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Ballyross publican has been allowed to reopen the village's only pub.",
        "Seán Ó Riain, who ran the Harp for 30 years, will manage it. Consultant Gwen Tully "
        "said the council had set only minor conditions.",
        "“A village without a pub is half a village,” the publican said.",
        "“The Ballyross woman next door wants the snug back,” Tully said.",
    )
    assert one(quotes, "A village without a pub is half a village,").speaker == "Seán Ó Riain"


def test_a_city_demonym_after_a_lede_of_that_city(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Dublin taxi driver who was attacked by a passenger has been awarded €40,000.",
        "Liam Doran, 44, was punched on a night shift in 2022. Judge Ann Keane said the firm "
        "had ignored warnings.",
        "Outside court, the Dubliner said he had not driven since the attack.",
    )
    reports = [q for q in quotes if q.text.startswith("he had not driven")]
    assert reports and reports[0].speaker == "Liam Doran"


def test_only_the_ledes_own_words_refer_to_it() -> None:
    text = "A Ballyross publican has been allowed to reopen the pub."
    described = lede_description(text, [0])
    assert described is not None and described.noun == "publican"
    assert refers_to(described, "the publican")
    assert refers_to(described, "the Ballyross publican")
    assert not refers_to(described, "the Kilcarra publican")
    assert not refers_to(described, "the judge")
    assert lede_description("Liam Doran, 44, was punched on a night shift.", [0]) is None


def test_a_pronoun_after_the_described_speaker_is_theirs(make_article: Make) -> None:
    """ "the Dubliner said he …" casts no vote for the judge named before; "His wife, Niamh," is
    the driver's wife, not the judge's."""
    quotes = found(
        make_article,
        "A Dublin taxi driver who was attacked by a passenger has been awarded €40,000.",
        "Liam Doran, 44, was punched on a night shift. Judge Ann Keane said the firm had been "
        '"on notice for months".',
        'Outside court, the Dubliner said he had not driven since. "I loved that job," he said.',
        "His wife, Niamh, had a simple message for the firm: “Fix the rank.”",
    )
    assert one(quotes, "I loved that job,").speaker == "Liam Doran"
    assert one(quotes, "Fix the rank.").speaker == "Niamh Doran"

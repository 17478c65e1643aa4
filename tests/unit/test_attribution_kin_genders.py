"""A kinship word says the gender of the person it introduces even with roles between them:
"her father, company founder and chairman Rajendra Bhandari" is a man, so "Mr Bhandari" is he,
and "she" and "Ms Bhandari" are his daughter."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_father_named_after_his_roles_is_mr_and_his_daughter_ms(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"We have paid every rupee we owed," managing director Meera Bhandari told reporters.',
        "Ms Bhandari, 41, who took over as managing director from her father, company founder "
        "and chairman Rajendra Bhandari, in 2022, said the company had offered a deposit.",
        "She said Vayulink would also ask the tribunal to stay the order until the appeal.",
        'Rajendra Bhandari, who started the company in 1996, was more combative. "This is not '
        'a dues dispute," Mr Bhandari, 72, said in a video message.',
        'Mr Bhandari said he had "never once" considered selling the company\'s spectrum.',
        'His daughter struck a more measured note. "We will be here," Ms Bhandari said.',
    )
    assert one(quotes, "This is not a dues dispute,").speaker == "Rajendra Bhandari"
    assert one(quotes, "never once").speaker == "Rajendra Bhandari"
    assert one(quotes, "We will be here,").speaker == "Meera Bhandari"
    stay = "Vayulink would also ask the tribunal to stay the order until the appeal."
    assert one(quotes, stay).speaker == "Meera Bhandari"

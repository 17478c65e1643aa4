"""People known by one name the article says is theirs ("a caller who gave his name as Vic",
"The caller was Loretta"), and a pronoun object that is not its own sentence's subject
("Vantongeren laughed and told her …" says nothing of Vantongeren's gender)."""

from __future__ import annotations

from attribution_helpers import Make, found, one

from reader.core.attribution.given_names import given_names


def test_names_the_article_gives_as_theirs() -> None:
    text = (
        "A caller who gave his name as Vic said it. The caller was Loretta, from the Flats. "
        "A woman identified only by her first name, Marisol, spoke. The man was Gerald Ford."
    )
    assert sorted(name for _, name, _ in given_names(text)) == ["Loretta", "Marisol", "Vic"]
    genders = {name: gender for _, name, gender in given_names(text)}
    assert genders["Vic"] == "male" and genders["Marisol"] == "female"


def test_a_caller_with_one_name_speaks_and_the_host_stays_a_man(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Loretta, you boil it,” Earl Vantongeren said on the air.",
        "The caller was Loretta, from the Flats, and she was the fourth caller in a row.",
        "A caller who gave his name as Vic said the site had run out. “They’re handing it out "
        "like it’s communion,” he said.",
        "Vantongeren laughed and told her to send it in.",
        "Vantongeren, 67, has hosted the show since 1991.",
        "“For thirty years the biggest emergency was a loose cow,” he told me.",
    )
    assert one(quotes, "They’re handing it out like it’s communion,").speaker == "Vic"
    assert one(quotes, "For thirty years the biggest emergency was a loose cow,").speaker == (
        "Earl Vantongeren"
    )


def test_the_object_of_a_second_verb_is_not_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Earl Vantongeren has hosted the show since 1991. A listener sent a photograph of her "
        "water. Vantongeren laughed and told her to send another.",
        "“For thirty years the biggest emergency was a loose cow,” he told me.",
    )
    assert one(quotes, "For thirty years the biggest emergency was a loose cow,").speaker == (
        "Earl Vantongeren"
    )

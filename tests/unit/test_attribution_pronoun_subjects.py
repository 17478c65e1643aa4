"""A pronoun after a sentence whose subject is introduced by a role ("His lawyer, Peter Caruana,
said …", "But defence barrister Kate Lindqvist urged …") means that subject, not a person of the
same sex named later in the sentence."""

from __future__ import annotations

from attribution_helpers import Make, found, one


def test_a_role_and_name_in_apposition_is_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former councillor Dermot Vale was fined €4,000 on Monday. Outside court, Vale declined "
        "to comment. His solicitor, Conor Bright, said the former councillor accepted the fine. "
        "“He wants to put it behind him,” he said.",
    )
    assert one(quotes, "He wants to put it behind him,").speaker == "Conor Bright"


def test_a_role_before_the_name_opens_the_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Crown prosecutor Dana Whitlow told the jury that Aaron Lusk had pushed his partner "
        "down the stairs of a Harbour Point townhouse after an argument about money.",
        "But defence barrister Laura Castell urged the jurors to consider the evidence of the "
        "pathologist, Dr Helen Pike, who could not rule out an accidental fall.",
        "“My client made a terrible choice, but a terrible choice is not murder,” she told the "
        "jury.",
    )
    assert one(
        quotes, "My client made a terrible choice, but a terrible choice is not murder,"
    ).speaker == ("Laura Castell")

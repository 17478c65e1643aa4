"""Education, defence and motorsport copy (blind suites mix151-154): inspectors of a body whose
name holds "the", "told trustees", the Faculty of a university, naval and air ranks ("Vice Adm.",
"Air Vice-Marshal"), a report whose cue is followed by "two days before …", and "the first words
of X's acceptance speech"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_inspectors_speak_for_a_body_whose_name_holds_the(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Inspectors from the Schools Inspectorate for Wales and the Marches found that pupils "
        "were making good progress in reading.",
    )
    assert report_opening(quotes, "pupils were").speaker == (
        "Schools Inspectorate for Wales and the Marches"
    )


def test_told_trustees_and_the_dean_of_a_faculty(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The School of Nursing had failed to meet its recruitment targets for three years "
        "running, the chair of the audit committee, Howard Pemberton, told trustees on Tuesday.",
        "The dean of the Faculty of Creative Arts, Professor Philippa Noone, described the "
        "decision as “regrettable but necessary” in an email to staff.",
    )
    assert report_opening(quotes, "The School of Nursing").speaker == "Howard Pemberton"
    assert one(quotes, "regrettable but necessary").speaker == "Philippa Noone"


def test_naval_and_air_ranks_before_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vice Adm. Suleiman Al-Harthy, commander of the task force, said on Thursday that attacks "
        "had fallen by half. He said the task force now had eleven warships under its command.",
        "Air Vice-Marshal Desmond Okoro has asked for emergency funds. In a letter, Okoro warned "
        "that only two of the seven cargo aircraft would be able to fly.",
    )
    assert report_opening(quotes, "the task force now had").speaker == "Suleiman Al-Harthy"
    assert report_opening(quotes, "only two of the seven").speaker == "Desmond Okoro"
    # (one admiral in the piece: "the admiral" is he; with two, no one)
    quotes = found(
        make_article,
        "Rear Adm. Tobias Engström was asked about the corvettes.",
        "“Against a salvo of six, I would not like to find out,” the admiral told reporters.",
    )
    assert one(quotes, "Against a salvo of six, I would not like to find out,").speaker == (
        "Tobias Engström"
    )


def test_a_report_before_its_cue_and_a_time_after_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The forest stages would be shortened because of the risk of wildfires, the event's clerk "
        "of the course, Bjorn Aaltonen, said on Wednesday, two days before the start of the rally.",
    )
    assert report_opening(quotes, "The forest stages").speaker == "Bjorn Aaltonen"


def test_the_first_words_of_someones_speech(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If you had told me three years ago that I'd be standing here, I would have laughed.”",
        "Those were the first words of Rosalind Mbeki's acceptance speech as she collected the "
        "award for best supporting actress on Saturday night.",
    )
    assert quotes[0].speaker == "Rosalind Mbeki"

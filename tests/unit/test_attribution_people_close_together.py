"""Who is who when several people stand close together: spouses who share a surname, people
called by their role, their state and party, or a trade they have left; plural trades and
parties before names; jurors and judges as the ones told."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.attribution.mentions import build_cast
from reader.core.attribution.person_names import person_name


def test_plural_trades_former_and_parties_are_no_part_of_a_name() -> None:
    assert person_name("Golfers Amelia Crane") == "Amelia Crane"
    assert person_name("Councillors Ruth Abernethy") == "Ruth Abernethy"
    assert person_name("Former Olympic") is None  # "Former Olympic gymnast Lena Haverford"
    assert person_name("Fine Gael") is None
    assert person_name("Oregon Democrat") is None
    assert person_name("Roberts Amelia") == "Roberts Amelia"  # a surname ending in "s" stays


def test_a_hyphened_trade_before_two_names_is_no_part_of_the_name() -> None:
    assert person_name("Co-host Lewis Greatorex") == "Lewis Greatorex"
    assert person_name("Out-half Cian Mulvaney") == "Cian Mulvaney"
    assert person_name("Kim Seo-yeon") == "Kim Seo-yeon"  # a given name, last


def test_a_husband_called_dean_is_no_dean(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Kate Morrow opened her first café in Fremantle in 2015. Her husband, Dean Morrow, a "
        "former chef, joined her two years later, and the couple now run four.",
        "'Kate does the numbers and I do the burnt fingers,' he said.",
    )
    assert one(quotes, "Kate does the numbers and I do the burnt fingers,").speaker == "Dean Morrow"


def test_the_office_someone_was_appointed_to_names_them(make_article: Make) -> None:
    speech = reported(
        make_article,
        "Netball Australia has appointed Tanya Merriweather as head coach of the national "
        "team, replacing Colin Banfield, who resigned in June.",
        "The new coach said no player's position in the team was guaranteed.",
    )
    assert ("no player's position in the team was guaranteed.", "Tanya Merriweather") in speech


def test_a_prosecutor_tells_jurors(make_article: Make) -> None:
    speech = reported(
        make_article,
        "The trial of Marcus Bell opened Monday. Assistant Prosecutor Linda Ferraro delivered "
        "the state's opening statement.",
        "The prosecutor told jurors they would hear from a witness who saw Bell's car at the "
        "warehouse.",
    )
    assert any(s == "Linda Ferraro" and t.startswith("they would hear") for t, s in speech)


def test_members_of_parliaments_by_their_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Gauteng health department will hire 1,200 nurses, provincial health MEC Nomsa "
        "Radebe announced on Tuesday.",
        "Union leader Mpho Sebe said the announcement was 'long overdue'.",
        '"These are people who held our hospitals together," the MEC said.',
    )
    assert (
        one(quotes, "These are people who held our hospitals together,").speaker == "Nomsa Radebe"
    )
    quotes = found(
        make_article,
        "Liberal MP Anita Desrosiers and Conservative MP Glen Hutchins both voted against "
        "their parties on Thursday.",
        "The Liberal MP said she had voted “with my conscience and my constituents.”",
    )
    assert one(quotes, "with my conscience and my constituents.").speaker == "Anita Desrosiers"


def test_a_trade_turned_into_another_names_the_one_who_had_either(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Katrina Vell, a 34-year-old emergency room nurse, won the Democratic primary for "
        "the 4th District on Tuesday, defeating Howard Birch.",
        "“People are tired of being told to wait their turn,” the nurse-turned-candidate said.",
    )
    assert (
        one(quotes, "People are tired of being told to wait their turn,").speaker == "Katrina Vell"
    )


def test_a_lawmaker_described_by_party_and_state_in_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rep. Nora Villanueva, a Democrat from Oregon, and Rep. Curtis Bramwell, a Texas "
        "Republican, sparred at a hearing Tuesday over wildfire funding.",
        "“Every summer my constituents breathe smoke for six weeks,” the Oregon Democrat said.",
        "“We have our own disasters,” the Texas Republican said.",
    )
    assert (
        one(quotes, "Every summer my constituents breathe smoke for six weeks,").speaker
        == "Nora Villanueva"
    )
    assert one(quotes, "We have our own disasters,").speaker == "Curtis Bramwell"


def test_an_untagged_state_and_party_stays_the_articles_label(make_article: Make) -> None:
    speech = reported(
        make_article,
        "Senators returned to Washington on Monday.",
        "The Kentucky Republican on Tuesday dismissed the plan as a power grab by the White House.",
    )
    assert ("the plan as a power grab by the White House.", "Kentucky Republican") in speech


def test_party_names_and_former_are_not_speakers(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Fine Gael councillor Patricia Nolan, whose motion was defeated after an amendment "
        "from independent councillor Gerry Kinsella, left the chamber early.",
        "She said afterwards: 'The amendment guts the whole thing. Gerry knows that.'",
    )
    assert (
        one(quotes, "The amendment guts the whole thing. Gerry knows that.").speaker
        == "Patricia Nolan"
    )
    quotes = found(
        make_article,
        "Former Olympic gymnast Lena Haverford spoke publicly on Wednesday.",
        "“I was eleven when I started at his gym,” she said.",
    )
    assert one(quotes, "I was eleven when I started at his gym,").speaker == "Lena Haverford"


def test_one_of_the_officials_and_another_are_unnamed(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Two senior officials said the minister, Alan Corrigan, had been warned in February.",
        "“He knew. Everyone on the fourth floor knew,” one of the officials said, speaking on "
        "condition of anonymity. Corrigan's spokeswoman, Nadia Pell, said the minister “rejects "
        "that characterization entirely.”",
    )
    assert one(quotes, "He knew. Everyone on the fourth floor knew,").speaker is None
    quotes = found(
        make_article,
        "Staff at the Ridgeway care home say they were told on Thursday that it would close.",
        "'We found out before the residents did,' one carer said. Another said simply: 'It's "
        "cruel.' Resident Elsie Carmody, 91, said she had lived there for six years.",
    )
    assert one(quotes, "We found out before the residents did,").speaker is None
    assert one(quotes, "It's cruel.").speaker is None


def test_an_accusers_word_and_a_second_speakers_clause(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Labour's candidate, Priya Chandran, 34, and the Conservative incumbent, Sir Martin "
        "Gale, 67, traded blows at a hustings on Wednesday night.",
        "The 34-year-old accused Sir Martin of 'sleepwalking' through the closure of the "
        "town's maternity unit, while he said her party's spending plans were 'uncosted'.",
    )
    assert one(quotes, "sleepwalking").speaker == "Priya Chandran"
    assert one(quotes, "uncosted").speaker == "Martin Gale"


def test_the_mother_of_three_is_the_one_described_so(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jessica Tran, a mother of three from Garland, and her neighbor Raymond Oakes both "
        "lost their homes in the March tornado.",
        "Oakes has since moved in with his daughter in Tyler. The mother of three, who is "
        "living in a hotel paid for by her insurer, called the claims process “a second "
        "disaster” and said she had filed the same paperwork twice.",
    )
    assert one(quotes, "a second disaster").speaker == "Jessica Tran"


def test_her_husband_when_she_is_named_in_his_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Wendy and Roger Blaylock have fostered 63 children since 1994.",
        "'Wendy does the hard bit. I do the school run,' said her husband, who is 70.",
    )
    assert one(quotes, "Wendy does the hard bit. I do the school run,").speaker == (
        "Roger Blaylock"
    )


def test_junior_of_a_father_and_son(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jockey Sean Carberry rode his first Cheltenham winner on Friday, 31 years after his "
        "father, Paddy Carberry, won the Gold Cup on the same course.",
        "'Dad rang me this morning,' Carberry junior said.",
    )
    assert one(quotes, "Dad rang me this morning,").speaker == "Sean Carberry"


def test_the_one_asked_is_not_the_asker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marion Pryce, the second defendant, gave evidence on Thursday. Her husband, Gordon, "
        "is expected to give evidence next week.",
        "Asked by Mr Pryce's barrister, Oliver Tennant, whether she had ever questioned the "
        "transfers, she paused. 'I trusted him,' she said.",
    )
    assert one(quotes, "I trusted him,").speaker == "Marion Pryce"


def test_a_name_first_given_to_a_scheme_is_no_one() -> None:
    cast = build_cast(
        "Mr. Hemant Raghuvanshi called the verdict a mandate, a reference to the Mahila Samman "
        "Nidhi scheme under which women receive a grant. “My wife got the Samman Nidhi money "
        "every month,” Ramesh said.",
        {},
    )
    people = {e.name for e in cast.entities.values() if e.kind == "person"}
    assert "Hemant Raghuvanshi" in people
    assert not {"Mahila Samman Nidhi", "Samman Nidhi"} & people


def test_a_bill_named_for_someone_already_named_is_still_them(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Senator Bernie Sanders spoke on Monday. The Bernie Sanders bill would cap rents.",
        "“It is overdue,” he said.",
    )
    assert one(quotes, "It is overdue,").speaker == "Bernie Sanders"

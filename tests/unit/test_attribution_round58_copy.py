"""Session fifty-six, first round: a seat before a member's letters, a title before an Arabic
surname, sources kept anonymous, views held "of" someone, a second clause's role "for" a body,
"told parliament", bylines after a column's name, Malaysian styles between an office and a
name, a role "in the case", a role of a country's body, lists of fields, "the question came
from", "a simple pitch", statements read on someone's behalf, a country's office in the lede,
and bodies named in Spanish or by their holder's office."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported


def test_a_seat_before_a_members_letters_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "‘The loans have become a debt trap,’ said Nandi Hills MCA Mercy Chepkoech Rotich during "
        "the debate.",
        "Kisumu East MP Fred Ouma Nyang'au told a funds drive that the constituency had received "
        "no bursary money since January.",
        "“Parents come to my office every morning,” he said.",
    )
    assert one(quotes, "The loans have become a debt trap,").speaker == "Mercy Chepkoech Rotich"
    assert one(quotes, "Parents come to my office every morning,").speaker == "Fred Ouma Nyang'au"


def test_a_title_before_an_arabic_surname_with_its_article(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Noor al-Khatib, a lawyer representing families of the detained, has filed 212 "
        "petitions with the military court since March.",
        "“Not one has been answered,” Ms. al-Khatib said.",
    )
    assert one(quotes, "Not one has been answered,").speaker == "Noor al-Khatib"


def test_sources_kept_anonymous_are_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A Western diplomat who attended the session described the mood as grim. “Nobody in "
        "that room believes the deadline is real,” the diplomat said, speaking on condition of "
        "anonymity because the talks were private.",
        "The council's president for the month, Ambassador Teodora Vasilescu-Marin of Dravia, "
        "said members would meet again on Thursday.",
        "Several teachers at Corentyne Secondary School, who spoke on condition of anonymity, "
        "said the principal had ignored complaints about the laboratory.",
    )
    assert one(quotes, "Nobody in that room believes the deadline is real,").speaker is None
    teachers = [q for q in quotes if q.text.startswith("the principal had ignored")]
    assert [q.speaker for q in teachers] == [None]


def test_a_view_held_of_someone(make_article: Make) -> None:
    reports = reported(
        make_article,
        "It is the view of criminologist Jonathan Mbatha, of the University of Castlemead, that "
        "short prison sentences do more harm than good.",
        "The assessment of the Centre for Strategic Studies in Velgrad is that the separatists "
        "have lost a third of their armour.",
    )
    speakers = dict(reports)
    assert speakers["short prison sentences do more harm than good."] == "Jonathan Mbatha"
    assert speakers["the separatists have lost a third of their armour."] == (
        "Centre for Strategic Studies"
    )


def test_a_pronoun_owned_view_is_named_as_the_possessive(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Daniel Okafor-Reyes is an economist at the Harbour Institute.",
        "His view is that the levy will push prices up.",
    )
    view = one(quotes, "the levy will push prices up.")
    assert (view.speaker, view.mention) == ("Daniel Okafor-Reyes", "his")


def test_a_second_clauses_role_for_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Annette Parrish called the ruling “a gift to polluters,” while the attorney for "
        "the plaintiffs, Jonah Leibowitz, said it was “long overdue.”",
    )
    assert one(quotes, "a gift to polluters,").speaker == "Annette Parrish"
    assert one(quotes, "long overdue.").speaker == "Jonah Leibowitz"


def test_a_tail_that_told_parliament(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The budget deficit will narrow to 2.3 percent of output next year, Finance Minister "
        "Agustina Wibisono told parliament on Tuesday.",
    )
    speakers = dict(reports)
    assert speakers["The budget deficit will narrow to 2.3 percent of output next year"] == (
        "Agustina Wibisono"
    )


def test_bylines_after_a_columns_name_and_with_a_comma_below(make_article: Make) -> None:
    quotes = found(
        make_article,
        "MARKET WATCH | By Clarissa Ng",
        "I asked the chief executive whether the dividend was safe. “Ask me again in a year,” "
        "he said.",
        "“That sounds like a no,” I said. He did not disagree.",
    )
    assert one(quotes, "That sounds like a no,").speaker == "Clarissa Ng"
    quotes = found(
        make_article,
        "By Radu Ștefănescu-Moldovan",
        "The minister asked whether I believed the opposition would accept the result.",
        "“I believe they will accept it if the count is public,” I said.",
    )
    assert one(quotes, "I believe they will accept it if the count is public,").speaker == (
        "Radu Ștefănescu-Moldovan"
    )


def test_a_malaysian_style_between_an_office_and_a_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputy Finance Minister Datuk Chan Mei Foong fielded questions from backbenchers on the "
        "e-invoicing rollout yesterday.",
        "“Small businesses will be exempt,” the deputy minister said.",
    )
    assert one(quotes, "Small businesses will be exempt,").speaker == "Chan Mei Foong"


def test_a_role_in_the_case_before_a_detectives_rank(make_article: Make) -> None:
    quotes = found(
        make_article,
        "By a quirk, the lead detective in the case, Detective Sgt. Paul Greene, shares a "
        "surname with the defendant, Marcus Greene, 26, though the two are not related.",
        "Taking the stand Wednesday, he described finding the gun in a storm drain. “It had been "
        "wiped, but not well enough,” the detective said.",
    )
    assert one(quotes, "It had been wiped, but not well enough,").speaker == "Paul Greene"


def test_a_role_of_a_body_after_its_countrys_possessive(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Turnout was 61.4 percent, the highest since independence,” said the deputy chairman "
        "of Dravia's Central Election Commission, Miroslav Janković-Tošić, reading from a "
        "prepared statement.",
    )
    assert one(quotes, "Turnout was 61.4 percent, the highest since independence,").speaker == (
        "Miroslav Janković-Tošić"
    )


def test_offices_with_a_list_of_fields_or_a_place_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"Mash is not just a parade," Minister of Culture, Youth and Sport Rosanna Bollers said '
        "at the launch in Georgetown.",
        '"Service is not a title," Custos Rotulorum of St Ann, the Honourable Beverley '
        "Chin-Fatt, told the new Justices of the Peace.",
    )
    assert one(quotes, "Mash is not just a parade,").speaker == "Rosanna Bollers"
    assert one(quotes, "Service is not a title,").speaker == "Beverley Chin-Fatt"


def test_a_question_that_came_from_a_role_and_its_holder(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"How many more must die before the ministry puts up a single speed hump?"',
        "The question came from the Member for Tati East, Hon. Boitumelo Kgari, during the "
        "Committee of Supply on Tuesday.",
    )
    speaker = one(quotes, "How many more must die before the ministry puts up a single speed hump?")
    assert speaker.speaker == "Boitumelo Kgari"


def test_a_pitch_before_a_colon_and_a_statement_read_on_ones_behalf(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Coun. Pietro Santangelo, who moved the motion, had a simple pitch for his colleagues: "
        "“People in Montreal eat outside in February.”",
        "Former county treasurer Lyle Dempsey did not speak at his sentencing Monday.",
        "Instead, his attorney, Ramona Vickers, read a statement on his behalf: “I betrayed the "
        "trust of people who counted on me.”",
    )
    assert one(quotes, "People in Montreal eat outside in February.").speaker == (
        "Pietro Santangelo"
    )
    assert one(quotes, "I betrayed the trust of people who counted on me.").speaker == (
        "Lyle Dempsey"
    )


def test_a_countrys_office_in_the_lede_is_the_holder_named_next(make_article: Make) -> None:
    reports = reported(
        make_article,
        "Ontario's Minister of Long-Term Care has denied that his office interfered in an "
        "inspection of a Scarborough nursing home.",
        "Minister Raymond Tsang-Holloway made the denial in Question Period on Wednesday after "
        "NDP MPP Farah Siddiqui tabled emails.",
    )
    speakers = dict(reports)
    assert speakers["his office interfered in an inspection of a Scarborough nursing home."] == (
        "Raymond Tsang-Holloway"
    )


def test_bodies_named_in_spanish_or_by_their_holders_office(make_article: Make) -> None:
    reports = reported(
        make_article,
        "The opposition coalition Alianza Ciudadana por la Democracia said on Thursday that it "
        "had collected evidence of irregularities at 1,200 polling stations.",
        "According to an indictment filed by the Special Prosecutor's Office for Electoral "
        "Crimes, the former mayor paid at least 300 voters to photograph their ballots.",
    )
    speakers = dict(reports)
    assert (
        speakers["it had collected evidence of irregularities at 1,200 polling stations."]
        == "Alianza Ciudadana por la Democracia"
    )
    assert speakers["the former mayor paid at least 300 voters to photograph their ballots."] == (
        "Special Prosecutor's Office for Electoral Crimes"
    )


def test_a_bodys_official_kept_anonymous_speaks_for_the_body(make_article: Make) -> None:
    reports = reported(
        make_article,
        "A spokeswoman for Tillery County, who asked not to be named in keeping with county "
        "policy, said the commission would cooperate with any outside review.",
        "Two court officials, who spoke on condition of anonymity, said the justices had been "
        "divided for months.",
    )
    speakers = dict(reports)
    assert speakers["the commission would cooperate with any outside review."] == "Tillery County"
    assert speakers["the justices had been divided for months."] is None


def test_an_office_addressed_or_a_seats_member_is_no_one(make_article: Make) -> None:
    quotes = found(
        make_article,
        "KIAMBU — A Kiambu MCA has accused the county’s health department of diverting drugs "
        "meant for hospitals to private chemists.",
        "Conservative MP Greg Tompkins-Yeo had a pointed question for the prime minister.",
        "“Mr. Speaker, the prime minister promised to balance the budget. He said, and I quote, "
        "‘The budget will balance itself.’ When will that happen?” Tompkins-Yeo asked.",
    )
    accused = [q for q in quotes if q.text.startswith("the county’s health department")]
    assert all(q.speaker is None for q in accused)
    assert one(quotes, "The budget will balance itself.").speaker != "Speaker"

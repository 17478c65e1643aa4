"""Session forty-five: days as given names ("Sunday Okonkwo"), papers named after a day ("The
Sunday Echo"), and a short time phrase with no comma before "the" and its noun ("On Friday the
minister said that …")."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_day_as_a_given_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The club’s captain, Sunday Okonkwo, 29, said the pitch had been “a disgrace” all season.",
        "“We cannot play on this,” Okonkwo said.",
        "Friday Adeyemi, the coach, said: “We will appeal.”",
    )
    assert one(quotes, "We cannot play on this,").speaker == "Sunday Okonkwo"
    assert one(quotes, "We will appeal.").speaker == "Friday Adeyemi"


def test_a_day_before_a_name_stays_a_date(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Tom Ellis is the club’s chairman.",
        "Officials said Monday Ellis would resign before the season ended.",
        "Sunday Masses will continue as normal, he said.",
    )
    assert report_opening(quotes, "Ellis would resign").speaker != "Monday Ellis"
    assert all(quote.speaker != "Sunday Masses" for quote in quotes)


def test_a_paper_named_after_a_day(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Marcus Tiernan posted on Sunday that he would not sell.",
        "The Sunday Ledger reported that Haverline Group had made an approach worth $4bn.",
        "The Monday Herald said the club would fold within the year.",
    )
    assert report_opening(quotes, "Haverline Group had made").speaker == "Sunday Ledger"
    assert report_opening(quotes, "the club would fold").speaker == "Monday Herald"


def test_a_time_phrase_with_no_comma_before_the_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Halden Council met on Monday. Tom Ellis, the sports minister, attended.",
        "In March the council warned that the club would fold within weeks.",
        "On Friday the minister said the club would be rescued by a new owner.",
        "Last week the Marlowe Gazette reported that the club had debts of £2m.",
    )
    assert report_opening(quotes, "the club would fold").speaker == "Halden Council"
    assert report_opening(quotes, "the club would be rescued").speaker == "Tom Ellis"
    assert report_opening(quotes, "the club had debts").speaker == "Marlowe Gazette"


def test_thai_and_cambodian_styles_before_the_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Pol Gen Surasak Thongdee, the deputy commissioner, said officers would be stationed at "
        "six junctions.",
        "“We ask motorists to leave home early,” Pol Gen Surasak said.",
        "“Our farmers lose a third of the harvest,” said Oknha Ly Sokheng.",
        "Samdech Men Sovannara told a gathering: “We are not in a hurry.”",
    )
    assert one(quotes, "We ask motorists to leave home early,").speaker == "Surasak Thongdee"
    assert one(quotes, "Our farmers lose a third of the harvest,").speaker == "Ly Sokheng"
    assert one(quotes, "We are not in a hurry.").speaker == "Men Sovannara"


def test_an_office_of_two_fields_joined_by_and(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of Industry and Trade Dang Quoc Hung on Thursday ordered distributors to keep "
        "every outlet open.",
        "“Any distributor that stops selling will have its licence reviewed,” the minister said.",
        "Deputy Minister of Education and Training Hoang Minh Duc said that schools would no "
        "longer collect fees for extra classes.",
    )
    speaker = one(
        quotes, "Any distributor that stops selling will have its licence reviewed,"
    ).speaker
    assert speaker == "Dang Quoc Hung"
    assert report_opening(quotes, "schools would no longer").speaker == "Hoang Minh Duc"


def test_in_the_words_of_after_a_partial(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The signing marks “a turning point for agricultural exports”, in the words of Nguyen "
        "Thi Thanh Mai, director general of the department.",
    )
    partial = one(quotes, "a turning point for agricultural exports")
    assert partial.speaker == "Nguyen Thi Thanh Mai"
    assert "in the words of" in partial.reason


def test_a_trade_before_the_name_and_a_hyphened_acronym(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Programmer Hyacinth Obuya called the line-up “a record, and frankly overdue.”",
        "The Pan-Meridian Space Administration (PMSA) has postponed the launch by a week.",
        "“A sensor returned an out-of-family reading,” a PMSA spokesperson said.",
    )
    assert one(quotes, "a record, and frankly overdue.").speaker == "Hyacinth Obuya"
    speaker = one(quotes, "A sensor returned an out-of-family reading,").speaker
    assert speaker == "Pan-Meridian Space Administration"


def test_a_bancorp_is_the_bank(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Wilhelmina Strand has led Baltic Bancorp for six years.",
        "On Monday the bank announced it would buy rival Sundsvik Bank for €2.3 billion.",
    )
    assert report_opening(quotes, "it would buy rival Sundsvik").speaker == "Baltic Bancorp"


def test_a_suffix_tells_father_from_son(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Willie Dorsett Jr. made his debut, 29 years after his father, Willie Dorsett Sr., "
        "threw his last pitch.",
        "“I told him to breathe and throw strikes,” Dorsett Sr. said.",
        "“I was shaking on the first pitch,” Dorsett Jr. said.",
    )
    father = one(quotes, "I told him to breathe and throw strikes,").speaker or ""
    son = one(quotes, "I was shaking on the first pitch,").speaker or ""
    assert (father.rstrip("."), son.rstrip(".")) == ("Willie Dorsett Sr", "Willie Dorsett Jr")


def test_that_was_how_a_player_explained_and_a_blunt_beat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“There’s no magic to it. You just keep shooting.”",
        "That was how Lakeport Comets guard Andre Pinnock explained breaking out of a slump.",
        "Cedar Point Clippers left fielder Trey Huddleston was blunt when asked about the road "
        "trip. “We stunk. There’s no other way to say it.”",
    )
    shooting = one(quotes, "There’s no magic to it. You just keep shooting.")
    assert shooting.speaker == "Andre Pinnock"
    assert one(quotes, "We stunk. There’s no other way to say it.").speaker == "Trey Huddleston"


def test_a_documents_update_and_a_lead_author_with_colleagues(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The rover’s wheel has developed a second crack, according to a mission update from the "
        "Aldmark Space Agency, though engineers believe it can still drive.",
        "Drivers have switched to a gentler route across the crater floor, the update said.",
        "Crater counts suggest the surface is “far younger than any model had permitted,” lead "
        "author Saskia ten Hove and her colleagues wrote in the journal.",
    )
    assert report_opening(quotes, "The rover’s wheel has").speaker == "Aldmark Space Agency"
    assert report_opening(quotes, "Drivers have switched").speaker == "Aldmark Space Agency"
    assert one(quotes, "far younger than any model had permitted,").speaker == "Saskia ten Hove"


def test_radioed_from_orbit(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“Kestrel Control, we have a visual on the capsule,” station commander Stefan Lindqvist "
        "radioed from orbit.",
    )
    assert (
        one(quotes, "Kestrel Control, we have a visual on the capsule,").speaker
        == "Stefan Lindqvist"
    )


def test_a_name_used_as_a_modifier_is_no_ones(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Deputy mayor Kadri Mets said the Rail Baltica terminal plan was dead in its current form.",
        "“We will not sign a contract that doubles the cost,” she added.",
    )
    assert (
        one(quotes, "We will not sign a contract that doubles the cost,").speaker != "Rail Baltica"
    )

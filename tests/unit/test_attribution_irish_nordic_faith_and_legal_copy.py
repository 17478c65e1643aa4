"""Irish, Nordic, faith and legal copy: "according to news agency Ritzau" carrying someone's own
report, "Ms Nic an tSaoi", "Insp Kelly" of two Kellys, "the Cathaoirleach", a farmer introduced
by trade after an opening quote, "according to X, manager of …, who said", "the Ven." and "the
Rev." after "according to", synods and synagogues as bodies, "As Imam X told the gathering", a
complaint filed by "X Inc.", a firm's name without "LLP", "the sheriff's office", "a report
issued Thursday by"."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_an_agency_carrying_a_ministers_promise(make_article: Make) -> None:
    quotes = found(
        make_article,
        'Denmark\'s food minister, Mette Kjeldgaard, has promised an "unsparing review" of the '
        "outbreak, according to news agency Ritzau.",
        "According to news agency Ritzau, the municipality's head of schools, Mikkel Sandvad, "
        "said the trial would run for two years.",
    )
    assert one(quotes, "unsparing review").speaker == "Mette Kjeldgaard"
    assert report_opening(quotes, "the trial would run").speaker == "Mikkel Sandvad"


def test_an_agency_alone_is_still_the_source(make_article: Make) -> None:
    quotes = found(
        make_article, "Two people died in the storm overnight, according to news agency Ritzau."
    )
    assert report_opening(quotes, "Two people died").speaker == "Ritzau"


def test_an_irish_surname_with_its_article_and_mutation(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A teacher at Coláiste Ros Dubh, Aoife Nic an tSaoi, has won a national award.",
        "“Students are now arguing over who gets to interview the seanchaí,” Ms Nic an tSaoi said.",
    )
    quote = one(quotes, "Students are now arguing over who gets to interview the seanchaí,")
    assert quote.speaker == "Aoife Nic an tSaoi"


def test_an_abbreviated_title_tells_apart_two_people_sharing_a_surname(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "Cllr Joe Brennan and Inspector Marian Brennan, who are not related, met on Monday.",
        '"Patrols have not been cut," Insp Brennan replied.',
    )
    assert one(quotes, "Patrols have not been cut,").speaker == "Marian Brennan"


def test_the_cathaoirleach_is_the_chair_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The proposal was brought by the Cathaoirleach, Cllr Tadhg Ó Flannabhra, who said he had "
        "received dozens of letters.",
        "“Naming a bridge after her is the least we can do,” the Cathaoirleach said.",
    )
    assert one(quotes, "Naming a bridge after her is the least we can do,").speaker == (
        "Tadhg Ó Flannabhra"
    )


def test_an_opening_quote_then_its_speaker_introduced_by_trade(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“We had the driest May I can remember and the wettest June.”",
        "Ballymahon beef farmer Ruairí Ó Duibhir was speaking at a climate workshop on Wednesday "
        "night.",
    )
    assert one(quotes, "We had the driest May I can remember and the wettest June.").speaker == (
        "Ruairí Ó Duibhir"
    )


def test_according_to_a_name_and_a_bare_role_who_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A new enterprise centre will create 40 jobs, according to Nuala Ní Ghadhra, manager of "
        "the local co-operative, who said that three companies had signed letters of intent.",
    )
    assert report_opening(quotes, "three companies had signed").speaker == "Nuala Ní Ghadhra"


def test_a_body_with_its_day_then_which_said(make_article: Make) -> None:
    quotes = found(
        make_article,
        "At least 14 people died in landslides in the upper valleys, according to a statement "
        "issued by the Hill Districts Disaster Management Cell on Sunday, which said that the "
        "road to the valley would remain closed for at least three days.",
    )
    assert report_opening(quotes, "the road to the valley").speaker == (
        "Hill Districts Disaster Management Cell"
    )


def test_the_ven_ends_no_sentence(make_article: Make) -> None:
    quotes = found(
        make_article,
        "'We can't heat an empty nave on goodwill,' said the Ven. Julian Okafor-Bright, the "
        "Archdeacon of Saltash Moor.",
    )
    assert one(quotes, "We can't heat an empty nave on goodwill,").speaker == (
        "Julian Okafor-Bright"
    )


def test_according_to_the_rev_after_a_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        '"The increase is real, but it is fragile," according to the Rev. Dr. Hannah Lowrie, the '
        "diocesan research officer.",
    )
    assert one(quotes, "The increase is real, but it is fragile,").speaker == "Hannah Lowrie"


def test_a_synod_and_a_bishops_conference_speak_as_bodies(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Marchbank Diocesan Synod voted on Saturday for a net zero target. In a statement, "
        "the synod said it would ask every parish to publish a carbon audit.",
        "The Catholic Bishops' Conference of Norvania said on Monday that the bill would leave "
        "patients under pressure.",
    )
    assert report_opening(quotes, "it would ask every parish").speaker == (
        "Marchbank Diocesan Synod"
    )
    assert report_opening(quotes, "the bill would leave").speaker == (
        "Catholic Bishops' Conference of Norvania"
    )


def test_a_rabbi_of_a_synagogue_in_lower_case(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rabbi Avraham Leibman of the Kehillat Yeshurun synagogue in Bellmont insisted at a "
        "community meeting on Wednesday that the synagogue would not hire armed guards.",
    )
    assert report_opening(quotes, "the synagogue would not hire").speaker == "Avraham Leibman"


def test_as_an_imam_told_the_gathering(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As Imam Tahir Mahmood Rizvi told the gathering at the mosque on Saturday evening, the "
        "mosque had paid off its mortgage twelve years early.",
    )
    assert report_opening(quotes, "the mosque had paid off").speaker == "Tahir Mahmood Rizvi"


def test_the_complaint_of_a_plaintiff_with_its_legal_form(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brightwell Foods Inc. has sued its former supplier, Lanmoor Container Corp., in federal "
        "court.",
        "The complaint alleges that Lanmoor knew for months that the trays were weak.",
    )
    assert report_opening(quotes, "Lanmoor knew").speaker == "Brightwell Foods Inc"


def test_a_firm_named_without_its_legal_form(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Crandall Ivers LLP has laid off about 40 members of its staff.",
        "“These decisions were difficult,” a spokesperson for Crandall Ivers said on Tuesday.",
    )
    assert one(quotes, "These decisions were difficult,").speaker == "Crandall Ivers LLP"


def test_a_spokesperson_for_the_sheriffs_office(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A federal judge has ordered the Tamworth County Sheriff's Office to stop the practice.",
        "“We are reviewing the ruling,” a spokesperson for the sheriff's office said on Tuesday.",
    )
    assert one(quotes, "We are reviewing the ruling,").speaker == "Tamworth County Sheriff's Office"


def test_a_report_issued_on_a_day_by_a_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report issued Thursday by the Ardenne State Bar found that one in four young lawyers "
        "had considered leaving the profession.",
    )
    assert report_opening(quotes, "one in four young lawyers").speaker == "Ardenne State Bar"

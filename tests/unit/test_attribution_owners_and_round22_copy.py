"""Session forty-one: a titled owner before an appositive name, and the copy of round 22's blind
suites (property pages, fact checks, the Levant press, radio write-ups, Hong Kong and Taiwan,
the wildlife desk)."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_titled_owners_aide_named_in_apposition_speaks(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Marcus Ellery’s pollster, Russell Danner, said the numbers had moved since June.",
        "“We are up six points,” Danner said.",
    )
    assert report_opening(quotes, "the numbers had moved").speaker == "Russell Danner"
    assert one(quotes, "We are up six points,").speaker == "Russell Danner"


def test_the_titled_owner_still_speaks_for_himself(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gov. Marcus Ellery’s office said the numbers had moved since June.",
        "Gov. Marcus Ellery said the race was close.",
    )
    assert report_opening(quotes, "the race was close").speaker == "Marcus Ellery"


def test_a_firm_named_after_its_founder_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Agent Philippa Dunmore of Dunmore Rural said the price had been cut twice. ‘The "
        "vendors were advised to start lower,’ she said.",
        "As Imogen Sallis of buying agency Sallis Crewe put it: “Cash buyers don’t care.”",
    )
    assert one(quotes, "The vendors were advised to start lower,").speaker == "Philippa Dunmore"
    assert one(quotes, "Cash buyers don’t care.").speaker == "Imogen Sallis"


def test_who_after_a_role_and_its_body_is_the_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Auction clearance rates in Wattlefield fell to 58% last weekend, according to Darren "
        "Kovac, head of auctions at Kovac & Lisle, who said buyers had become “much more "
        "cautious” since the rise.",
    )
    assert report_opening(quotes, "buyers had become").speaker == "Darren Kovac"


def test_an_opening_participles_phrase_is_no_subject(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Governor Volkan Sezer presented the report, flanked by his deputy, Ebru Tanrıverdi.",
        "Answering questions from reporters, she said the bank expected inflation to fall.",
    )
    assert report_opening(quotes, "the bank expected").speaker == "Ebru Tanrıverdi"


def test_a_knesset_member_and_a_bloc_mp(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sheikh Jamal Abu Khalil hosted the meeting, attended by his brother, MK Ahmad Abu Khalil.",
        "“It is washed with coffee,” the sheikh said. The MK, for his part, said the government "
        "had abandoned the Negev.",
        "“Ministers buy new cars,” Reform and Renewal bloc MP Khaled Abu Khalil said.",
    )
    assert report_opening(quotes, "the government had").speaker == "Ahmad Abu Khalil"
    assert one(quotes, "Ministers buy new cars,").speaker == "Khaled Abu Khalil"


def test_sisters_named_with_a_possessive_surname(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Aisling and Nuala Breen’s podcast has been downloaded more than 200,000 times.",
        "“We thought maybe our cousins would listen,” Nuala said on the Morning Show.",
    )
    assert one(quotes, "We thought maybe our cousins would listen,").speaker == "Nuala Breen"


def test_they_of_the_one_just_reported_or_titled_mx(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jordan Ames-Whitley, a spokesperson for the Eastbank Tenants Union, said the rises "
        "ranged from 9% to 22%.",
        "“People are being asked to find an extra $400 a month,” they said.",
        "Mx Rowan Iqbal, who moderates the group, said the post had been removed. “It named a "
        "child,” they said.",
    )
    assert one(quotes, "People are being asked to find an extra $400 a month,").speaker == (
        "Jordan Ames-Whitley"
    )
    assert one(quotes, "It named a child,").speaker == "Rowan Iqbal"


def test_they_inside_a_quote_is_not_the_one_who_said_it(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Gareth Hollins, general secretary of the union, told the conference: 'Teachers are not "
        "asking for the moon. They are asking to be able to pay their rent.' Delegates cheered.",
    )
    assert not [q for q in quotes if q.kind.value == "indirect"]


def test_roles_given_by_an_office_for_a_place_a_predicate_and_a_programme(
    make_article: Make,
) -> None:
    quotes = found(
        make_article,
        "The chief fire officer for Wrexley, Andrea Pollitt, joined the programme.",
        "“We had sixty firefighters there,” the chief fire officer said.",
        "Dr Emeka Nwosu has been the only GP in Glenarrow for eleven years.",
        "“I’ve advertised the practice four times,” the GP told presenter Rosaleen Daly.",
        "Presenter Yvonne Marr put it to Alderman Stephen Cragg directly.",
        "“Are you saying the pool will never reopen?” the host asked.",
        "“Not this year,” presenter Declan Roe interrupted.",
    )
    assert one(quotes, "We had sixty firefighters there,").speaker == "Andrea Pollitt"
    assert one(quotes, "I’ve advertised the practice four times,").speaker == "Emeka Nwosu"
    assert one(quotes, "Are you saying the pool will never reopen?").speaker == "Yvonne Marr"
    assert one(quotes, "Not this year,").speaker == "Declan Roe"


def test_critics_including_a_named_body_are_that_body(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Critics including the Coastal Conservancy Group said the project would destroy the "
        "last natural coastline.",
    )
    assert report_opening(quotes, "the project would").speaker == "Coastal Conservancy Group"


def test_hong_kong_and_taiwan_names_and_offices(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former civil servant Philip Au Yeung Kin-man's memoir sold out within a week.",
        "“I wrote it for my grandchildren,” Au Yeung said at a book signing.",
        "Minister of the Interior Yang Shih-chung said yesterday that Taiwan would act.",
        "“Families should not be kept apart by paperwork,” the minister said.",
        "The Harbour Arts Centre will close for 18 months from July, its chairman Eugene Sham "
        "Pak-lun said on Thursday.",
    )
    assert one(quotes, "I wrote it for my grandchildren,").speaker == "Philip Au Yeung Kin-man"
    families = one(quotes, "Families should not be kept apart by paperwork,")
    assert families.speaker == "Yang Shih-chung"
    assert report_opening(quotes, "The Harbour Arts Centre").speaker == "Eugene Sham Pak-lun"


def test_the_wildlife_desks_sources(make_article: Make) -> None:
    quotes = found(
        make_article,
        "“If you want to see a river left alone, come to the meanders.”",
        "That is the pitch from Helen Garside, who manages the reserve for the Marches Trust.",
        "“I thought it was dead,” said the dog walker who found it, Jean Corby.",
        "Conservationists Ama Boateng and Peter Skelding surveyed the nests last summer.",
        "Skelding said survival had been better than expected. She called the hotel building "
        "“a slow-motion catastrophe”.",
    )
    assert one(quotes, "If you want to see a river left alone, come to the meanders.").speaker == (
        "Helen Garside"
    )
    assert one(quotes, "I thought it was dead,").speaker == "Jean Corby"
    assert one(quotes, "a slow-motion catastrophe").speaker == "Ama Boateng"


def test_a_reports_words_before_a_passive_are_the_reports(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The report, published by the Brackenfield Wildlife Trust, warned that hedgehog numbers "
        "were undergoing a “slow vanishing” driven by hedgerow loss.",
        "Many residents of Ilupeju-Odo say the ‘palliatives’ announced by the local government "
        "have yet to reach them.",
    )
    assert one(quotes, "slow vanishing").speaker == "Brackenfield Wildlife Trust"
    assert one(quotes, "palliatives").kind.value == "scare"


def test_they_after_a_reporters_call_and_not_a_groups_they(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Sasha Lindqvist-Moreau, the public defender who argued the case, was not in court.",
        "Reached by phone, they said the ruling would affect at least 600 pending cases.",
        "Bronwen Gethin and her brother inherited the farm last year. They disagree about what "
        "should happen to it.",
    )
    assert report_opening(quotes, "the ruling would affect").speaker == "Sasha Lindqvist-Moreau"
    assert all(q.speaker != "Bronwen Gethin" for q in quotes if "should happen" in q.text)


def test_a_relative_report_past_a_thousands_comma(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The rumour began with a post by Lucinda Strathearn, a wellness influencer with 800,000 "
        "followers, who wrote that raw garlic had “cured my asthma in eleven days.”",
        "Renée Castellano, the police chief of Marlow Heights, a suburb of about 60,000 people, "
        "who testified on behalf of the Association of Police Executives, said footage helped.",
    )
    assert one(quotes, "cured my asthma in eleven days.").speaker == "Lucinda Strathearn"
    assert all(q.speaker != "Marlow Heights" for q in quotes)


def test_mortgage_figures_and_a_reply_to_someone(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mortgage approvals fell to 48,200 in June, according to figures from the Association "
        "of Residential Lenders, down from 51,900 in May.",
        "‘The buffer zone is not a car park,’ deputy mayor Andreas Christodoulou said.",
        "He was responding to MP Eleni Panayiotou, who had accused the municipality of "
        "‘sleepwalking’ as parking spread.",
    )
    assert report_opening(quotes, "Mortgage approvals").speaker == (
        "Association of Residential Lenders"
    )
    assert one(quotes, "sleepwalking").speaker == "Eleni Panayiotou"


def test_the_food_pages(make_article: Make) -> None:
    quotes = found(
        make_article,
        "My guest was the novelist Perpetua Haines. She pronounced the trifle ‘faintly heroic’ "
        "and then finished mine as well.",
        "“You can have it fast or good,” said the woman behind the counter, Marguerite Olsson.",
        "Cheesemaker Hollis Abara keeps a small herd. “Cheese,” said Abara, “is just milk.”",
        "Benedetto Sarni has cooked here for fifty years. He is, by his own description, “the "
        "size of a small wardrobe”.",
        "I was told by the chef, Oskar Lindahl, that the rye is “a three-day project”.",
    )
    assert one(quotes, "faintly heroic").speaker == "Perpetua Haines"
    assert one(quotes, "You can have it fast or good,").speaker == "Marguerite Olsson"
    assert one(quotes, "is just milk.").speaker == "Hollis Abara"
    assert one(quotes, "the size of a small wardrobe").speaker == "Benedetto Sarni"
    assert one(quotes, "a three-day project").speaker == "Oskar Lindahl"


def test_the_entertainment_wire(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The singer Aurelio Banks told a crowd on Saturday that he would release a gospel album.",
        "The reality-TV personality Dax Holloway told StarBeat that he had been approached.",
        "Harbourline TV said on Tuesday it had parted ways with presenter Gus Palfrey.",
        "The duo — Jolene Tressler and her husband, Wade Tressler — have a new album. “We wrote "
        "it at the kitchen table,” Wade Tressler said. His wife added: “Which is why it’s quiet.”",
    )
    assert report_opening(quotes, "he would release").speaker == "Aurelio Banks"
    assert report_opening(quotes, "he had been approached").speaker == "Dax Holloway"
    assert report_opening(quotes, "it had parted ways").speaker == "Harbourline TV"
    assert one(quotes, "Which is why it’s quiet.").speaker == "Jolene Tressler"


def test_the_energy_and_politics_copy(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Minister of state for gas Olumide Adeyemi told reporters that gas supply would improve.",
        "Ms Beirne told reporters the tax would go ahead. An hour later Mr Declan Furlong said "
        "that nothing had been decided.",
        "Ms Yasmin Chaudhry said that was exactly what he had said last year.",
        "Gregory Lasko responded with a blizzard of promotions.",
    )
    assert report_opening(quotes, "gas supply would improve").speaker == "Olumide Adeyemi"
    assert report_opening(quotes, "nothing had been decided").speaker == "Declan Furlong"
    assert report_opening(quotes, "that was exactly what").speaker == "Yasmin Chaudhry"
    assert not [q for q in quotes if "blizzard" in q.text]


def test_named_whistleblowers_and_former_detectives(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a letter to the board, the whistleblower, a senior nurse named Rosalind Achebe, "
        "wrote: “I have raised this matter four times.”",
        "The whistleblower, a former aide named Jericho Lim, told the committee that the two men "
        "had dined together.",
        "Phillip Osei spent 22 years with the Carrick Constabulary. He kept a notebook.",
        "“Every page is a case somebody told me to drop,” the former detective said.",
    )
    assert one(quotes, "I have raised this matter four times.").speaker == "Rosalind Achebe"
    assert report_opening(quotes, "the two men had dined").speaker == "Jericho Lim"
    assert one(quotes, "Every page is a case somebody told me to drop,").speaker == "Phillip Osei"


def test_racing_teams_are_bodies_and_their_drivers_people(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Vireo Racing team principal Matthias Grünewald defended the team order.",
        "He said both drivers had agreed before the race that the faster car would be let by.",
        "Kenji Arakawa was still angry. “I’d like to see which race he was in,” the Pellworth "
        "Racing driver said.",
    )
    assert report_opening(quotes, "both drivers had agreed").speaker == "Matthias Grünewald"
    assert one(quotes, "I’d like to see which race he was in,").speaker == "Kenji Arakawa"


def test_a_message_whose_sender_writes_and_a_possessive_owner(make_article: Make) -> None:
    quotes = found(
        make_article,
        "In a WhatsApp message to a colleague at 11.42pm, Mr. Jasper Lyle wrote: “delete the "
        "group chat. all of it. now”",
        "Rehearsals for the singer Tova Reinholt’s stadium tour began in January.",
        "Reinholt, 30, has described the show as “a musical, a rave and a sermon.”",
    )
    assert one(quotes, "delete the group chat. all of it. now").speaker == "Jasper Lyle"
    assert one(quotes, "a musical, a rave and a sermon.").speaker == "Tova Reinholt"


def test_an_age_never_given_is_the_subject_a_pronoun_goes_on_with(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Glenna Harcourt has been named chief executive of Coppervale Resources, the company "
        "said. She replaces Alan Beckwith, who retired in December.",
        "“My first job is to get the expansion back on schedule,” the 58-year-old said.",
    )
    first_job = one(quotes, "My first job is to get the expansion back on schedule,")
    assert first_job.speaker == "Glenna Harcourt"

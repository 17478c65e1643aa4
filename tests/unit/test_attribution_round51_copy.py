"""Session fifty-two, round 51: Scottish, tech, Ghanaian, classical-music, Gulf and farming
copy."""

from __future__ import annotations

from attribution_helpers import Make, found, one, report_opening


def test_a_group_calling_something_inside_a_quote_is_a_term(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Local councillor Ross MacKinnon said: “For years people here have called it the "
        "‘forgotten road’, and with good reason.”",
    )
    term = one(quotes, "forgotten road")
    assert (term.kind.value, term.speaker) == ("scare", None)


def test_the_younger_of_two_by_kin_when_only_the_elder_has_an_age(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Brechin City’s new manager Gregor Lamont has appointed his father, Willie Lamont, as his "
        "assistant.",
        "“Dad has forgotten more about football than I’ll ever know,” the younger Lamont said.",
        "Willie Lamont, 67, previously managed Arbroath.",
        "The violinist Leonid Raskin, 81, and his son, the conductor Daniel Raskin, will share a "
        "stage.",
        "“My father taught me everything,” the younger Mr. Raskin said.",
    )
    assert one(quotes, "Dad has forgotten more about football than I’ll ever know,").speaker == (
        "Gregor Lamont"
    )
    assert one(quotes, "My father taught me everything,").speaker == "Daniel Raskin"


def test_offices_and_their_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Salmon farmers must do more, a minister has warned.",
        "“Consumers expect Scottish salmon to be the best,” said the Cabinet Secretary for Rural "
        "Affairs, Land Reform and Islands, Catherine Mowat.",
        "Lerwick’s new slipway has been described as ‘a game-changer’ for the town’s boatbuilders "
        "by Shetland Islands Council convener Magnus Tait.",
        "His Excellency Dr Salim Al Amri, Undersecretary for Agriculture, announced the plan.",
        "“Our aim is to replace old trees,” the Undersecretary said.",
    )
    assert one(quotes, "Consumers expect Scottish salmon to be the best,").speaker == (
        "Catherine Mowat"
    )
    assert one(quotes, "a game-changer").speaker == "Magnus Tait"
    assert one(quotes, "Our aim is to replace old trees,").speaker == "Salim Al Amri"


def test_bodies_are_no_one_a_pronoun_means(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Scottish Labour’s rural affairs spokeswoman Carol Mathieson has hit out at the outbreak.",
        "She said ministers had been asleep at the wheel.",
        "Arbroath harbour master Bruce Cargill and Angus Council’s manager Louise Burnett showed "
        "us round.",
        "Ms Burnett said the project had been delivered on time.",
        "“We can take bigger boats at low water,” he said.",
    )
    assert report_opening(quotes, "ministers had been").speaker == "Carol Mathieson"
    assert one(quotes, "We can take bigger boats at low water,").speaker == "Bruce Cargill"


def test_leads_with_asides_and_agents(make_article: Make) -> None:
    quotes = found(
        make_article,
        "According to Fraser Stephen, station officer at HM Coastguard Aberdeen, the crew’s "
        "actions were decisive: “They did everything right.”",
        "Camden Reyes called an old friend, Priyanka Desai, a partner at Oakhurst.",
        "Desai, he said, told him: “I’m not writing any checks until Christmas.”",
        "The departure was announced in a post on LinkedIn by Ophelia Grant, who had led the "
        "hardware team since 2019: “It’s time for my next chapter.”",
        "One of the first recipients, Abdullah Fahad Al Dosari, said: “We could not believe it.”",
    )
    assert one(quotes, "They did everything right.").speaker == "Fraser Stephen"
    assert one(quotes, "I’m not writing any checks until Christmas.").speaker == "Priyanka Desai"
    assert one(quotes, "It’s time for my next chapter.").speaker == "Ophelia Grant"
    assert one(quotes, "We could not believe it.").speaker == "Abdullah Fahad Al Dosari"


def test_roles_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Ottoline Mercer, a former Google executive, joined the board of Spindle.",
        "“The product is ahead of the go-to-market,” the former Google executive said.",
        "“The decision was an artistic one,” a spokesman for the Teatro Comunale di Varenna said.",
    )
    quotes += found(
        make_article,
        "Palisade Health’s chief medical officer, Dr. Hiroshi Tanabe, said the tool was reviewed.",
        "“We are not replacing clinicians,” the executive said.",
    )
    assert one(quotes, "The product is ahead of the go-to-market,").speaker == "Ottoline Mercer"
    assert one(quotes, "We are not replacing clinicians,").speaker == "Hiroshi Tanabe"
    assert one(quotes, "The decision was an artistic one,").speaker == (
        "Teatro Comunale di Varenna"
    )


def test_gulf_datelines_titles_and_residents_by_first_name(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Doha: The chairman of a Qatari shipping company has said rising insurance costs are "
        "“the new normal” for regional trade.",
        "Khalid Mohammed Al Mohannadi told Gulf Times that his company had rerouted its vessels.",
        "The exhibition was curated by Shaikha Latifa Ahmed Al Khalifa, a jewellery historian.",
        "“They trusted us with their grandmothers’ necklaces,” she said.",
        "Vikram, an Indian sales executive who has lived in the flat for nine years, said he got "
        "an email.",
        "“As if I could find a flat in a month,” he told Gulf News.",
    )
    assert one(quotes, "the new normal").speaker == "Khalid Mohammed Al Mohannadi"
    assert one(quotes, "They trusted us with their grandmothers’ necklaces,").speaker == (
        "Latifa Ahmed Al Khalifa"
    )
    assert one(quotes, "As if I could find a flat in a month,").speaker == "Vikram"


def test_two_trades_of_one_farmer_and_a_place_is_no_person(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Cumbrian dairy farmer and Nuffield scholar Anna Tweddle believes robotic milking could "
        "halve labour costs.",
        "‘You can have the best grass in the world.’",
        "That was the blunt message from Northumberland sheep farmer and Nuffield scholar Rachel "
        "Dunmore to 200 producers.",
    )
    assert report_opening(quotes, "robotic milking could").speaker == "Anna Tweddle"
    assert one(quotes, "You can have the best grass in the world.").speaker == "Rachel Dunmore"
    quotes = found(
        make_article,
        "A 23-year-old from County Fermanagh has been named Young Shepherd of the Year.",
        "Ciara McGovern, who runs 400 ewes with her father, beat 11 other finalists.",
        "‘I didn’t expect it at all,’ the 23-year-old told Farmers Guardian.",
    )
    assert one(quotes, "I didn’t expect it at all,").speaker == "Ciara McGovern"


def test_a_committee_of_several_fields(make_article: Make) -> None:
    quotes = found(
        make_article,
        "A report by the Senedd’s Economy, Trade and Rural Affairs Committee found that fewer than "
        "half of farms had a plan.",
        "On Tuesday, Justice Department officials said the inquiry would go on.",
    )
    committee = report_opening(quotes, "fewer than half")
    assert committee.speaker == "Economy, Trade and Rural Affairs Committee"
    assert report_opening(quotes, "the inquiry would").speaker != "Tuesday, Justice Department"


def test_words_named_as_someones_right_after_the_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Farmers gathered at Chinhoyi on Saturday.",
        "“We will not import maize again,” were the words of Tendai Moyo at the field day.",
    )
    assert one(quotes, "We will not import maize again,").speaker == "Tendai Moyo"

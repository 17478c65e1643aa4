"""Plain text loader: header, paragraphs, and the page junk of copied or scraped news pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.load import load_path, load_text
from reader.core.load.junk import line_junk, strip_language_switcher
from reader.core.model import Article, ParagraphKind

DATA = Path(__file__).resolve().parents[1] / "data" / "load"
BODY, HEADING, QUOTE = ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BLOCKQUOTE


def _paragraphs(article: Article) -> list[tuple[ParagraphKind, str]]:
    return [(p.kind, article.paragraph_text(p)) for p in article.paragraphs]


def _assert_consistent(article: Article) -> None:
    texts = [article.paragraph_text(p) for p in article.paragraphs]
    assert "\n\n".join(texts) == article.text
    assert [p.index for p in article.paragraphs] == list(range(len(texts)))
    for text in texts:
        assert text == " ".join(text.split())


# --- a scraped page with blank lines between blocks ---------------------------------------

SCRAPED_JUNK = [
    "Skip to content",
    "Home | World",
    "Menu",
    "Sign in",
    "Subscribe\n",
    "English",
    "Español",
    "Mira Castellane and Joel Okafor",
    "Porthaven Wire |",
    "Updated",
    "Share this story",
    "Share on Facebook",
    "Copy link",
    "Advertisement",
    "Photo:",
    "Lena Brandt",
    "newsletter",
    "inbox",
    "cookie",
    "Accept all",
    "is a reporter at",
    "Related stories",
    "Storm damage bill",
    "Fishing families fear",
    "Most read",
    "Ferry timetable",
    "Quay Street",
    "PH1 2AB",
    "+44 1234 567890",
    "©",
    "All rights reserved",
]


def test_scraped_page_header() -> None:
    article = load_path(DATA / "scraped.txt")
    assert article.title == "Harbour town votes to rebuild its sea wall"
    assert article.author == "Mira Castellane and Joel Okafor"
    assert article.published == "2026-03-03"
    assert article.source == str(DATA / "scraped.txt")


def test_scraped_page_keeps_exactly_the_article() -> None:
    article = load_path(DATA / "scraped.txt")
    assert _paragraphs(article) == [
        (
            BODY,
            "PORTHAVEN — Councillors voted on Tuesday evening to rebuild the crumbling sea wall "
            "that has protected the old harbour since 1889, ending a debate that lasted two "
            "winters.",
        ),
        (
            BODY,
            "The new wall will be two metres higher than the old one and will cost about 14 "
            "million pounds, according to a report by the regional authority.",
        ),
        (
            BODY,
            "Share prices fell at the two construction firms that had bid for the contract, "
            "after the council said it would run a fresh tender.",
        ),
        (HEADING, "A narrow majority"),
        (
            BODY,
            "The motion passed by nine votes to seven. Residents who subscribe to the council's "
            "text alerts were told of the result within minutes.",
        ),
        (
            QUOTE,
            "We have patched this wall for thirty years and every storm takes a little more of "
            "it away.",
        ),
        (BODY, "Work is expected to begin in September and to last at least three years."),
    ]
    _assert_consistent(article)


@pytest.mark.parametrize("junk", SCRAPED_JUNK)
def test_scraped_page_junk_never_reaches_the_text(junk: str) -> None:
    article = load_path(DATA / "scraped.txt")
    assert junk not in article.text


# --- a scrape that lost its blank lines: one paragraph per line -----------------------------


def test_one_paragraph_per_line_page() -> None:
    article = load_path(DATA / "scraped_lines.txt")
    assert article.title == "Night trains return to the valley line after twelve years"
    assert article.author == "Jonas Weller"
    assert article.published == "2026-03-03"
    kinds_and_starts = [(kind, text[:40]) for kind, text in _paragraphs(article)]
    assert kinds_and_starts == [
        (BODY, "The first night train in twelve years le"),
        (BODY, "Rail operator Northline said the service"),
        (BODY, "Share prices of Northline's parent compa"),
        (HEADING, "What the passengers said"),
        (BODY, '"I used to take this train to see my gra'),
        (BODY, "Passengers who subscribe to the operator"),
        (BODY, "The operator plans to add a second route"),
    ]
    _assert_consistent(article)


@pytest.mark.parametrize(
    "junk",
    [
        "The Valley Courier\n",
        "Home World",
        "Search",
        "Español",
        "Staff Writer",
        "4 min read",
        "Listen to this article",
        "Advertisement",
        "Photograph",
        "Read more",
        "newsletter",
        "is the author of",
        "More from",
        "Bridge repairs",
        "Ferry fares",
        "Copyright",
    ],
)
def test_one_paragraph_per_line_junk_is_gone(junk: str) -> None:
    assert junk not in load_path(DATA / "scraped_lines.txt").text


# --- header ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("By Jane Doe and John Roe | Reuters", "Jane Doe and John Roe"),
        ("Jane Doe, Staff Writer", "Jane Doe"),
        ("By Amara Osei, Senior Political Correspondent", "Amara Osei"),
        ("Words by Jean-Luc de la Tour for The Harbour Review", "Jean-Luc de la Tour"),
        ("By Reuters", None),
        ("By Helen Strand, Consumer Champion", "Helen Strand"),
        ("By Owen Price, Theatre Critic", "Owen Price"),
        ("Interview by Harriet Oyelowo-Grant", "Harriet Oyelowo-Grant"),
        ("By Harriet Mossop, restaurant critic", "Harriet Mossop"),
    ],
)
def test_byline_forms(byline: str, author: str | None) -> None:
    text = f"Ferry service resumes after storm\n{byline}\n\nThe ferry sailed again on Monday.\n"
    article = load_text(text, "x.txt")
    assert article.title == "Ferry service resumes after storm"
    assert article.author == author
    assert article.text == "The ferry sailed again on Monday."


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Published March 3, 2026", "2026-03-03"),
        ("Updated 14:02 GMT, 3 March 2026", "2026-03-03"),
        ("Tue 3 Mar 2026 14.02 GMT", "2026-03-03"),
        ("March 14, 2025 | Updated 6:20 p.m.", "2025-03-14"),
        ("2026-03-03", "2026-03-03"),
        ("Published: 31 February 2026", "31 February 2026"),
    ],
)
def test_date_line_forms(line: str, published: str) -> None:
    text = f"Ferry service resumes after storm\nBy Jane Doe\n{line}\n\nThe ferry sailed again.\n"
    article = load_text(text, "x.txt")
    assert article.published == published
    assert article.text == "The ferry sailed again."


def test_a_breaking_news_banner_above_the_title_is_not_the_body() -> None:
    """A banner ending in a full stop used to start the body early, so the weather strip above
    it became the title and the headline a paragraph."""
    article = load_text(
        "KXVN 7 NEWS\n71°F Ashby Ford | Hi 84° Lo 66° | 5 Weather Alerts\n"
        "BREAKING NEWS: Route 9 closed at Cane Hollow bridge. Find a detour.\n\n"
        "Flash flooding swamps Ashby Ford\n\nBy Kendra Voss\n"
        "Published: 6:42 AM CDT July 8, 2026\n\n"
        "ASHBY FORD, Mo. (KXVN) — More than five inches of rain fell overnight, flooding "
        "hundreds of homes, according to the National Weather Service.\n",
        "flood.txt",
        "text",
    )
    assert (article.title, article.author, article.published) == (
        "Flash flooding swamps Ashby Ford",
        "Kendra Voss",
        "2026-07-08",
    )
    assert article.text.startswith("ASHBY FORD, Mo.")


def test_site_name_above_the_title_is_dropped() -> None:
    text = "The Harbour Review\n\nFerry service resumes after storm\nBy Jane Doe\n\nIt sailed.\n"
    article = load_text(text, "x.txt")
    assert (article.title, article.author, article.text) == (
        "Ferry service resumes after storm",
        "Jane Doe",
        "It sailed.",
    )


@pytest.mark.parametrize("kicker", ["EXCLUSIVE", "BREAKING NEWS", "Opinion", "LIVE UPDATES"])
def test_a_kicker_between_title_and_byline_is_not_the_title(kicker: str) -> None:
    text = f"Ferry service resumes after the storm\n\n{kicker}\n\nBy Jane Doe\n\nIt sailed.\n"
    article = load_text(text, "x.txt")
    assert (article.title, article.author, article.text) == (
        "Ferry service resumes after the storm",
        "Jane Doe",
        "It sailed.",  # the label is dropped, not read as the first paragraph
    )


def test_text_without_a_title_keeps_its_first_paragraph() -> None:
    text = "The ferry sailed again on Monday, two days after the storm.\n\nIt was full.\n"
    article = load_text(text, "x.txt")
    assert article.title is None
    assert (
        article.text
        == "The ferry sailed again on Monday, two days after the storm.\n\nIt was full."
    )


def test_a_body_sentence_starting_with_by_is_not_a_byline() -> None:
    text = "Ferry news\n\nBy Tuesday, the ferry was running again.\n\nIt was full.\n"
    article = load_text(text, "x.txt")
    assert article.author is None
    assert article.text.startswith("By Tuesday, the ferry was running again.")


# --- paragraphs, headings, quotes ---------------------------------------------------------


def test_single_newlines_join_and_blank_lines_separate() -> None:
    text = "Title here\n\nOne line\nwraps  onto\tthe next.\n\n\n\nSecond paragraph.\n"
    article = load_text(text, "x.txt")
    assert article.text == "One line wraps onto the next.\n\nSecond paragraph."


def test_a_wrapped_word_that_looks_like_a_button_is_kept() -> None:
    text = (
        "Title here\n\nThe council said readers who want the alerts should\nsubscribe\n"
        "before the end of the month, when the old list closes.\n"
    )
    article = load_text(text, "x.txt")
    assert "should subscribe before the end" in article.text


def test_heading_between_paragraphs_and_blockquote() -> None:
    text = (
        "Title here\n\nFirst paragraph of the story.\n\nWhat comes next\n\n"
        "Second paragraph of the story.\n\n> Quoted words that run\n> over two lines.\n\n"
        "Last paragraph.\n"
    )
    article = load_text(text, "x.txt")
    assert _paragraphs(article) == [
        (BODY, "First paragraph of the story."),
        (HEADING, "What comes next"),
        (BODY, "Second paragraph of the story."),
        (QUOTE, "Quoted words that run over two lines."),
        (BODY, "Last paragraph."),
    ]


def test_lines_without_blank_lines_join_when_a_sentence_runs_on() -> None:
    text = (
        "Title here\nThe first paragraph is long and wraps onto\nthe next line because it was "
        "copied from a narrow column.\nThe second paragraph stands on its own line.\n"
        "So does the third.\nAnd the fourth one.\n"
    )
    article = load_text(text, "x.txt")
    assert [article.paragraph_text(p) for p in article.paragraphs] == [
        "The first paragraph is long and wraps onto the next line because it was copied from "
        "a narrow column.",
        "The second paragraph stands on its own line.",
        "So does the third.",
        "And the fourth one.",
    ]


# --- junk rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Home | World | Business",
        "News > World > Europe",
        "Home World Business Tech Science",
        "Skip to main content",
        "Menu",
        "Sign in",
        "Subscribe now",
        "Share this story",
        "Share on Facebook",
        "Share this article: Facebook Twitter Email",
        "Facebook | X | LinkedIn | Copy link",
        "Copy link",
        "Advertisement",
        "Story continues below advertisement",
        "Sign up for our newsletter to get the latest news.",
        "Get the morning briefing in your inbox",
        "We use cookies to improve your experience. By continuing you accept our policy.",
        "Accept all cookies",
        "© 2026 The Harbour Review",
        "Harbour Review Ltd. All rights reserved.",
        "Photo: Lena Brandt/Coastal Pictures",
        "The quay at dawn. Photograph: Lena Brandt/Coastal Pictures",
        "Jane Roe/Getty Images",
        "4 min read",
        "Listen to this article",
        "Follow us on Instagram",
        "Read more: Ferry fares frozen for another year",
        "Reporting by Jane Doe; Editing by John Roe",
        "12 Quay Street",
        "Porthaven PH1 2AB",
        "Springfield, IL 62701",
        "Tel: +44 1234 567890",
        "newsroom@harbour.example",
        "Contact us",
        "Have information about this story? Email newsroom@harbour.example.",
        "Got a question for the mayor? Send it to politics@harbour.example and we will put the "
        "best ones to her in our next interview.",
        "BREAKING NEWS: Route 9 closed at Cane Hollow bridge. Find a detour.",
        "Autoplay video: Drone footage shows floodwater on Front Street. (KXVN) Next video "
        "begins in 5 seconds. Cancel",
        "71°F Ashby Ford  Cloudy  |  Hi 84° Lo 66°  |  FLOOD WARNING in effect until 1 PM",
        "RELATED: Tallow County approves $2.1 million study of Verdigree levee",
        "Have photos or video of the flooding? Send them to KXVN 7 through the Near Me section of "
        "our app.",
        "PHOTO: Hannah Kowalewski breaks the tape on Founders Avenue on Sunday. (Rafael Dunning "
        "/ Lindgrove Local)",
        "Brightwell Credit Union | “Every mile counts.” Open a Goal Saver account by Oct. 31 and "
        "earn a $50 bonus. Learn more ›",
        "Get Lindgrove Local in your inbox: Sign up for The Weekender, our Friday newsletter. "
        "Subscribe",
    ],
)
def test_junk_lines(line: str) -> None:
    assert line_junk(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell sharply on Tuesday after the harbour authority said costs would rise.",
        "Readers who subscribe to the print edition will keep getting it, the editor said.",
        "Sign up for alerts, the mayor said.",
        "Subscribers pay more than anyone else, the report found.",
        "The council published an image: a wall of sandbags along the quay.",
        "A narrow majority",
        "What happens next?",
        "10 things to know about Main St",
        "Shares closed at 12500",
        "Copyright lawyers said the ruling would be appealed.",
        "Home owners on the quay say they were never asked.",
        "Advertising revenue fell by a third last year, the company said.",
        "Cookies and cakes were sold at the harbour fair.",
        "Got a question? Ada Smith said the answer was in the report all along.",
        "Temperatures reached 41°C in Seville on Tuesday, the weather service said.",
        "Heatwave pushes Seville to 41°C as Spain swelters",
        "Breaking the deadlock took three weeks of talks.",
        "RELATED: The council approved a $2.1 million study of the levee.",
        "Voters can learn more at the county website, the clerk said.",
        "Have pictures of the old mill? Send them to the historical society, Smith said.",
        "Have photos of your grandparents? Share them with the museum, which opens in May.",
        "Weather alert: The National Weather Service issued a flood watch for the county.",
        "Get ready for more spam in your inbox: the new rules take effect Monday.",
        "Photo: a wall of sandbags along the quay (the council) is all that stands there now.",
        "Facebook and Twitter said they would remove the posts.",
    ],
)
def test_real_lines_are_not_junk(line: str) -> None:
    assert line_junk(line) is None


def test_language_switcher_run_into_text_is_stripped() -> None:
    assert strip_language_switcher("EnglishEspañolFrançaisThe city council met.") == (
        "The city council met."
    )
    assert strip_language_switcher("English | Español | Français") == ""
    assert strip_language_switcher("English Heritage said no.") == "English Heritage said no."
    assert strip_language_switcher("EnglishDeutsche Bank") == "EnglishDeutsche Bank"


def test_language_switcher_before_a_body_line_keeps_the_body() -> None:
    text = (
        "Ferry service resumes\n\nEnglishEspañolFrançaisThe ferry sailed again on Monday.\n\n"
        "It was full.\n"
    )
    article = load_text(text, "x.txt")
    assert article.text == "The ferry sailed again on Monday.\n\nIt was full."


def test_author_bio_is_removed_only_for_the_byline_author_near_the_end() -> None:
    body = "\n\n".join(f"Paragraph number {n} of the story, long enough to read." for n in range(6))
    text = (
        "Ferry service resumes\nBy Jane Doe\n\n"
        "Amara Osei is a former trade envoy who now runs the ferry company.\n\n"
        f"{body}\n\nJane Doe is a reporter at the Harbour Review.\n"
    )
    article = load_text(text, "x.txt")
    assert "Jane Doe is a reporter" not in article.text
    assert "Amara Osei is a former trade envoy" in article.text
    without_byline = load_text(text.replace("By Jane Doe\n", ""), "x.txt")
    assert "Jane Doe is a reporter at the Harbour Review." in without_byline.text


def test_mid_article_related_box_loses_only_its_headlines() -> None:
    body = [
        f"Paragraph {n} of the story runs on for a while before it ends here." for n in range(5)
    ]
    text = (
        f"Ferry service resumes\n\n{body[0]}\n\n{body[1]}\n\nRead more\n"
        "Ferry fares frozen for another year\nBridge repairs close the ring road\n\n"
        f"{body[2]}\n\n{body[3]}\n\n{body[4]}\n"
    )
    article = load_text(text, "x.txt")
    assert [article.paragraph_text(p) for p in article.paragraphs] == body


def test_address_block_is_removed_with_its_name_line() -> None:
    text = (
        "Ferry service resumes\n\nThe ferry sailed again on Monday.\n\n"
        "The Harbour Review\n12 Quay Street\nPorthaven PH1 2AB\nTel: +44 1234 567890\n\n"
        "It was full, the operator said on Tuesday.\n"
    )
    article = load_text(text, "x.txt")
    assert article.text == (
        "The ferry sailed again on Monday.\n\nIt was full, the operator said on Tuesday."
    )


def test_readers_comments_under_a_scraped_article_are_dropped() -> None:
    text = "\n\n".join(
        [
            "Fire guts furniture plant",
            "By Colette Saunders",
            *(f"Paragraph {i} of the story says something about the fire." for i in range(6)),
            "Comments (37)\nJoAnnR_1962 · 2 hours ago\nPrayers for everyone on second shift.",
            "tamsett_lifer · 1 hour ago\n“An isolated incident.” Sure.",
        ]
    )
    article = load_text(text, "fire.txt", "text")
    assert "Prayers" not in article.text and "isolated" not in article.text
    assert "Paragraph 5 of the story" in article.text


def test_a_comments_heading_early_in_the_page_cuts_nothing() -> None:
    text = "\n\n".join(
        [
            "Council row deepens",
            "Comments (3)",
            *(f"Paragraph {i} of the story says something about the council." for i in range(6)),
        ]
    )
    article = load_text(text, "row.txt", "text")
    assert "Paragraph 5 of the story" in article.text


def test_a_trending_list_at_the_foot_is_dropped() -> None:
    article = load_text(
        "Flood waters recede in Ashby Ford\n\n"
        "The river fell below flood stage on Thursday evening, the weather service said, and "
        "crews began clearing the roads that had been closed for two days.\n\n"
        "Residents returned to Mill Street to find mud on every floor, and the town opened "
        "its community centre to anyone who needed a bed.\n\n"
        "TRENDING ON KXVN7.COM\n"
        "Carver City council delays vote on downtown parking garage\n"
        "Tallow County fair announces 2026 grandstand lineup\n",
        "flood.txt",
        "text",
    )
    assert "TRENDING" not in article.text and "grandstand" not in article.text
    assert article.text.endswith("anyone who needed a bed.")

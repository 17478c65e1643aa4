"""Cases a review of the sixth session's rules found them getting wrong (2026-12-01): each
passed before those rules, or named no one, and must be right with them."""

from __future__ import annotations

from attribution_helpers import Make, found, one, reported

from reader.core.load import load_text
from reader.core.model import ParagraphKind, QuoteKind
from reader.core.pipeline import analyse


def test_the_officials_are_the_body_named_just_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Ministry of Health confirmed 14 new cases on Sunday.",
        "“The situation is under control,” the officials said at a briefing in Wellington.",
    )
    assert one(quotes, "The situation is under control,").speaker == "Ministry of Health"


def test_a_study_s_researchers_are_its_lead_author_not_the_university(make_article: Make) -> None:
    article = (
        "Researchers at the University of Oxford found that the drug cut relapse rates by a third.",
        "“This is the first time we have seen an effect this large,” said Dr. Amir Patel, the "
        "study's lead author.",
        "The researchers cautioned that the trial was small.",
    )
    assert ("the trial was small.", "Amir Patel") in reported(make_article, *article)


def test_a_firm_s_name_runs_over_of_and_stops_at_a_full_stop(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Economists at the Institute for Fiscal Studies said the cuts would fall on the poorest.",
        "“This is a regressive budget,” the economists said.",
        "Sterling fell, according to analysts at Barclays. Sterling has now lost 4% this month.",
        "“The currency is pricing in a recession,” the analysts wrote in a note.",
    )
    assert one(quotes, "This is a regressive budget,").speaker == "Institute for Fiscal Studies"
    assert one(quotes, "The currency is pricing in a recession,").speaker == "Barclays"


def test_dean_before_the_surname_of_someone_named_is_her_title(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Dr. Helen Marsh, the dean of the medical school, defended the decision. “The "
        "accreditation body left us no room,” said Dean Marsh.",
    )
    assert one(quotes, "The accreditation body left us no room,").speaker == "Helen Marsh"


def test_a_body_and_a_minister_are_both(make_article: Make) -> None:
    article = ("The BMA and Health Secretary Wes Streeting said talks would resume next week.",)
    assert reported(make_article, *article) == [
        ("talks would resume next week.", "BMA and Wes Streeting")
    ]


def test_a_lead_in_names_the_poster_before_an_account_with_initials(make_article: Make) -> None:
    article = make_article(
        "The Justice Department declined to comment.",
        "Vice President JD Vance responded within the hour, writing on X:",
        "This is a disgrace and somebody at Justice needs to be fired.",
        "— JD Vance (@JDVance) March 3, 2026",
        kinds={2: ParagraphKind.BLOCKQUOTE, 3: ParagraphKind.BLOCKQUOTE},
    )
    [post] = [q for q in analyse(article).quotes if q.kind is QuoteKind.BLOCK]
    assert post.speaker is not None and post.speaker.endswith("Vance")  # not the department


def test_an_office_with_no_holder_named_is_the_body_named_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The Kings County Medical Examiner's Office identified the victim as Leon Hart, 34.",
        "“The cause of death is pending further tests,” the coroner's office said.",
    )
    assert one(quotes, "The cause of death is pending further tests,").speaker == (
        "Kings County Medical Examiner's Office"
    )


def test_a_sentence_urging_sign_ups_is_no_newsletter_box() -> None:
    line = "Sign up for the county's emergency text alerts, the sheriff urged residents on Tuesday."
    article = load_text(f"Storm nears the coast\n\nThe storm is coming.\n\n{line}\n", "x.txt")
    assert line in article.text


def test_an_agency_byline_is_no_author_bio() -> None:
    last = "Reuters was not able to independently verify the footage or the number of casualties."
    text = (
        f"---\ntitle: Strikes hit the port\nauthor: Reuters\n---\n\nShelling resumed.\n\n{last}\n"
    )
    assert last in load_text(text, "x.md").text


def test_a_participle_after_another_subject_s_clause_is_not_the_role_s(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Mayor Ken Ito chaired the meeting. Councillor Joan Reid spoke first.",
        "The mayor listened as Reid addressed the chamber, warning that the plan was “a "
        "disaster waiting to happen.”",
    )
    assert one(quotes, "a disaster waiting to happen.").speaker != "Ken Ito"


def test_the_premier_is_the_one_in_office_not_the_former(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Former premier Gladys Berejiklian gave evidence on Monday. On Tuesday it was the turn "
        "of Premier Chris Minns, who told the inquiry he had not been briefed.",
        "“I learned about it from the newspapers,” the premier said.",
    )
    assert one(quotes, "I learned about it from the newspapers,").speaker != "Gladys Berejiklian"


def test_placards_slogans_have_no_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "The marchers handed a memorandum to Executive Mayor Lungile Mabaso. Placards read “No "
        "water, no vote” and “We can't drink your budget”.",
    )
    assert [q.speaker for q in quotes if q.kind is not QuoteKind.INDIRECT] == [None, None]


def test_an_official_category_in_reported_speech_is_a_scare_quote(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Geoffrey Ambrose, chairman of the parish council, said councillors had voted to apply for "
        "the pub to be listed as an “asset of community value”.",
        "Mayor Lungile Mabaso said water would stay free for households registered as “indigent”.",
    )
    for term in ("asset of community value", "indigent"):
        assert (one(quotes, term).kind, one(quotes, term).speaker) == (QuoteKind.SCARE, None)

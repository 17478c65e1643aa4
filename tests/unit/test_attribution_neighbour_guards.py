"""The next sentence's cue is looked for past its first character only when it says "how" or
"what": the same match as the pattern's search (see neighbours._next_sentence)."""

from __future__ import annotations

import re
from pathlib import Path

from attribution_helpers import Make, found, one
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.attribution import neighbours
from reader.core.load import load_path
from reader.core.segment import split_sentences

ROOT = Path(__file__).resolve().parents[2]
PIECES = st.sampled_from(
    [
        *"That This was is how what Mara Voss sees it The speaker Teodor With that".split(),
        *"Rep. Harriet Okonjo opened the hearing spoke those words somehow".split(),
        *[",", ", ", " ", "\n", ".", "“", "”"],
    ]
)


def _found(match: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str | None]] | None:
    return None if match is None else (match.span(), match.groupdict())


def _agree(sentence: str) -> None:
    expected = _found(neighbours.NEXT_SENTENCE.search(sentence))
    assert _found(neighbours._next_sentence(sentence)) == expected, sentence


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_the_guarded_search_finds_what_the_search_finds(sentence: str) -> None:
    _agree(sentence)


def test_cues_in_the_next_sentence_are_found() -> None:
    for sentence in ("That, at least, is how Mara Voss sees it.", "This was Teodor Blaskovich."):
        assert neighbours._next_sentence(sentence) is not None
        _agree(sentence)


def test_the_searches_agree_on_the_samples() -> None:
    for path in sorted((ROOT / "articles").iterdir()):
        for sentence in split_sentences(load_path(path)):
            _agree(sentence.text)


def test_someone_who_has_been_saying_that_said_the_quote_before(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Appeals court revives fired driver's suit",
        "“I told them the brakes were going. Three weeks later I didn't have a job.”",
        "Lucille Brannigan has been saying some version of that since the spring of 2021.",
    )
    quote = one(quotes, "I told them the brakes were going. Three weeks later I didn't have a job.")
    assert quote.speaker == "Lucille Brannigan"


def test_words_the_writer_goes_on_from_are_no_trailer_cue(make_article: Make) -> None:
    """ "had “stopped believing a word” the company told them": no comma or stop ends the quoted
    words, so "the company told" is the writer's clause; the partial is Ashdown's report."""
    quotes = found(
        make_article,
        "Jonathan Pryce, the chief executive of Aldmere Water, told the Environment Committee "
        "that the fault was fixed.",
        "Robert Ashdown, the MP for Ash Vale, said constituents had “stopped believing a word” "
        "the company told them.",
    )
    assert one(quotes, "stopped believing a word").speaker == "Robert Ashdown"


def test_a_quote_opening_its_sentence_keeps_a_cue_with_its_comma_lost(make_article: Make) -> None:
    quotes = found(make_article, "“The Iowa caucus is a battle of niches” Eric Grubbs said.")
    assert one(quotes, "The Iowa caucus is a battle of niches").speaker == "Eric Grubbs"


def test_a_name_never_runs_on_past_a_paragraph_break(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Jonathan Pryce, the chief executive, gave evidence to the committee.",
        "— Dame Olivia Hartnell, chair of the Environment Committee",
        "Pryce said the figures were final. “We have more diggers out than ever,” he said.",
    )
    assert one(quotes, "We have more diggers out than ever,").speaker == "Jonathan Pryce"


def test_an_action_beat_after_an_opening_clause_names_the_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Graham Etchells, the Westhaven coach, watched the shootout from the bench.",
        "Asked whether the shootout was a lottery, Etchells shook his head. “No. Their keeper "
        "did her homework, and it showed.”",
    )
    quote = one(quotes, "No. Their keeper did her homework, and it showed.")
    assert quote.speaker == "Graham Etchells"


def test_a_present_tense_beat_names_the_speaker(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Irena Velasko, at the corner table, says she never expected her daughter to cook. "
        "“I told her to be a pharmacist,” Irena says.",
        "She pauses. “But the cabbage is better than mine now.”",
    )
    assert one(quotes, "But the cabbage is better than mine now.").speaker == "Irena Velasko"


def test_a_sentence_about_what_she_said_introduces_her_next_words(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Lena Marchetti runs the transit authority. Then she said the quiet part. “Every year we "
        "argue about this, the price goes up.”",
    )
    assert one(quotes, "Every year we argue about this, the price goes up.").speaker == (
        "Lena Marchetti"
    )


def test_a_plural_noun_and_a_long_sentence_are_no_present_tense_beat(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Rhea Castellan, a strategist, backs the mayor. Democratic strategists are more "
        "skeptical. “The numbers don't add up for anyone.”",
        "Tomas Reyes has voted in every election since 1990. But he fears the city has lost "
        "its way. “Make Harbour Great Again” was printed on his cap.",
    )
    assert one(quotes, "The numbers don't add up for anyone.").speaker != "Democratic"
    slogan = one(quotes, "Make Harbour Great Again")
    assert slogan.speaker is None


def test_a_line_that_is_only_a_name_signs_the_quote_above(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Here are some claims from the debate, checked.",
        "“Almost all new income is going to the top 1 percent.”",
        "— Bernie Sanders.",
        "“Guns have no place in our streets.”",
        "Martha Allen, a delegate from Vermont, criticized her state's lax gun laws.",
    )
    signed = one(quotes, "Almost all new income is going to the top 1 percent.")
    assert signed.speaker == "Bernie Sanders"
    assert "signed on the line after the quote" in (signed.reason or "")
    # a sentence about someone, however it opens, is no signature
    assert one(quotes, "Guns have no place in our streets.").speaker is None


def test_a_lead_runs_back_past_abbreviations_to_its_sentence_start(make_article: Make) -> None:
    """ "the No. 2 in the GOP leadership" and "Gov." end no sentence: the lead keeps the name."""
    quotes = found(
        make_article,
        "Few senators would meet him. As John Cornyn, the No. 2 in the GOP leadership, put it: "
        "“This person will not be confirmed.”",
        "The vote was close. Then Gov. Ada Reyes told reporters: “We will try again.”",
    )
    assert one(quotes, "This person will not be confirmed.").speaker == "John Cornyn"
    assert one(quotes, "We will try again.").speaker == "Ada Reyes"


def test_leads_with_more_verbs_of_saying(make_article: Make) -> None:
    quotes = found(
        make_article,
        "As RealClearPolitics’ David Byler pointed out in December, “The delegates can change "
        "the rules.”",
        "Roger Stone spoke on the radio. Stated Stone: “The stakes are so high.”",
    )
    assert one(quotes, "The delegates can change the rules.").speaker == "David Byler"
    assert one(quotes, "The stakes are so high.").speaker == "Roger Stone"


def test_words_someone_promised_are_theirs(make_article: Make) -> None:
    quotes = found(
        make_article,
        "Maren Tullock, a former harbour pilot who had never held office, won last May on a "
        "promise to “open the books” at the Guildhall.",
        "The so-called “open books” policy has its critics.",
    )
    promised = one(quotes, "open the books")
    assert (promised.speaker, promised.kind.value) == ("Maren Tullock", "partial")
    assert one(quotes, "open books").speaker is None  # a so-called phrase stays the writer's

"""Which part of a sentence reported speech is read from: the words before a quotation (where
"…, Vance said:" introduces the quote and reports nothing itself), the report a quote runs on
into ("She said she heard one officer shout “Drop it!”"), a sentence in brackets. Each part
keeps offsets into the article."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled
from reader.core.model import Sentence

_MIN_LEAD_WORDS = 6  # before a quote the report runs on into
_MIN_INTRO_WORDS = 8  # "Christie told reporters in Nashua last week, “…”" introduces the quote
_LABEL_WORDS = 3  # "(Reuters)", "(AP)": a bracket this short labels the sentence after it
# "…, Spicer said, adding": the quote that follows is added to a report before the cue
_THEN_ADDING = compiled(r",\s+(?:before\s+|and\s+)?(?:adding|continuing)(?:\s+that)?$")
_FIRST_MARK = compiled(r"[“”\"]|''|(?<!\w)'(?=\w)")
# any mark a quote may open or close with, singles too (not an apostrophe inside a word)
_ANY_MARK = compiled(r"[“”\"‘]|''|(?<!\w)['’]|['’](?!\w)")
# ": “…”" opens another quote, not the report (a straight mark opens when a word follows it)
_INTRODUCES_QUOTE = compiled(r"[:,;]\s*(?:“|(?:\"|'')(?=\w))")


def part_to_read(sentence: Sentence, quoted: bool) -> tuple[Sentence | None, bool]:
    """(the part to read, or None to skip the sentence; whether only a lead-in counts, so a
    report after the quote's own cue is no report). `quoted`: the sentence holds a quote."""
    if not quoted:
        unbracketed = sentence.text.startswith("(")  # "(News Corporation denied the reports.)"
        return _titles_masked(_unbracketed(sentence) if unbracketed else sentence), False
    cut = _FIRST_MARK.search(sentence.text)
    if cut is None and not _ANY_MARK.search(sentence.text):
        return None, True  # a sentence inside a quote that runs over several: someone's words
    end = cut.start() if cut else len(sentence.text)
    if len(sentence.text[:end].split()) < min(_MIN_LEAD_WORDS, _MIN_INTRO_WORDS):
        return None, True  # a quick no for most quotes: the lead (these words less trailing
        # punctuation) is too short for either test below, and is not built
    lead = _cut(sentence, end) if cut else sentence
    if _runs_into_quote(sentence, lead):
        if len(lead.text.split()) < _MIN_LEAD_WORDS:
            return None, True
        return _up_to_next_quote(sentence, len(lead.text)), True
    if len(lead.text.split()) < _MIN_INTRO_WORDS:
        return None, True
    adding = _THEN_ADDING.search(lead.text)
    if adding:  # "A will meet next week, Spicer said, adding, “B”": A is reported too
        return _cut(lead, adding.start()), False
    return lead, True  # "X said A, but added, “B.”": A is reported


def _runs_into_quote(whole: Sentence, lead: Sentence) -> bool:
    """The words before the quote go on into it ("Reid said both men are “unfit”"): the quote is
    part of the report. A comma, colon or full stop before the mark introduces the quote."""
    between = whole.text[len(lead.text) : len(lead.text) + 3].strip()
    ended = lead.text.endswith((".", "!", "?"))  # "…, she told me. “Red wellies.”"
    return bool(lead.text) and not ended and between[:1] not in ",:;—–-"


def _up_to_next_quote(whole: Sentence, lead_end: int) -> Sentence:
    """The report with the quote it runs into, up to a quote the sentence introduces next
    ("…, but he gave the Texan a compliment: “…”" ends before the colon)."""
    later = _INTRODUCES_QUOTE.search(whole.text, lead_end + 1)
    return _cut(whole, later.start()) if later else whole


def _unbracketed(sentence: Sentence) -> Sentence:
    """A sentence in brackets, read without them (its start moves past the bracket). A bracket
    that closes before the sentence ends is read alone ("(She says … in tears.) The leaders …",
    where the splitter kept going), unless it is a dateline's ("(Reuters) - Clinton said …")."""
    text = sentence.text[1:]
    last = text.rfind(")")
    if last != -1 and not text[last + 1 :].strip(" .!?"):
        text = text[:last] + text[last + 1 :].rstrip()  # "(… the stories.)", "(… the stories)."
    elif last != -1:
        first = text.find(")")
        if len(text[:first].split()) <= _LABEL_WORDS:
            return sentence
        text = text[:first]
    start = sentence.start + 1
    return Sentence(sentence.id, sentence.paragraph, start, start + len(text), text)


def _titles_masked(sentence: Sentence) -> Sentence:
    """A quoted title (a few words, each capitalised but the small ones) read as one plain word,
    so the patterns read across it: "Joe Scarborough, host of MSNBC's “Morning Joe,” suggested
    …". A partial or a scare quote may be the report's own words, and is left."""
    return _masked(sentence, titles_only=True)


def quotes_masked(sentence: Sentence) -> Sentence:
    """Every short quotation read as one plain word: a last try for a sentence whose quoted
    words break its report apart ("Trump summed up Clinton as “terrible,” denounced her record
    and said …"), only where the sentence reports nothing otherwise."""
    return _masked(sentence, titles_only=False)


def _masked(sentence: Sentence, titles_only: bool) -> Sentence:
    """The text keeps its length (offsets into the article hold), and a comma inside the
    closing mark stays where an appositive needs it."""
    text = sentence.text
    if "“" not in text and '"' not in text and "‘" not in text:
        return sentence
    pattern = _TITLE_QUOTE if titles_only else _SHORT_QUOTE
    masked = pattern.sub(lambda match: _filler(match, titles_only), text)
    if titles_only and "‘" in masked:
        masked = _SINGLE_TITLE.sub(lambda match: _filler(match, titles_only), masked)
    if masked == text:
        return sentence
    return Sentence(sentence.id, sentence.paragraph, sentence.start, sentence.end, masked)


_SHORT_QUOTE = compiled(r"[“\"](?P<words>[^“”\"]{1,60}?)(?P<stop>[,.]?)[”\"]")
# A title runs longer: "a report titled “Homes Within Reach: Final Report of the …,” found that"
_TITLE_QUOTE = compiled(r"[“\"](?P<words>[^“”\"]{1,100}?)(?P<stop>[,.]?)[”\"]")
# A title may be in single marks in running text ("In her memoir, ‘Second Serve’, published
# …"), closed by a mark no letter follows (not the apostrophe of "Don’t"); not a headline's
# ("Cruz: I Am ‘Horrified’ By Trump", where every word is capitalised)
_SINGLE_TITLE = compiled(
    r"(?<=[a-z,]\s)‘(?P<words>[^“”\"‘’]{1,90}?)(?P<stop>[,.]?)’(?=[,.;:]|\s+[a-z])"
)
_MOST_MASKED_WORDS = 6
_MOST_TITLE_WORDS = 12


def _filler(match: re.Match[str], titles_only: bool) -> str:
    words = match["words"].split()
    if len(words) > (_MOST_TITLE_WORDS if titles_only else _MOST_MASKED_WORDS):
        return match[0]
    if titles_only and not all(_TITLE_WORD.match(w) for w in words):
        return match[0]
    return "x" * (1 + len(match["words"])) + match["stop"] + " "


# A title's words: "Morning Joe", "Face the Nation", "Meet the Press", "Golden Week"
_TITLE_WORD = compiled(r"(?:[A-Z0-9]|(?:the|of|a|an|and|in|on|for|to|with|at)$)")


def _cut(sentence: Sentence, end: int) -> Sentence:
    text = sentence.text[:end].rstrip(" ,:;—–-")
    return Sentence(
        sentence.id, sentence.paragraph, sentence.start, sentence.start + len(text), text
    )


# (not "…,” said Elmendorf, who supports Clinton" nor "who observed voting in …": no report)
_WHO_SAID = compiled(r",\s+who\s+(?:also\s+)?(?:said|says|told|added|insisted|warned|claimed)\s")


def trailer_after_quote(sentence: Sentence) -> tuple[Sentence, str] | None:
    """The words after a quote's closing mark when they hold a relative clause, and the one its
    cue names: "“…,” said X, a sewing operator, who said she had borrowed …" is X's report (not
    a place's: "…, from Manchester, who said …"); the quote's own cue is no report."""
    end = max(sentence.text.rfind("”"), sentence.text.rfind('"')) + 1  # after the last mark
    if not end or not _WHO_SAID.search(sentence.text, end):
        return None
    named = _TRAILER_NAME.match(sentence.text, end)
    if named is None:
        return None
    text = sentence.text[end:]
    start = sentence.start + end
    tail = Sentence(sentence.id, sentence.paragraph, start, start + len(text), text)
    return tail, named["who"] or named["subject"]


# the cue's name right after the quote: "…,” said Nicky Driscoll, 24," / "…,” Ana Ruiz said,"
_TRAILER_NAME = compiled(
    rf"\s*(?:(?:said|says)\s+(?P<who>{cues.PERSON})|(?P<subject>{cues.PERSON})\s+(?:said|says))(?=,)"
)

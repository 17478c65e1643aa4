"""The writer's own words: "“Is that a threat?” I asked." A first-person cue outside the quote
names the one who wrote the article, whom the byline names ("By Tessa Marlowe"); with no byline
the words are still the writer's, and no one else's.

The byline is the loader's (`Article.author`, from a page's metadata or a text's header) or, in
text whose header was not set apart, a "By …" paragraph among the first few, or a column's
tagline at its end ("Martin Eckersley writes the Money Matters column every Sunday.").
"""

from __future__ import annotations

from reader.core.attribution.cue import Cue
from reader.core.attribution.drafts import Draft
from reader.core.attribution.mention_titles import strip_title
from reader.core.attribution.pattern_cache import compiled
from reader.core.load.meta import parse_byline
from reader.core.model import Article, QuoteKind, Sentence

# the verbs of the writer's side of a conversation, past and present ("I ask him, as we walk")
_VERBS = (
    r"(?:asked|ask|said|say|told|tell|replied|reply|wrote|write|suggested|suggest|countered|"
    r"pressed|press|ventured|venture|offered|offer|added|protested|joked|insisted|interjected|"
    r"texted|emailed|messaged|shouted|called)"
)
# "“…,” I asked him on the second morning"; not "“…,” I was told" (someone else's words)
# ("‘Because somebody should,’ I usually say": an adverb between)
_AFTER = compiled(rf"[,.?!]?\s*I\s+(?:[a-z]+ly\s+)?{_VERBS}\b")
# "I told the claims manager: “…”", "I asked him, “…”", "Then I asked:" (a comma or colon
# opens the quote: in "I said that Tolliver had called it “…”" the words are Tolliver's)
# ("At the open forum in March I stood up and asked:": an act, then the question)
_BEFORE = compiled(
    r"(?:^|[,;]\s+|\b(?:[Ss]o|[Tt]hen|[Aa]nd|[Bb]ut|[Ww]hen|[Ff]inally|[Ll]ater)\s+|(?<=[a-z]\s))"
    rf"I\s+(?:(?:stood|got|put|raised)\s+(?:up\s+|my\s+hand\s+)?and\s+"
    # ("I looked at him and said, “…”", "I turned to her and asked:")
    r"|(?:looked|turned|smiled|nodded|glanced)\s+(?:(?:at|to)\s+)?(?:him|her|them)\s+and\s+)?"
    rf"(?P<verb>{_VERBS}|put\s+it(?=\s+to\s))"  # ("I put it to her plainly:")
    r"(?:\s+(?:to\s+)?(?:him|her|them|it|the\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}"  # ("I said to him:")
    r"|(?:Mr|Mrs|Ms|Dr|Mx)\.?\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}))?"
    r"(?:\s+(?:again|once|finally|later|then|directly|plainly|bluntly))?\s*[,:]\s*$"
)
_FIRST_PARAGRAPHS = 3  # a byline left in the body stands before the story
# a column's tagline at its end: "Martin Eckersley writes the Money Matters column every Sunday.",
# "Dana Whitlow is a freelance writer based in Leeds."
_TAGLINE = compiled(
    r"\s*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+(?:writes\s+(?:the|a|an|about|on)\b"
    r"|is\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:columnist|writer|journalist|reporter|editor|"
    r"correspondent|author)\b"
    # "Nora Whelan farms sheep near Ballymore Bridge. Her column appears every week."
    r"|[^.“”\"]{0,160}\.\s+(?:Her|His|Their)\s+column\s+(?:appears|runs|is\s+published)\b)"
)
_LAST_PARAGRAPHS = 2


def writer_name(article: Article) -> str | None:
    """The one person the byline names, or None (no byline, an agency, two writers)."""
    if article.author:
        byline = parse_byline(f"By {article.author}")
        return strip_title(byline.names[0]) if byline and len(byline.names) == 1 else None
    for paragraph in article.paragraphs[:_FIRST_PARAGRAPHS]:
        byline = parse_byline(article.text[paragraph.start : paragraph.end].strip())
        if byline is not None:  # ("By Dr Helen Marchbank": the doctor's name)
            return strip_title(byline.names[0]) if len(byline.names) == 1 else None
    for paragraph in article.paragraphs[-_LAST_PARAGRAPHS:]:
        tagline = _TAGLINE.match(article.text, paragraph.start, paragraph.end)
        if tagline is not None:
            return tagline["name"]
    return None


def writer_cue(lead: str, trailer: str) -> Cue | None:
    """ "I asked" right after the quote, or "I asked him," right before it."""
    after = _AFTER.match(trailer)
    if after is not None:
        return Cue("I", after[0].split()[-1], "writer")
    before = _BEFORE.search(lead)
    return Cue("I", before["verb"], "writer") if before is not None else None  # (not ", I")


def credit_writer(draft: Draft, cue: Cue, writer: str | None) -> None:
    """The writer's words: the byline's name, or no one the article names."""
    draft.cue = cue
    draft.mention = "I"
    if writer is None:
        draft.reason = f"the writer's own words (“I {cue.verb}”); no byline names the writer"
        return
    draft.speaker = writer
    draft.descriptions.append("the writer")
    draft.reason = f"the writer's own words (“I {cue.verb}”), and the byline names {writer}"
    draft.confidence = 0.85


# "I told him on Friday that his side had looked tired", "Two years ago, on this page, I argued
# that …": the writer's own reported speech, in a column whose byline names the writer
_WRITER_OPENS = r"(?:^|,\s+|\b(?:[Aa]nd|[Bb]ut|[Ss]o|[Tt]hen|[Ww]hen)\s+)I\s+"  # "…, and I"
_WRITER_REPORT = compiled(
    _WRITER_OPENS + r"(?:(?:had|have)\s+)?"
    r"(?P<verb>told|argued|wrote|warned|suggested|insisted|explained|predicted)"
    r"(?:\s+(?:him|her|them|the\s+[a-z]+|[A-Z][\w’'-]+))?(?:\s+(?:on|last|in)\s+[A-Z][a-z]+)?"
    r"\s+that\s+(?P<content>[^“”\"]{12,}?)(?:,\s+(?:and|but)\s|[.!?]?$)"
)


# "I asked him whether he had ever considered leaving": the writer's question, reported
_WRITER_ASKED = compiled(
    _WRITER_OPENS + r"(?P<verb>asked)\s+"
    r"(?:him|her|them|[A-Z][\w’'-]+)\s+(?P<content>(?:whether|if)\s[^“”\"]{12,}?)[.!?]?$"
)


def writer_reports(sentences: list[Sentence], writer: str | None, taken: set[int]) -> list[Draft]:
    """The writer's "I told him that …" in sentences no other report or quote holds."""
    if writer is None:
        return []
    drafts = []
    for sentence in sentences:
        if sentence.id in taken or "I " not in sentence.text:
            continue  # (a set lookup and a substring test before the pattern, on every sentence)
        found = _WRITER_REPORT.search(sentence.text) or _WRITER_ASKED.search(sentence.text)
        if found is None:
            continue
        start, end = (sentence.start + at for at in found.span("content"))
        draft = Draft(start, end, sentence.paragraph, [sentence.id], QuoteKind.INDIRECT)
        credit_writer(draft, Cue("I", found["verb"], "writer"), writer)
        drafts.append(draft)
    return drafts

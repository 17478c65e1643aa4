"""Cues outside a quote's own sentence: the sentence before it ("Bystrom agreed."), the one
after it ("That, at least, is how Voss sees it."), or the paragraph after a paragraph of
quotation ("The line came from Abdi Warsame, …"). The engine's `_draft` asks these when the
quote's sentence names no one."""

from __future__ import annotations

from reader.core.attribution.context import SpanContext
from reader.core.attribution.neighbours import (
    cue_in_next,
    cue_in_previous,
    introduced_after_quote,
    is_signature,
)
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.printed_statements import is_pointer, statement_issuer
from reader.core.attribution.sieves import Cue
from reader.core.model import Sentence


def named_next_sentence(ctx: SpanContext, sentences: list[Sentence]) -> Cue | None:
    """ "That was X" opening the sentence after the quote's: whom its description meant."""
    after = ctx.sentence_ids[-1] + 1
    text = sentences[after].text if after < len(sentences) else ""
    return cue_in_next(text) if text.startswith(("That was ", "That is ", "This was ")) else None


def cue_in_neighbours(ctx: SpanContext, sentences: list[Sentence]) -> Cue | None:
    """A quote opening its sentence with no cue: the sentence before may introduce the speaker
    (`Bystrom agreed.`, `she answered in three parts.`, `Her verdict:`), or the one after may
    name them (`… how Voss sees it`). A quote that is a whole paragraph looks across paragraphs."""
    first, last = sentences[ctx.sentence_ids[0]], sentences[ctx.sentence_ids[-1]]
    after = sentences[last.id + 1] if last.id + 1 < len(sentences) else None
    if after is not None and after.paragraph == last.paragraph and _is_gloss(after.text):
        # "“Mi nuh have nowhere fi go.” (I have nowhere to go.) ¶ Those were the words of …":
        # the translation in brackets is read past
        last = after
        after = sentences[last.id + 1] if last.id + 1 < len(sentences) else None
    in_paragraph = after is not None and after.paragraph == last.paragraph
    if first.id > 0 and not ctx.reopens:  # the sentence before a reopened quote is its words
        before = sentences[first.id - 1]
        adjacent = before.paragraph == first.paragraph or (
            ctx.starts_paragraph and before.paragraph == first.paragraph - 1
        )
        introduces = adjacent or before.text.rstrip().endswith(":")
        # a paragraph that opens with the quote and names its speaker next ("“…” The warning
        # came from Dr Fiona McLeish, …") is not the last paragraph's source going on
        if after is not None and in_paragraph and before.paragraph != first.paragraph:
            return (
                cue_in_next(after.text)
                or _introduced_next(ctx, after, first, sentences)
                or (cue_in_previous(before.text) if introduces else None)
            )
        named_next = _named_in_next_paragraph(ctx, last, after)
        if named_next is not None:
            return named_next  # "“…” ¶ The line came from Abdi Warsame, …", not the last source
        # "… has released a statement …. We're publishing it in full: ¶ “…”" (with nothing after
        # the quote: "“…” — Lewis Pennock" signs it)
        pointed = introduces and not ctx.trailer.strip() and is_pointer(before.text)
        if pointed and first.id > 1 and (issuer := statement_issuer(sentences[first.id - 2].text)):
            return issuer
        if introduces:
            cue = cue_in_previous(before.text)
            if cue:
                return cue
    if after is None:
        return None
    whole_paragraph = ctx.starts_paragraph and after.paragraph == last.paragraph + 1
    if whole_paragraph and first.id == 0:  # the piece opens on the quote
        return cue_in_next(after.text) or _introduced_next(ctx, after, first, sentences)
    found = cue_in_next(after.text) if in_paragraph or whole_paragraph else None
    if found is None and in_paragraph and _ABOUT_THE_QUOTE.match(after.text):
        return _named_after_remark(after, sentences)
    if found is None and in_paragraph and ctx.starts_paragraph:
        return _words_owned_next(after, sentences)
    return found


def _words_owned_next(after: Sentence, sentences: list[Sentence]) -> Cue | None:
    """ "“…” That is how the hub looks from the baggage hall. ¶ The words belong to X, …": a
    paragraph opening on a quote and a scene, then one opening on whose words they were."""
    following = sentences[after.id + 1] if after.id + 1 < len(sentences) else None
    if following is None or following.paragraph != after.paragraph + 1:
        return None
    return cue_in_next(following.text) if following.text.startswith(_THE_WORDS) else None


_THE_WORDS = ("The words ", "Those words ", "These words ")


# "“…” The line, delivered to a half-full gymnasium, drew the loudest applause. ¶ It came from
# Marjorie Kettleman, …": a sentence about the words, then the one that names their speaker
_ABOUT_THE_QUOTE = compiled(
    r"\s*(?:The|That|This|It\s+was\s+the)\s+(?:[a-z]+\s+)?(?:line|remark|words?|comment|quip|"
    r"plea|warning)\b"
)


def _named_after_remark(after: Sentence, sentences: list[Sentence]) -> Cue | None:
    following = sentences[after.id + 1] if after.id + 1 < len(sentences) else None
    if following is None or following.paragraph > after.paragraph + 1:
        return None
    return cue_in_next(following.text) if following.text.startswith(("It ", "The ")) else None


def _is_gloss(text: str) -> bool:
    """A sentence wholly in brackets: a translation or an aside after the quote."""
    return text.startswith("(") and text.rstrip(".").endswith(")")


def _named_in_next_paragraph(
    ctx: SpanContext, last: Sentence, after: Sentence | None
) -> Cue | None:
    """A paragraph of quotation whose next paragraph opens by naming its speaker ("The line came
    from …", "That was …", "Those were the words of …", "— Priya Nandakumar, chief executive")."""
    if after is None or after.paragraph != last.paragraph + 1:
        return None
    if not ctx.starts_paragraph:  # a quote that ends its paragraph: only words that point back
        # to it ("“…” ¶ That blunt assessment came from Ines Calderwood, …")
        return cue_in_next(after.text) if after.text.startswith(_POINTING_BACK) else None
    if after.text.startswith(_NAMING_OPENERS) or is_signature(after.text):
        return cue_in_next(after.text)  # (a signature with no dash: "Gareth Pellham, chief
    return None  # executive" on the line after the message it signs)


_NAMING_OPENERS = ("The ", "That ", "This ", "Those ", "—", "–")
_POINTING_BACK = ("That ", "This ", "Those ", "These ")


def _introduced_next(
    ctx: SpanContext, after: Sentence, first: Sentence, sentences: list[Sentence]
) -> Cue | None:
    """The person named for the first time right after a quote that is whole sentences."""
    earlier = (sentence.text for sentence in sentences[: first.id])
    return introduced_after_quote(after.text, ctx.lead, ctx.trailer, earlier)

"""Quotes with no cue of their own take the speaker of the quote they continue.

News style: `“…,” Osei said. “More words.”` (same paragraph), and a paragraph of quotation right
after a paragraph quoting someone, or a quote left open at a paragraph's end and reopened.
"""

from __future__ import annotations

from reader.core.attribution.cues import SPEECH_VERB
from reader.core.attribution.drafts import Draft
from reader.core.attribution.lazy_pattern import LazyPattern

# `“…,” Fight for $15 organizing director Kendall Fells told …`: a cue after the quote whose
# speaker the engine could not delimit. The quote is someone's, and not the last speaker's
# going on, so it is left unattributed rather than continued.
_UNREAD_CUE = LazyPattern(rf"(?:[”\"]|'')?[^.“”\"\n]{{1,120}}?\b{SPEECH_VERB}\b")


def continue_quotes(drafts: list[Draft], body_paragraphs: set[int], text: str) -> None:
    spoken = [d for d in drafts if d.spoken]
    turns: set[int] = set()  # the lines given by turn-taking, which keep the exchange going
    for i, draft in enumerate(spoken):
        if not draft.can_continue or i == 0:
            continue
        other = _other_side(spoken, i, turns)
        if other is not None:
            reason = f"the next line of an exchange between {other.speaker} and "
            _take(draft, other, 0.7, reason + f"{spoken[i - 1].speaker}")
            turns.add(i)
        elif not _cued_unread(text, draft) and not _reopened_with_cue(spoken, i):
            _continue_from(draft, spoken[i - 1], body_paragraphs)
    # A quote attributed only later in its paragraph, or a multi-paragraph quote attributed at
    # its end: carry the speaker backwards.
    for i in range(len(spoken) - 2, -1, -1):
        draft, after = spoken[i], spoken[i + 1]
        if not (draft.can_continue or _beat_before_run_on(draft)) or after.speaker is None:
            continue
        if after.paragraph == draft.paragraph:
            _take(draft, after, 0.7, f"attributed later in the same paragraph to {after.speaker}")
        elif draft.unclosed and after.paragraph == draft.paragraph + 1 and after.starts_paragraph:
            _take(
                draft,
                after,
                0.85,
                f"a quote running on into the next paragraph, "
                f"where it is attributed to {after.speaker}",
            )


def _beat_before_run_on(draft: Draft) -> bool:
    """A quote left open whose speaker was only guessed from the sentence before ("X, 33, pleaded
    guilty …. ¶ “My client … ¶ “…,” defence lawyer Y said"): its run's own cue decides."""
    return draft.unclosed and draft.cue is not None and draft.cue.rule == "beat"


def _reopened_with_cue(spoken: list[Draft], i: int) -> bool:
    """A quote left open whose next paragraph reopens it and names the speaker ("‘We were ready
    to pack it in. || ‘Then a DJ … changed,’ she says."): the speaker is found backwards."""
    draft = spoken[i]
    after = spoken[i + 1] if i + 1 < len(spoken) else None
    before = spoken[i - 1]
    if before.paragraph == draft.paragraph and before.speaker is not None:
        # "“A,” founder Yusuf Demir wrote. “B. ¶ “C,” said Ines Carvalho, a partner at …": B goes
        # on with A, whoever speaks next
        return False
    return (
        draft.unclosed
        and after is not None
        and after.cue is not None
        and after.speaker is not None
        and after.paragraph == draft.paragraph + 1
        and after.starts_paragraph
    )


def _cued_unread(text: str, draft: Draft) -> bool:
    """The quote ends in a comma and a reporting verb follows it in its sentence."""
    if "," not in text[max(draft.start, draft.end - 3) : draft.end + 1] or draft.unclosed:
        return False
    return _UNREAD_CUE.match(text, draft.end) is not None


def _continue_from(draft: Draft, before: Draft, body_paragraphs: set[int]) -> None:
    if before.speaker is None:
        return
    if before.paragraph == draft.paragraph:
        _take(draft, before, 0.85, f"continues {before.speaker}'s quote earlier in the paragraph")
    elif draft.starts_paragraph and before.paragraph == draft.paragraph - 1:
        if draft.paragraph not in body_paragraphs:
            return
        if before.unclosed:
            _take(
                draft,
                before,
                0.9,
                "continues the quote left open at the end of the "
                f"previous paragraph ({before.speaker})",
            )
        else:
            _take(
                draft,
                before,
                0.75,
                f"a paragraph of quotation right after {before.speaker}'s quote",
            )


# Cues that make a quote an interruption in a conversation: "“You had the light,” his son cut
# in." ("replied" and "countered" are everyday speech verbs in news: a reply's next paragraph is
# usually the replier going on.)
_EXCHANGE_VERBS = frozenset("cut in|broke in|chimed in|interjected".split("|"))
_LINE = 90  # characters: a line of dialogue, not a paragraph of testimony


def _other_side(spoken: list[Draft], i: int, turns: set[int]) -> Draft | None:
    """In an exchange (A's line, then B cutting in), a short uncued line in the
    next paragraph is A's turn, and the one after it B's again: not B going on."""
    draft, before = spoken[i], spoken[i - 1]
    if not draft.starts_paragraph or draft.end - draft.start > _LINE or before.unclosed:
        return None
    if before.paragraph != draft.paragraph - 1 or before.speaker is None:
        return None
    replied = i - 1 in turns
    j = i - 1
    while j >= 0 and spoken[j].paragraph == before.paragraph:  # B's paragraph: a reply's cue?
        cue = spoken[j].cue
        replied = replied or (cue is not None and cue.verb in _EXCHANGE_VERBS)
        j -= 1
    if not replied or j < 0 or spoken[j].paragraph != before.paragraph - 1:
        return None
    other = spoken[j]  # the last line of the paragraph before B's
    return other if other.speaker not in (None, before.speaker) else None


def _take(draft: Draft, source: Draft, confidence: float, reason: str) -> None:
    draft.speaker = source.speaker
    draft.venue = source.venue  # the same utterance, said in the same place
    draft.mention = None
    draft.confidence = confidence
    draft.reason = reason


def carry_venues(drafts: list[Draft]) -> None:
    """`Aaltonen told analysts … “A,” she said. “B,” she added.`: the same setting, so the same
    venue, for the speaker's next quotes in that paragraph or the one after."""
    last: dict[str, Draft] = {}
    for draft in drafts:
        if draft.speaker is None:
            continue
        before = last.get(draft.speaker)
        near = before is not None and draft.paragraph - before.paragraph <= 1
        if draft.spoken and draft.venue is None and near and before and before.venue:
            draft.venue = before.venue
        last[draft.speaker] = draft

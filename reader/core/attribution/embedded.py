"""Quoted words inside reported speech are the reporter's source's words, not scare quotes:
"Hemming told Bloomberg that the board had been “asleep at the wheel”" quotes Hemming.

Two exceptions stay scare quotes: a "so-called" (or "known as") word, and a quoted modifier used
by the writer to label something ("a wave of “AI-first” restructurings").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.attribution.called_leads import CALLER_VERBS
from reader.core.attribution.cue_details import is_pronoun
from reader.core.attribution.cue_names import CLAIM_NOUN_PHRASE
from reader.core.attribution.drafts import Draft
from reader.core.attribution.kinds import (
    group_names_it,
    group_term,
    named_as_term,
    scandal_nickname,
    written_on,
)
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.quoted_owners import owner_in_report
from reader.core.model import QuoteKind

_TAKEN = (QuoteKind.SCARE, QuoteKind.PARTIAL)
# "a “reform” agenda", "11,000 “emergency” requests"
_DETERMINER_BEFORE = compiled(  # "the state government's ‘single-window’ clearance system"
    r"(?:\b(?:a|an|the|of|its|their|his|her|our|this|these|those)|\d|[a-z]['’]s)\W*$"
)
_NAMED_BY_OTHERS = compiled(
    r"\b(?:dubbed|nicknamed|branded|labell?ed|known\s+as|called)\s+(?:the\s+|a\s+|an\s+)?\W?$"
)
_MARKETED_AS = compiled(r"\b(?:marketed|advertised|billed|sold|promoted|labell?ed)\s+as\s+\W?$")
_COUNTED = compiled(r"(?<![\d,.])\d[\d,]*\s*$")  # a number right before the mark
_BY_AFTER = compiled(r"\W{0,2}\s+by\s")
_WHAT_THEY_CALLED = compiled(
    r"\b(?:what|which)\s+(?:he|she|they|[A-Z][\w’'-]+)\s+(?:called|calls|termed|described\s+as)"
    r"\s+(?:an?|the)\W*$"
)
# "accused Sir Martin of ‘sleepwalking’", "accused the referee of making a ‘shocking’ decision"
_OF_BEFORE = compiled(r"\bof(?P<doing>\s+[a-z]+ing\s+(?:a|an|the))?\W*$")
_NOUN_AFTER = compiled(r"\W{0,2}\s+(?P<word>[a-z][a-z-]+)\b")
_FUNCTION_WORDS = set(
    "and or but nor while when whenever as that which who whom whose if because since after "
    "before until unless though although to for in on at by with from of into onto over under "
    "about than then so yet is are was were be been being has have had do does did will would "
    "can could should may might must heading going "
    # a time after the words, no noun they modify: "guilty of ‘soft dismissals’ all season"
    "all this last every through throughout".split()
)


def quotes_in_reported_speech(
    text: str, drafts: list[Draft], owner_of: Callable[[str, int], str | None]
) -> None:
    """Give uncredited short quotes inside a sentence of reported speech its speaker (or the
    person `owner_of` finds for a claim the report names as another's)."""
    reported: dict[int, list[Draft]] = {}
    for report in drafts:
        if report.kind is QuoteKind.INDIRECT and (report.speaker or report.unnamed):
            for sid in report.sentence_ids:
                reported.setdefault(sid, []).append(report)
    for draft in drafts:
        if draft.kind not in _TAKEN or len(draft.sentence_ids) != 1:
            continue
        # the last report that starts before the quote: "X accuses Obama of “…” and Y says “…”"
        reports = reported.get(draft.sentence_ids[0], [])
        before = [r for r in reports if r.start <= draft.start]
        source = (
            max(before, key=lambda r: r.start) if before else _subject_aside(text, draft, reports)
        )
        if source is None or not _open_to(text, draft, source):
            continue
        if _named_caller(text, draft, source):
            continue  # "…, a move its president, X, described as “…”": the caller's words
        if draft.speaker is None and writers_label(text, draft.start, draft.end):
            continue
        lead = text[max(source.start - 200, 0) : draft.start].rstrip("“\"‘'")  # to its mark
        if draft.kind is QuoteKind.SCARE and group_names_it(lead, text[draft.start : draft.end]):
            continue  # "Residents have long called the stretch “the Mile of Death.”": a name
        if _NAMED_BY_OTHERS.search(lead) and _BY_AFTER.match(text, draft.end):
            continue  # "The line, dubbed the ‘misery express’ by regular passengers, has …"
        if draft.cue is None and _MARKETED_AS.search(lead):
            continue  # "cereals marketed as “wholesome”, according to an analysis …": a label
        if draft.kind is QuoteKind.SCARE and written_on(lead):
            continue  # "…, many carrying placards reading ‘Save Our Ward’": a slogan
        if draft.kind is QuoteKind.SCARE and scandal_nickname(text[draft.start : draft.end]):
            continue  # "The “mart-gate” controversy … its annual report shows"
        if draft.kind is QuoteKind.SCARE and _COUNTED.search(lead):
            continue  # "An audit has found 340 “ghost schools” in the province": counted things
        if heard_someone_say(text[max(source.start, draft.start - 80) : draft.start]):
            continue  # "she said she heard one officer shout “Drop it!”": the officer's words
        draft.kind = QuoteKind.PARTIAL
        draft.mention, draft.confidence = source.mention, round(source.confidence * 0.9, 2)
        where = "inside" if source.start <= draft.start else "in an aside before"
        if source.unnamed:  # "Sources close to the minister said she had been ‘blindsided’"
            draft.speaker = None
            draft.reason = f"quoted words {where} the report of “{source.mention}”, unnamed"
            continue
        owner = owner_in_report(text[source.start : draft.start])
        named = owner_of(owner, draft.start) if owner else None
        if named is not None and named != source.speaker:  # "mocked Mr. Delacroix's claim that"
            draft.speaker, draft.mention = named, owner
            draft.reason = f"quoted words of {named}, inside {source.speaker}'s reported speech"
            continue
        draft.speaker, draft.venue = source.speaker, draft.venue or source.venue
        draft.reason = f"quoted words {where} {source.speaker}'s reported speech ({source.reason})"


def _named_caller(text: str, draft: Draft, source: Draft) -> bool:
    """Whether the quote's own cue names who called it so inside the report ("The league said
    that …, a move its president, X, described as “…”"; not the report's own subject)."""
    return (
        draft.speaker is not None
        and draft.cue is not None
        and draft.cue.verb in CALLER_VERBS
        and draft.speaker != source.speaker
        # (not a pronoun: in "The president denounced what he called “…”" he is the president)
        and not is_pronoun(draft.cue.who)
        and text.find(draft.cue.who, source.start, draft.start) >= 0
    )


def _subject_aside(text: str, draft: Draft, reports: list[Draft]) -> Draft | None:
    """ "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could …": a quote in
    an aside between the report's subject and its verb is the subject's."""
    after = [r for r in reports if r.start >= draft.end and r.mention]
    if draft.speaker is not None or not after:
        return None
    report = min(after, key=lambda r: r.start)
    gap = text[draft.end : report.start].lstrip("”\"’'")  # from after the closing mark
    if len(gap.split()) > _GAP_WORDS or any(mark in gap for mark in '“”"'):
        return None  # "…,” said| the candidate could": the aside ends at the report's verb
    mention = report.mention or ""
    named_at = text.rfind(mention, max(0, draft.start - _ASIDE_LENGTH), draft.start)
    if named_at < 0:
        return None
    opening = len(text[: draft.start].rstrip("“\"‘'"))  # the opening mark's position
    aside = _ASIDE.match(text, named_at + len(mention), opening)
    return report if aside is not None else None


_GAP_WORDS = 3
_ASIDE_LENGTH = 80  # characters from the subject to the quote
# the subject, the aside's comma, and words that quote someone: not "who starred in “…”"
_ASIDE = compiled(
    # the verb opens the aside: not "whose opponents branded her “…”", which is theirs
    r"\s*(?:\([^()]*\)\s*)?,\s*(?:who\s+)?(?:\w+ly\s+)?(?:citing|quoting|calling|called|calls|describing|"
    r"described|describes|dubbing|dubbed|labell?ing|labell?ed|branding|branded|saying|said|says|"
    r"warning|warned|insisting|arguing|argued|promising|promised|vowing|vowed)\b[^,“”\"]*$"
)


def heard_someone_say(lead: str) -> bool:
    """ "She said she heard one officer shout “Drop it!”": a perception verb and a bare speech
    verb right before a quote make it a third person's words, not the sentence subject's."""
    return _HEARD_SOMEONE_SAY.search(lead[-80:]) is not None


_HEARD_SOMEONE_SAY = compiled(
    r"\b(?:heard|hear|hears|hearing|saw|watched|listened\s+to)\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:shout|say|yell|scream|cry|call\s+out|chant|whisper|ask|tell\s+\w+)\s*[,:]?\s*[“\"‘']?$"
)


def _open_to(text: str, draft: Draft, source: Draft) -> bool:
    """An uncredited quote takes the report's speaker; so does a partial quote inside the report
    whose own lead cue read the subject less well ("Quarshie, the organiser for the Union, which
    represents 900 staff, said her members were “stretched”" is Quarshie's, not the union's)."""
    if draft.speaker is None:
        return True
    if draft.cue is None and source.start <= draft.start and draft.end <= source.end:
        return True  # continued from a neighbour, but inside a report of its own sentence: "His
        # union, the …, said that the arbitrator had “applied the contract as written.”"
    lead = draft.cue is not None and draft.cue.rule == "lead"
    if lead and draft.cue is not None and _answers_a_claim(text, source.start, draft):
        return False  # "Szabo accused Quaye of …, a charge Mr. Quaye called “a lie”": Quaye's
    if lead and draft.cue is not None and _relative_subject(text, source.start, draft):
        return False  # "after a leak that Brackenhurst Borough Council described as ‘minor’"
    return lead and draft.kind is QuoteKind.PARTIAL and draft.end <= source.end


def _answers_a_claim(text: str, start: int, draft: Draft) -> bool:
    """Whether the quote's own cue is a claim noun's answer inside the report ("a charge Mr.
    Quaye called"), not a verb of the report's content ("that Byrne had demanded cash")."""
    assert draft.cue is not None
    claim = rf"{CLAIM_NOUN_PHRASE}\s+{re.escape(draft.cue.who)}\b"
    return re.search(claim, text[start : draft.start]) is not None


def _relative_subject(text: str, start: int, draft: Draft) -> bool:
    """Whether the quote's own cue is the subject of a relative clause inside the report: the
    words are that subject's, whoever reports the rest."""
    assert draft.cue is not None
    clause = rf"\b(?:that|which|what)\s+{re.escape(draft.cue.who)}\s"
    return re.search(clause, text[start : draft.start]) is not None


def _this_sentence(before: str) -> str:
    """The words before a quote from its sentence's start: "… divided the critics. The Courier's
    Maureen Tate called it" is no group's term."""
    return _SENTENCE_END.split(before)[-1]


_SENTENCE_END = compiled(r"(?<=[a-z]{2}[.!?])\s+(?=[A-Z“\"‘])")


_PASSIVE_BY = compiled(r"(?:(?<=ed)|(?<=en)|(?<=made))\s+by\b")


def writers_label(text: str, start: int, end: int) -> bool:
    """A so-called word, a group's term ("what some call “water ranching”"), or one or two quoted
    words used as a modifier: "a “reform” agenda"."""
    before = text[max(0, start - 40) : start - 1]
    if named_as_term(before) or group_term(_this_sentence(text[max(0, start - 120) : start - 1])):
        return True
    words = text[start:end].split()
    of_before = _OF_BEFORE.search(before)
    if words and of_before and (words[0].endswith("ing") or of_before["doing"]):
        return False  # "accused Sir Martin of ‘sleepwalking’ through …": the accuser's word
    after = _NOUN_AFTER.match(text, end)
    # "this “canopy gap” probably explains": an adverb follows the noun the quote names
    attributive = (
        after is not None
        and after["word"] not in _FUNCTION_WORDS
        and not after["word"].endswith("ly")
        # "a “slow vanishing” driven by hedgerow loss": a participle, not the noun it modifies
        # (but "the ‘palliatives’ announced by the local government": the thing so labelled)
        and not (_PASSIVE_BY.match(text, after.end()) and before.rstrip().endswith((" a", " an")))
    )
    if _WHAT_THEY_CALLED.search(before):
        return False  # "criticised what he called a “chaotic” warm-up area": his word
    return len(words) <= 2 and attributive and bool(_DETERMINER_BEFORE.search(before))

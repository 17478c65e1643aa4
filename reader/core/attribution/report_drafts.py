"""A report's draft: who the cue's words name, how they resolve, the reason shown to the reader
and the venue ("told the Evening Post"). The reported-speech patterns find the words; this turns
a match into a Draft."""

from __future__ import annotations

import re

from reader.core.attribution import cues, source_cues
from reader.core.attribution import reported_patterns as rp
from reader.core.attribution import subject_patterns as sp
from reader.core.attribution.document_bodies import document_author, document_from_body
from reader.core.attribution.document_sources import owned_document
from reader.core.attribution.drafts import Draft
from reader.core.attribution.group_sources import body_at_end, source_phrase, without_article
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_names import POST_NOMINAL_WORDS
from reader.core.attribution.plural_subjects import takes_plural_verb
from reader.core.attribution.reasons import cue_reason
from reader.core.attribution.resolution import SUBJECT_OF_OWNER
from reader.core.attribution.resolve import Resolution, Resolver
from reader.core.attribution.sieves import Cue
from reader.core.attribution.unnamed_descriptions import anonymous_aside, names_no_one
from reader.core.attribution.venues import resolve_venue
from reader.core.attribution.verb_phrases import LEAD_IN_WORDS
from reader.core.calendar_words import MONTHS, WEEKDAYS
from reader.core.model import QuoteKind, Sentence

# "told the Evening Post| in January that": the time is no part of the venue
_WHEN_AFTER = compiled(
    rf"\s+(?:in|on|last|this|earlier|later)\s+(?:{'|'.join(MONTHS + WEEKDAYS)}|"
    r"week|month|year|\d{4})\b.*$"
)
_ENDS_IN_ROLE = compiled(rf"\b{cues.ROLE_NOUNS}$")
# "Sanders is touting", "Rubio fired back": the cue keeps all its words
_WHOLE_PHRASE = (
    frozenset(
        "is are was were has have had did does do would will could can may might not never".split()
    )
    | frozenset(f"{be}n{mark}t" for be in ("is", "are", "was", "were") for mark in "’'")
    | frozenset(
        f"{aux}{mark}t" for aux in "didn doesn don wouldn won couldn can".split() for mark in "’'"
    )
    | rp.PHRASAL_FIRST
    | LEAD_IN_WORDS
)
# its sender speaks for a document: "The memo, sent on Monday by the permanent secretary, X, says"
_SENT_BY = compiled(
    r",\s+(?:sent|signed|written|drafted|authored)\s+(?:[^,;“”\"]{0,30}?\s+)?by\s+"
    r"(?:(?:the|its|his|her|their|an?)\s+[^,;“”\"]{2,80},\s+)?(?P<by>[^,;“”\"]{2,80}),"
)
_SENT_DOCUMENT = compiled(r"[Tt]he\s+(?:memo|letter|email|e-mail|note|message|circular)")
_POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())
# "The review, carried out by structural engineer Dr Susan Oakes, found": its author
_MADE_BY = compiled(
    # "The indictment, brought by special counsel Martin Greaves, alleges"
    r",\s+(?:carried\s+out|conducted|led|written|authored|prepared|compiled|brought|filed|issued|"
    r"published|commissioned)"
    # ("filed by Marta Ocampo in federal court,": where or when, not who; but "by the Doctors in
    # Training Council,": a name goes on in capitals)
    r"\s+by\s+(?P<by>[^,;“”\"]{2,120}?)(?:\s+(?:in|on|at|last|this|earlier)\s"
    rf"(?=[a-z\d]|(?:{'|'.join(WEEKDAYS + MONTHS)})\b)[^,;“”\"]{{1,60}})?,"
)
_NAME_THEN_LETTERS = compiled(rf"(?P<name>{cues.PERSON}),\s+(?:{cues.POST_NOMINALS}),\s")


def draft_report(
    sentence: Sentence, match: re.Match[str], rule: str, resolver: Resolver, who: str | None = None
) -> Draft | None:
    """`who`: the speaker's words when they are not the match's (see `sp.HEAD_OF_APPOSITIVE`)."""
    start = sentence.start + _content_start(sentence.text, match, rule)
    dateline = _DATELINE.match(sentence.text) if start == sentence.start else None
    if dateline:  # "VELDOR (Reuters) - Veldair will …, the airline said": not the dateline's
        start += dateline.end()
    end = sentence.start + match.end("content")
    verb = match.groupdict().get("verb") or _CUE_WORDS.get(rule, "said")
    if verb.lower().startswith("having "):
        verb = verb.split(None, 1)[1]  # "Having announced that …, Judge Berman …"
    if verb.startswith("taken "):  # "has taken a swipe at": the reason reads "took a swipe at"
        verb = "took " + verb[len("taken ") :]
    negation = (
        _NEGATED.search(sentence.text, 0, match.start("verb"))
        if match.groupdict().get("verb")
        else None
    )
    if negation:  # "Democrats don’t think …" must not read "Democrats think …"
        verb = f"{negation.group().strip()} {verb}"
    words = verb.split()
    who = who or sp.speaker_words(sentence.text, match)
    owned = rule in ("claim", "in-view")  # "Her view is that …": whom "she" means
    who = SUBJECT_OF_OWNER.get(who.lower(), who) if owned else who
    if who in POST_NOMINAL_WORDS and (silk := _NAME_THEN_LETTERS.search(sentence.text)):
        who = silk["name"]  # "Counsel …, Mr Efiong Asuquo Bassey, SAN, told the court": him
    cue = Cue(
        who,
        verb if words[-1] in ("it", "out", "to") or words[0] in _WHOLE_PHRASE else words[0],
        rule,
    )
    if names_no_one(cue.who) or anonymous_aside(sentence.text, match):
        resolution: Resolution | None = Resolution(None, "anonymous")  # "Sources in the …"
    # "according to F.A.A. records", "A CNN/ORC poll in January shows": the words are the source
    elif rule in ("according-phrase", "according-poll", "evidence", "evidence-in"):
        # a body is read where the phrase stands ("…, according to the cooperative's outage
        # map": the cooperative named before it in the sentence); "his book" from the start
        owned_by_pronoun = cue.who.split(None, 1)[0].lower() in _POSSESSIVE_PRONOUNS
        named_at = (
            sentence.start + match.start("who")
            if match.groupdict().get("who") and not owned_by_pronoun
            else start
        )
        resolution = source_phrase(cue.who, resolver, named_at)
        evidence = rule == "evidence" and not owned_by_pronoun  # (not "Her analysis, published by")
        maker = _MADE_BY.match(sentence.text, match.end("who")) if evidence else None
        made = resolver.resolve(maker["by"], start) if maker else None
        if maker and made is not None and made.name is not None:  # "The review, carried out by …,"
            phrase = sentence.text[match.start("who") : maker.end() - 1]
            cue, resolution = Cue(phrase, cue.verb, rule), made
        if rule == "according-phrase" and _ITS.search(cue.who):
            resolution = _its_owner(sentence.text, match, resolver, start) or resolution
    elif rule in (
        "phrase-lead",
        "phrase-after",
    ):  # "Some delegates at the convention in Philadelphia said"
        resolution = (
            resolver.firm_staff.firm(cue.who, start)
            or owned_document(cue.who, resolver, start)
            or document_from_body(cue.who, resolver, start)  # "A letter from the commission"
            or document_author(cue.who, resolver, start)  # "The bulletin from the AAIC said"
            or body_at_end(cue.who, resolver)  # "A paper to the board of X NHS Trust warns"
            or Resolution(without_article(cue.who), "unnamed-source")
        )
    elif _ANONYMOUS.fullmatch(cue.who):  # "A source close to the club said": not the club
        resolution = None  # one kept anonymous: no one, as "a person familiar with the talks"
    elif rule == "described-lead":  # "A firefighter who was among the first to arrive said"
        resolution = resolver.described_as(cue.who) or resolver.lede_subject(cue.who, start)
    else:  # ("According to him, …": he)
        who = _SUBJECT_CASE.get(cue.who, cue.who) if rule == "reported-according" else cue.who
        resolution = resolver.resolve(who, _where_named(sentence, match, cue.who, start))
        if (resolution is None or resolution.name is None) and _cue_after_report(match, cue, rule):
            # "About 8,000 Midplains Energy customers lost power, a spokeswoman for the company
            # said": the body named inside the report, before its cue
            at = sentence.start + match.start("who")
            resolution = resolver.resolve(cue.who, at) or resolution
        if resolution is None or resolution.name is None:
            resolution = _initials(cue.who) or resolution
        elif resolution.name == cue.who and takes_plural_verb(cue):
            resolution = Resolution(cue.who, "unnamed-source")  # "Planners hope that …": a
            # group, whose quoted words inside the report credit no one
        sent = _SENT_DOCUMENT.fullmatch(cue.who)
        sent_by = sent and _SENT_BY.match(sentence.text, match.end("who"))
        sender = resolver.resolve(sent_by["by"], start) if sent_by else None
        if sender and resolver.cast.is_person(sender.name):
            resolution = sender  # a person (not "MPs from Ontario")
    # (after a second subject too: "The Minister of Health and Social Welfare, Professor X,")
    subject_end = match.end("also" if match.groupdict().get("also") else "who")
    named = sp.APPOSITIVE_NAME.match(sentence.text, subject_end)
    if named and named[0].endswith(","):
        named = sp.TITLED_APPOSITIVE_NAME.match(sentence.text, named.end() - 1) or named
    if named and (  # "… at the Institute of Environmental Health, Pune.": a place
        sp.names_no_one_for(named["name"], resolver.cast, resolution)
        or (rule == "reported-according" and sp.CLAIM_GOES_ON.match(sentence.text, named.end()))
    ):
        named = None
    if named and (
        resolution is None
        or resolution.how in ("organisation", "unnamed", "office", "lede")
        or sp.office_read_as_name(resolution, resolver.cast)
        or sp.DESCRIBED.match(cue.who)
        or (resolution.how in ("document", "phrase") and _ENDS_IN_ROLE.search(cue.who))
    ):  # "according to a statement signed by the agency's spokesman, Ahmed Yusuf": him
        cue = Cue(named["name"], cue.verb, rule)  # "The leader of the council, Janet Aldous, said"
        resolution = resolver.resolve(cue.who, start) or resolution
    if (resolution is None or resolution.name is None) and ", " in cue.who:
        # "His union, the Police Officers Federation of Minneapolis, said": the body in apposition
        named_after = cue.who.rsplit(", ", 1)[1]
        after = (
            resolver.resolve(named_after, start) if _NAME_IN_APPOSITION.match(named_after) else None
        )
        if after is not None and after.name is not None:
            cue, resolution = Cue(named_after, cue.verb, rule), after
    if resolution is None or (resolution.name is None and resolution.how != "anonymous"):
        return None  # (a report of anonymous sources is kept, with no speaker)
    draft = Draft(start, end, sentence.paragraph, [sentence.id], QuoteKind.INDIRECT, cue=cue)
    draft.speaker, draft.mention = resolution.name, cue.who
    if owned and cue.who in ("he", "she", "they"):  # named as "his", as the sentence has it
        draft.mention = match["who"].lower()
    draft.unnamed = resolution.how in ("unnamed-source", "anonymous")
    draft.reason, draft.confidence = cue_reason(cue, resolution)
    whom = _WHEN_AFTER.sub("", (match.groupdict().get("whom") or "").strip())
    if whom and verb in ("told", "tells"):
        draft.venue = resolve_venue(Cue(cue.who, verb, rule, venue=whom), resolver.cast, start)
    return draft


def _cue_after_report(match: re.Match[str], cue: Cue, rule: str) -> bool:
    """A source whose verb follows the report, not a pronoun (whom "he" means is read where the
    report starts: not a man named inside it)."""
    if rule != "reported-after" or cue.who.lower() in _SUBJECT_PRONOUNS:
        return False
    if not match.groupdict().get("who"):
        return False
    return match.start("who") > match.start("content")


def _where_named(sentence: Sentence, match: re.Match[str], who: str, start: int) -> int:
    """Where a pronoun subject stands ("She told the judge that …" means whom "she" meant before
    the judge is named) and a document named before the report ("According to the lawsuit,
    filed in X Court, …" is not the court's); other mentions where the report starts."""
    if not match.groupdict().get("who"):
        return start
    if who.lower() not in _SUBJECT_PRONOUNS and not _DOCUMENT_WORD.search(who):
        return start
    return min(start, sentence.start + match.start("who"))


_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "it"))
_DOCUMENT_WORD = compiled(rf"\b(?:{'|'.join(cues.DOCUMENT_WORDS)})(?:{cues.DOCUMENT_OF})?$")
_ACCORDING = frozenset(("reported-according", "according-phrase", "according-poll"))
# What may open a sentence before its "according to" without being part of the claim
# (nor a whole clause joined by "and": "The backlog has grown, and, according to X, the budget …")
_NOT_CLAIM = compiled(
    r"(?:(?:But|And|Yet|So|Still|Now|However|Meanwhile)\W*|.*[—–:-]\s*|.*,\s+(?:and|but))$"
)


def _content_start(text: str, match: re.Match[str], rule: str) -> int:
    """Where the content starts: "At the heart of the trouble, according to Dennis Ross, a
    former envoy, was a decision …" and "The trouble, Frank writes, began in …" claim the words
    before the source too (the source sits inside the claim)."""
    if match.start("content") < match.start("who"):
        return match.start("content")
    if rule in _ACCORDING:
        opening = text[: text.lower().rfind("according to", 0, match.start("who"))]
    elif _ASIDE_CUE.fullmatch(
        text, match.end("verb") if match.groupdict().get("verb") else 0, match.start("content")
    ) and _ONE_PHRASE.fullmatch(text, 0, match.start("who")):
        opening = text[
            : match.start("who")
        ]  # not "…, and the girls go to a school where, Cal says,"
    else:
        return match.start("content")
    if not opening.strip(" ,") or _NOT_CLAIM.fullmatch(opening.strip(" ,")):
        return match.start("content")
    conjunction = _CONJUNCTION.match(opening)
    return conjunction.end() if conjunction else len(opening) - len(opening.lstrip())


# what qualifies the verb: "never said", "don’t think", "would point to"
_NEGATED = compiled(
    r"(?:\b(?:(?:did|does|do|would|will|could|can|has|have|had)\s+)?(?:not|never)"
    r"|\b(?:don|doesn|didn|won|wouldn|can|couldn|hasn|haven|hadn)[’']t"
    r"|\b(?:would|will|could|may|might))\s+$"
)
_ASIDE_CUE = compiled(r",\s+")  # "…, Frank writes, began …": the verb ends the aside
_ONE_PHRASE = compiled(r"[^,]+,\s+")
_CONJUNCTION = compiled(r"\s*(?:But|And|Yet|So)\s+")

# the words that cue a report with no verb: "In a new Fox poll, …", "…, according to the FAA"
_CUE_WORDS = {
    "evidence-in": "in",
    "according-phrase": "according to",
    "according-poll": "according to",
    "reported-according": "according to",
}
_ITS = compiled(r"\b(?:its|their)\b")
_SUBJECT_CASE = {"him": "he", "her": "she"}
_ANONYMOUS = compiled(cues.ANONYMOUS)
_DATELINE = compiled(cues.DATELINE)


def kept_anonymous(match: re.Match[str]) -> bool:
    """Whether the match's source is one kept anonymous ("a source close to the board told the
    Courier, describing …"): the sentence's report is theirs, and no other pattern's."""
    who = match.groupdict().get("who")
    return who is not None and _ANONYMOUS.fullmatch(who.strip()) is not None


# the capitalised subject the content opens with
_CONTENT_SUBJECT = compiled(r"[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*")


def _its_owner(text: str, match: re.Match[str], resolver: Resolver, at: int) -> Resolution | None:
    """ "According to a statement posted on its website, Threlkeld Brewing will close …": the
    body the report is about owns the statement."""
    subject = _CONTENT_SUBJECT.match(text, match.start("content"))
    found = resolver.resolve(subject[0], at) if subject else None
    entity = resolver.cast.entities.get(found.name or "") if found else None
    return found if entity is not None and entity.kind == "organisation" else None


# what follows an appositive's comma when it names someone: "the Police Officers Federation …"
_NAME_IN_APPOSITION = compiled(r"(?:the\s+)?[A-Z]")


def _initials(who: str) -> Resolution | None:
    """ "NATO says": a body known by its initials, though the article never spells it out."""
    return Resolution(without_article(who), "organisation") if _ACRONYM.fullmatch(who) else None


_ACRONYM = compiled(source_cues.ACRONYM)

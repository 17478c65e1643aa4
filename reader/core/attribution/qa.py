"""Interviews in Q&A form: answers under "A:" labels, or paragraphs labelled with a speaker's name.

    Q: Why not build the flats elsewhere?        (the interviewer: not a quote)
    A: We looked at that, seriously, ...         (the interviewee: kind "qa")
    Rosalind Tully: We looked at that, ...       (a named label: that person)

The interviewee of "A:" answers is the person named just before the first question.
"""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.capital_labels import ONE_WORD_LABEL, CapitalLabels
from reader.core.attribution.context import SentenceIndex
from reader.core.attribution.drafts import Draft
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.resolve import Resolution, Resolver
from reader.core.attribution.subjects import is_subject, role_subject
from reader.core.model import Article, Paragraph, QuoteKind

# Labels may keep Markdown’s bold marks in text taken from a page’s source: "**Q:**", "**Ana:**"
_BOLD = r"(?:\*\*|__)?"
QUESTION_LABEL = compiled(rf"^\s*{_BOLD}(?:Q|Question)\s*[:.]\s*{_BOLD}\s+")
_ANSWER = compiled(rf"^\s*{_BOLD}(?:A|Answer)\s*[:.]\s*{_BOLD}\s+")
_NAMED = compiled(
    rf"^\s*{_BOLD}(?:(?P<who>{cues.TITLE}?{cues.NAME})"
    # a transcript's labels in capitals: "CURTIS PELHAM:" (a whole name, someone of the cast)
    r"|(?P<upper>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3}))"
    # a caller's label with where they call from: "Dale, Quarry Road:" / "Mai (Leeds):"
    rf"(?:\s*\([^)]{{1,40}}\)|,(?:\s+[A-Z][\w'’.-]*){{1,3}})?\s*:\s*{_BOLD}\s+"
)
_PERSON = compiled(rf"{cues.TITLE}?{cues.NAME}")
# "She spoke to the Business Desk about rates": the desk she spoke to asks, she answers
_SPOKEN_TO = compiled(
    r"\b(?:spoke|speaks|talked|talks|speaking|talking)\s+(?:to|with)\s+(?:the\s+)?$"
)
# "We put five questions to Cllr Rosalind Tully", "I interviewed …": the one who answers
_PUT_TO = compiled(
    r"\b(?:questions?\s+to|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|sat\s+down\s+"
    rf"with)\s+(?:the\s+[a-z]+\s+)?(?:{cues.TITLE})?$"
)
# "Kath Moorcroft, staff nurse, A&E": a name on a line of its own, with at most a role after it.
_NAME_HEADING = compiled(
    rf"^\s*(?P<who>{cues.TITLE}?{cues.NAME})(?:\s*[,—–-]\s*[^.?!:]{{1,80}})?\s*$"
)
_INTERVIEWERS = set(
    "Chair Chairman Chairwoman Chairperson Moderator Interviewer Host Presenter".split()
)
_INTERVIEWERS |= {"Question", "Q"}
# Labels that are page furniture, not speakers: "Update:", "Correction:", "Photo:".
_NOT_SPEAKERS = set(
    "Update Updated Correction Clarification Photo Video Note Editor Editors Source Sources Read "
    "Watch Listen Related Disclosure Warning Summary Analysis Context Background".split()
)
# Labels of a transcript's voices the article does not name: "Caller:", "Audience member:"
_UNNAMED_VOICES = set(
    "Caller Listener Viewer Audience Voice Resident Student Parent Man Woman Protester".split()
)
_LOOK_BACK = 3  # paragraphs before the first question that may name the interviewee


def qa_answers(
    article: Article, index: SentenceIndex, resolver: Resolver, asked: set[int] | None = None
) -> list[Draft]:
    """The answers; `asked` collects the paragraphs of a host's or chair's lines (no reports)."""
    asked = set() if asked is None else asked
    drafts: list[Draft] = []
    interviewee: Resolution | None = None
    interviewers = _INTERVIEWERS | _author_names(article.author)
    hosts: set[str] | None = None  # read when a transcript's label first asks
    capitals = CapitalLabels()
    paragraphs = article.paragraphs
    for paragraph in paragraphs:
        text = article.paragraph_text(paragraph)
        heading = _heading_interviewee(article, paragraph, text, resolver)
        if heading is not None:
            interviewee = heading  # "Julian Ashdown, chief executive" over his questions
            continue
        if QUESTION_LABEL.match(text) and interviewee is None:
            interviewee = _named_before(article, paragraph, resolver)
        answer = _ANSWER.match(text)
        if answer and interviewee is not None:
            drafts.append(_answer(paragraph, answer.end(), interviewee, index, "the interviewee"))
            continue
        named = _NAMED.match(text) if ":" in text else None  # "Rosalind Tully: …"
        upper = named["upper"] if named else None
        one_word = ONE_WORD_LABEL.match(text) if named is None and ":" in text else None
        if one_word is not None:  # "MCKAY:" after "SHERIFF DALE MCKAY:", "TULLY:" (Ben Tully)
            named, upper = one_word, one_word["upper"]
        if named and upper:
            resolution = resolver.resolve(upper.title(), paragraph.start)
            entity = resolver.cast.entities.get(resolution.name or "") if resolution else None
            if not _is_transcript(article, paragraph, capitals_only=one_word is not None):
                continue  # a lone label is a headline's ("FALLIN: I think …"): a report
            if not (resolution and entity and entity.kind == "person"):
                labelled = capitals.speaker(upper)  # no one the running text names
                resolution = Resolution(labelled, "label") if labelled else None
            if resolution is not None:
                drafts.append(_answer(paragraph, named.end(), resolution, index, "the label"))
            continue
        if named and named["who"].rstrip(".") in interviewers:
            asked.add(paragraph.index)  # "Chair:", "Moderator:", the byline's "Rooke:"
            continue
        if named and named["who"].split()[0].rstrip("’'s") in _NOT_SPEAKERS:
            continue
        if (
            named
            and named["who"].split()[0] in _UNNAMED_VOICES
            and _is_transcript(article, paragraph)
        ):
            label = named["who"]  # "Caller: I'm not giving my name …"
            drafts.append(_answer(paragraph, named.end(), None, index, f"the label “{label}”"))
            continue
        if named and _is_transcript(article, paragraph):
            resolution = resolver.resolve(named["who"], paragraph.start)
            if hosts is None:
                hosts = _hosts(article.text, resolver)
            if resolution and resolution.name and resolution.name in hosts:
                asked.add(paragraph.index)  # "Vantongeren: Next caller, you're on."
            elif resolution and resolution.name:
                how = (
                    "the label"
                    if named["who"] == resolution.name
                    else f"the label “{named['who']}”"
                )
                drafts.append(_answer(paragraph, named.end(), resolution, index, how))
    return drafts


# "Vantongeren, 67, has hosted “The Party Line” since 1991": his lines ask the questions
_HOST = compiled(
    rf"(?P<who>{cues.NAME})(?:,\s+\d+,)?\s+(?:has\s+hosted|hosts|hosted|presents|"
    r"(?:is|was)\s+(?:the\s+)?(?:host|presenter|moderator))\b"
    rf"|\b(?:host|presenter|moderator)\s+(?P<named>{cues.NAME})"
)


def _hosts(text: str, resolver: Resolver) -> set[str]:
    """Who the article says hosts the show or chairs the debate: an interviewer, not a voice."""
    names = set()
    for match in _HOST.finditer(text):
        resolution = resolver.resolve(match["who"] or match["named"], match.start())
        if resolution and resolution.name:
            names.add(resolution.name)
    return names


def _author_names(author: str | None) -> set[str]:
    """The writer's full name, surname and first name: a transcript's "Rooke:" asks questions."""
    if not author:
        return set()
    words = [w for w in author.replace(",", " ").split() if w[:1].isupper() and w != "By"]
    return {" ".join(words), *(words[:1] + words[-1:])} if words else set()


def _heading_interviewee(
    article: Article, paragraph: Paragraph, text: str, resolver: Resolver
) -> Resolution | None:
    """A line that is only a name (and a role) right above a question: whose answers follow."""
    following = paragraph.index + 1  # a question first: it is the cheaper test
    if following >= len(article.paragraphs):
        return None
    if not QUESTION_LABEL.match(article.paragraph_text(article.paragraphs[following])):
        return None
    heading = _NAME_HEADING.match(text)
    if heading is None:
        return None
    resolution = resolver.resolve(heading["who"], paragraph.start + heading.start("who"))
    return resolution if resolution and resolution.name else None


def _named_before(
    article: Article, first_question: Paragraph, resolver: Resolver
) -> Resolution | None:
    """The person named last before the first question, preferring someone the article names
    as a person elsewhere: "I put five questions to Sallis in the Methodist hall" is Sallis."""
    entities = resolver.cast.entities
    named = [  # not the outlet he "sat down with"
        (r, standing)
        for r, standing in _names_before(article, first_question, resolver)
        if r.how != "organisation" and (r.name not in entities or entities[r.name].kind == "person")
    ]
    known = [pair for pair in named if pair[0].name in entities]
    ranked = known or named
    return max(ranked, key=lambda pair: pair[1])[0] if ranked else None  # the last, of the best


def _names_before(
    article: Article, first_question: Paragraph, resolver: Resolver
) -> list[tuple[Resolution, int]]:
    """Each person named in the paragraphs before the first question, last first, and how the
    article puts them: 2, the one questions were put to ("We put five questions to Cllr X"); 1,
    their sentence's subject ("Fishing boat captain X, 64, spoke to us through an interpreter,
    Y": X answers, not the interpreter named last); 0, anyone else."""
    found = []
    for back in range(1, _LOOK_BACK + 1):
        if first_question.index - back < 0:
            break
        paragraph = article.paragraphs[first_question.index - back]
        text = article.paragraph_text(paragraph)
        for match in reversed(list(_PERSON.finditer(text))):
            if _SPOKEN_TO.search(text, max(0, match.start() - 24), match.start()):
                continue
            resolution = resolver.resolve(match.group(), paragraph.start + match.start())
            if resolution and resolution.name:
                at = match.start()
                asked = _PUT_TO.search(text, max(0, at - 40), at) is not None
                subject = is_subject(text, at) or role_subject(text, at)
                found.append((resolution, 2 if asked else int(subject)))
    return found


def _is_transcript(article: Article, paragraph: Paragraph, capitals_only: bool = False) -> bool:
    """A name label counts when a neighbouring paragraph is labelled too (a transcript);
    `capitals_only`: a surname alone in capitals needs a neighbour labelled in capitals."""
    for i in (paragraph.index - 1, paragraph.index + 1):
        if not 0 <= i < len(article.paragraphs):
            continue
        text = article.paragraph_text(article.paragraphs[i])
        named = _NAMED.match(text)
        if ONE_WORD_LABEL.match(text) or (named is not None and named["upper"]):
            return True
        if not capitals_only and (named is not None or QUESTION_LABEL.match(text)):
            return True
        if not capitals_only and i < paragraph.index and _QUESTION_LINE.match(text):
            return True  # "**Why do you still offer a cash discount?**", then "Name: …"
    return False


# An interviewer's question standing alone as a paragraph, without a label
_QUESTION_LINE = compiled(rf"^\s*{_BOLD}[A-Z][^\n“”\"]{{2,200}}\?{_BOLD}\s*$")


def _answer(
    paragraph: Paragraph, label_end: int, who: Resolution | None, index: SentenceIndex, how: str
) -> Draft:
    start, end = paragraph.start + label_end, paragraph.end
    draft = Draft(
        start, end, paragraph.index, index.covering(start, end), QuoteKind.QA, starts_paragraph=True
    )
    if who is None:
        draft.confidence = 0.8
        draft.reason = f"an answer in a Q&A; {how} names no one"
        return draft
    draft.speaker = who.name
    draft.confidence = 0.9
    draft.reason = f"an answer in a Q&A; {how} is {who.name}"
    return draft

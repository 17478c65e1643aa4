"""Who wrote a document the article cites: "a report published in May by the Kestle Bay
Foundation", "a filing Strandmoor made with the commission", "the foundation's annual report",
"the trust said in a statement".

A later "according to the report" is that author's, not the organisation named last.
"""

from __future__ import annotations

import bisect

from reader.core.attribution import cues
from reader.core.attribution.first_names import first_name_at
from reader.core.attribution.name_atoms import NO_PARTY_TAG
from reader.core.attribution.pattern_cache import compiled

_S = r"[^\S\n]+"  # space within a paragraph: an author's name never runs on past a line break
# a capitalised word, an initial ("J.") or a title ("by Dr. Elise Tremblay"): a full stop ends a
# name otherwise ("by Hsu. The …")
# ("An affidavit filed by Det. Gina Thibodeaux": a rank)
_WORD = (
    r"(?:[A-Z]\.|(?:Dr|Prof|Mr|Mrs|Ms|Rev|Sen|Rep|Gov|Det|Sgt|Lt|Capt|Cpl|Insp|Supt|Col|Maj|Atty|Ofc)"
    r"\.(?=\s+[A-Z])|[A-Z][\w&’'-]*)"
)
# ("the Instituto Nacional de Estadística": a Romance "of")
# ("the Observatoire Tunisien des Prix et du Pouvoir d'Achat": a body named in French)
_NAMED = (
    rf"(?:[Tt]he{_S})?(?:{cues.FRENCH_BODY_NAME}|{_WORD}"
    rf"(?:{_S}(?:of{_S}|for{_S}|and{_S}|de{_S}(?:l[ao]s?{_S})?|del{_S})?{_WORD}){{0,5}})"
)
# "a statement from Niamh Carrick-Dunne": a name follows, and no one's possessive ("a report
# from the State Department's inspector general" is the inspector's)
_FROM_NAME = (  # ("a memo from studio head Pieter Claassen": a role may come first)
    rf"(?={_S}(?:the{_S})?(?:[a-z]+{_S}){{0,2}}[A-Z][\w&-]*+(?:{_S}[A-Z][\w&-]*+)*+(?![’']))"
)
# after the document's word: "… published in May by the Kestle Bay Foundation", "… by Hsu"
_BY_AFTER = (
    rf",?{_S}(?:(?:published|released|issued|commissioned|prepared|written|compiled|produced|brought|"
    rf"filed|submitted|obtained|gathered|collected|coordinated|conducted|organi[sz]ed|funded|led|"
    rf"carried|signed|sent|authored|circulated|tabled)"
    # "filed Tuesday by", "published in May by", "filed in federal court by", "tabled in
    # parliament on Wednesday by"
    rf"(?:{_S}(?:(?:in|on|last|this|early|late){_S})?(?!(?:by|from)\b)[A-Za-z]+"
    rf"(?:{_S}(?!(?:by|from)\b)[a-z]+){{0,2}}){{0,2}}"
    # "filed last week in Superior Court by": the court it was filed in
    rf"(?:{_S}in{_S}(?:the{_S})?[A-Z][\w’'-]*(?:{_S}[A-Z][\w’'-]*){{0,4}})?{_S})?"
    # ("the annual report of VisitHighlands, the regional tourism body": a report's body)
    # (not "a survey of Canadians", "a review of Tesla's accounts": what they are of)
    rf"(?:by|from{_FROM_NAME}|(?:(?<=report\s)|(?<=audit\s)|(?<=minutes\s))of"
    rf"(?={_S}(?:the{_S})?[A-Z])){_S}"
    # "by the campaign group Clean Dunmere", "by the county’s Office of Internal Audit": the
    # name, not the words that class or own it
    # "by special counsel Martin Greaves": a role before the name too
    # ("by the company on Friday": the company, not Friday)
    # ("signed by chief operating officer Deborah Kwan": three words of a role)
    # ("filed by a former staffer named Bradley Podliska": an article, a role, "named")
    rf"(?:(?:(?:the|an?){_S})?(?:(?!(?:on|in|at|of|for|last|this|with|to|from|and|the|a|an){_S})"
    rf"[a-z’'-]+{_S}){{1,3}}(?=[A-Z]))?"
    # (not "by the agency's watchdog": someone of the agency's)
    rf"(?P<by>{_NAMED}|the{_S}{cues.ORG_HEAD}\b(?!['’]))"
)
# "a filing Strandmoor made with the commission", "the report the council published"
_MADE_AFTER = (
    rf"{_S}(?:that{_S})?(?P<maker>{_NAMED}){_S}"
    r"(?:made|filed|submitted|published|released|issued|sent|wrote|commissioned|prepared)\b"
)
_AFTER = compiled(rf"(?:{_BY_AFTER}|{_MADE_AFTER})")
# (surveys and polls too: "the survey found" after "a survey by the network")
# notices a body puts out: "the sheriff's office said in a news release. … According to the release"
NOTICE_WORDS = ("release", "bulletin", "advisory")
_DOCUMENT_WORD = compiled(  # ("the latest Labour Force Survey released by …": a title's capital)
    rf"\b(?:{'|'.join(cues.DOCUMENT_WORDS)}|{'|'.join(NOTICE_WORDS)}|[Ss]urvey|poll|review|"
    r"analysis)s?\b"
)
_OWNER_BEFORE = compiled(rf"(?P<owner>{_NAMED})['’]s?{_S}(?:[a-z-]+{_S}){{0,2}}$")
# "a filing Strandmoor made with …" as the whole source phrase of "according to …"
_SOURCE_WORDS = [
    *cues.DOCUMENT_WORDS,
    *"figure data record document email number readout transcript summary minute".split(),
    # "a fact sheet released Friday by …", "a bulletin issued by …", "research by …"
    *NOTICE_WORDS,
    *"sheet determination research briefing update".split(),
]
_PHRASE = compiled(
    rf"(?:(?:[Aa]n?|[Tt]he)\s+)?(?:(?:[a-z-]+|\d{{4}})\s+){{0,2}}(?:{'|'.join(_SOURCE_WORDS)})s?\b"
)  # "a filing", "A 2024 report"
# "in a", "in its own": the words right before a document's word
_IN_A = rf"{_S}(?:a|an|its|their){_S}(?:[a-z-]+{_S})?$"
_SAID_IN_BEFORE = compiled(
    # "the trust said in a statement", "The ministry, in an order dated 11 March,"
    # "…, the inspector general, Lorraine Keck, found in a report released Friday"
    # ("Det. X of the Brindle Township Police Department wrote in an affidavit": her body after)
    rf"(?P<who>{_NAMED}|[Tt]he{_S}[a-z]+)(?:{_S}of{_S}the{_S}[A-Z][\w’'-]*(?:{_S}[A-Z][\w’'-]*){{0,4}})?"
    rf"(?:,?{_S}(?:said|says|wrote|found|concluded)|,){_S}in{_IN_A}"
)
# "In a statement issued late on Thursday, the ministry said": the sayer after the document
_SAID_AFTER = compiled(
    rf"[^,.;:“”\"]{{0,80}},{_S}{NO_PARTY_TAG}(?P<who>{_NAMED}|[Tt]he{_S}[a-z]+)(?:,[^,;“”\"]{{1,120}},)?"
    # ("In a paper published this week in …, Dr X of the University of Y argues": her body after)
    rf"(?:{_S}of{_S}the{_S}[A-Z][\w’'-]*(?:{_S}(?:of{_S})?[A-Z][\w’'-]*){{0,4}})?{_S}"
    # "…, Graham Ferris, who was the site manager, said"; "In a memo to staff …, Superintendent
    # Gail Brennan outlined …"
    r"(?:said|says|wrote|writes|added|outlined|announced|explained|described|warned|argued|"
    r"argues|found|finds|concluded|concludes|suggested|suggests)\b"
)
# "Denise Kowalski sued Trident Logistics …": the lawsuit is hers
_LEGAL_FORM = rf"(?:,?\s+(?:{'|'.join(sorted(cues.FORM_WORDS))})\.?)?"  # "Brightwater Foods Inc."
_SUED = compiled(  # not "which Denise Kowalski sued": the object of a relative clause
    rf"(?<![\w’'-])(?<!which\s)(?<!that\s)(?<!whom\s)(?P<who>{_NAMED}{_LEGAL_FORM})"
    rf"(?:,[^,;“”\"]{{1,200}},)?{_S}(?:(?:has|have|had){_S})?"
    rf"(?:sued|filed{_S}(?:a{_S})?(?:lawsuit|suit|complaint))\b"
)
_SUITS = frozenset({"lawsuit", "complaint", "suit"})
_CAPITAL_BEFORE = compiled(r"[A-Z][\w’'-]*\s+$")
_ANOTHER_SUIT = compiled(r"\b(?:lawsuit|suit|sued|complaint)\b")
# "Loomstack, the Portland startup whose …, has published its post-mortem": the subject's own
_PUBLISHED_ITS = compiled(
    rf"(?<![\w’'-])(?P<who>{_NAMED})(?:,[^,;“”\"]{{1,200}},)?{_S}(?:(?:has|have|had){_S})?"
    r"(?:published|released|issued|posted|filed|sent|put\s+out)\s+(?:its|their|his|her)\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
_PUBLISHER_REACH = 300
_IN_A_BEFORE = compiled(rf"\b[Ii]n{_IN_A}")
_SAYING_IN = compiled(rf",{_S}(?:saying|writing|adding){_S}in{_IN_A}")
_OF_WHAT = compiled(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?=\s+(?:released|published|issued|by))")
_LOOK_BACK = 6000  # characters: where "the report" was introduced
_OWNER_REACH = 60
_SAYER_REACH = 140  # a sayer, perhaps with a rank and a body: "Det. X of the … wrote in an"
_DOCUMENT_SET = frozenset(cues.DOCUMENT_WORDS)


def author_in_phrase(words: str) -> str | None:
    """ "a filing Strandmoor made with the commission on Aug. 14": Strandmoor."""
    document = _PHRASE.match(words)
    if document is None:
        return None
    of_what = _OF_WHAT.match(words, document.end())  # "a readout of the call released by …"
    end = of_what.end() if of_what else document.end()
    titled = _TITLE_BETWEEN.match(words, end)  # "The report, ‘Running on Empty’, by the …"
    after = _AFTER.match(words, titled.end() if titled else end)
    return _not_a_document(after_last_title((after["by"] or after["maker"]) if after else None))


_TITLE_BETWEEN = compiled(r",?\s*(?:titled\s+)?[“\"‘'][^“”\"‘’]{2,120}[”\"’'],?(?=\s)")


def after_last_title(author: str | None) -> str | None:
    """ "Conflict of Interest and Ethics Commissioner Yvonne Desrosiers": the name after the
    office, when two words or more follow its last title word."""
    words = (author or "").split()
    titles = [i for i, word in enumerate(words[:-2]) if word in cues.TITLE_WORDS and i > 0]
    if not titles:
        return author
    after = words[titles[-1] + 1 :]
    if after[0] in ("for", "of"):  # "the Treasury Inspector General for Tax Administration":
        # the office's field, then the holder's name if a first name shows one
        first = first_name_at(after)
        return " ".join(after[first:]) if first else author
    return " ".join(after)


class DocumentAuthors:
    """Every document the text introduces with its author, found in one pass when first asked
    for, so each "according to the report" is a bisection, not a scan of the pages before it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._by_word: dict[str, tuple[list[int], list[str]]] | None = None

    def introduced(self, word: str, at: int) -> str | None:
        """The author named where a document called `word` ("report") was last introduced
        before `at` (within a few pages); None if no introduction names one."""
        if self._by_word is None:
            self._by_word = self._index()
        starts, authors = self._by_word.get(word.rstrip("s"), ([], []))
        index = bisect.bisect_left(starts, at)
        if index and at - starts[index - 1] <= _LOOK_BACK:
            return authors[index - 1]
        return None

    def plaintiff(self, word: str, at: int) -> str | None:
        """ "Denise Kowalski sued Trident Logistics …. “…,” the lawsuit says": she did."""
        if word.rstrip("s") not in _SUITS:
            return None
        sued = [  # whole names only: not "Kowalski" of "which Denise Kowalski sued"
            m
            for m in _SUED.finditer(self._text, max(0, at - _PUBLISHER_REACH), at)
            if not _CAPITAL_BEFORE.search(self._text, max(0, m.start() - 30), m.start())
        ]
        if not sued or _ANOTHER_SUIT.search(self._text, sued[-1].end(), at):
            return None  # "… the nurses' union filed a lawsuit …": a later suit, its filer unnamed
        return _not_a_document(sued[-1]["who"])

    def _index(self) -> dict[str, tuple[list[int], list[str]]]:
        found: dict[str, tuple[list[int], list[str]]] = {}
        for match in _DOCUMENT_WORD.finditer(self._text):
            author = _author_around(self._text, match.start(), match.end())
            if author is not None:
                starts, authors = found.setdefault(match[0].lower().rstrip("s"), ([], []))
                starts.append(match.start())
                authors.append(author)
        return found


def _author_around(text: str, start: int, end: int) -> str | None:
    if of_kind := _OF_KIND.match(text, end):  # "The affidavit of probable cause, written by X,"
        end = of_kind.end()
    after = _AFTER.match(text, end)
    if after:
        return _not_a_document(after["by"] or after["maker"])
    its = _ITS_BEFORE.search(text, max(0, start - 8), start)
    named_next = _NAMED_AFTER_COMMA.match(text, end) if its else None
    if named_next:  # "In its complaint, Redfield accuses the county of …": Redfield's
        return _not_a_document(named_next["who"])
    reach = max(0, start - _OWNER_REACH)
    owner = _OWNER_BEFORE.search(text, reach, start)
    if owner:
        return _not_a_document(owner["owner"])
    said = _SAID_IN_BEFORE.search(text, max(0, start - _SAYER_REACH), start)  # "the trust said in
    # a statement …"
    if said:
        return _not_a_document(said["who"])
    said = _SAID_AFTER.match(text, end)
    if said and _IN_A_BEFORE.search(text, max(0, start - 40), start):
        return _not_a_document(said["who"])
    published = _PUBLISHED_ITS.search(text, max(0, start - _PUBLISHER_REACH), start)
    if published:
        return _not_a_document(published["who"])
    if _FILED_WITH.match(text, end):  # "Corvane plans …, according to a filing with the SEC"
        return _subject_of_sentence(text, start)
    if _SAYING_IN.search(text, max(0, start - 30), start):  # "The Arts Council … has withdrawn
        return _subject_of_sentence(text, start)  # funding, saying in a letter that …": its
    return None


_OF_KIND = compiled(cues.DOCUMENT_OF)
_BASED_IN = compiled(r"^(?:the\s+)?[A-Z][\w.’'-]*-based\s+(?=[A-Z])")
_ITS_BEFORE = compiled(r"\b(?:its|their|his|her)\s+$")
_NAMED_AFTER_COMMA = compiled(rf",{_S}(?P<who>{_NAMED})(?={_S}[a-z])")
# a filing "with" a regulator: the filer is the sentence's subject, not the regulator
_FILED_WITH = compiled(rf"{_S}with{_S}(?:the{_S})?[A-Z]")
_SENTENCE_OPENS = compiled(r"(?:\A|[.!?][”\"’']?\s+|\n\s*)(?=[A-Z])")
_SUBJECT = compiled(rf"(?P<who>{_NAMED})(?={_S}[a-z])")


def _subject_of_sentence(text: str, at: int) -> str | None:
    """The capitalised name that opens the sentence holding `at`, if one does."""
    opens = [m.end() for m in _SENTENCE_OPENS.finditer(text, max(0, at - _PUBLISHER_REACH), at)]
    subject = _SUBJECT.match(text, opens[-1]) if opens else None
    return _not_a_document(subject["who"]) if subject else None


def _not_a_document(author: str | None) -> str | None:
    """ "the statement said in a report": a document is no author (and resolving it would
    ask for its own author again)."""
    if author is None:
        return None
    # "the Leuven-based Agri-Food Policy Observatory", and no sentence's stop ("… Project.")
    author = _BASED_IN.sub("", author).rstrip(".")
    words = author.split()
    # "the statement", "The Report": a document; "Office of Internal Audit" is a body
    if words[-1].lower().rstrip("s") in _DOCUMENT_SET and (len(words) <= 2 or " of " not in author):
        return None
    return author

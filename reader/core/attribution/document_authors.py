"""Who wrote a document the article cites: "a report published in May by the Kestle Bay
Foundation", "a filing Strandmoor made with the commission", "the foundation's annual report".

A later "according to the report" is that author's, not the organisation named last.
"""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.attribution.pattern_cache import compiled

_NAMED = r"(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){0,5}"
# after the document's word: "… published in May by the Kestle Bay Foundation", "… by Hsu"
_BY_AFTER = (
    r",?\s+(?:(?:published|released|issued|commissioned|prepared|written|compiled|produced|"
    r"filed|submitted|obtained|gathered|collected)(?:\s+(?:in|on|last|this|early|late)\s+"
    r"[A-Za-z]+)?\s+)?by\s+"
    # "by the campaign group Clean Dunmere": the name, not the words that class it
    rf"(?:the\s+(?:[a-z-]+\s+){{1,2}}(?=[A-Z]))?(?P<by>{_NAMED})"
)
# "a filing Strandmoor made with the commission", "the report the council published"
_MADE_AFTER = (
    rf"\s+(?:that\s+)?(?P<maker>{_NAMED})\s+"
    r"(?:made|filed|submitted|published|released|issued|sent|wrote|commissioned|prepared)\b"
)
_AFTER = compiled(rf"(?:{_BY_AFTER}|{_MADE_AFTER})")
_DOCUMENT_WORD = compiled(rf"\b(?:{'|'.join(cues.DOCUMENT_WORDS)})s?\b")
_OWNER_BEFORE = compiled(rf"(?P<owner>{_NAMED})['’]s?\s+(?:[a-z-]+\s+){{0,2}}$")
# "a filing Strandmoor made with …" as the whole source phrase of "according to …"
_SOURCE_WORDS = [
    *cues.DOCUMENT_WORDS,
    *"figure data record document email number readout transcript summary minute".split(),
]
_PHRASE = compiled(rf"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(_SOURCE_WORDS)})s?\b")
_SAID_IN_BEFORE = compiled(
    rf"(?P<who>{_NAMED}|the\s+[a-z]+)\s+(?:said|says|wrote)\s+in\s+(?:a|an|its|their)\s+"
    r"(?:[a-z-]+\s+)?$"
)
_OF_WHAT = compiled(r"\s+of\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?=\s+(?:released|published|issued|by))")
_LOOK_BACK = 6000  # characters: where "the report" was introduced
_OWNER_REACH = 60


def author_in_phrase(words: str) -> str | None:
    """ "a filing Strandmoor made with the commission on Aug. 14": Strandmoor."""
    document = _PHRASE.match(words)
    if document is None:
        return None
    of_what = _OF_WHAT.match(words, document.end())  # "a readout of the call released by …"
    after = _AFTER.match(words, of_what.end() if of_what else document.end())
    return (after["by"] or after["maker"]) if after else None


def author_introduced(text: str, word: str, at: int) -> str | None:
    """The author named where a document called `word` ("report") was last introduced before
    `at`, as the article wrote it; None if no introduction names one."""
    for match in reversed(list(_DOCUMENT_WORD.finditer(text, max(0, at - _LOOK_BACK), at))):
        if not match[0].lower().startswith(word):
            continue
        after = _AFTER.match(text, match.end())
        if after:
            return after["by"] or after["maker"]
        reach = max(0, match.start() - _OWNER_REACH)
        owner = _OWNER_BEFORE.search(text, reach, match.start())
        if owner:
            return owner["owner"]
        said = _SAID_IN_BEFORE.search(text, reach, match.start())
        if said:  # "the trust said in a statement to this newspaper …; “…,” the statement said"
            return said["who"]
    return None

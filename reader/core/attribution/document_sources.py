"""Sources named by a document: "the ruling said" (the judge's), "the study found" (its lead
author's), "according to the filing" (whoever the article says filed it). The `Resolver` half
that reads documents, with `RoleSources`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.core.attribution import cues
from reader.core.attribution import group_sources as gs
from reader.core.attribution.document_authors import DocumentAuthors, author_in_phrase
from reader.core.attribution.organisations import OrganisationTimeline
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

if TYPE_CHECKING:  # the class this half belongs to
    from reader.core.attribution.resolve import Resolver

# a judge's documents
_OWN_WORDS = frozenset(cues.DOCUMENT_WORDS)
_OF_KIND = compiled(rf"{cues.DOCUMENT_OF}$")
_JUDGES_WORDS = frozenset({"ruling", "opinion", "decision", "judgment", "judgement"})
_PROSECUTION_WORDS = frozenset({"indictment", "affidavit"})  # a public body's, not the accused's
_DOCUMENT_REACH = 240  # characters: a document's name and who filed it
_OWNED_DOCUMENT = compiled(
    r"[Tt]he\s+[a-z]+['’]s\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}"
    rf"(?:{'|'.join(cues.DOCUMENT_WORDS)}|figures|data|records|accounts|minutes)"
)
_ISSUED_DOCUMENT = compiled(cues.ISSUED_DOCUMENT)
_TOPIC = compiled(r"(?<=report|review)\s+(?:on|into|about)\s+[^,;“”\"]{1,80}$")  # what it is about
_OWNER_WORD = compiled(r"^([Tt]he\s+)[a-z]+['’]s\s+")  # "The court’s opinion": "The opinion"


class DocumentSources:
    _documents: DocumentAuthors
    _organisations: OrganisationTimeline
    _text: str

    def resolve(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError  # the Resolver's

    def _by_role(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError  # RoleSources'

    def _document(self, who: str, at: int) -> Resolution | None:
        """ "the ruling said" is the judge's; "the study found" its lead author's; "the filing
        said" the organisation's named last."""
        word = _OF_KIND.sub("", who).split()[-1].lower()  # "affidavit" of "… of probable cause"
        word = "lawsuit" if word == "suit" else word  # "the suit claims": the lawsuit filed by X
        if word in _JUDGES_WORDS:
            author: str | None = "the judge"
        else:
            author = "the authors" if word in ("study", "paper") else None
        person = self._by_role(author, at) if author else None
        if person is not None:
            return Resolution(person.name, "document", person.gender)
        introduced = (
            self._author_named_with(who, at)  # "a complaint filed Tuesday by the DA's office"
            # (its own words may introduce it: "The affidavit, written by Detective X, states")
            or self._documents.introduced(word, at + len(who) if word in _OWN_WORDS else at)
            or self._documents.plaintiff(word, at)
            # ("The lawsuit, filed by X, … “…,” the complaint states": the same filing)
            or (self._documents.introduced("lawsuit", at) if word == "complaint" else None)
        )
        by = self.resolve(introduced, at) if introduced else None
        if by is not None and by.name is not None:
            return Resolution(by.name, "document", by.gender)
        if word in ("lawsuit", "petition"):  # ("suit" is read as "lawsuit" above)
            return None  # no filer named: the body named last is more often the one sued
        public = word in _PROSECUTION_WORDS
        organisation = self._organisations.latest_any(at, public=public, document=True)
        return Resolution(organisation, "document") if organisation else None

    def introduced_author(self, word: str, at: int) -> Resolution | None:
        """Who made the "survey" (`word`) the article introduced last before `at` with its
        maker ("a survey by the Independent Retailers' Network has found")."""
        introduced = self._documents.introduced(word, at)
        by = self.resolve(introduced, at) if introduced else None
        return Resolution(by.name, "document", by.gender) if by and by.name else None

    def _author_named_with(self, who: str, at: int) -> str | None:
        """The author the words right after the document's name give: "according to an affidavit
        filed by Detective Samuel Ruiz" (the source phrase was read only up to "filed")."""
        start = self._text.find(who, at, at + _DOCUMENT_REACH)
        if start < 0:
            return None
        return author_in_phrase(self._text[start : start + _DOCUMENT_REACH])


def owned_document(who: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "the council's own budget report says", "A statement from Kilbrennan County Council
    said": the council's (None for other words)."""
    if (
        _OWNED_DOCUMENT.fullmatch(who)
        or _ISSUED_DOCUMENT.fullmatch(who)
        or gs.BODY_DOCUMENT.fullmatch(who)
    ):
        return _author_beside(who, resolver, at) or gs.source_phrase(who, resolver, at)
    topic = _TOPIC.search(who) if " report " in who or " review " in who else None
    if topic:  # "The agency’s latest report on Pukehinau School said": the agency's
        return owned_document(who[: topic.start()], resolver, at)
    return None


def _author_beside(who: str, resolver: Resolver, at: int) -> Resolution | None:
    """ "The court’s opinion, written by Judge Harold Vance,": the author its own words give,
    before the owner."""
    text = resolver._text
    start = text.rfind(who, max(0, at - _DOCUMENT_REACH), at + len(who))
    if start < 0 or not _OWNER_WORD.match(who):
        return None  # ("An internal memo written by the committee chair X": source_phrase's)
    name = author_in_phrase(_OWNER_WORD.sub(r"\1", text[start : start + _DOCUMENT_REACH]))
    by = resolver.resolve(name, start) if name else None
    return Resolution(by.name, "document", by.gender) if by and by.name else None

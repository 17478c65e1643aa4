"""Who "it", "they" and a body's common noun mean when no person is in view: the body or the
group that opened the sentence before ("The authority has denied that … It says …", "The
researchers acknowledged that limitation. In the paper, they wrote …", "The United Auto Workers
rejected … The union said"), the group a role last named ("the authors"), or a body named by
its kind ("the governing body", "the tour", "The Scottish FA")."""

from __future__ import annotations

import bisect

from reader.core.attribution import cues
from reader.core.attribution.cast import Cast
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.governing_bodies import GOVERNING, governing_body
from reader.core.attribution.organisations import is_business
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution

_THE_BODY_OPENS = compiled(rf"\s*([Tt]he\s+(?:{cues.ORG_HEAD}|{cues.GENERIC_ORG}))\b")
# "“…,” the society said in a statement. It said …": the body a quote's trailer names
_THE_BODY_AFTER_QUOTE = compiled(
    rf"[,.?!][”\"]\s+([Tt]he\s+(?:{cues.ORG_HEAD}|{cues.GENERIC_ORG}))\s+(?:said|says|added)\b"
)
# "The report calls approvals “a contributing factor” …. It recommended …": its author's
_DOCUMENT_OPENS = compiled(
    rf"\s*((?:[Tt]he|[Ii]ts)\s+(?:[a-z-]+\s+){{0,2}}(?:{'|'.join(cues.DOCUMENT_WORDS)}))\b"
)
_PLURAL_ROLE_OPENS = compiled(r"\s*((?:The|Its|Their)\s+(?:[a-z]+\s+)?(?:authors|researchers))\b")
_COMPANY_WORDS = frozenset({"the company", "the firm"})
# "Equity has accused the producers …. The union said …": a body the cast does not know as one,
# named by the subject of the sentence before; the words that may name it so
_BODY_NOUN = compiled(
    rf"[Tt]he\s+(?!governing\s)(?:{cues.ORG_HEAD}|{cues.GENERIC_ORG}|union|association|federation|"
    r"alliance|coalition|network|league|party)"
)
_NOT_BODIES = frozenset(
    "The It This That He She They We I You There Here Police "
    "When While If As After Before Since Although Though Because Once Until Unless".split()
)
_NAMED_SUBJECT_OPENS = compiled(
    rf"\s*(?:{cues.DATELINE})?"  # ("MOSCOW, Nov 1 (Reuters) — ")
    # "The opposition Democrats for Liechtenstein (DpL) have …", "The United Auto Workers rejected"
    # ("Rail operator Eurolink Express reported …": what the body is, then its name)
    r"(?:(?:[Tt]he(?:\s+(?!(?:of|for|in|and|to|at)\b)[a-z]+){0,2}|[A-Z][a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:operator|company|firm|group|maker|chain|carrier|retailer|airline|insurer|lender|"
    r"producer|exporter|miner|manufacturer|supplier|distributor))"
    r"(?=\s+[A-Z])\s+)?"
    r"(?P<name>[A-Z][\w&’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&’'-]*){0,5})"
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?"
    r"(?:,\s+(?:which|who)\s+(?:[^,“”\"]|(?<=\d),(?=\d)){3,120},)?"  # "Unifor, which …,"
    r"\s+(?:has|have|had|said|says|is|was|will|would|wants|[a-z]{3,}ed)\b"
)
# "The Scottish FA", "The PGA of America": a body by its letters, with a nation's word
_NATION_INITIALS = compiled(
    rf"(?:[Tt]he\s+)?(?:{cues.NATION_BEFORE_INITIALS}\s+[A-Z&]{{2,6}}"
    r"|[A-Z&]{2,6}\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_NAMED_AFTER = compiled(
    r",\s+(?:the\s+)?([A-Z][\w&’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w&’'-]*)*)"
)
_MEMBERS = compiled(r"[A-Z]{2,4}s|Democrats|Republicans|Conservatives|Liberals|Greens|Members")
# Bodies of the state, which name themselves with a head word (not "Sunward", "Conservative MPs")
_PUBLIC = frozenset("government ministry department council board authority agency court".split())
_GOVERNMENT_HEADS = frozenset("government council cabinet executive administration".split())
# Head words that say what kind of body a name is (not "Motors" or "Energy" of a firm's name)
_KIND_HEADS = _PUBLIC | frozenset(
    "commission committee office police association federation union party foundation "
    "institute society trust alliance coalition league network university school hospital".split()
)


def _fits(noun: str, name: str) -> bool:
    """Whether "the <noun>" may mean the body `name`: "the union" "Unifor" or the "United Auto
    Workers" (no head word that says otherwise), "the government" the "Federal Council", not
    "Sunward Recovery Centers", and "the board" no "Players' Association"."""
    heads = {word.lower() for word in name.split()} & _KIND_HEADS
    if not heads:
        return noun not in _PUBLIC
    return noun in heads or (noun == "government" and bool(heads & _GOVERNMENT_HEADS))


_GROUP_WINDOW = 600  # characters after "the authors" in which "they" still means them


class EarlierSubjects:
    """The subject half of `Resolver` for "it" and "they" (its other halves supply the rest)."""

    _text: str
    _groups: list[tuple[int, str]]  # (where, who) of "the authors" and the like
    cast: Cast

    def _sentence_around(self, pos: int) -> tuple[int, int]:
        raise NotImplementedError

    def _organisation(self, who: str, at: int = 0) -> Resolution | None:
        raise NotImplementedError

    def _by_role(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError

    def resolve(self, who: str, at: int) -> Resolution | None:
        raise NotImplementedError

    def _group_before(self, at: int) -> Resolution | None:
        """ "They wrote that …" soon after "the authors wrote": whoever spoke for the authors."""
        index = bisect.bisect_left(self._groups, (at, ""))
        if not index or at - self._groups[index - 1][0] > _GROUP_WINDOW:
            return None
        return Resolution(self._groups[index - 1][1], "group", None)

    def _body_subject_before(self, at: int) -> Resolution | None:
        """ "The authority has denied that … It says …": the body that opened the sentence
        before (or spoke its quote: "“…,” the society said. It said …"), rather than one named
        in passing since."""
        previous, start = self._sentence_before(at)
        subject = _THE_BODY_OPENS.match(self._text, previous, start)
        subject = subject or _THE_BODY_AFTER_QUOTE.search(self._text, previous, start)
        found = self._organisation(subject[1], previous) if subject else None
        document = _DOCUMENT_OPENS.match(self._text, previous, start) if not found else None
        if document is not None:  # the document's author, whom "it" names as it names a body
            author = self.resolve(document[1], document.start(1))
            found = Resolution(author.name, "organisation", None) if author else None
        return found if found and found.name else None

    def body_by_kind(self, who: str, at: int) -> Resolution | None:
        """ "The Scottish FA" (a body by its letters, not "Scottish"), "the tour" (the "PGA
        Tour" named before), "World football’s governing body" (see `governing_body`)."""
        if _NATION_INITIALS.fullmatch(who):
            return self._organisation(who, at)
        if who.lower() == "the tour" and (tour := self.cast.organisation_for("tour")):
            return Resolution(tour, "organisation")
        if not GOVERNING.fullmatch(who):
            return None
        stands = self._text.rfind(who, max(0, at - 400), at + len(who))  # `at` may be later
        if stands >= 0 and (named := _NAMED_AFTER.match(self._text, stands + len(who))):
            return Resolution(named[1], "organisation")  # "The sport's governing body, the X"
        previous, start = self._sentence_before(at)
        body = governing_body(self._text, self.cast.organisations, previous, start, who)
        name = (self.cast.canonical(body) or body) if body else None
        return Resolution(name, "organisation") if name else Resolution(None, "unnamed")

    def named_subject_before(self, who: str, at: int) -> Resolution | None:
        """ "Universities UK has said …. The body, which represents …, said": the capitalised
        subject (no person's) of the sentence before, for a body's common noun."""
        if not _BODY_NOUN.fullmatch(who):
            return None
        found = self._capitalised_subject_before(at)
        return found if found and _fits(who.split()[-1].lower(), found.name or "") else None

    def _capitalised_subject_before(self, at: int) -> Resolution | None:
        """The capitalised subject of the sentence before, if it names no person."""
        previous, start = self._sentence_before(at)
        subject = _NAMED_SUBJECT_OPENS.match(self._text, previous, start)
        name = subject["name"] if subject else ""
        known = self.cast.entities.get(self.cast.canonical(name) or "")
        if known is not None:  # a body the cast knows, never a person
            return Resolution(known.name, "organisation") if known.kind != "person" else None
        words = name.split()
        if not words or words[0] in cues.TITLE_WORDS or first_name_gender(name):
            return None  # (not "Mayor Fikeni has …", "Nathalie Brisebois-Kane has …")
        if words[0] in _NOT_BODIES or (words[0].endswith("s") and words[1:2] in ([], ["of"])):
            return None  # "She has …", "Regulators have …", "Residents of Matapihi Road have …"
        if _MEMBERS.fullmatch(words[-1]):
            return None  # "Conservative MPs voted …": members, no body
        return Resolution(name, "organisation")

    def _plural_subject_before(self, at: int) -> Resolution | None:
        """ "The researchers acknowledged that limitation. In the paper, they wrote …": the role
        that opens the sentence before, if it names the one who speaks for the group."""
        previous, start = self._sentence_before(at)
        subject = _PLURAL_ROLE_OPENS.match(self._text, previous, start)
        return self._by_role(subject[1], at) if subject else None

    def _sentence_before(self, at: int) -> tuple[int, int]:
        """Where the sentence before the one holding `at` starts, and where that one starts."""
        start, _ = self._sentence_around(at)
        return self._sentence_around(max(0, start - 1))[0], start

    def company_opening_before(self, who: str, at: int) -> Resolution | None:
        """ "Ferncliffe Resources said it would sell its stake to Oriel Mining. The sale …, the
        company said": the business whose name opens the sentence before, not the one named last
        in it."""
        if who.lower() not in _COMPANY_WORDS:
            return None
        previous, start = self._sentence_before(at)
        bodies = self.cast.organisations
        index = bisect.bisect_left(bodies, (previous, ""))
        if (
            index == len(bodies)
            or bodies[index][0] >= start
            or self._text[previous : bodies[index][0]].strip()
        ):
            return None
        name = self.cast.canonical(bodies[index][1]) or bodies[index][1]
        return Resolution(name, "organisation") if is_business(name) else None

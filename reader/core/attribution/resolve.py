"""Resolve a cue's words ("Osei", "Dr. Lindgren", "she", "the ministry") to a canonical source.

People are tracked on a timeline of mentions; pronouns go to the most recent person whose gender
fits, where gender comes from titles, the registry and the pronouns the article uses near a name.
"""

from __future__ import annotations

import bisect
from functools import partial

from reader.core.attribution import cues
from reader.core.attribution import group_sources as gs
from reader.core.attribution import lede_subjects as ls
from reader.core.attribution.age_sources import PARENT_EPITHET, AgeSources
from reader.core.attribution.ages import AGE_SPANS, AgeIndex, is_age_mention
from reader.core.attribution.anonymous_sources import familiar_people_again
from reader.core.attribution.cast import Cast
from reader.core.attribution.court_judges import judge_of_ruling
from reader.core.attribution.document_authors import DocumentAuthors
from reader.core.attribution.document_sources import owned_document
from reader.core.attribution.earlier_subjects import EarlierSubjects
from reader.core.attribution.firm_staff import FirmStaff
from reader.core.attribution.genders import infer_genders
from reader.core.attribution.generations import generation_of, people_named
from reader.core.attribution.handles import person_of_handle
from reader.core.attribution.heads_of_bodies import HEAD_OF, head_named_next
from reader.core.attribution.joint_sources import together
from reader.core.attribution.latter_former import latter_or_former
from reader.core.attribution.lede_references import LedeDescription
from reader.core.attribution.lone_people import EPITHET, demonym_sex
from reader.core.attribution.mention_titles import without_possessives
from reader.core.attribution.organisation_sources import OrganisationSources, office_as_body
from reader.core.attribution.organisations import OrganisationTimeline
from reader.core.attribution.party_states import PartyTags
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.person_lookup import PersonLookup
from reader.core.attribution.pronouns import PronounResolution
from reader.core.attribution.pronouns import Resolution as Resolution
from reader.core.attribution.qualified_nouns import QualifiedNounSources
from reader.core.attribution.rankings import ranked_person
from reader.core.attribution.role_sources import RoleSources
from reader.core.attribution.roles import RoleIndex
from reader.core.attribution.spokespeople import unnamed_spokespeople
from reader.core.attribution.state_sources import StateSources
from reader.core.attribution.title_genders import titled_genders
from reader.core.attribution.unnamed_descriptions import (
    KEPT_ANONYMOUS,
    insider,
    kept_anonymous,
    names_no_one,
)
from reader.core.attribution.who_shapes import (
    PLACE_AND_NOUN,
    QUALIFIED_NOUN,
    TRADE_THEN_NAME,
    WhoShape,
    how_named,
    who_shape,
)
from reader.core.model import Sentence

_INCLUDING = compiled(
    r"[A-Z]?[a-z]+(?:\s+[a-z]+)?\s+including\s+(?P<named>(?:the\s+)?[A-Z].{2,80})"
)
_ANOTHER_ONE = compiled(r"another\s+[a-z-]+")  # one more of a kind, never named so


class Resolver(
    PersonLookup,
    RoleSources,
    StateSources,
    AgeSources,
    OrganisationSources,
    PronounResolution,
    EarlierSubjects,
    QualifiedNounSources,
):
    def __init__(self, text: str, sentences: list[Sentence], cast: Cast, masked: str) -> None:
        self.cast = cast
        self._text = text
        self._masked = masked
        self._people: dict[tuple[str, bool], str | None] = {}
        self._mentions_of: dict[str, list[int]] = {}  # person -> where named, for `_latest_of`
        self._shapes: dict[str, WhoShape] = {}  # cue words -> what they are, wherever they occur
        people = [e.name for e in cast.entities.values() if e.kind == "person"]
        self.roles = RoleIndex(text, people)
        self._spoken: list[tuple[int, str]] = []  # (where, who) of every attributed quote so far
        self._groups: list[tuple[int, str]] = []  # (where, who) of "the authors" and the like
        self._sentence_starts = [s.start for s in sentences] or [0]
        self._named_at = without_possessives(cast.person_mentions, frozenset(people))
        first_seen = {name: e.first_seen for name, e in cast.entities.items()}
        # roles do not depend on genders; a role in a quote is someone talked about, whom no
        # pronoun after it means ("“The sheriff knows that.” She said …" is not the sheriff)
        self._role_timeline = [
            (at, name) for at, name in self.roles.mentions(first_seen) if masked[at] != " "
        ]
        self._timeline: list[tuple[int, str]] = []
        self._timeline_names: dict[str, str | None] | None = None  # what `_timeline` was built on
        self._genders_known = False  # until then a titled surname two people share waits
        self._timeline = self._mention_timeline()
        titled_genders(self._named_at, cast)
        infer_genders(self._timeline, sentences, masked, self.cast, self._person)
        self._people.clear()  # genders are known now: "Mr. Reyes" can tell Luis from Dana
        self._genders_known = True
        self._timeline = self._mention_timeline()
        self._organisations = OrganisationTimeline(cast, text)
        self._documents = DocumentAuthors(text)
        self._ages: AgeIndex | None = None  # built when an age mention first asks for it
        self._party_tags = PartyTags(text, self._person)  # read when a state reference asks
        self._spokes = unnamed_spokespeople(text, self._organisation)
        self.firm_staff = FirmStaff(text)
        self._accounts: dict[str, str] = {}  # an embedded post's account -> the body it is
        self._lede: tuple[LedeDescription | None, str | None] | None = None  # read when asked
        self._mention_at: dict[int, str] | None = None  # where each mention starts, when asked

    def resolve(self, who: str, at: int) -> Resolution | None:
        if who.endswith(("'s", "’s")) and who[-3:-2].isalpha():
            who = who[:-2]  # "according to the Energy Retail Authority's …": the owner
        last = who.rsplit(" ", 1)[-1]
        if last.endswith(".") and "." not in last[:-1] and last[:-1] not in cues.ABBREVIATIONS:
            who = who[:-1]  # "… according to a report by the Conflict Casualty Project."
        # (a nickname masked out of a report's subject: "Antonio xxxxx Scarpelli")
        found = self._resolve_here(" ".join(w for w in who.split() if w.strip("x,.")), at)
        if (sex := demonym_sex(who)) and self.cast.gender_of((found and found.name) or "") != sex:
            found = self.only_person_of(sex) or found  # "the Frenchwoman" of a piece on a body
        if found is not None and found.name is not None:
            if kept_anonymous(who, self._text, *self._sentence_around(at)):
                return Resolution(None, "unnamed")  # "A senior Ntsika Power manager, speaking
                # on condition of anonymity, said": not the company's, no one's
            if ls.kin_of(who, found.name):  # "the widow of cyclist Peter Hamlyn": not Peter
                return self.lede_subject(who, at) or Resolution(None, "unnamed")
            person = gs.person_in_description(who) if found.how == "organisation" else None
            if person:  # "The developer, Rajesh Kapoor of Kapoor Hospitality Group": him
                return self._resolve_here(person, at) or found
            if found.name in self.cast.entities and (
                found.how != "organisation" or ls.names_body(who, found.name)
            ):
                return found  # not "The chief executive of the Authority": a person, named next
            if found.how == "organisation" and self._no_persons_role(who):
                # "The Labour Court ruled …. The judgment was delivered by Judge X": the judge's
                judge = judge_of_ruling(self._text, found.name, at)
                return (self._resolve_here(judge, at) if judge else None) or found
        if found is not None and (
            found.how == "kept-unnamed" or (found.how == "unnamed" and names_no_one(who))
        ):
            return found  # "A nurse, who spoke on condition of anonymity, … “…,” she said"
        return self.lede_subject(who, at) or self.named_subject_before(who, at) or found

    def lede_subject(self, who: str, at: int) -> Resolution | None:
        """ "A coroner …", "she" before anyone is named: the person named next (lede_subjects)."""
        sentence_start, end = self._sentence_around(at)
        if KEPT_ANONYMOUS.search(self._text, sentence_start, end):
            return None  # "said one officer, who spoke on the condition of anonymity": no one named
        if not ls.described_person(who):
            # "“…,” the freshman congressman said. || The congressman, Rep. X, …"
            apposed = ls.apposed_next(who, at, self._timeline, end, self._text)
            return self._of_person(apposed, "lede") if apposed else None
        start = self._text.rfind(who, max(0, at - 400), at + len(who))  # names inside it count
        at = start if start >= 0 else at  # as named after it: "the widow of Peter Hamlyn"
        lede = ls.named_next(
            who, at, self._timeline, end, self.roles.candidates, self._gender, self._text
        )
        return self._of_person(lede, "lede") if lede else None

    def _gender(self, name: str) -> str | None:
        entity = self.cast.entities.get(name)
        return entity.gender if entity else None

    def _resolve_here(self, who: str, at: int) -> Resolution | None:
        lowered = who.lower()
        if lowered in {"he", "she"}:
            return self._pronoun(lowered, at)
        if pair_named := latter_or_former(who, self._timeline, at):  # "The latter described"
            return self._of_person(pair_named, "latter-former")
        if lowered in ("another", "one") or _ANOTHER_ONE.fullmatch(lowered) or insider(who):
            return Resolution(None, "unnamed")  # "Another said simply: ‘…’", "Another reader"
        if (including := _INCLUDING.fullmatch(who)) is not None:
            return self._resolve_here(including["named"], at)  # "Critics including the … Group"
        if names_no_one(who):  # "a senior Garda source" (but "one resident, Mary Achieng,")
            return Resolution(None, "unnamed")
        if familiar_people_again(lowered, self._text, at):
            return Resolution(None, "unnamed")  # "… the people said": still no one named
        if lowered == "they":
            return (
                self._group_before(at) or self._plural_subject_before(at) or self._singular_they(at)
            )
        if (body := self.body_by_kind(who, at)) is not None:  # "the governing body", "the tour"
            return body
        if lowered == "it":  # "It said in a statement": the organisation named last
            subject = self._body_subject_before(at)
            latest = self._organisations.latest_any(at)
            return subject or (Resolution(latest, "organisation") if latest else None)
        if " and " in who:  # "Clinton and Sanders": both
            both = together(who, self, at)
            if both is not None:
                return both
        if ranked := ranked_person(who, at, self._text, self._timeline):
            return self._of_person(ranked, "ranked")  # "the world No. 3 said"
        if is_age_mention(who):  # "The 31-year-old told The Sunday Echo …"
            return self.by_age_and_role(who, at)
        if (span := AGE_SPANS.get(lowered)) and (aged := self.aged_in(span)):
            return aged  # the one the article gives a teenage age (else the report's subject)
        if HEAD_OF.fullmatch(who) and (head := head_named_next(at, self._timeline, self._text)):
            return self._of_person(head, "head")  # "The head of the … Board" … "Board Director X"
        if PARENT_EPITHET.fullmatch(who):  # "the mother of two said"
            return self.parent(who, at)
        if lowered.startswith("the ") or lowered.endswith(("junior", "senior")):
            # "the younger Ibarra"
            named = generation_of(who, partial(people_named, self.cast), self._text)
            if named is not None:
                return self._of_person(named, "generation")
        if who in self._accounts:  # "NSEA Lantern", the agency's account
            return Resolution(self._accounts[who], "organisation")
        if who.startswith("@"):  # "@BudTillotson": the person whose surname it holds
            people = (e.name for e in self.cast.entities.values() if e.kind == "person")
            account_of = person_of_handle(who, people)
            return self._of_person(account_of, "handle") if account_of else None
        if owner := owned_document(who, self, at):  # "the council's own budget report says"
            return owner
        shape = self._shapes.get(who) or self._shapes.setdefault(who, who_shape(who))
        if shape.document:
            return self._document(who, at)
        if lowered.startswith("the ") and (described := self.described_as(who)):
            return described  # "the retired mail carrier": not a mail "carrier" (a company)
        if police := gs.police_named_before(who, self._organisations, at):
            return Resolution(police, "office")
        group = (
            self.firm_staff.firm(who, at)
            or shape.group
            or gs.body_officials(who, self._organisations, at)
        )
        if group is not None:
            return group
        if by_state := self.by_state(who, at) or self.by_party(who, at):
            return by_state
        if self.unnamed_role(who, shape.common, at):
            return Resolution(None, "kept-unnamed")  # "… “…,” the judge said": still unnamed
        if body := self._body_role(who, shape.common, at):
            return body  # "the ombudsman" no person is said to be
        by_role = self._by_role(who, at)
        if by_role is not None:
            if lowered.endswith("s"):  # "the authors": a following "they" means them too
                bisect.insort(self._groups, (at, by_role.name or ""))
            return by_role
        if office := office_as_body(who):  # with no holder named by that role
            return Resolution(office, "organisation")
        if shape.common and TRADE_THEN_NAME.fullmatch(who) and self.cast.is_person(shape.named):
            return self._of_person(shape.named, "named")  # "The singer Aurelio Banks": a name
        if shape.common:
            return self.company_opening_before(who, at) or self._organisation(who, at)
        if shape.nationality and not self.names_a_body(who):
            return Resolution(None, "unnamed")  # "A Chinese official": an adjective, no name
        official = gs.OFFICIAL_OF.fullmatch(who)
        if official and official["org"].endswith(("administration", "campaign")):
            # "An Obama administration official" speaks for the administration, not for Obama
            return Resolution(official["org"], "organisation")
        if official and self._person(official["org"], unknown_ok=False):
            # "A Whitlock adviser": someone of his, whom the article does not name
            return Resolution(gs.without_article(who), "unnamed-source")
        if lowered.startswith("the ") and (place := self.by_place(who, at)):
            return place  # "the Kerryman", "the Navy veteran": no name, a place
        if PLACE_AND_NOUN.fullmatch(who):
            return Resolution(None, "unnamed")  # "the Kilcurran native" the article never places
        if QUALIFIED_NOUN.fullmatch(who) and not self._person(shape.named, unknown_ok=False):
            return self.qualified_noun(who, at)  # "the Boston lawyer": no one called Boston
        if EPITHET.fullmatch(who) and not self._person(shape.named, unknown_ok=False):
            # "the Cantabrian": never a speaker called so
            return self.lone_person(who, at, epithet=True) or Resolution(None, "unnamed")
        if self._is_body(who) or who.endswith(" UK"):  # "The Office National de …", "… UK"
            return self._organisation(who, at)  # holds no person, whatever its words look like
        name = self._person(shape.named, unknown_ok=True)
        if name == shape.bare and " " not in name:  # a surname two share: the one named yet
            name = self._only_named_before(name, at) or name
        if name is None and len(shape.bare.split()) == 1:
            name = self._latest_of(shape.bare, at)
        if name:
            how = "registry" if name in self.cast.registry_only else how_named(shape, name)
            return self._of_person(name, how)
        return self._organisation(who, at)

    def person_named(self, who: str, at: int) -> str | None:
        """The name `who` resolves to at `at`, if a person's."""
        found = self.resolve(who, at)
        entity = self.cast.entities.get(found.name or "") if found else None
        return entity.name if entity is not None and entity.kind == "person" else None

    def add_account(self, account: str, body: str) -> None:
        """An account (an embedded post's) whose posts are a body's."""
        self._accounts[account] = body

    def _of_person(self, name: str, how: str) -> Resolution:
        """The resolution to a person of the cast, with the gender the article shows."""
        return Resolution(name, how, self._gender(name))

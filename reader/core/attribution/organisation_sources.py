"""Organisations as sources: "the company said", "a spokeswoman for YouTube", "the sheriff's
office", "A Velvet TV spokesman", "the paper reported". The `Resolver` half that reads bodies."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from reader.core.attribution import cues
from reader.core.attribution import group_sources as gs
from reader.core.attribution.cast import Cast
from reader.core.attribution.mentions import NOT_NAMES
from reader.core.attribution.organisations import GENERIC_ORG_WORD, OrganisationTimeline
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronouns import Resolution
from reader.core.attribution.roles import RoleIndex, role_key
from reader.core.attribution.spokespeople import BODY_BEFORE, KIND_BEFORE
from reader.core.attribution.venues import outlet_referred_to
from reader.core.attribution.who_shapes import SPOKES_BACK

_SPOKES_FOR = compiled(
    rf"(?:(?:senior|top|former|longtime|veteran|high-ranking|chief|leading|close|key)\s+)?"
    rf"{cues.SPEAKS_FOR_ROLES}\s+(?:for|from|at|with|to|of)\s+(.+)"
)
# (an embassy's city is part of its name: "the Sarnesian Embassy in Vaskova")
_SEAT_AFTER = compiled(r"(?<!Embassy)(?<!Consulate)(?<!Mission)\s+in\s+[A-Z][\w’'-]+$")
_CAPITALISED = compiled(r"\b[A-Z][\w’'-]+")
_POSSESSIVE = compiled(cues.POSSESSIVE_SOURCE)
_ROLE_NP = compiled(cues.ROLE_NP)
# "A Velvet TV spokesman": the organisation named before the role
_SPOKES_OF = compiled(rf"[Aa]n?\s+(?P<org>{BODY_BEFORE}|{KIND_BEFORE})spokes(?:man|woman|person)")
_PROPER_MODIFIER = compiled(r"[A-Z][\w’'-]*\s+[a-z]")  # "Trump campaign", "Obama administration"


_JOINERS = frozenset(("of", "for", "and", "&", "de", "del", "the"))
# role words that head bodies' names too ("ombudsman"); with no role word, a body's words
_BODY_ROLES = frozenset(cues.ROLE_KEYS) & {head.lower() for head in cues.ORG_HEADS}
_NO_PERSONS_ROLE = {None, *_BODY_ROLES}


class OrganisationSources:
    cast: Cast
    roles: RoleIndex
    _organisations: OrganisationTimeline
    # the Resolver's and its other halves' (annotations only: no stub shadows them)
    _person: Callable[..., str | None]
    _by_role: Callable[[str, int], Resolution | None]
    described_as: Callable[[str], Resolution | None]
    _spokesperson_org: Callable[[int, str | None], Resolution | None]

    def _no_persons_role(self, who: str) -> bool:
        """No role word, or one that heads bodies too ("ombudsman"): a body's words."""
        return role_key(who) in _NO_PERSONS_ROLE

    def _body_role(self, who: str, common: bool, at: int) -> Resolution | None:
        """The body a role's word heads: "the Payment Services Ombudsman" named so, or "the
        ombudsman" when no person here holds the role."""
        if role_key(who) not in _BODY_ROLES:
            return None
        last = who.rsplit(None, 1)[-1]
        if last[:1].isupper() and last.lower() in _BODY_ROLES:  # a body's name, not a role
            return self._organisation(who, at)
        if not common or self.roles.candidates(who):
            return None
        body = self._organisations.latest_of_phrase(gs.without_article(who), at)
        return Resolution(body, "organisation") if body else None

    def _is_body(self, who: str) -> bool:
        """Whether the words name a body the cast knows, or its spokesperson ("A Department for
        Business and Trade spokesperson": not "Fair Trade" by a word of the name)."""
        spokes = _SPOKES_OF.fullmatch(who)
        words = spokes["org"].strip() if spokes else gs.without_article(who)
        entity = self.cast.entities.get(self.cast.canonical(words) or "")
        return entity is not None and entity.kind != "person"

    def _organisation_named_before(self, at: int) -> str | None:
        """The organisation named last, if it was named just before: whose spokeswoman speaks."""
        index = bisect.bisect_left(self.cast.organisations, (at, ""))
        if index and at - self.cast.organisations[index - 1][0] <= _SPOKES_WINDOW:
            return self.cast.canonical(self.cast.organisations[index - 1][1])
        return None

    def _office(self, who: str, at: int) -> Resolution:
        """ "Powell's office", "the mayor's office": the body the article names so, else the
        one it serves ("the coroner's office" with no coroner named: the body named before)."""
        office = self.cast.body_named(_LEADING_ARTICLE.sub("", who))  # "the sheriff's office"
        if office:
            return Resolution(office, "organisation")  # "Bracken County Sheriff's Office"
        owner = re.split(r"['’]s\s", who)[0]
        # ("The University of Castleford’s press office": the body, named with its article)
        name = self._person(owner, unknown_ok=True) or self.cast.canonical(
            _LEADING_ARTICLE.sub("", owner)
        )
        if name is not None or not (owner[:1].islower() or owner.startswith("The ")):
            return Resolution(name or owner, "office")
        head = owner.rsplit(None, 1)[-1]
        if head in cues.ORG_HEADS or GENERIC_ORG_WORD.fullmatch(head):  # "the company’s spokesman"
            body = self._organisations.latest_of_phrase(_LEADING_ARTICLE.sub("", owner), at)
            return Resolution(body, "organisation") if body else Resolution(None, "unnamed")
        by_role = self._by_role(owner, at)  # "the mayor's office": the mayor named before
        if by_role is not None and by_role.name is not None:
            return Resolution(by_role.name, "office")
        named_last = self._organisation_named_before(at)
        return Resolution(named_last, "office" if named_last else "unnamed")

    def _body_at_end(self, who: str) -> str | None:
        """A body the cast knows, named by the last words of a longer phrase."""
        words = who.split()
        if self.cast.canonical(who) is not None:
            return None
        for start in range(1, len(words)):  # (one word after a kind's: "… newspaper Granma")
            if words[start - 1] in _JOINERS or not words[start - 1].islower():
                continue  # a kind's word before the name ("… oil company| X"), not "Isle of|
                # Brannock Tourism Council" nor "Easterbrook| Students' Union": its own words
            entity = self.cast.entities.get(" ".join(words[start:]))
            if entity is not None and entity.kind != "person":  # (an outlet too: "… newspaper X")
                return entity.name
        return None

    def _proper_noun(self, word: str, titled: bool) -> bool:
        if word in NOT_NAMES or not word[:1].isupper() or word.isupper():
            return False
        return titled or word.lower() not in self.cast.lowercase_words

    def names_a_body(self, who: str) -> bool:
        """Whether a capitalised word of `who` is a body of the cast: "A Hollerbach spokeswoman"
        (not "A French official", though "Hollerbach" ends as "French" does)."""
        for word in _CAPITALISED.findall(who):
            entity = self.cast.entities.get(self.cast.canonical(word) or "")
            if entity is not None and entity.kind != "person":
                return True
        return False

    def _body_after_trade(self, words: str) -> str | None:
        """The body of the cast named after its trade: "German carmaker Hollerbach" is
        Hollerbach Automobil AG (None if the words name no known body so)."""
        name = _TRADE_BEFORE_NAME.sub("", words)
        known = self.cast.canonical(name) if name != words else None
        entity = self.cast.entities.get(known or "")
        return known if entity is not None and entity.kind != "person" else None

    def _placed(self, who: str, bare: str) -> bool:
        """ "the Paris house", "the Osaka firm": a business by its city (not "the Trump campaign",
        someone's, nor "the Isle of Brannock Tourism Council", a name)."""
        words = bare.split()
        return (
            who[:4].lower() == "the "
            and len(words) == 2
            and GENERIC_ORG_WORD.fullmatch(words[1]) is not None
            and self.cast.canonical(words[0]) is None
        )

    def _organisation(self, who: str, at: int = 0) -> Resolution | None:
        if SPOKES_BACK.fullmatch(who):
            return self._spokesperson_org(at, None)
        if (ending := self._body_at_end(who)) is not None:
            return Resolution(ending, "organisation")  # "Mexico's state oil company X": X
        if _POSSESSIVE.fullmatch(who):
            return self._office(who, at)
        modifier = _SPOKES_OF.fullmatch(who)
        if modifier:  # "A Velvet TV spokesman", "a police spokeswoman": that body speaks
            return self._organisation(modifier["org"].strip(), at)
        official = gs.OFFICIAL_OF.fullmatch(who)  # "A White House official", not "A Chinese …"
        if official and (len(official["org"].split()) > 1 or self.cast.canonical(official["org"])):
            return self._organisation(official["org"], at)
        if _BARE_SPOKES.fullmatch(who):  # "The company said …. “…,” a spokeswoman said."
            named_last = self._organisation_named_before(at)
            return Resolution(named_last, "office") if named_last else Resolution(None, "unnamed")
        if _ROLE_NP.fullmatch(who):  # "the White House spokesman", with no name given
            return self.described_as(who) or Resolution(None, "unnamed")
        outlet = outlet_referred_to(self.cast, at, who)
        if outlet:  # "the channel said", "the paper reported": the outlet named before
            return Resolution(outlet, "organisation")
        bare = _OUTLET_NOUN.sub("", _LEADING_ARTICLE.sub("", who))  # "Parlour (magazine)"
        bare = _PLACE_BASED.sub("", bare)  # "The Halifax-based lender": a lender, of no name
        bare = _KIND_AFTER_NAME.sub(r"\1", bare)  # "The Ahrar al-Jabal group": Ahrar al-Jabal
        spokes = _SPOKES_FOR.match(bare)
        if spokes:
            # ("for the Federal Office for Migration in Liebenau": the body, not its seat)
            bare = _SEAT_AFTER.sub("", _LEADING_THE.sub("", spokes.group(1)))
        # "the bank" is the bank named last, not the first one the article ever named
        # ("the SEC", spelt out before: the body in full, though "SEC" is in the cast too)
        letters = bare.isupper() or (bare.istitle() and " " not in bare)  # "the SEC", "Zesco"
        known = self._organisations.by_initials(bare) if letters else None
        if known is None and bare[:1].isupper():
            known = self.cast.canonical(bare)
        if known is None and ", " in bare:  # "Quebec’s largest grocery chain, Marché Beaulieu"
            known = self.cast.canonical(bare.rsplit(", ", 1)[1])
        if known is None:
            known = self._body_after_trade(bare)  # "German carmaker Hollerbach Automobil AG"
        if known is None and (not _PROPER_MODIFIER.match(bare) or self._placed(who, bare)):
            known = self._organisations.latest_of_phrase(bare, at)
        if known:
            return Resolution(known, "organisation")
        kindless = _KIND_BEFORE_NAME.sub("", bare)  # "Rights group Civic Watch International",
        if kindless != bare and (len(kindless.split()) > 1 or bare[:1].islower()):
            bare = kindless  # "Retailer Karoo Home Stores" (not "Bank Leumi")
        named = bare[:1].isupper() and bare.split()[0] not in NOT_NAMES
        org_like = _looks_like_org(bare) or who.startswith("The ") or len(bare.split()) > 1
        org_like = org_like or (len(bare) > 1 and bare.isupper() and not _ROLE_INITIALS.match(bare))
        if named and (org_like or spokes):  # "a spokeswoman for YouTube": YouTube speaks
            return Resolution(bare, "organisation")  # "The Blaze reported", "Gallup said"
        return Resolution(None, "unnamed")


_ROLE_INITIALS = compiled(rf"{cues.ROLE_INITIALS}$")  # "the SP": a person, not a body
_OUTLET_NOUN = compiled(rf"(?<=[a-z])\s+{cues.OUTLET_NOUNS}$")
_LEADING_ARTICLE = compiled(r"^(?:an?|the|its|their)\s+", re.IGNORECASE)
# a trade before a body's name: "German carmaker …", "Swiss drugmaker …", "chipmaker …"
_TRADE_BEFORE_NAME = compiled(
    r"^(?:[A-Z][a-z]+\s+)?(?:(?!(?:of|for|and|the|on|in|at|to|from)\s)[a-z][\w-]*\s+){1,2}(?=[A-Z])"
)
# what kind of body a name is, before it: "Rights group …", "Pharmaceutical company …"
_KIND_BEFORE_NAME = compiled(
    rf"^(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+)?(?i:{cues.GENERIC_ORG}|organi[sz]ation)\s+(?=[A-Z])"
)
# (after a name's last word: "al-Jabal", "Tenants"; not "the rights group")
_KIND_AFTER_NAME = compiled(
    r"^(.*\b[A-Z][\w’'-]*)(?<!-based)\s+(?:group|movement|militia|faction|network|alliance|"
    r"charity|company|firm|consultancy|nonprofit|organisation|organization)$"  # "The … charity"
)
_PLACE_BASED = compiled(r"^[A-Z][\w.’'-]*-based\s+(?=[a-zA-Z])")  # ("the Leuven-based X")
_LEADING_THE = compiled(r"^(?:the|its|their)\s+", re.IGNORECASE)
# "a spokeswoman", "the officials": for the body named just before, if there is one
_BARE_SPOKES = compiled(r"(?:[Aa]n?|[Tt]he)\s+spokes(?:man|woman|person)|[Tt]he\s+officials")
_SPOKES_WINDOW = 400  # characters: the body named in the sentence or two before


def _looks_like_org(name: str) -> bool:
    last = name.split()[-1].lower()
    return last in cues.ORG_HEADS or name.split()[-1] in cues.OUTLET_WORDS or " of " in name


# "the Treasury Inspector General for Tax Administration", "the Commissioner for Children": an
# office named by its title and field, with no holder named, speaks as a body
_OFFICE_AS_BODY = compiled(
    r"[Tt]he\s+(?P<office>(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:Inspector|Auditor|Comptroller|Ombudsman|Commissioner|Registrar|Surveyor|Controller)"
    r"(?:[\s-]General)?\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+(?:(?:of|for|and|the)\s+){0,2}[A-Z][\w’'-]*){0,5})"
)


# "the Federal Attorney General", "the Secretary-General": an office, not someone called General
_GENERAL_OFFICE = compiled(r"[Tt]he\s+(?P<office>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][a-z]+[\s-]General)")


def office_as_body(who: str) -> str | None:
    """The office's name, if `who` names an office so ("the Commissioner for Children")."""
    office = _OFFICE_AS_BODY.fullmatch(who) or _GENERAL_OFFICE.fullmatch(who)
    return office["office"] if office else None

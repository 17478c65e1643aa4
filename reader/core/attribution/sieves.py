"""Cue sieves: the attribution next to a quote ("Osei said", "said Ito of ...", "As Park puts it").

Each sieve looks at one side of the quote inside its sentence and returns a `Cue`: the words that
name the speaker (unresolved), the reporting verb, a venue and a description if the cue gives them.
"""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.acronyms import without_body_initials
from reader.core.attribution.called_leads import CALLED_REACH, called_lead
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_details import (
    clean,
    description_after,
    is_pronoun,
    pronoun_after_verb,
    statement_in,
    told_venue,
    venue_in,
)
from reader.core.attribution.cue_names import (
    CLAIM_NOUN_PHRASE,
    name_in_appositive,
    starts_a_clause,
    valid_speaker,
    whole_name,
    without_trade,
)
from reader.core.attribution.described_trailers import described_trailer
from reader.core.attribution.ellipsis_cues import ellipsis_cue, with_participle_cue
from reader.core.attribution.fixed_cues import APPOSITIVE, fixed_phrase_cue
from reader.core.attribution.handles import handle_trailer
from reader.core.attribution.lead_asides import without_asides
from reader.core.attribution.leads import lead_without_verb
from reader.core.attribution.name_atoms import NO_PARTY_TAG
from reader.core.attribution.office_fields import holder_after_field, holder_after_state
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.relative_leads import VERB_AFTER_SPACE
from reader.core.attribution.role_keys import role_key
from reader.core.attribution.role_then_name import name_in_role, role_then_name
from reader.core.attribution.trailer_appositives import (
    according_trailer,
    apposed_name_trailer,
    open_appositive_trailer,
)
from reader.core.attribution.trailer_patterns import (
    AS_AFTER,
    CAME_FROM,
    GAVE_NAME,
    HOW_AFTER,
    QUOTED_AS,
    TRAILER_NAME_FIRST,
    TRAILER_VERB_FIRST,
)
from reader.core.calendar_words import MONTHS, WEEKDAYS

_M = cues.MENTION
_LEAD_LIMIT = 400  # characters of lead read for a cue; keeps long sentences linear
_VENUE_TAIL = rf"(?:\s+(?P<venue>{cues.VENUE}))?(?:\s+(?P<stmt>{cues.STATEMENT_VENUE}))?"
_LEAD_SAID = compiled(  # (no party tag's clause: "Sen. X, R-Alder Creek, who …, put it")
    rf"{NO_PARTY_TAG}(?P<who>{_M}){APPOSITIVE}"
    rf"(?:\s+(?:also|then|later|once|has|had|have|would|will|was|is|again|could|can|should|"
    r"might|may|must|did|does|only|just|simply|quickly|first|finally|even|still|himself|herself|"
    # "Chief Minister X on Thursday described … as ‘…’", "Minister X yesterday described"
    r"on\s+[MTWFS][a-z]+day|yesterday|today))*"
    r"(?:\s+(?:was\s+)?(?:\w+ed|went\s+on|began|started|tried|wanted|continued|got)\s+to)?"
    # (not "has cracked down on ‘finfluencers’": no speech)
    rf"\s+{cues.ADVERB}(?P<verb>{cues.SPEECH_VERB})\b(?!\s+down\b){_VENUE_TAIL}(?P<rest>[^“”\"]*)$"
)
# Where a clause may begin inside a lead: its start, after punctuation, after a conjunction.
_WHEN = "|".join([r"\d{4}", "year", "week", "month", *MONTHS, *WEEKDAYS])
_CLAUSE_START = compiled(
    # (a comma inside a closing mark too: "…, “Weatherglass,” he sings:")
    # (a caption's credit left in a scraped paragraph: "(Image: Pitchside Pictures) Kolarov said:")
    # (and a scraped page's "Advertisement" before "She said:")
    r"(?:^\s*|[,;:—–(][”\"’]?\s*|\)\s+(?=[A-Z])|\bAdvertisement\s+(?=[A-Z])"
    r"|\b(?i:and|but|while|when|as|after|before|because|though|although|so|then"
    # "…, to which O'Malley interjected:"; "Then she told me:", "Later he said:"
    # (not "with whom Lady Justice Mwangi agreed, said:": the judge before it says it)
    r"|where|since|until|if|which|(?<!with\s)whom|that|later|finally)\s+"
    # "Here’s what Senate Majority Leader X said a few minutes ago:" (a live blog's lead-in)
    r"|(?:(?<=\bis\s)|(?<=’s\s)|(?<='s\s))what\s+"
    # "Sgt. X said Goss told officers, “…”": the one said to have told them
    r"|\b(?:said|says)\s+(?=[A-Z][\w’'-]+\s+(?:told|said)\s)"
    # a pronoun after an opening phrase with no comma: "Before the encore she said simply:"
    r"|(?<=\s)(?=(?:he|she|they)\s)"
    # a time with no comma: "In 2016 the Minister of State for Power, X, told the House:"
    rf"|^\s*(?:In|On|By|Last|Earlier|Later)\s+(?:{_WHEN})\s+(?=[A-Z]|the\s))"
)
# "Her manager, Lorcan Fitch, said:": a role, the name in apposition, a comma, the verb.
_ROLE_COMMA_NAME = compiled(
    # "The Stallions' star receiver, DeShawn Mills, posted on X late Tuesday:"
    # "The chair of judges, the critic Philippa Oakes, said:": a trade before the name too
    # "Through an interpreter, the accused, Gurpreet Dhaliwal, told the court:": after a phrase
    r"(?:^(?:[A-Z][^,“”\"]{1,100},\s+)?|(?<=[.;]\s))"
    # ("In a statement …, Danny Royle’s partner, Kerry Ansell, said:": a named owner)
    r"(?P<who>(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]he|[Aa]n?|One\s+of\s+the|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)"
    r"\s+[A-Za-z][^,“”\"]{1,60},\s+"
    rf"(?:the\s+[a-z]+\s+)?{cues.PERSON}),\s+{cues.ADVERB}(?P<verb>{cues.SPEECH_VERB})\b[^“”\"]*$"
    # (not "Its founder, Ruth Pallister, called “the queen of retail” by her staff": a passive)
    r"(?<!called )(?<!called)"
)
_LABEL = compiled(rf"^\s*(?P<who>{cues.ROLE_PERSON})(?:\s*\([^)]{{1,40}}\))?\s*:\s*$")
_CLAIM_AFTER = compiled(rf"[\s,]*{CLAIM_NOUN_PHRASE}\s")

__all__ = ["APPOSITIVE", "Cue", "cue_after", "cue_before", "valid_speaker"]


def cue_after(trailer: str) -> Cue | None:
    """`“…,” Osei said` / `“…,” said Ito of the Lowy Institute` / `“…,” she told Reuters`."""
    if _CLAIM_AFTER.match(trailer):
        return None  # "“…,” a claim Coldharbour Grid called “unhelpful.”": no speaker of these
    if "(" in trailer:  # "said the village pulenu’u (mayor), Tala Aumua": the gloss aside
        trailer = without_body_initials(_GLOSS.sub("", trailer))
    if quoted := QUOTED_AS.match(trailer):  # "Granma quoted Fonseca as saying": Fonseca's
        return Cue(quoted["who"], "said", "trailer", venue=venue_in(quoted["rest"]))
    apposed = _described_cue(apposed_name_trailer(trailer))  # "her daughter, Ruth Whitlaw, said"
    if apposed is not None:
        return apposed
    match = TRAILER_VERB_FIRST.match(trailer) or CAME_FROM.match(trailer)
    if match and match["verb"].endswith("ing"):
        match = None  # "“…,” saying the city embodied …": the subject says it, not the city
    if match and "," not in match["who"] and starts_a_clause(match["rest"]):
        match = None  # "X, citing “…,” said the candidate could …": the report's own subject
    if match and is_pronoun(match["who"]):
        # "'…,' said he, pulling a pint" (Irish and literary copy), not "said he would resign"
        return pronoun_after_verb(match)
    if match:
        who, rest = whole_name(match["who"], match["rest"])
        if rest.startswith(("’s ", "'s ")):  # "said the council's cabinet member for …, Cllr X"
            who, rest = who + rest[:2], rest[2:]
        who, rest = holder_after_state(who, rest)  # "said Minister of State for Manpower X"
        description = description_after(rest)
        given = GAVE_NAME.match(rest)
        if given and given["after"] and any(word[:1].isupper() for word in who.split()):
            given = None  # "said Tom Burke, who lives in Parma, Mich.": not "Mich"
        if given:  # "said one shopper, who gave her name only as
            name = given["name"] or given["whole"] or given["after"] or given["named"]  # Jess
            description, who, rest = who, name, rest[given.end() :]
        elif role := role_then_name(who, rest):
            # "said Sealink's managing director, Annika Solberg,": she, not the firm; "said
            # another leading Supreme Court lawyer, Andrew J. Pincus of …": him
            name, at = name_in_role(role)
            description = f"{who}{rest[:at].rstrip(', ')}"
            who, rest = name, rest[role.end() :]
        return Cue(
            who,
            match["verb"],
            "trailer-inverted",
            venue=venue_in(rest),
            description=description,
            statement=statement_in(rest),
        )
    opening = trailer.lstrip(" ,—–-")[:7]
    aside = AS_AFTER.match(trailer) if opening[:3] == "as " else None
    if opening in ("is how ", "was how"):  # "“…,” is how X described the code."
        aside = HOW_AFTER.match(trailer)
    if aside and valid_speaker(aside["who"]):
        rule = "trailer-as" if opening[:3] == "as " else "trailer-how"
        # ("“…” was how the chair of the panel, Councillor Maxine Trewin, described …": hers)
        who, _ = name_in_appositive(aside["who"], clean(aside.groupdict().get("app")))
        return Cue(who, aside["verb"], rule, venue=venue_in(aside["rest"]))
    match = TRAILER_NAME_FIRST.match(trailer)
    if match and valid_speaker(match["who"]):
        who, description = name_in_appositive(match["who"], clean(match["app"]))
        if held := holder_after_field(who, trailer[match.end("who") : match.start("verb")]):
            who, description = held  # "“…,” Union Minister of State for Health … X said"
        return Cue(
            who,
            match["verb"],
            "trailer",
            venue=told_venue(match) or venue_in(match["rest"]),
            description=description,
            statement=statement_in(match["rest"]),
        )
    return (
        _described_cue(open_appositive_trailer(trailer))
        or according_trailer(trailer)
        or handle_trailer(trailer)  # "@BudTillotson posted"
        or described_trailer(trailer)  # "the graduate said"
    )


def _described_cue(found: tuple[re.Match[str], str] | None) -> Cue | None:
    """A cue whose speaker stands in apposition, with the words that describe them."""
    if found is None:
        return None
    match, description = found
    rest = match["rest"]
    return Cue(
        match["who"],
        match["verb"],
        "trailer",
        venue=told_venue(match) or venue_in(rest),
        description=description,
        statement=statement_in(rest),
    )


# A role's gloss in brackets before the name: "the turaga ni koro (village headman), X"
_GLOSS = compiled(r"(?<=[\w’']) \([a-z]+(?: [a-z]+){0,2}\)(?=,?\s+[A-Z])")
# letters after a name between commas: "The Rev. Thomas Okonkwo, SJ, who directs …, said:"
_LETTERS_ASIDE = compiled(rf"(?<=[a-z]),\s+(?:{cues.POST_NOMINALS})(?=,)")


def cue_before(lead: str) -> Cue | None:
    """`Osei said, “…` / `As Park puts it, “…` / `According to Ito, “…` / `Osei told me that “…`."""
    # Cheap facts that rule patterns out before they scan the lead: several must end in a colon
    # (`:\s*$`), and the clause patterns need a reporting verb right after a space.
    lead = without_asides(lead)  # "commissioner of police (cyber) X said:"
    if ", " in lead:
        lead = _LETTERS_ASIDE.sub("", lead)
    colon_end = lead.rstrip().endswith(":")
    label = _LABEL.match(lead) if colon_end and len(lead) <= _LEAD_LIMIT else None
    lead = lead[-_LEAD_LIMIT:]  # every search below reads at most this much: linear in the text
    found = fixed_phrase_cue(lead, colon_end)
    if found is not None:
        return found
    if label and valid_speaker(label["who"]):
        return Cue(label["who"], "said", "label")
    has_verb = VERB_AFTER_SPACE.search(lead) is not None
    match = _rightmost_clause(lead) if has_verb else None
    if match is None:
        role = _ROLE_COMMA_NAME.search(lead) if has_verb else None
        if role:
            named = role["who"].rsplit(",", 1)[1].strip()
            return Cue(without_trade(named), role["verb"], "lead")
        return ellipsis_cue(lead, has_verb) or _verbless_cue(lead)
    if later := _later_cue(lead, lead[match.end("verb") :]):
        return later
    who, description = name_in_appositive(match["who"], clean(match["app"]))
    if held := holder_after_field(who, lead[match.end("who") : match.start("verb")]):
        who, description = held  # "Minister of State for Railways Arjun Mehta said:"
    return Cue(
        who,
        match["verb"],
        "lead",
        venue=told_venue(match),
        description=description,
        statement=clean(match["stmt"]),
    )


def _later_cue(lead: str, after_verb: str) -> Cue | None:
    """A cue after the clause's verb that is nearer the quote: "MPs criticised the ministry for
    what X described as “…”", "MCAs threatened to impeach her, with X accusing her of “…”"."""
    if called_lead(lead[-CALLED_REACH:]):
        return _verbless_cue(after_verb)
    return with_participle_cue(after_verb) if "ing" in after_verb else None


def _verbless_cue(lead: str) -> Cue | None:
    found = lead_without_verb(lead)
    if found is None or not valid_speaker(found[0]):
        return None
    return Cue(found[0], found[1], found[2])


def _passive(lead: str, match: re.Match[str]) -> bool:
    """ "after the winner was declared": a passive verb says what was done to its subject."""
    verb = match["verb"]
    if not verb.endswith(("ed", "told", "said", "written")):
        return False
    return (
        _BE_BEFORE.search(lead, max(0, match.start("verb") - 12), match.start("verb")) is not None
    )


_BE_BEFORE = compiled(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$")


def _rightmost_clause(lead: str) -> re.Match[str] | None:
    """The cue nearest the quote: "Smith said X, but Jones argued: “…" is Jones's."""
    starts = [m.end() for m in _CLAUSE_START.finditer(lead)]
    for start in sorted(set(starts), reverse=True):
        capital_and = lead[start : start + 1].isupper() and _CAPITAL_AND.search(lead, 0, start)
        if capital_and and role_key(lead[start:].split(None, 1)[0]) is None:
            continue  # "The MP for Swaledale and Wensley North, X, said": inside a name (not
            # "District Election Officer and Collector G. Aruna Kumari said": a second title)
        if lead.startswith("whose ", start):
            continue  # "X, whose son Liam, 23, is serving …, called": X, the clause's owner
        match = _LEAD_SAID.match(lead, start)
        if match and _NAMING.match(lead, match.start("verb")):
            continue  # "The officer, a young man called Liam Rudd, stood …": his name
        if match and valid_speaker(match["who"]) and not _passive(lead, match):
            if _BARE_ROLE.match(match["who"]) and lead[:start].rstrip().endswith(","):
                continue  # "Dame X, chief executive of …, told": an appositive, not the subject
            return match
    return None


_NAMING = compiled(r"(?:called|named)\s+[A-Z][\w’'-]*\s+[A-Z]")
_CAPITAL_AND = compiled(r"[A-Z][\w’'-]*\s+and\s+$")
# A role with no determiner, as an appositive gives it: "chief executive of the Riverside Trust"
_BARE_ROLE = compiled(
    r"(?!(?:the|a|an|his|her|their|its|our|one|another)\s)[a-z][\w-]*(?:\s+[a-z][\w-]*)*\s+of\s"
)

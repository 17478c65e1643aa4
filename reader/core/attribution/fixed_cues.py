"""Cues made of fixed words before a quote: "As Park puts it,", "According to Ito,", "In Osei's
words", "Said Comey,", "was asked by …", "Here's Osei:". `sieves.cue_before` tries them first."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.called_leads import ACCUSED_OF
from reader.core.attribution.cue import Cue
from reader.core.attribution.cue_names import valid_speaker
from reader.core.attribution.owned_words import owner_of_words
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.relative_leads import RELATIVE_LEAD
from reader.core.attribution.verbs import QUESTION_PAST

_M = cues.MENTION
# A body's name after "of" or "at" ("of the main opposition Democratic Party (DP)": a party's
# adjectives and its initials)
# (ending before a title and a name: "Central Bank of| Oyarin Governor X told": his words)
_BODY = (
    r"(?:(?:ruling|governing|main|opposition|minor|junior)\s+){0,2}"
    r"[A-Z][\w’'-]*(?:\s+(?:(?:for|and|on|the|of)\s+){0,2}(?!(?:(?:Deputy|Vice|Assistant)\s+)?"
    r"(?:Governor|President|Chairman|Chairwoman|Chairperson|Minister|Commissioner|Mayor|Senator)"
    r"\s+[A-Z][a-z])[A-Z][\w’'-]*)*(?:\s+\([A-Z]{2,8}\))?"
)
# "at" a place of research or care, which may be followed by its country ("at the University of
# Bristol, UK,"); not "Associates at Brackley Holt say"
_AT_A_PLACE_OF_RESEARCH = (
    r"at(?=\s+[^,;.“”\"]{0,60}?\b(?:University|College|Institute|Institution|Laborator(?:y|ies)|"
    r"Hospital|School|Centre|Center|Museum|Observatory|Society|Academy|Survey|Clinic|Zoo|"
    r"Gardens)\b)"
)
# ", a former trade envoy," (up to four comma-separated segments); "of Germany" after a name
APPOSITIVE = (
    # "the Chairman of the Nigeria Labour Congress in Imo State, Comrade …,": where the office is
    # (a name follows, not "a nurse in Lexington, Ky., and …")
    r"(?:\s+in\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|[a-z]+)"
    rf"(?=,\s+{cues.TITLE}?{cues.NAME},))?"
    r"(?:\s*\([^()]{1,30}\),?)?"  # "Sen. Chuck Schumer (D-N.Y.)", "Kasich (R-OH), said"
    # ("Will Tebbutt, who farms 1,800 acres near March, said": a thousands comma ends nothing)
    rf"(?:,\s+(?P<app>{cues.NO_COMMA}{{2,200}}?(?:,\s+{cues.NO_COMMA}{{2,120}}?){{0,3}}?),)?"
    # "of the James Martin Center for Nonproliferation Studies"
    # ("Graham Thistlewood at the University of Bristol, UK, told New Scientist": a scientist's
    # institution after "at", then its country)
    rf"(?:(?:\s+of\s+(?:the\s+)?{_BODY}|\s+{_AT_A_PLACE_OF_RESEARCH}\s+(?:the\s+)?{_BODY}"
    r"(?:,\s+(?:UK|US|USA|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),)?)"
    # "of the Larkspur RCMP detachment", "of the Halvern fire service": a body in lower case
    r"(?:\s+(?:fire\s+)?(?:police|detachment|department|service|brigade|office|branch|unit|"
    r"division|station|precinct|council|union|club|school|hospital)\b)?"
    # "the 46-year-old plumber from Kettleby", "Joe Kilkelly from Mountbellew": a home
    r"|\s+from\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?=\s+[a-z]))?"
)
# "As Park puts it," / "As the columnist Louella Parsons had written a few years earlier,"
_LEAD_AS = compiled(
    # "As its founder, Gwen Tolliver, put it", "As one mother-of-three, Lisa Breen, put it": the
    # name in apposition to a role
    # ("As the committee's convener, Elspeth Gairloch, put it")
    # ("As the Baale of Oke-Odo, Chief Taofeek Adisa-Olaniyan, put it": an office of a place)
    # (not a bare plural: "ordinations of women as priests, the Bishop of X, …, said:")
    rf"\b[Aa]s\s+(?![a-z]+s,)(?:(?:its|his|her|their|one|another|an?|the(?:(?:\s+[\w-]+){{1,2}}['’]s)?)\s+"
    # ("As one veteran of the fair, Joe Kilkelly from Mountbellew, put it": where they are from)
    # ("As the school's special educational needs coordinator, X, put it:": four words)
    # ("As one coalition MP, X, put it": a member's letters; not "As one soy trader in
    # Rosario put it": a place, no name, after a preposition)
    rf"(?:[a-z-]+\s+){{0,3}}?(?:(?:[a-z-]+|[A-Z]{{2,4}})(?:\s+of\s+the\s+[a-z-]+)?"
    r"(?<!\bin)(?<!\bat)(?<!\bfrom)(?<!\bnear)|"
    # ("as its chair Dame Felicity Orme put it,": the name right after the role, no commas)
    rf"[A-Z][a-z-]+\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})(?P<sep>,)?\s+"
    rf"(?:{cues.TITLE}\s*)?(?P<named>{cues.NAME})(?:\s+from\s+[A-Z][\w’'-]*)?(?(sep),)"
    rf"|(?P<who>{_M}){APPOSITIVE})(?:\s+(?:has|had|have|once))?\s+(?P<verb>puts?|put|"
    # "As the governor likes to say,", "as she is fond of saying:"
    r"(?:likes|liked|loves|loved)\s+to\s+say|(?:is|was)\s+fond\s+of\s+saying|"
    r"(?:often|always|never\s+tires\s+of)\s+(?:says|saying)|"
    r"says|said|wrote|written|writes|noted|notes|explains|explained|observed|observes|reported|"
    r"reports|argued|argues|told|tells|pointed\s+out|points\s+out|recalled|recalls|warned|"
    r"warns|remarked|stated|declared|conceded|acknowledged|quipped|joked|summed\s+(?:it\s+)?up|"
    r"phrased|framed|described|predicted)(?:\s+it)?(?:\s+[^,:]{0,80})?"
    r"(?:(?:,\s+[^,:“”\"]{1,80})?[,:]\s*$"
    # ("As its creative director, X, put it last year, the company prefers “…”": the clause
    # after the comma holds the quote, and no one else's verb)
    r"|,\s+(?![^,:“”\"]*\b(?:said|says|told|tells|added|wrote|writes|argued|argues)\b)"
    r"[^,:“”\"]{1,80}\s$)"
)
# "It was, said Professor Sir X, “…”": the verb first, in the writer's sentence
_SAID_NAME_END = compiled(rf",\s+(?P<verb>said|says)\s+(?P<who>{cues.TITLE}?{cues.NAME}),\s*$")
# ("According to Peter Hale, a nurse at the clinic, “…”": a description in apposition)
_LEAD_ACCORDING = compiled(
    # ("According to her, “…”": the woman the paragraph before is about)
    rf"\b[Aa]ccording\s+to\s+(?P<who>{_M}|her|him|them)"
    # (or a bare role: "According to Úna Ní Bhraonáin, chairwoman of the committee, “…”", "…,
    # managing partner at Voss & Kerrigan:")
    # (or a relative clause: "According to Kenneth Bradshaw-Nicholls, who has run walking tours
    # of the city for 15 years, “…”")
    r"(?:,\s+(?P<app>(?:(?:an?|the|his|her|its|their|who|whose)\s+|(?=[a-z]+(?:\s+[a-z]+)?\s+(?:of|at|for|with)\s))"
    # ("According to Tessa Vandermeer, the terminal's technical manager: “…”": a colon ends it)
    r"[^,“”\"]{2,120})(?:,|(?=\s*:)))?"
    # ("According to X, …, the crew’s actions were decisive: “…”": a claim of his, then a colon)
    r"(?:(?<=,)\s+(?![^“”\"]*\b(?:said|says|told|added|wrote)\b)[^,:;“”\"]{3,120}(?=:\s*$))?"
    r"\s*[,:]?\s*$"
)
# "In Draycott's words", "in the words of Rep. Lorna Castellanos, a Republican," (see tests)
_LEAD_WORDS = compiled(
    # ("in the words of veteran Kathakali artist Sreekumar Nambiar": a capital before a trade)
    # ("in the words of one of its designers, the landscape architect X,": a role after the comma)
    r"\b[Ii]n\s+(?:the\s+words\s+of\s+(?:[^,“”\"]{0,60}?,\s+(?=[A-Z][a-z]+\s+[A-Z])|"
    r"(?=[a-z])[^,“”\"]{0,60}?,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){1,3}(?=[A-Z][a-z]+\s+[A-Z])|"
    # (capitals before a lowercase role: "Kōura Bay brigade member Hemi Tautahi")
    r"(?:(?:[a-z.][a-z.-]*|[A-Z][^\W\d_]+(?=(?:\s+[A-Z][^\W\d_]+)*\s+[a-z]))\s+)*"
    # ("In the words of Jerome Castellanos, who spent 27 years there …: “…”": a colon ends it)
    rf"(?:[A-Z][a-z]*\.\s+)?)(?P<of>{cues.NAME})\b(?!\s+[a-z])(?:,[^,“”\"]+(?:,|(?=:)))?|"
    # "in her coach Ruairí Dempsey's words": a role before the name
    # "in the magistrate's words": a role alone, which the resolver reads as any role reference
    rf"(?:(?:his|her|their|the)\s+(?:[a-z-]+\s+){{1,3}}?)?(?P<who>{cues.NAME}|his|her|their|"
    r"the\s+(?:[a-z-]+\s+)?[a-z-]+(?=['’]s?\s))"
    r"(?:['’]s?)?\s+(?:own\s+)?words\b)[^“”\"]{0,80}$"
)
# "Radio Kanaan quoted Colonel Idris Mahamat as saying that forces had “neutralised …”": the one
# quoted speaks, not the outlet ("quoted the shipyard’s director, Velimir Kostadinov, as saying")
_LEAD_QUOTED_AS = compiled(
    rf"\b(?:quoted|cited)\s+(?:[^,“”\"]{{1,60}},\s+|(?:[a-z][\w’'-]*\s+){{1,3}})?(?P<who>{cues.TITLE}?{cues.NAME})"
    r"(?:,[^,“”\"]{1,80})?,?\s+as\s+saying\b[^“”\"]{0,240}$"
)
# "Sanders was asked by host Bill Maher, “…": the asker speaks.
_ASKED_BY = compiled(
    rf"\b(?:was|were|is|are)\s+(?:{QUESTION_PAST}|told)\s+by\s+(?P<who>{_M})"
    rf"{APPOSITIVE}\s*[,:]?\s*$"
)
# "Said Comey, “…": the verb first, as a lead.
_SAID_WHO = compiled(
    r"(?:^|[.;]\s+)(?P<verb>[Ss]aid|[Ss]tated|[Aa]dded|[Aa]sked|[Ww]rote|[Rr]eplied|[Ee]xplained|"
    rf"[Cc]ontinued|[Dd]eclared)\s+(?P<who>{_M})"
    # ("Said Raimund Cole, the centre's director and senior author:": a description, the colon)
    rf"{APPOSITIVE}(?:,\s+[^,“”\":]{{2,120}}?(?=\s*:))?\s*[,:]?\s*$"
)
# "has been described by the Hague-based critic Pieter van Aalst as ‘…’": the describer's words
_DESCRIBED_BY = compiled(
    r"\b(?P<verb>described|dismissed|hailed|praised|branded|labell?ed|characteri[sz]ed)"
    r"(?:\s+on\s+[A-Z][a-z]+day)?\s+by\s+"  # ("dismissed on Tuesday by MK Inbar Galili of the
    # opposition Mifneh party as …": a day before, the party after)
    # ("by the returning officer, Gwen Talbot, as": a role, then the name in apposition)
    # ("by its own conductor, Aksel Brun, as": a possessive role)
    r"(?:(?:the|its|his|her|their)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*,\s+(?=[A-Z]))?"
    rf"(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}?(?P<who>{cues.TITLE}?{cues.NAME})"
    r"(?:\s+of\s+the\s+(?:[a-z]+\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+[a-z]+)?)?"
    r",?\s+as\s*$"
)
# ("Here's Durnford coach Ian Pettigrew on that collapse:": a club and a role before the name)
_HERE_IS = compiled(
    rf"\b[Hh]ere['’]s\s+(?:(?:[A-Z][\w’'-]*\s+){{1,2}}(?:[a-z-]+\s+)?(?:{cues.ROLE_WORD})\s+)?"
    rf"(?P<who>{cues.PERSON})\b[^“”\"]{{0,60}}:\s*$"
)

# Nigerian copy's "Hear him: “…”": the man named before
_HEAR_HIM = compiled(r"(?:^|[.!?”\"]\s+)Hear\s+(?P<who>him|her)\s*:\s*$")
# a pronoun in a fixed phrase, as the resolver reads it: "According to her", "In his words"
# a statement read out for its writer: "his attorney, X, read a statement on his behalf:"
_ON_BEHALF = compiled(
    r"\b(?P<verb>read)\s+(?:out\s+)?(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:statement|letter|"
    rf"message|note)\s+on\s+(?:(?P<who>his|her)\s+behalf|behalf\s+of\s+(?P<named>{cues.PERSON}))"
    r"[^“”\":;]{0,80}:\s*$"
)
_SUBJECT_CASE = {"his": "he", "her": "she", "him": "he", "their": "they", "them": "they"}


# "He is, by his own description, “the size of a small wardrobe”": the subject's words
_OWN_DESCRIPTION = compiled(
    rf"\b(?P<who>{_M})\s+(?:is|was|are|were)\s*,\s*by\s+(?:his|her|their|its)\s+own\s+"
    r"(?P<verb>description|account|admission|reckoning)\s*,\s*$"
)


# "which she designed in 1971 and liked to call “…”": the words she used for it
_LEAD_LIKES_TO_CALL = compiled(
    rf"\b(?P<who>{_M})\s+[^,;“”\"]{{0,60}}?\b(?P<verb>(?:liked|likes|loved|loves|used|came|"
    r"has\s+come|had\s+come)\s+to\s+(?:call|describe))(?:\s+(?:it|them|him|her))?(?:\s+as)?\s*$"
)
# "The company is marketing the Longhand under the tagline “…”": the subject's own words
_LEAD_TAGLINE = compiled(
    r"^(?P<who>(?:[Tt]he|[Ii]ts)\s+[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4}|[Hh]e|[Ss]he|"
    r"[Tt]hey|[Ii]t)\s+[a-z][^,;“”\"]{0,80}?\b(?:under|with|using|behind)\s+"
    r"(?:the|its|their|his|her|a)\s+(?:new\s+)?(?P<verb>tagline|slogan|motto)\s*,?\s*$"
)


# "I reached out to Lakeshore Auto Finance, which sent this statement:": the body's words
_WHICH_SENT = compiled(
    rf"(?<![\w’'-])(?P<who>{_M}),\s+which\s+(?:later\s+)?(?P<verb>sent|issued|released|provided|"
    r"emailed|gave)\s+(?:this|a|the\s+following|an?\s+[a-z]+)\s+(?:statement|response|reply)"
    r"\s*:\s*$"
)


# "For gymnastics judge Ingrid Solheim, the new rules have been “the biggest change …”": hers
# (a person's full name, a role before it but no "the … of": not "For the children of Nahal
# Ezra", "For African-Americans", "For Trump, according to X,")
_LEAD_FOR = compiled(
    r"(?:^|[.!?]\s+)For\s+(?:(?!(?:the|a|an|of|in|his|her|their|its)\s)[a-z][\w-]*\s+){0,3}"
    rf"(?P<who>(?=[A-Z][\w’'.-]*\s+[A-Z]){cues.PERSON}),\s+"
    r"(?![^“”\"]*\b(?:said|says|told|added|argued|wrote|called|according)\b)[^“”\"]{3,200}$"
)


def fixed_phrase_cue(lead: str, colon_end: bool) -> Cue | None:
    """ "As Park puts it,", "According to Ito,", "In Osei's words", "Her verdict:", "Said Comey,",
    "was asked by …", "Here's Osei:": cues made of fixed words, tried before the clause cues."""
    for pattern, rule in (
        (
            _LEAD_AS if lead.rstrip()[-1:] in (",", ":") or " put" in lead[-200:] else None,
            "as-puts-it",
        ),
        (_LEAD_ACCORDING if "ccording" in lead else None, "according-to"),
        (_LEAD_WORDS if "words" in lead else None, "in-words"),
        (_LEAD_LIKES_TO_CALL if " to call" in lead or " to describe" in lead else None, "calls-it"),
        (
            _LEAD_TAGLINE if "tagline" in lead or "slogan" in lead or "motto" in lead else None,
            "calls-it",
        ),
        (ACCUSED_OF if "accus" in lead[-80:] else None, "calls-it"),
        (RELATIVE_LEAD if " who" in lead[-240:] else None, "lead"),
        (_LEAD_QUOTED_AS if "quoted" in lead else None, "lead"),
        (_OWN_DESCRIPTION if " own " in lead[-40:] else None, "own-description"),
        (_WHICH_SENT if colon_end and ", which " in lead[-120:] else None, "lead"),
        (_LEAD_FOR if "For " in lead else None, "for-whom"),
        (_ON_BEHALF if colon_end and "behalf" in lead[-200:] else None, "behalf"),
        (
            _SAID_NAME_END if lead.rstrip().endswith(",") and "said " in lead[-120:] else None,
            "lead",
        ),
    ):
        match = pattern.search(lead) if pattern is not None else None
        if match:
            verb = match.groupdict().get("verb") or "said"
            if rule == "as-puts-it" and verb.startswith(("put", "phrased", "framed")):
                verb += " it"  # the reason reads "As Park puts it", "As Lowe phrased it"
            named = match["who"] or match.groupdict().get("named") or match["of"]
            who = re.sub(r"['’]s?$", "", named)  # "In Osei’s words"
            # ("According to her, “…”": resolved as "she"; reasons.py writes "her")
            who = _SUBJECT_CASE.get(who, who)
            return Cue(who, verb, rule)
    owner = owner_of_words(lead) if colon_end else None
    if owner is not None:
        return owner
    said_who = _SAID_WHO.search(lead)
    if said_who and valid_speaker(said_who["who"]):
        return Cue(said_who["who"], said_who["verb"].lower(), "lead")
    asked_by = _ASKED_BY.search(lead) if "by" in lead else None
    if asked_by and valid_speaker(asked_by["who"]):
        return Cue(asked_by["who"], "asked", "lead")
    described_by = _DESCRIBED_BY.search(lead) if " by " in lead else None
    if described_by and valid_speaker(described_by["who"]):
        return Cue(described_by["who"], described_by["verb"], "calls-it")
    here = _HERE_IS.search(lead) if colon_end else None
    if here and valid_speaker(here["who"]):
        return Cue(here["who"], "said", "label")
    hear = _HEAR_HIM.search(lead) if colon_end and "Hear " in lead else None
    return Cue(_SUBJECT_CASE[hear["who"]], "said", "lead") if hear else None

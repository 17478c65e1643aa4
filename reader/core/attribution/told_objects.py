"""Whom someone told or asked, between the verb and what they said: "told reporters", "told a
crowd in Miami Tuesday", "asked the students", "told me". Plain pattern text for the report
patterns (reported_patterns, clause_leads, phrase_sources)."""

from __future__ import annotations

from reader.core.attribution import cues

# "told a Senate panel", "told a crowd of supporters": an audience the article describes
# ("told a Civil Aviation Safety Directorate (CASD) workshop": a body's event, named in full)
# ("told the weekly briefing on Friday": one the article takes as known)
GATHERING = (
    r"(?:a|an|the)\s+(?:(?:[\w’'-]+\s+){0,3}?|(?:[A-Z][\w’'-]*\s+|\([A-Z]{2,8}\)\s+){1,6}?)"
    r"(?:panel|committee|subcommittee|crowd|"
    r"rally|meeting|audience|gathering|group|conference|briefing|forum|hearing|town\s+hall|"
    r"workshop|seminar|summit|symposium|"
    r"lunch|luncheon|dinner|breakfast|reception|convention|congress|webinar|roundtable)"
    r"(?:\s+of\s+[a-z]+)?"
)
# "told a crowd in Miami Tuesday| that"; not "told The Echo he was gutted by rumours| that"
# not "asked Pence whether| that would …": the question starts at "whether"
# (not "warned| that losses had yet to peak and| that provisions …": "that" opens what was said)
OBJECT = (
    r"\s+(?!that\b)(?:(?!\b(?:he|she|they|I|we|if|whether|why|how)\s)[^,“”\"]){1,60}?"
    r"(?<!\sand)(?=\s+that\b)"  # (not "told MPs| the plan was late and| that …": a second clause)
)
# "asked the students| if they were …"; "asked| the board to delay …": a request's object is
# part of what was asked
ASK_OBJECT = (
    r"(?:(?<=asked)|(?<=asks))"
    r"(?=\s+(?:(?!\b(?:if|whether|why|how|what|that)\b)[^,“”\"]){1,60}?\s+to\s+[a-z])"
    # not "told jurors| they would hear from a witness| who saw …": a clause's subject is no
    # part of the one asked or told
    # nor "warned| that water rights limited| how much …": "that" opens what was said
    r"|\s+(?!that\b)(?:(?!\b(?:he|she|they|I|we|it)\s)[^,“”\"]){1,40}?"
    r"(?=\s+(?:if|whether|why|how|what|when|where|who)\b)"
)
# "told me| the drains were built for a climate that no longer exists": "me" is all of it (not
# "told me … climate| that …" nor "tells me that several cried| when …"); "asked him whether"
PRONOUN_OBJECT = r"\s+(?:me|us|him|them)(?=\s+(?!(?:if|whether|why|how|what|when|where|who|to)\b))"
TOLD_WHOM = (
    rf"(?:\s+(?:me|us|him|her|them|{cues.AUDIENCE}|{GATHERING}|"
    # ("told broadcaster ZDF", "told public broadcaster RTÉ")
    r"(?:(?:public\s+)?(?:broadcaster|newspaper|daily|radio|station|channel)\s+)?"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"  # "The Star-Ledger of Newark"
    # "the Kano State Commissioner for Agriculture, Dr Maryam Dala,": an office, then its holder
    rf"(?:\s+for\s+[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)?(?=,\s+{cues.TITLE}))?"
    rf"(?:,\s+{cues.TITLE}{cues.NAME}(?=,))?"
    # "the Commission of Inquiry into the Metro Housing Fund": what it inquires into
    r"(?:\s+into\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"
    # "RNZ's Morning Report", "the BBC's Today programme": a broadcaster's programme
    r"(?:['’]s\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+programme)?)?"
    # "Kan public broadcaster", "Army Radio station": a broadcaster named, then what it is
    r"(?:\s+(?:public\s+)?(?:broadcaster|radio|television|newspaper|daily|station))?))?"
)

"""When and where a report was made, between its verb and what was said: "said Saturday that",
"has said repeatedly that", "said on NBC's ''Meet the Press'' on Sunday that", "Spicer on Thursday
evening said", "said Tuesday, in response to a question from …, that"."""

from __future__ import annotations

from reader.core.attribution import cues
from reader.core.calendar_words import WEEKDAYS

DAY = (
    # ("claimed early on Friday": the time of day first)
    rf"(?:\s+(?:(?:earlier|later|late|early)\s+(?=on\s))?(?:on\s+)?(?:(?:earlier|later|late|early)\s+)?(?:{'|'.join(WEEKDAYS)}|"
    r"today|yesterday|(?:last|this)\s+(?:week|month|year))"
    r"(?:\s+(?:morning|afternoon|evening|night))?)?"
)
WHEN = (
    # "has said repeatedly that": how often, right after the verb
    r"(?:\s+(?:repeatedly|publicly|privately|previously|often|again|recently|separately|"
    r"frequently|consistently|afterwards?|later|for\s+(?:months|years|weeks|decades)))?"
    rf"(?:\s+{cues.STATEMENT_VENUE})?"
    # not "took aim| at comments by …": that is the object of the stance
    # "told reporters last week", not "told reporters this was …"
    # ("said at least 40 families had …": a quantity opens the report, no time)
    r"(?:(?<!\baim)\s+(?:(?:on|in|at)\s+(?!(?:behalf|the|a|an|least|most)\b)[\w’'-]+|(?:last|this)\s+"
    r"(?:week|weekend|month|year|spring|summer|fall|autumn|winter|morning|afternoon|evening|"
    r"night|[A-Z][a-z]+))"
    r"(?:\s+[A-Z][\w’'-]*)*)?" + DAY  # "said Saturday that"
)
# "Spicer on Thursday evening said": when, between the subject and the verb.
TIME = (
    r"(?:\s+(?:on|last|this|early|late|earlier|later)\s+(?:past\s+)?(?:[A-Z][a-z]+|week|month|"
    r"year|morning|night)(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:today|now|yesterday|tonight))?"
)
# "said on NBC's ''Meet the Press'' on Sunday that": where and when, then "that". Not an
# infinitive ("pledged to stay in the primary through that contest": the pledge is all of it)
# nor the object of "took aim at" ("… at comments by Trump that Japan might …").
SETTING = (
    r"(?<!\baim)(?:\s+(?:on|in|at|during|after|before|while|from|last|this|earlier|later|late|early"
    r"|to(?=\s+(?:[A-Z]|(?:the|a|an|his|her|their|its|our|my|me|us|him|them)\b|[a-z]+(?<![su]s)s\b)))"
    r"(?:\s+(?!(?:he|she|they|it|we|I|and|but|who|which|that|would|will|was|were|is|are|had|has)\b)"
    # not an infinitive: "vowed on Wednesday to veto any budget that …" vowed all of it
    r"(?!to\s+(?!(?:the|a|an|his|her|their|its|our|my|[a-z]+(?<![su]s)s)\b)[a-z])"
    r"“?[^\s,;:“”\"]+”?){1,9}?\s+that\b)"
)
# "said Tuesday, in response to a question from Ald. Wendell Carrow (14th), that …"
ASKED_ASIDE = (
    r",\s+(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|answering|when\s+asked|asked)"
    r"\b[^,“”\"]{1,120},(?=\s+that\b)"
)

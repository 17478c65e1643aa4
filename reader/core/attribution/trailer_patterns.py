"""The trailer's shapes after a quote: "“…,” Osei said", "“…,” said Ito", "“…,” came the reply
from X", "“…,” as she put it", and "said one shopper, who gave her name only as Jess"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.fixed_cues import APPOSITIVE
from reader.core.attribution.given_names import NAME_OR_NAMES_GIVEN_AS
from reader.core.attribution.next_sentences import ROLE_BEFORE
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.trailer_appositives import VERB_TO_REST

_M = cues.MENTION
# "“…,” Osei said", "“…,” Osei, a nurse at the clinic, told me": the name first
TRAILER_NAME_FIRST = compiled(
    rf"^[\s,—–-]*(?P<who>{_M}){APPOSITIVE}"
    # ("“…,” lead author X and her colleagues wrote": hers, as the lead of her team)
    r"(?:\s+and\s+(?:his|her|their)\s+(?:colleagues|co-?authors|team))?"
    r"(?:\s+(?:has|had|have|also|later|once|then|again|would|will|could))*"
    r"(?:\s+(?:is|was|has\s+been)\s+quoted\s+as)?"  # "Braynard is quoted as saying"
    rf"\s+{VERB_TO_REST}",
    re.DOTALL,
)
# "“…,” came the reply from Rachel Dhaliwal, the MP": the answer's speaker after the quote
CAME_FROM = compiled(
    r"^[\s,—–-]*(?P<verb>came\s+(?:the|a|his|her|their)\s+(?:reply|response|answer|retort)\s+"
    rf"from)\s+(?P<who>{_M})(?P<rest>.*)$",
    re.DOTALL,
)
# "“…,” Granma quoted Fonseca as saying": the one quoted, not the paper quoting them
QUOTED_AS = compiled(
    # ("state television quoted X, a member of the Assembly of Experts, as saying")
    rf"^[\s,—–-]*(?:{_M}|(?:state|local|national)\s+(?:television|TV|radio|media))\s+(?:also\s+)?"
    rf"(?:quoted|cited)\s+(?P<who>{_M})(?:,[^,“”\"]{{1,120}},)?\s+as\s+(?P<verb>saying|telling)\b"
    r"(?P<rest>.*)$",
    re.DOTALL,
)
# "“…,” as she put it to a reporter on her last day": the writer's aside names the speaker
AS_AFTER = compiled(
    rf"^[\s,—–-]*as\s+(?P<who>{_M})\s+(?P<verb>puts?\s+it|said|says|wrote|writes|recalled|"
    r"recalls|explained|explains)\b(?P<rest>.*)$",
    re.DOTALL,
)
# "“…,” is how Ingrid Solheim, director of the institute, described the code."
HOW_AFTER = compiled(
    rf"^[\s,—–-]*(?:is|was)\s+how\s+(?P<who>{_M})(?:,(?P<app>[^,“”\"]{{1,120}}),)?\s+"
    r"(?P<verb>described|describes|put|puts|summed\s+up|sums\s+up|characteri[sz]ed|explained|"
    r"explains)\b(?P<rest>.*)$",
    re.DOTALL,
)
# ("said the jury foreperson, who asked to be identified only by her first name, Bernice")
# ("said the woman next to us, who turned out to be Lorna Fitzsimmons, a former referee")
GAVE_NAME = compiled(
    # "the woman next to us", "a woman at the microphone"
    r"(?:(?:\s+(?:next\s+to|beside|behind)\s+(?:us|me|him|her|them)"
    r"|\s+(?:at|in|near|outside)\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
    r",?\s+who\s+(?:(?:gave|would\s+give(?:\s+only)?|asked\s+that|asked\s+to\s+be\s+identified"
    r"\s+only\s+by)\s+" + NAME_OR_NAMES_GIVEN_AS + r"|(?:turned\s+out\s+to\s+be|introduced\s+"
    r"(?:herself|himself)\s+as)\s+(?P<whole>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+){1,2})\b"
    # ("said the woman who has spent three years negotiating …, Qadiri envoy Hessa Al-Mansoori.")
    rf"|(?=[a-z])[^,“”\"]{{1,140}},\s+(?:{ROLE_BEFORE})?(?P<after>(?=\S+\s+[A-Z]){cues.PERSON})(?=[.,;]|$))"
    # ("said the chief arbiter, a retired teacher from Utrecht named Hendrika Bosman.")
    rf"|(?:\s+[a-z][\w-]*)?,\s+an?\s+[^,“”\"]{{1,100}}?\s+named\s+"
    rf"(?P<named>{cues.PERSON})(?=[.,;]|$))"
)
# ("“…?” So says Aoife Brennock, whose cheese …": the quote's sentence goes on after "?")
TRAILER_VERB_FIRST = compiled(
    rf"^[\s,—–-]*(?:(?:So|Thus)\s+)?(?P<verb>{cues.SPEECH_VERB})\s+(?P<who>{_M})(?P<rest>.*)$",
    re.DOTALL,
)

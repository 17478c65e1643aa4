"""The role a description or reference names: "Tolland County Judge" is a judge, "a retired
postman" the postman, "the CFO" the chief financial officer, "who chairs the committee" its
chairman (the key the role index files people under)."""

from __future__ import annotations

from itertools import pairwise

from reader.core.attribution import cues
from reader.core.attribution.agent_nouns import is_agent_noun
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.role_words import STUDENT_YEARS, TITLE_ROLE_KEYS

_PROSECUTOR = compiled(
    r"\b(?:district|state's|state’s|county|crown|u\.s\.)\s+attorney|attorney\s+general"
)
# Offices of one word and "general": "Solicitor General Imani Castlereagh" … "the solicitor general"
_GENERAL_OFFICE = compiled(
    r"\b(solicitor|surgeon|secretary|director|inspector|auditor|adjutant|comptroller)[\s-]+general\b"
)
# Officers whose last word is a plain "officer": "the CFO" is the chief financial officer, "the
# chief executive" the chief executive officer
_OFFICER_TITLES = {
    "cfo": compiled(
        r"\b(?:chief\s+financial\s+officer|chief\s+finance\s+officer|finance\s+chief)\b"
    ),
    "executive": compiled(r"\bchief\s+executive\s+officer\b"),
}
# Where a description's head noun phrase ends: "a retired mail carrier| who …", "| from …"
HEAD_OF_PHRASE = compiled(r"\s+(?:who|whose|that|which|from|of|at|in|with|for|since|and)\s")


def role_key(phrase: str) -> str | None:
    """The role a description or reference names, by its last role word."""
    lowered = phrase.lower().replace("council member", "councilmember")
    if lowered.startswith("who ") and (does := _DOES_THE_JOB.match(lowered)):
        return role_key(_JOB_OF_VERB[does[1]])  # "who chairs the Banking Committee": the chair
    if _PROSECUTOR.search(lowered):
        return "prosecutor"
    if office := _GENERAL_OFFICE.search(lowered.split(" of ")[0]):
        return f"{office[1]} general"  # "the solicitor general": not a solicitor, nor a general
    if "officer" in lowered or "finance" in lowered:
        for key, title in _OFFICER_TITLES.items():
            if title.search(lowered.split(" of ")[0]):
                return key
    # a listed role before a trade known by its ending: "a nephrologist … and the study’s lead
    # author" is filed as the author; "a retired postman" as the postman
    for keys_of in (_keys_of, _agent_keys_of):
        keys = keys_of(lowered.split(" of ")[0])
        if keys:
            # "an analyst at Cardinal Securities": the head noun, not a title inside a body's name
            head_keys = keys_of(HEAD_OF_PHRASE.split(lowered, 1)[0])
            return (head_keys or keys)[-1]
    return None


_JOB_OF_VERB = {
    "chairs": "chairman",
    "manages": "manager",
    "directs": "director",
    "edits": "editor",
    "founded": "founder",
    "co-founded": "founder",
    "owns": "owner",
    "leads": "leader",  # "Kim Tae-ho, who heads the plant's union" … "the union leader said"
    "heads": "leader",
}
_DOES_THE_JOB = compiled(rf"who\s+(?:also\s+)?({'|'.join(_JOB_OF_VERB)})\s")


def _keys_of(phrase: str) -> list[str]:
    """The role keys of a phrase's words; a hyphenated word by itself ("left-hander") or by its
    last part ("leg-spinner" is a spinner)."""
    keys = []
    words = _WORD.findall(phrase)
    for word, after in pairwise([*words, ""]):  # each word and the one after it
        if word in _YEARS and after and not after.endswith("ing"):
            continue  # "junior doctors", "a first-year student": the noun after is the role
        key = (
            cues.ROLE_KEYS.get(word)
            or cues.ROLE_KEYS.get(word.rsplit("-", 1)[-1])
            or TITLE_ROLE_KEYS.get(word)
        )
        if key:
            keys.append(key)
    return keys


# a student's year is a role only as the head: "the junior said", not "junior doctors"
_YEARS = frozenset(STUDENT_YEARS)


def _agent_keys_of(phrase: str) -> list[str]:
    return [word for word in _WORD.findall(phrase) if is_agent_noun(word)]


_WORD = compiled(r"[a-z]+(?:-[a-z]+)*")

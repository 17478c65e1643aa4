"""Match a line against the junk-line table (`junk_table`): one combined regex per length tier,
so a line costs a single match against only the rules that could fit it."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import cache

from reader.core.load.junk_table import LINE_RULES, SENTENCE_RULES
from reader.core.pattern_store import page_pattern

_CLOSERS = "\"'”’)"


@cache
def _tier_regex(tier: int, sentence: bool) -> re.Pattern[str]:
    """The rules that apply to a line of up to `tier` characters, as one regex."""
    return page_pattern(
        "|".join(
            f"(?P<{LINE_RULES[i][0]}{i}>{LINE_RULES[i][2]})" for i in _eligible(tier, sentence)
        ),
        re.IGNORECASE,
    )


@cache
def _eligible(tier: int, sentence: bool) -> tuple[int, ...]:
    """Indexes of the rules that apply to a line of up to `tier` characters, in table order."""
    return tuple(
        i
        for i, (name, limit, _) in enumerate(LINE_RULES)
        if limit >= tier and (not sentence or name in SENTENCE_RULES)
    )


# Possessive quantifiers (`{m,n}+`) keep the free-text parts from backtracking. One combined
# regex per length tier, and a smaller one for lines ending a sentence: a line costs a single
# match against only the rules that could fit it. Compiling them all takes ~40 ms, while most
# articles have a few dozen short lines: so the first ONE_BY_ONE lines of a tier are matched
# rule by rule (each rule compiled when first needed, ~5 ms for all of them), and only a long
# article compiles the tier's combined regex. Either way a line gets the first rule, in table
# order, that matches it whole.
_TIERS = sorted({limit for _, limit, _ in LINE_RULES})
MAX_JUNK_LINE = _TIERS[-1]
ONE_BY_ONE = 64
_tier_lines: Counter[tuple[int, bool]] = Counter()
_SHORT_LABEL = 30  # characters: a button's label, "!" and all


@cache
def _rule_regex(index: int) -> re.Pattern[str]:
    return page_pattern(LINE_RULES[index][2], re.IGNORECASE)


def ends_sentence(text: str, marks: str = ".!?…") -> bool:
    """The text ends with a sentence mark, maybe followed by closing quotes or a bracket."""
    last = text.rstrip(_CLOSERS)[-1:]
    return last != "" and last in marks


def match_line_rule(line: str) -> str | None:
    """The name of the table rule a whole line matches, or None."""
    if len(line) > MAX_JUNK_LINE:
        return None
    if line.endswith("!") and len(line) <= _SHORT_LABEL:
        line = line.rstrip("!")  # a button's "Subscribe now!" is its label, not a sentence
    key = (_TIERS[bisect_left(_TIERS, len(line))], ends_sentence(line))
    _tier_lines[key] += 1
    if _tier_lines[key] <= ONE_BY_ONE:
        return _first_rule(line, _eligible(*key))
    match = _tier_regex(*key).fullmatch(line)
    if match is None or match.lastgroup is None:
        return None
    return match.lastgroup.rstrip("0123456789")


def _first_rule(line: str, rules: tuple[int, ...]) -> str | None:
    for index in rules:
        if _rule_regex(index).fullmatch(line):
            return LINE_RULES[index][0]
    return None

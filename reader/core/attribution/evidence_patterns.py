"""Evidence that speaks for its makers: "A CNN/ORC poll in January shows …", "A 2009 report by
the Center for Economic Research found that …", "News footage from the scene showed …", and the
poll the figures come from: "In a new Fox News poll, 40 percent …", "… in the latest CBS poll."."""

from __future__ import annotations

from reader.core.attribution.lazy_pattern import LazyPattern
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.reported_patterns import DATELINE

EVIDENCE_HEADS = frozenset(
    "poll polls polling survey surveys study studies report analysis review examination average "
    "results estimates "
    "email emails memo video footage research data records projection projections audit "
    "statistics figures tallies tally files filings documents".split()
)
EVIDENCE_VERBS = frozenset(
    "found finds showed shows show suggested suggests indicated indicates concluded concludes "
    "revealed reveals showing suggesting indicating shown estimated estimates has had have puts "
    "put".split()
)
# "has Clinton leading", "put his support at 5 percent": a poll's standings, not what it owns
_STANDING_WORDS = (
    r"(?:leading|ahead|trailing|behind|tied|(?:up|down)\s+\d|"
    r"at\s+(?:\d|about|around|nearly|roughly|just|only|under|over)|"
    r"with\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:lead|edge|advantage|margin))"
)
_STANDING = (
    rf"(?:has|had|have|puts|put)(?=\s+(?:[A-Z][\w’'.-]*\s+){{1,3}}(?:\w+\s+){{0,3}}{_STANDING_WORDS}"
    rf"|\s+(?:him|her|them|it)\s+{_STANDING_WORDS}"
    r"|\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){0,6}?at\s+\d)"
)
_EVIDENCE_VERB = (
    r"(?:(?:has|have|had)\s+(?:shown|found|suggested|indicated|concluded|revealed|estimated)|"
    r"(?:seems?|appears?)\s+to\s+(?:show|suggest|indicate)|estimated|estimates|"
    + _STANDING
    + "|"
    + "|".join(sorted(EVIDENCE_VERBS - {"has", "had", "have", "puts", "put", "shown"}))
    + ")"
)
EVIDENCE_LEAD = LazyPattern(
    rf"^{DATELINE}"
    # after a colon or a spaced dash: "… is problematic: A recent Bloomberg poll showed that …"
    r"(?:[^“”\"]*?(?::|\s[—–-])\s+)?"
    r"(?:(?:But|And|Yet|Still|Meanwhile|However|Now),?\s+)?(?:[A-Z][^,“”\"]{{0,80}},\s+)?"
    r"(?!(?:Because|When|While|If|As|Although|Though|Since|After|Before|But|And)\b)"
    # a bare head needs words that say whose: "Research conducted for …", not "Data show"
    rf"(?!(?i:{'|'.join(sorted(EVIDENCE_HEADS))})\s+(?:{'|'.join(sorted(EVIDENCE_VERBS))})\b)"
    r"(?P<who>(?:(?:[Aa]n?|[Tt]he|[A-Z][\w/.’'-]*)\s+)?"
    # modifiers only before the noun: not "A man seen in the video showed up"
    r"(?:(?!(?:as|when|because|while|and|but|that|which|who|was|were|is|are|has|had|in|on|"
    r"at|of|by|from|with|for|to|into|seen)\b)[\w/.’'&-]+\s+){0,6}?"
    rf"(?i:{'|'.join(sorted(EVIDENCE_HEADS))})\b"
    # then only what says whose or when: "… by the Center for …", "… released on Tuesday"
    r"(?:\s+(?:by|from|of|in|on|for|released|published|conducted|taken|commissioned|seen|"
    r"compiled)\b"
    r"(?:[^,;:“”\"]|(?<=\d),(?=\d{3})){1,80}?)?)"  # "A poll of 2,050 adults by …"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+[^,“”\"]{2,120},)?"
    r"(?:\s+(?:is|are|was|were))?"  # "Early results of an entrance poll are showing that"
    r"(?:\s+(?:also|further|likewise|again))?"  # "The survey … also found that"
    rf"\s+(?P<verb>{_EVIDENCE_VERB})\s+(?!up\b)(?:that\s+)?(?P<content>\S.+)$"
)

_MADE_BY = (
    r"\s+(?:(?:released|published|compiled|issued|commissioned)\s+)?(?:by|from|of)\s+"
    r"[^,;:“”\"]{1,80}?"
)
# "…, figures released by Kāinga Housing Agency show.", "…, a council report found.": the
# evidence named after the claim it makes
EVIDENCE_TAIL = LazyPattern(
    rf"^{DATELINE}(?P<content>[^“”\"]{{20,}}?),\s+(?P<who>"
    # bare figures say whose they are: "figures from the municipality", not "new figures"
    r"(?:(?:[Nn]ew|[Oo]fficial|[Tt]he(?:\s+latest)?)\s+)?(?:figures|data|statistics|numbers|"
    rf"records|estimates|research){_MADE_BY}"
    r"|(?:an?|the)\s+(?:[\w’'-]+\s+){0,3}(?:report|survey|study|analysis|audit|review)\b"
    rf"(?:{_MADE_BY})?"
    # "…, Wexley District Council's own annual housing report has found"
    r"|(?:[A-Z][\w’'&-]*\s+){0,4}[A-Z][\w&-]*['’]s\s+(?:[\w’'-]+\s+){0,3}"
    r"(?:report|survey|study|analysis|audit|review)\b)"
    r"\s+(?:(?:has|have)\s+)?(?P<verb>show|shows|showed|shown|suggest|suggests|suggested|reveal|"
    r"reveals|revealed|indicate|indicates|indicated|found|finds)[.!?]?$"
)

# "In a poll conducted by the Times, 28 percent said …", "… at 25 percent in the latest Fox
# poll.": the poll is the source of the figures, and of what its respondents said
_POLL = r"(?i:polls?|surveys?|polling\s+average|average|tracking\s+poll)"
_POLL_PHRASE = (
    r"(?P<who>(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.’'/-]*['’]s)\s+"
    rf"(?:[^,;:“”\"()\s]+\s+){{0,8}}?{_POLL}\b"
    r"(?:\s+(?:of|by|from|for|released|conducted|published|taken|out|this|last)\b"
    r"(?:\s+(?!(?:said|says|found|shows?|showed|nearly|about|more|less|roughly|\d)[\w%]*\b)"
    r"[^,;:“”\"()\s]*[^,;:“”\"()\s.!?]){1,10}?)?)"  # not the sentence's full stop
)
IN_POLL_LEAD = LazyPattern(
    rf"^{DATELINE}(?:(?:But|And|Yet|Still|Meanwhile),?\s+)?In\s+{_POLL_PHRASE}"
    r"(?:,\s+(?:conducted|released|taken)\s[^,“”\"]{1,60})?,\s+(?P<content>\S.+)$"
)
IN_POLL_TAIL = LazyPattern(  # not "… ahead in the polls.": no poll in particular
    rf"^(?P<content>.+?),?\s+in\s+(?!(?:the|a|an)\s+{_POLL}[.!?]?$){_POLL_PHRASE}[.!?]?$"
)
# "according to the average of recent polls compiled by …": the poll speaks for its respondents
# ("Majorities of voters said …, according to exit polls"); a filing or a report does not: the
# company or inspectors named in the sentence speak for themselves
ACCORDING_POLL = compiled(
    r"\baccording\s+to\s+[^,;:“”\"()]{0,80}?\b(?:polls?|polling|surveys?|average|results|"
    r"tracker|tally)\b"
)

"""What kind of quote a marked span is: a full utterance, a few words, a scare quote, a title."""

from __future__ import annotations

import re

from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.tails import search_end
from reader.core.model import QuoteKind

_NAMING_VERBS = "titled|entitled|headlined|headed|dubbed|named|called".split("|")
_WORKS = (
    "report|book|study|film|movie|album|song|article|essay|column|paper|play|show|series|"
    "documentary|headline|poem|novel|podcast|episode|exhibition|memoir|blog|editorial|campaign|"
    "slogan|bill|act|manifesto|white paper|review|survey|programme|program|history|biography|"
    "autobiography|anthology|collection|guide|handbook|magazine|newsletter|title|cookbook|"
    # "Cllr O'Hanlon's petition, 'Park the Charges',", "her closing ad, “Kitchen Table,”", "a
    # yellow “Degraded Performance” banner"
    "petition|ad|advert|advertisement|commercial|banner|placard|motto|"
    # "On “Cinder Road,” the opening track of …"
    "track|chapter|anthem|hymn|"
    # "The teleserye “Anak ng Dagat” topped the ratings", "its new production, ‘…’,"
    "teleserye|telenovela|sitcom|soap|drama|production|"
    # the arts desk: "Her most famous painting, ‘Girl with a Paraffin Lamp’, is not in the show"
    "painting|portrait|sculpture|installation|photograph|canvas|mural|triptych|opera|musical|"
    "ballet|symphony|concerto"
).split("|")
# "a report titled", "the book,", "an e-reader called the": a naming verb may take an article
_TITLE_LEAD = compiled(
    rf"(?:\b(?:{'|'.join(_NAMING_VERBS)})(?:\s+(?:the|a|an))?|\b(?:{'|'.join(_WORKS)})"
    r"|\bcopy\s+of)\s*,?\s*$",  # "a battered copy of “The Second Life of Machines,”"
    re.IGNORECASE,
)
_WORK_BEFORE = compiled(rf"\b(?:{'|'.join(_WORKS)})\s*$", re.IGNORECASE)  # no comma, no verb
# "In an essay for this newspaper in 2019, “On Owing”, she wrote": the work, where it ran, the title
_WORK_THEN_WHERE = compiled(
    rf"\b(?:an?|the|his|her|their|its)\s+(?:[a-z]+\s+)?(?:{'|'.join(_WORKS)})"
    r"\s+(?:for|in|on|about|from)\s+[^,;“”\"]{1,40},\s*$",
    re.IGNORECASE,
)
_WORK_AFTER = compiled(
    rf"[”\"’']?(?:\s+(?:{'|'.join(_WORKS)})s?\b"
    # "‘Water Comes Twice’, directed by local filmmaker Priya Sethi, follows …": its makers
    r"|[”\"’']?,?\s+(?:directed|written|produced|published|edited|illustrated|composed|narrated|"
    r"presented|hosted|co-written)\s+by\b"
    # "‘The Weight of Small Rivers’, the debut feature by …": an appositive that names the work
    # ("“Le Goût des Dunes,” a cookbook by …": the comma inside the marks, American style)
    rf"|[”\"’']?,?\s+(?:the|a|an|her|his|their|its)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(_WORKS)}|feature|single|opera|musical)\b)",
    re.IGNORECASE,
)
_LONGEST_TITLE_WORD = max(map(len, _NAMING_VERBS + _WORKS)) + len(" the")
# "said on MSNBC's “Morning Joe”", "told Fox News' “Hannity”": a broadcaster's programme
_PROGRAMME_LEAD = compiled(
    r"\b(?:on|to|told)\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:['’]s|s['’])\s*$"
)
# "In “The Long Recess: Inside Canada's Parliament,” the former clerk argues": a thing quoted
# after "in" is a work, not anyone's words
_IN_BEFORE = compiled(r"(?:\b[Ii]n|^\s*On)\s*$")  # and "On “Cinder Road,” the opening track"
# "the so-called “reform”", "the practice known as “boarding”": a term, not anyone's words
_SO_CALLED = compiled(
    r"\b(?:so[- ]called|(?:known|referred\s+to)(?:\s+(?:locally|widely|colloquially|"
    # "known around Brackley as the ‘Pothole King’": where, before the name
    r"informally|affectionately|popularly|(?:around|in|across|throughout)\s+[A-Z][\w’'-]*"
    # "known in the industry as “p-coding”", "known to fans as ‘the Wall’"
    r"|(?:to|in|among|inside|within)\s+(?:the\s+)?[a-z]+))?\s+as"
    r"(?:\s+the)?"  # "known as the ‘Pothole King’"
    # "must be announced as", "was renamed": a passive, not "which he branded as" (his words)
    r"|(?:be|is|are|was|were|been|being)\s+(?:announced|billed|branded|marketed|rebranded|renamed)"
    r"(?:\s+as)?"
    # an official category: "households registered as “indigent”", "listed as an “asset of
    # community value”"
    r"|(?:registered|listed|classified|designated|categori[sz]ed|certified)\s+as(?:\s+an?)?"
    # a nickname is a name, whoever gave it: "the animal the team nicknamed “Pebbles”"
    r"|nicknamed(?:\s+(?:it|him|her|them))?(?:\s+the)?"
    # irony: "Nothing says “fiscal responsibility” quite like walking away from $400 million"
    r"|\bnothing\s+(?:says|screams|shouts|spells)"
    # the writer's doubt about a label: "the much-publicised ‘smart bus shelters’"
    r"|much-(?:publici[sz]ed|vaunted|hyped|touted|heralded|trumpeted)|self-(?:styled|proclaimed)"
    # a term of art: "had been, in the law’s phrase, “harmless error.”"
    r"|in\s+(?:the\s+)?(?:law|trade|industry|military|legal|official|police|bureaucratic)(?:['’]s)?"
    r"\s+(?:phrase|parlance|jargon|term),?)\s*$",
    re.IGNORECASE,
)
# "supporters held signs reading “Time Is Muscle.”": words written on a thing, a slogan, though
# the sentence quotes someone else
_WRITTEN_ON = compiled(
    r"\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|stickers?|badges?|billboards?|"
    r"hoardings?|flags?)\s+(?:that\s+)?(?:read|reads|reading|bearing|emblazoned\s+with)\s*:?\s*$",
    re.IGNORECASE,
)
# "what some in the valley call “water ranching”", "the neighbourhood locals call “the Bottoms”",
# "the staff call them the “orphan seats”": a term a group uses, not anyone's words.
# A group as a clause's subject, up to its verb (both patterns below)
_GROUP_SUBJECT = (
    r"\b(?:(?:[Ww]hat|[Aa]s)\s+)?(?i:some|many|most|others|critics|locals|people|residents|"
    r"insiders|experts|opponents|supporters|officials|analysts|economists|farmers|activists|staff|"
    r"regulars|fans|villagers|townspeople|neighbou?rs|everyone|everybody|friends|colleagues|"
    r"clients|customers|investors|members|parents|students|users|readers|voters|workers|"
    r"media|press|commentators|pundits|drivers|commuters|motorists)\b"
    r"[^“”\",]{0,40}?\s+"  # no comma: "Lopez, who represents the workers, called it" is hers
)
_GROUP_TERM = compiled(
    _GROUP_SUBJECT
    + r"(?:call|calls|called|dub|dubs|dubbed|term|terms|termed|know\s+as|describe\s+as|"
    r"nickname|nicknames|nicknamed)"
    r"(?:\s+(?:(?:it|them|his|her|their|its)(?:\s+the)?|the))?\s*$"  # "… nicknamed the"
)
# "Residents have long called the stretch of Highway 14 … “the Mile of Death.”", "What some
# residents were calling “Snowmageddon”": a group's name for a thing (a title-case name after
# the thing it names), not their words about it ("Residents called the plan “a disaster”")
_GROUP_NAMING = compiled(
    _GROUP_SUBJECT + r"(?:(?:have|has|had|were|are|was|long|often|long\s+since)\s+)*"
    r"(?:call|calls|called|calling|nickname|nicknamed|dub|dubbed)\b[^“”\"]{0,120}$"
)
# The last word of every match of _GROUP_TERM but a closing "the" ("know as" ends in "as").
_GROUP_TERM_ENDS = tuple(
    "call calls called dub dubs dubbed term terms termed as it them his her their its nickname "
    "nicknames nicknamed".split()
)
_WORD = compiled(r"[\w’'-]+")
_ANSI_CODE = compiled(r"\x1b\[[0-9;?]*[A-Za-z]")
_MINOR = {"a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "at", "by", "with", "as"}


def written_on(lead: str) -> bool:
    """ "signs reading", "placards bearing" right before the quote: a slogan, nobody's words."""
    return _WRITTEN_ON.search(lead[-40:]) is not None


def named_as_term(lead: str) -> bool:
    """ "the so-called", "known as", "referred to as" right before the quote: a term."""
    return search_end(_SO_CALLED, lead, _LONGEST_TERM_LEAD) is not None


_LONGEST_TERM_LEAD = len("known throughout Northumberland as the")


def group_term(lead: str) -> bool:
    """Whether the words before a quote present it as a term some group uses."""
    end = lead.rstrip()
    words = end.rsplit(None, 1)
    end = words[0] if len(words) == 2 and words[1] == "the" else end  # "call them the"
    if not end.endswith(_GROUP_TERM_ENDS):  # quick: most leads end in other words
        return False
    return _GROUP_TERM.search(lead[-120:]) is not None


# ("mart-gate", "Partygate"; not "delegate" nor "mitigate")
_GATE_COINAGE = compiled(r"[\w’'-]+-[Gg]ate|[A-Z][a-z]+gate")


def scandal_nickname(content: str) -> bool:
    """ "The “mart-gate” controversy": a scandal's nickname, nobody's words."""
    return _GATE_COINAGE.fullmatch(content.strip(" ,.")) is not None


def classify(
    content: str,
    lead: str,
    has_cue: bool,
    trail: str = "",
    named_after: bool = False,
    by_agent: bool = False,
) -> QuoteKind:
    """Decide from the quoted words, the words before them in the sentence, the words after
    them (`trail`) and the cue. `named_after`: the cue follows the quote, so "Union members
    called it “a betrayal,” said Jane Okafor" is hers, not a group's term. `by_agent`: a passive
    names who said it ("were branded “…” by Sarah Pennington"), so the label is theirs."""
    if "\x1b" in lead:  # a terminal's colour codes scraped with the text are no words
        lead = _ANSI_CODE.sub("", lead)
    if (
        (named_as_term(lead) and not by_agent)
        or (not named_after and group_term(lead))
        or written_on(lead)  # "signs reading “…”": a slogan
    ):
        return QuoteKind.SCARE
    if not named_after and scandal_nickname(content):
        return QuoteKind.SCARE
    if not named_after and group_names_it(lead, content):
        return QuoteKind.SCARE
    if _is_title(content, lead, has_cue) or _names_a_work(content, trail):
        return QuoteKind.TITLE
    # A lower-case start after words of the writer's is a fragment worked into their sentence.
    if not lead.strip() or (_at_clause_start(lead) and content[:1].isupper()):
        return QuoteKind.DIRECT
    if not has_cue and len(content.split()) <= 4 and not _ends_utterance(content):
        return QuoteKind.SCARE
    return QuoteKind.PARTIAL


def _is_title(content: str, lead: str, has_cue: bool) -> bool:
    if not _title_case(content):  # (but "The investigative programme “Na tropie”": a title in
        # its own language's sentence case, right after the work's noun)
        return _short_name(content) and _WORK_BEFORE.search(lead[-_LONGEST_TITLE_WORD:]) is not None
    return _titled(content, lead, has_cue)


def _short_name(content: str) -> bool:
    return content[:1].isupper() and len(content.split()) <= 4 and not _ends_utterance(content)


def _titled(content: str, lead: str, has_cue: bool) -> bool:
    if _title_lead(lead) or _PROGRAMME_LEAD.search(lead[-60:]) or _IN_BEFORE.search(lead[-4:]):
        return True
    if _PERFORMED.search(lead[-30:]):  # "Jack Underhill, 23, read “The Long Field” to the court"
        return True
    if lead.rstrip().endswith(",") and _WORK_THEN_WHERE.search(lead[-90:]):
        return True
    return (
        not has_cue
        and not _ends_utterance(content)
        and len(content.split()) >= 2
        and not _at_clause_start(lead)
    )


def group_names_it(lead: str, content: str) -> bool:
    """ "Residents have long called the stretch … “the Mile of Death.”": a group's name for a
    thing (see _GROUP_NAMING)."""
    return _names_a_thing(content) and _GROUP_NAMING.search(lead[-200:]) is not None


def _names_a_thing(content: str) -> bool:
    """ "the Mile of Death.", "Snowmageddon", "the Spaghetti Bowl,": a name, in title case."""
    words = content.strip(" ,.!?").split()
    name = words[1:] if words and words[0].lower() == "the" else words
    return 0 < len(name) <= 5 and all(w[:1].isupper() or w.lower() in _MINOR for w in name)


def _names_a_work(content: str, trail: str) -> bool:
    """ "the agency's “Turn Around, Don't Drown” campaign": title-case words that a noun for a
    work follows straight after the closing mark name it, whoever the sentence reports.
    "“The Salt Road” has divided the critics": title-case words whose sentence goes on about
    them, with no stop or comma of their own, are a work too."""
    if _WORK_AFTER.match(trail) is None and _SUBJECT_OF_VERB.match(trail) is None:
        return False
    # (a Spanish or French title keeps its words in lower case: "“El último colectivo” has
    # been streamed 40 million times")
    cased = _title_case(content) or _FOREIGN_ARTICLE.match(content) is not None
    return len(content.split()) >= 2 and content.rstrip(",")[-1:].isalnum() and cased


# a work read out, sung or played (not "the statement read: “…”", a colon's)
_PERFORMED = compiled(r"\b(?:read|recited|sang|performed|played)(?:\s+(?:out|aloud))?\s*$")
_FOREIGN_ARTICLE = compiled(r"(?:El|La|Las|Los|Una?|Le|Les|Il|Lo|Gli|Der|Die|Das|Het)\s")


# The quoted words are the subject: a verb other than a speech verb follows the closing mark
_SUBJECT_OF_VERB = compiled(
    r"[”\"’']?\s+(?!(?:says|said|adds|added|asks|asked|tells|told|writes|wrote|argues|argued)\b)"
    r"(?:has|have|had|is|was|will|[a-z]{3,}(?:s|ed))\b"
)


def _title_lead(lead: str) -> bool:
    """ "a report titled", "the book,": the word ends the lead but for spaces and one comma."""
    head = lead.rstrip()
    head = head[:-1].rstrip() if head.endswith(",") else head
    return _TITLE_LEAD.search(lead, max(0, len(head) - _LONGEST_TITLE_WORD)) is not None


def _title_case(content: str) -> bool:
    """Three in four of the words that are not "a", "of", … are capitalised (or numbers)."""
    if not content[:1].isupper():
        return False
    words = _WORD.findall(content)
    capitalised = lower = 0
    left = len(words)
    for word in words:
        left -= 1
        if word.lower() in _MINOR:
            continue
        if word[:1].isupper() or word[:1].isdigit():
            capitalised += 1
        else:
            lower += 1
            if capitalised + left < 3 * lower:  # stop early: even all the rest cannot make up
                return False
    return capitalised + lower > 0 and capitalised >= 3 * lower


def _at_clause_start(lead: str) -> bool:
    stripped = lead.rstrip()
    return not stripped or stripped[-1] in ",:—–-(" or stripped.endswith("...")


def _ends_utterance(content: str) -> bool:
    return content.rstrip()[-1:] in ".?!," and len(content.split()) > 1

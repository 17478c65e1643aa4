"""Bodies the text names with a noun for what they are, so a later "the journal said" or "the
company said" has them to point back to: "Loomstack, the Portland startup", "the debt charity
StepClear", "the journal Cellular Frontiers"."""

from __future__ import annotations

import re

from reader.core.attribution import cues
from reader.core.attribution.capitals import finditer_in_runs
from reader.core.attribution.first_names import first_name_gender
from reader.core.attribution.name_atoms import PARTICLE_WORDS
from reader.core.attribution.name_words import NOT_NAMES
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.word_starts import word_start
from reader.core.attribution.word_trie import word_trie

_S = r"[^\S\n]+"  # space within a paragraph
# "Loomstack, the Portland startup whose …", "Stratacore, Loomstack’s cloud provider": a single
# capitalised word described as a business is one, wherever it is named after that
_BODY_NOUNS = (  # no noun a person may be: not "owner", "operator", "developer" or "maker"
    r"(?:company|firm|startup|corporation|bank|insurer|lender|retailer|airline|carrier|"
    r"broadcaster|publisher|website|charity|nonprofit|cooperative|co-op|group|channel|agency|"
    r"utility|provider|vendor|supplier|platform|chain|brand|subsidiary|conglomerate|manufacturer|"
    r"service|app|marketplace|start-up)"  # "Ridezy, the app-based bike taxi service"
)
# The description, found first (a scan for its comma), then the capitalised word before it
# ("Ferrovie Alpine Lombarde, the regional rail company,": a name of up to three words, not a
# person's: its first word is no first name)
_WORD_BEFORE = compiled(
    r"(?<![\w’'.-])((?:[A-ZÀ-Ý][a-zß-ÿ]+[^\S\n]){0,2}[A-ZÀ-Ý][a-zß-ÿ]+(?:[A-Z][a-z]+)*)$"  # "Viña"
)
_DESCRIPTION = compiled(
    rf",{_S}(?:one{_S}of{_S})?(?:(?:the|a|an){_S}|[A-Z][\w-]*[’']s{_S})"  # "one of Chile's …"
    # modifiers only: not "Patel, a spokeswoman for the company" (the noun in a phrase after)
    rf"(?:(?!(?:for|at|of|with|in|from|on|to|by|about|the|an?)\b)[\w’'-]+{_S}){{0,3}}?"
    rf"(?:{_BODY_NOUNS}|(?:rail|bus|ferry|train|tour)\s+operator|exporter|importer)s?"
    # the noun heads the description: not "Freddy, a fun-loving airline pilot"
    r"(?=\s*[,.;:—–)]|\s+(?:whose|that|which|who|based|in|of|with|for|and|to|on|at)\b)"
)
# a capitalised word before: "Nadia Vesely, the chief …" is a person's surname (not "At X, …")
_NAME_GOES_ON = compiled(rf"(?<![\w’'-])(?!(?:{word_trie(NOT_NAMES)})\b)[A-Z][\w’'.-]*{_S}$")
# "the debt charity StepClear", "the chipmaker Verantix", "the journal Cellular Frontiers": the
# noun, then the name (up to four capitalised words, not the start of a longer run)
_NOUNS_BEFORE = (
    _BODY_NOUNS[3:-1].split("|")
    + "journal magazine newspaper tabloid chipmaker carmaker automaker drugmaker miner streamer "
    "app union outlet studio telco maker".split()  # ("electric scooter maker Voltra Mobility")
    + "registry exchange foundation lab".split()  # ("the package registry Cratebin")
    + ["venue"]  # ("The Rotterdam venue De Ketel … the venue said")
    + ["operator"]  # ("Ferry operator Channel Star Line", not "camera operator X": _OPERATES)
    # ("Russian aluminium producer Uralsky Alyuminy", not "film producer X": _PRODUCES)
    + "producer exporter meatpacker steelmaker".split()
)
_PRODUCES = compiled(
    r"(?i:alumin(?:i)?um|steel|gas|oil|coal|gold|copper|nickel|potash|fertili[sz]er|chemicals?|"
    r"cement|grain|sugar|dairy|meat|poultry|pork|beef|chip|battery|solar|power|electricity|"
    r"uranium|diamond|iron\s+ore|timber|pulp|glass|tyre|tire|wheat|coffee|cocoa|wine|LNG|"
    r"crude|lithium|zinc|platinum|palladium|titanium|potato|egg|milk|arms|weapons)[^\S\n]+$"
)
_OPERATES = compiled(
    r"(?i:ferry|rail|bus|train|tour|pub|hotel|cruise|airport|port|casino|network|telecom|"
    r"satellite|grid|pipeline|transport|logistics|care-home|nursing-home)[^\S\n]+$"
)
# (the nouns written to open with their letters: the engine skips ahead to them, word_starts.py)
_NOUN_THEN_NAME = compiled(
    rf"(?P<noun>{word_start(sorted(_NOUNS_BEFORE, key=len, reverse=True))})"
    # ("Clementine Oyebanji-Ward's start-up, Hearthstone Heat, installs …": in apposition)
    rf"(?P<comma>,)?{_S}(?P<name>[A-Z][\w’'-]*(?:{_S}(?:&{_S})?[A-Z][\w’'-]*){{0,3}})"
    rf"(?![\w’'-]|{_S}(?:[A-Z&]|of\b))(?(comma),)"
)
# "the", or an owner ("Veldoria's flag carrier Veldair"), and up to two modifiers; or the
# sentence's start ("Struggling mattress retailer SlumberWorks warned", "Video-game studio …")
_THE_BEFORE = compiled(
    r"(?:\b[Tt]he|\b[A-Z][\w-]*['’]s|(?:^|(?<=[.!?—–]\s)|(?<=\n))[A-Z][a-z-]+)"
    r"(?:\s+[a-z][\w-]*|(?<=[Tt]he)\s+[A-Z][a-z]+){0,2}\s+$"  # ("The Rotterdam venue")
)
# "Clementine Oyebanji-Ward's start-up, Hearthstone Heat,": not "the agency, Kemal Aydınoğlu,"
_OWNER_BEFORE = compiled(r"\b[A-Z][\w-]*['’]s(?:\s+[a-z][\w-]*){0,2}\s+$")
_POSSESSIVE_END = compiled(r"['’]s?$")


def nouns_before_bodies(text: str) -> list[tuple[int, str, str]]:
    """Where a body is named right after "the <noun>": its start, its name and the noun."""
    found = []
    for match in _NOUN_THEN_NAME.finditer(text):
        name = _POSSESSIVE_END.sub("", match["name"])
        first = name.split()[0]
        given = first_name_gender(name) and first.lower() not in PARTICLE_WORDS  # (not "De Ketel")
        if first in NOT_NAMES or first in cues.TITLE_WORDS or given:
            continue  # "the company Tuesday", "the bank Chairman …", "the publisher Jane Ode"
        if match["noun"].lower() == "operator" and _no_operating_body(text, match):
            continue
        if match["noun"].lower() in ("producer", "exporter") and not _PRODUCES.search(
            text, max(0, match.start() - 24), match.start()
        ):
            continue
        before = _OWNER_BEFORE if match["comma"] else _THE_BEFORE  # (an owner's, in apposition)
        if before.search(text, max(0, match.start() - 40), match.start()):
            found.append((match.start("name"), name, match["noun"].lower()))
    return found


def _no_operating_body(text: str, match: re.Match[str]) -> bool:
    """Not "camera operator X", nor "Ferry operator Rangi Parata says … his Waiheke service"
    (a person, whose own the service is): a ferry's, a rail's or a hotel's operator that is a
    body ("Rail operator Eurolink Express reported … its busiest summer")."""
    end = text.find(".", match.end())
    return _OPERATES.search(text, max(0, match.start() - 20), match.start()) is None or bool(
        _HIS_OR_HER.search(text, match.end(), end if end >= 0 else len(text))
    )


_HIS_OR_HER = compiled(r"\b(?:his|her|he|she)\b")


def one_word_bodies(text: str, found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Every mention of a one-word business the text describes as one."""
    known = {name for _, name in found}
    names = set()
    for description in _DESCRIPTION.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, description.start() - 40), description.start())
        if word is None or word[1] in NOT_NAMES or word[1] in known:
            continue
        if " " in word[1] and not _named_business(text, word, description):
            continue
        if not _NAME_GOES_ON.search(text, max(0, word.start() - 40), word.start()):
            names.add(word[1])
    return alone(text, {name: name for name in names})


# Nouns no person is: a name of more words than one described so is a business's ("Esi
# Bentumwaa, a food vendor", "Ray Kowalski, a retired mail carrier": people)
_BUSINESS_ONLY = compiled(
    r"(?:company|firm|startup|start-up|corporation|bank|insurer|lender|retailer|airline|"
    r"broadcaster|publisher|charity|nonprofit|cooperative|co-op|conglomerate|manufacturer|"
    r"subsidiary|utility|chain|marketplace|operator|exporter|importer)s?\W*$"
)
_CONNECTIVE_BEFORE = compiled(r"(?:\b(?:of|for|and|de|du|des|la|le|the)|&)[^\S\n]+$")
_OPENING_WORDS = frozenset(
    "inside in at for with from by on after before under over behind outside within without "
    "across near like unlike as since during against among between through".split()
)


def _named_business(text: str, word: re.Match[str], description: re.Match[str]) -> bool:
    """Whether a run of two or three capitalised words before a business's description names
    it: no first name or title opens it ("Freya Lund, the company's …"), no "of" or "for"
    goes before it ("the Center for Labor Accountability, a think tank"), and the noun is one
    no person is."""
    first = word[1].split()[0]
    one_of = description.group().split(None, 2)[1] == "one"  # "one of Chile's largest exporters"
    return (
        (first_name_gender(first) is None or one_of)
        and first not in cues.TITLE_WORDS
        and first.lower() not in _OPENING_WORDS
        and not _CONNECTIVE_BEFORE.search(text, max(0, word.start() - 8), word.start())
        and _BUSINESS_ONLY.search(description.group()) is not None
    )


def alone(text: str, bodies: dict[str, str]) -> list[tuple[int, str]]:
    """Where each word of `bodies` stands alone (not the start of a longer name), with the
    body it names. The pattern is this article's own: `re.compile`, not the pattern cache."""
    if not bodies:
        return []
    words = "|".join(re.escape(w) for w in sorted(bodies, key=len, reverse=True))
    pattern = re.compile(rf"\b({words})\b(?!\s+[A-Z])")
    return [(m.start(), bodies[m.group(1)]) for m in finditer_in_runs(pattern, text)]

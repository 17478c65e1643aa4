"""What a first name says of its bearer's sex, as a careful reader assumes it: "Maren Halvorsen …
Dean Pruett said … “…,” she said" is Maren. The names come from gender-extractor's lists of
first names by country and sex (code MIT, data ODbL); a name counts only when it is four times as
common for one sex as for the other both in the English-speaking countries' lists and in all of
them, so "Taylor", "Andrea" (a man's name in Italy) or "Nikola" say nothing.

The lists are read once per machine (about half a second) into a small table in the user cache
dir, which later runs load in milliseconds. The engine treats a name's sex as a prior: a title
says more, and the pronouns an article uses near a name can outvote it (`PRIOR_VOTES`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Set as AbstractSet
from importlib import resources
from typing import TYPE_CHECKING

from reader.core import paths

if TYPE_CHECKING:  # mentions.py is the engine's; this module reads only its data
    from reader.core.attribution.cast import Cast

PRIOR_VOTES = 2  # as much as one "she" in the narrative: two more pronouns outvote it
_TABLE_FILE = "first-names-3.json"  # a new number whenever the rules below change the table
_RATIO = 4.0  # one sex's share of the lists at least four times the other's
_LEAST_SHARE = 5e-5  # and a name found in more than a stray list or two
_LIST_FILE = re.compile(r"([A-Za-z]+?)(Male|Female)UTF8\.csv")
_ENGLISH = frozenset({"UK", "USA", "Ireland", "Canada", "Australia"})
_table: dict[str, str] | None = None
# Accented names the lists lack whose plain spelling is another name: "Síle" is not "Sile"
_ACCENTED = {"síle": "female"}
# Common given names the lists lack (Malay, Indian, Pakistani, Bangladeshi, Sri Lankan): "Siti
# Rahmah Kamal", "Mohd Faizal", "UNO of Chilmari Nilufar Yasmin Shimu"
_LISTS_LACK = {
    **dict.fromkeys(
        "siti nurul kamala morsheda nilufar rukhsana rokeya shamima ghazala dilrukshi nilanthi "
        "samanthi sabeen nighat shahana sobia shamsa ferdousi mahfuza naheed sumaira "
        "azlina noraini norazlina rohani salmah hasnah azizah haslina faridah zaleha rosnah "
        "norhayati "
        # Southern African (Nguni, Sotho-Tswana) and Filipino names: "Zinhle Mathenjwa",
        # "Barangay Captain Leonila Dacanay"
        "zinhle nomvula thandiwe lindiwe nomsa zanele nokuthula lerato palesa thandeka "
        "nompumelelo ntombi nonhlanhla busisiwe zodwa naledi refilwe dineo nthabiseng "
        "nosipho nomalanga leonila marites rowena "
        # Welsh: "Cllr Eirlys Mathias", "Gwen Tallis-Moore"
        "gwen eirlys mererid heledd delyth nerys glenys".split(),
        "female",
    ),
    **dict.fromkeys(
        "mohd khurram tauqeer anisur mozammel mahmudul habibur mizanur shahidul rafiqul aminul "
        "saiful nazrul kamrul asaduzzaman tauseef mushtaq ishtiaq pervaiz pervez ashfaq akram "
        "fawad upul lalith chaminda nuwan priyantha nimal thilak ruwan mahinda "
        "imdad zafarullah ikramullah munawar tofazzal golam shehzad anwarul "
        # Malay: "Minister for Social Affairs Iskandar Mohd Noor"
        "iskandar hasnul azman azmi fadzil rizal shahrul zulkifli khairul kamarul zainal tarmizi "
        "azlan ridzuan syafiq amirul haziq afiq "
        # Indian men's names the lists lack, or ("ramesh") hold as a woman's
        "ramesh rakesh satish manish amit sumit mohit sandeep kuldeep brijesh kamlesh "
        "des "  # (Desmond, short: "Des Carbery’s widow, Maureen")
        "sifiso vusi sipho themba bongani thabo mandla sibusiso siyabonga tshepo mthunzi "
        "jabulani sizwe bheki mxolisi xolani thulani nkosinathi sello "
        # South Slavic men's names ending in "-a", which the lists hold as women's or do not know
        "andrija saša sasa nikola ilija mirza "
        # Welsh: "Gwilym Rhys Thomas", "Cllr Geraint Hughes"
        # (not "Dewi": an Indonesian woman's name too)
        "gwilym geraint emyr hywel gruffudd dyfed llyr meirion alun emlyn".split(),
        "male",
    ),
}
# Names the lists hold as women's that English-speaking men bear as often (an Australian coach
# "Kym Fennessy", a rugby league referee "Ashley Kemp"): the pronouns decide
_EITHER_SEX = frozenset({"ashley", "kym"})
# Surnames written first (Chinese, Korean, Vietnamese order) that the lists also hold as given names
SURNAMES_FIRST = frozenset(
    "kim lee park choi jung kang cho yoon li wang zhang chen liu yang huang zhao wu zhou xu sun "
    "ma zhu hu guo he lin nguyen tran le pham "
    # Singapore and Malaysian romanisations: "Koh Siew Ling", "Tan Hui Min"
    "koh tan lim ng ong goh chua teo tay yeo seah toh lau "
    "teoh khoo yap wong chan ang chong lai quek heng leong loh liew".split()
)


def first_name_at(
    words: list[str], not_names: AbstractSet[str] = frozenset(), start: int = 0
) -> int | None:
    """Where the first word the name lists know as a first name stands among `words` (never the
    last word: a surname follows it), if one does: "Tax Administration Dana Whitfield" -> 2;
    words in `not_names` are never it."""
    return next(
        (
            i
            for i, word in enumerate(words[:-1])
            # (not "Paul" of "St Paul Ezra Warner-Samuel": a saint's name is a place's)
            if i >= start
            and word not in not_names
            and first_name_gender(word)
            and not (i and words[i - 1] in ("St", "St.", "Saint"))
        ),
        None,
    )


def first_name_gender(name: str) -> str | None:
    """The sex a person's first name shows ("Maren Halvorsen" -> female), if it shows one."""
    first = next((w for w in name.split() if len(w.rstrip(".")) > 1), "").lower()
    if not first.replace("-", "").isalpha() or first in SURNAMES_FIRST:
        return None  # "Kim Jong Un", "Li Qiang": the surname comes first
    if first in _LISTS_LACK:
        return _LISTS_LACK[first]
    if first in _EITHER_SEX:
        return None
    table = _load()
    if first not in table and not first.isascii():
        if first in _ACCENTED:
            return _ACCENTED[first]
        first = _without_accents(first)  # "Siobhán", "Seán", "José": as the lists spell them
        if first in SURNAMES_FIRST:
            return None  # "Nguyễn Thị Lan"
    if first in table or "-" not in first:
        return table.get(first)
    # "Kerry-Anne", "Jean-Pierre": the parts the lists know must agree (not "jean" alone for
    # "Jean-Luc", whom the English lists would make a woman)
    sexes = {table[part] for part in first.split("-") if part in table}
    return sexes.pop() if len(sexes) == 1 else None


def _without_accents(word: str) -> str:
    """The word with its accents taken off ("siobhán" -> "siobhan"); letters with no plain
    form ("ø") stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _load() -> dict[str, str]:
    global _table
    if _table is None:
        _table = _read_cached() or _build_and_cache()
    return _table


def _read_cached() -> dict[str, str] | None:
    try:
        saved = json.loads((paths.cache_dir() / _TABLE_FILE).read_text("utf-8"))
        return {
            **dict.fromkeys(saved["female"].split(), "female"),
            **dict.fromkeys(saved["male"].split(), "male"),
        }
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return None  # none yet, or unreadable: built again


def _build_and_cache() -> dict[str, str]:
    table = _build()
    by_sex = {sex: " ".join(n for n, s in table.items() if s == sex) for sex in ("female", "male")}
    target = paths.cache_dir() / _TABLE_FILE
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(".tmp")
        partial.write_text(json.dumps(by_sex), "utf-8")
        partial.replace(target)
    except OSError:
        pass  # a read-only cache: the table is built again next run
    return table


def _build() -> dict[str, str]:
    """Each name's share of every list it is on, summed per sex; then the clear cases."""
    try:
        lists = resources.files("gender_extractor") / "nameLists"
        files = (lists / "list.txt").read_text("utf-8").split(",")
    except (ImportError, OSError):
        return {}  # the package is missing: names say nothing
    # each name's shares in the English-speaking countries' lists, and in all the lists
    shares: dict[str, list[float]] = {}
    for entry in files:
        found = _LIST_FILE.fullmatch(entry.strip().replace("\\", "/").rsplit("/", 1)[-1])
        if found:
            sex = (0 if found[2] == "Female" else 1) + (2 if found[1] in _ENGLISH else 0)
            rows = _counts((lists / found[0]).read_text("utf-8-sig"))
            total = sum(rows.values()) or 1.0
            for name, count in rows.items():
                shares.setdefault(name, [0.0, 0.0, 0.0, 0.0])[sex] += count / total
    table: dict[str, str] = {}
    for name, (female, male, english_female, english_male) in shares.items():
        everywhere = _sex_of(female + english_female, male + english_male)
        # "Andrea" or "Nikola" is a man's name somewhere: only a name that says the same sex in
        # the English-speaking lists and in all of them counts
        in_english = english_female + english_male >= _LEAST_SHARE  # else they say nothing:
        # "Ravi", "Raghav" are rare in the UK and Irish lists, common in India's
        if everywhere and (not in_english or _sex_of(english_female, english_male) == everywhere):
            table[name] = everywhere
    return table


def _sex_of(female: float, male: float) -> str | None:
    if female + male < _LEAST_SHARE or max(female, male) < _RATIO * min(female, male):
        return None
    return "female" if female > male else "male"


def _counts(text: str) -> dict[str, float]:
    """ "name;count" lines (a list without counts counts each name once)."""
    rows: dict[str, float] = {}
    for line in text.splitlines():
        name, _, rest = line.partition(";")
        name = name.strip().lower()
        if name and not any(c.isspace() for c in name):
            rows[name] = rows.get(name, 0.0) + _number(rest.split(";")[0])
    return rows


def _number(field: str) -> float:
    try:
        return float(field.strip().replace(",", ".")) or 1.0
    except ValueError:
        return 1.0


def add_first_name_votes(
    votes: dict[str, list[int]], timeline: list[tuple[int, str]], masked: str, cast: Cast
) -> None:
    """Count the first name of each person whose sex is not known yet as `PRIOR_VOTES`
    pronouns of its sex ([female, male]). A name seen only inside quotation marks (the memoir
    "Dead Load, Live Load") may be no one's, and is left out."""
    outside = {name for at, name in timeline if masked[at] != " "}
    for name in outside:
        entity = cast.entities.get(name)
        if entity is None or entity.kind != "person" or entity.gender:
            continue
        sex = first_name_gender(name) or middle_name_gender(name)
        if sex is not None:
            votes.setdefault(name, [0, 0])[0 if sex == "female" else 1] += PRIOR_VOTES


def middle_name_gender(name: str) -> str | None:
    """The sex a South Asian middle name shows when the first does not: "Sabitri Kumari
    Thapa", "Surendra Bahadur Gurung"."""
    middle = {_MIDDLE_SEX.get(word) for word in name.split()[1:-1]} - {None}
    return middle.pop() if len(middle) == 1 else None


_MIDDLE_SEX = dict.fromkeys("Kumari Devi Begum Khatun".split(), "female") | dict.fromkeys(
    "Bahadur Prasad Kumar Kumara".split(), "male"
)

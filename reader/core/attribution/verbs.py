"""Verbs that attribute words: the reporting verbs of quote cues ("said", "told", "quipped")
and the wider stance verbs of reported speech ("believes", "denied", "criticized"), in all the
forms news uses them."""

from __future__ import annotations

# Regular reporting verbs by stem; their -s, -ed and -ing forms are generated below.
_REGULAR_STEMS = (
    "add ask explain warn argue post state note insist recall continue reply answer admit "
    "acknowledge concede declare announce claim counter suggest observe remark emphasize "
    "emphasise stress caution complain joke shout tweet predict conclude agree disagree respond "
    "maintain point offer recount whisper muse testify confirm deny vow promise urge call "
    "describe dismiss sigh laugh snap retort reflect quip boast lament object estimate report "
    "question wonder assert demand plead proclaim comment mention elaborate underscore inquire "
    "yell scream exclaim cry groan mutter brag confess protest rebut text email message inform "
    "bark snarl growl thunder roar fume gush rave scoff sneer tease beam echo "
    "interject gloat blare exult marvel crack sniff chime label brand dub resist chant "
    "recite exhort apologize apologise boom interrupt radio "
    "assure reassure remind beg implore speculate guess reason relate summarize summarise opine "
    "bemoan decry criticize criticise slam blast attack praise hail welcome thank charge allege "
    "contend advise pledge react condemn denounce "
    "mock ridicule deride tout repeat press liken "
    "submit "  # counsel in court: "“…,” Conrad Hamilton-Tyrell submitted before the judge"
    "disclose reveal "  # Nigerian copy: "He disclosed, “We have zero tolerance …”"
    "regret"  # Kenyan and Indian copy: "the health executive regretted that only three …"
).split()
_IRREGULAR = (
    "said says say told tells wrote writes put puts shot fired spoke speaks found finds saying "
    "telling writing sang sings singing read reads echoes"
)
_DOUBLED = dict(
    admit="admitted",
    snap="snapped",
    quip="quipped",
    rebut="rebutted",
    beg="begged",
    slam="slammed",
    dub="dubbed",
    plan="planned",
    refer="referred",
    regret="regretted",
    submit="submitted",
)


def inflections(stem: str) -> tuple[str, ...]:
    if stem in _DOUBLED:
        return stem + "s", _DOUBLED[stem]
    if stem.endswith(("al", "el")) and stem[-3] not in "aeiou":
        return stem + "s", stem + "ed", stem + "led"  # "signaled" and British "signalled"
    if stem.endswith("y") and stem[-2] not in "aeiou":
        return stem[:-1] + "ies", stem[:-1] + "ied"
    if stem.endswith(("s", "sh", "ch", "x", "z")):
        return stem + "es", stem + "ed"
    return stem + "s", stem + ("d" if stem.endswith("e") else "ed")


def _progressive(stem: str) -> str:
    """ "is labeling", "was telling": the -ing form, after an auxiliary in the cue patterns."""
    if stem.endswith("e") and not stem.endswith("ee"):
        return stem[:-1] + "ing"
    return stem + (stem[-1] if stem in _DOUBLED else "") + "ing"  # slamming, admitting


REPORTING_VERBS = sorted(
    {form for stem in _REGULAR_STEMS for form in (*inflections(stem), _progressive(stem))}
    | set(_IRREGULAR.split())
)

# Reporting, belief and stance verbs: news attributes claims, views and intentions, not only
# speech ("Trump claimed that ...", "Clinton strategists think ...", "Khan decried ...").
_STANCE_STEMS = (
    "say tell warn argue add note insist state announce claim deny acknowledge admit explain "
    "predict believe think suggest estimate report write maintain contend allege concede confirm "
    "disclose reveal stress emphasize emphasise caution complain promise vow pledge counter assert "
    "recall testify agree indicate hope fear expect know worry find conclude show declare respond "
    "reply answer observe remark point charge assure remind inform signal propose recommend urge "
    "demand question wonder doubt view consider describe characterize portray label accuse blame "
    "criticize criticise condemn denounce decry slam blast praise commend defend endorse support "
    "oppose reject dismiss rebuke challenge dispute rebut threaten disagree remember recount tweet "
    "post email lament celebrate hail welcome applaud apologize apologise hint imply highlight "
    "underscore mention comment swear recognize recognise want seek plan intend forecast raise "
    "speculate surmise assess judge calculate project reaffirm reiterate repeat insinuate concur "
    "object protest contest reckon confess opine"
)
# Wider still, for reported speech only ("Cook declined to say", "Clinton touted her plan"); the
# cue patterns' role words need not exclude these, and a shorter exclusion compiles faster.
_WIDER_STEMS = (
    "ask decline refuse "
    "express cite offer cast tout trumpet congratulate thank attack rail deem call "
    "detail outline unveil joke boast brag laud lambast assail chide scold fault downplay "
    "justify clarify depict frame request regret grumble fret verify advocate champion "
    "embrace favor favour lobby "
    "notice realize realise discover understand suspect assume imagine "
    "envision anticipate mull ponder contemplate decide hesitate wish prefer voice reference "
    "belittle mock ridicule trash chastise deride brand dub credit echo retort quip inquire "
    "taunt needle invoke discuss refer allude encourage press bash"
)
_STANCE_IRREGULAR = (
    "said says told tells wrote writes found finds thinks thought knew knows showed shown "
    "sees saw feels felt called calls sought seeks forecast "
    "termed"  # "termed the derailment “deeply unfortunate”" (not "terms", a noun)
)
STANCE_VERBS = sorted(
    {f for stem in _STANCE_STEMS.split() for f in inflections(stem)}
    | set(_STANCE_IRREGULAR.split())
)
# The plural present ("Democrats say", "critics argue"), for verbs that are seldom nouns: "report",
# "claim" or "plan" after a capitalised word are more often a noun ("the Mueller report"), and
# "know" or "remember" report nothing in "Fans know the drill by now"; what a group wants, hopes,
# fears, supports or expects is its view ("Council officials expect it to raise $64 million").
_PLURAL_PRESENT = (
    "say tell warn argue insist acknowledge admit explain predict believe think suggest contend "
    "allege concede confirm disclose reveal emphasize emphasise caution complain vow assert "
    "recall testify agree disagree indicate worry conclude declare respond observe remind urge "
    "describe accuse blame criticize criticise condemn denounce oppose reject dismiss dispute "
    "lament want hope fear support expect see express"
)
PLURAL_PRESENT = frozenset(_PLURAL_PRESENT.split())
WIDER_STANCE_VERBS = sorted(
    set(STANCE_VERBS)
    | {f for stem in _WIDER_STEMS.split() for f in inflections(stem)}
    | set(_PLURAL_PRESENT.split())
)
# "Kasich is trumpeting a positive-only message": the stance verbs after a form of "be".
STANCE_PROGRESSIVE = sorted(
    {_progressive(stem) for stem in (_STANCE_STEMS + " " + _WIDER_STEMS).split()}
)
# Every stem in its plain form: "continued to question whether", "was quick to point out that"
BASE_FORMS = sorted(set((_STANCE_STEMS + " " + _WIDER_STEMS).split()))
# Putting a question to someone: "Marchetti pressed Lanfear", "Asked by Szabo, she said",
# "Duarte, asked whether …" (one list for every rule that reads questions)
QUESTION_PAST = "asked|pressed|questioned|quizzed|challenged|grilled"
QUESTION_VERBS = frozenset([*QUESTION_PAST.split("|"), "asks", "presses", "questions", "quizzes"])

# the verbs of a report to someone, and of saying (report_shapes.py reads sentences by them)
TELL_VERBS = frozenset(
    "told tells assured assures reminded reminds informed informs warned asked asks apprised "
    "apprises".split()
)
SAY = frozenset("said says say added adds argued argues claimed claims noted notes stated".split())

"""Hand-made analyses for the UI tests, built from the model dataclasses (no core pipeline)."""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.model import (
    Analysis,
    Article,
    Paragraph,
    ParagraphKind,
    Quote,
    QuoteKind,
    Sentence,
    SourceEntry,
    Speaker,
)
from reader.core.notes import Note, NoteStore, make_anchor
from reader.core.notes.notebook import Notebook

BODY, HEADING, BLOCK = ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BLOCKQUOTE


@dataclass
class QuoteSpec:
    sentence: int
    words: str
    kind: QuoteKind
    speaker: str | None = None
    mention: str | None = None
    cue: str | None = None
    venue: str | None = None
    confidence: float = 0.9
    reason: str = "speech verb beside a named person"


def build_analysis(
    paragraphs: list[tuple[ParagraphKind, list[str]]],
    specs: list[QuoteSpec],
    descriptions: dict[str, list[str]] | None = None,
    registry: dict[str, SourceEntry] | None = None,
    **article_fields: str,
) -> Analysis:
    """An Analysis whose offsets are computed from the given paragraphs and quote specs."""
    text, parts, sentences = "", [], []
    for index, (kind, texts) in enumerate(paragraphs):
        text += "\n\n" if index else ""
        start = len(text)
        for number, sentence in enumerate(texts):
            text += " " if number else ""
            sid = len(sentences)
            sentences.append(Sentence(sid, index, len(text), len(text) + len(sentence), sentence))
            text += sentence
        parts.append(Paragraph(index, kind, start, len(text)))
    quotes = [_quote(qid, spec, sentences) for qid, spec in enumerate(specs)]
    article = Article("test.txt", text, parts, **article_fields)  # type: ignore[arg-type]
    speakers = _speakers(quotes, descriptions or {})
    return Analysis(article, sentences, quotes, speakers, registry or {})


def _quote(qid: int, spec: QuoteSpec, sentences: list[Sentence]) -> Quote:
    sentence = sentences[spec.sentence]
    start = sentence.start + sentence.text.index(spec.words)
    return Quote(
        qid,
        spec.kind,
        start,
        start + len(spec.words),
        spec.words,
        [sentence.id],
        speaker=spec.speaker,
        mention=spec.mention,
        cue=spec.cue,
        venue=spec.venue,
        reason=spec.reason if spec.speaker else "no speaker found",
        confidence=spec.confidence if spec.speaker else 0.0,
    )


def _speakers(quotes: list[Quote], descriptions: dict[str, list[str]]) -> list[Speaker]:
    speakers: dict[str, Speaker] = {}
    for quote in quotes:
        if quote.speaker:
            speaker = speakers.setdefault(quote.speaker, Speaker(quote.speaker))
            speaker.quote_ids.append(quote.id)
    for name, lines in descriptions.items():
        speakers[name].descriptions = lines
    return list(speakers.values())


OSEI, BRANDT, REYES, NAIR = "Amara Osei", "Lena Brandt", "Tomas Reyes", "Priya Nair"

PARAGRAPHS = [
    (
        BODY,
        [
            "The council voted on Tuesday to expand the harbour at Port Wenley, ending a "
            "debate that ran for three years.",
            "“This is the best day the port has had in a generation,” said Amara Osei, a "
            "former trade envoy in Brussels.",
            "Osei told Reuters the plan would bring “hundreds of jobs” within a year.",
        ],
    ),
    (
        BODY,
        [
            "Not everyone is convinced.",
            "“We were never asked,” said Lena Brandt, who runs the fish market on the quay.",
            "Brandt said the council had ignored the fishermen.",
            "The so-called “green harbour” plan was first floated in 2021.",
        ],
    ),
    (HEADING, ["What comes next"]),
    (
        BLOCK,
        ["“The harbour belongs to everyone who works on it, and it will stay that way.”"],
    ),
    (
        BODY,
        [
            "“It is a promise,” Reyes told me.",
            "“Nobody will be left behind,” the statement continued.",
            "Osei said she expected the first ships by spring.",
            "“We will hold them to it,” Brandt said.",
            "Priya Nair, an economist at the Wenley Institute, called the forecast “optimistic”.",
            "The council's report, “Tides of Change”, is due in May.",
        ],
    ),
]

SPECS = [
    QuoteSpec(
        1,
        "This is the best day the port has had in a generation,",
        QuoteKind.DIRECT,
        OSEI,
        "Amara Osei",
        "said",
        confidence=0.92,
    ),
    QuoteSpec(2, "hundreds of jobs", QuoteKind.PARTIAL, OSEI, "Osei", "told", "Reuters", 0.81),
    QuoteSpec(4, "We were never asked,", QuoteKind.DIRECT, BRANDT, "Lena Brandt", "said"),
    QuoteSpec(
        5,
        "the council had ignored the fishermen",
        QuoteKind.INDIRECT,
        BRANDT,
        "Brandt",
        "said",
        confidence=0.7,
        reason="reported speech after a speech verb",
    ),
    QuoteSpec(6, "green harbour", QuoteKind.SCARE),
    QuoteSpec(
        8,
        "The harbour belongs to everyone who works on it, and it will stay that way.",
        QuoteKind.BLOCK,
        REYES,
        "Reyes",
        confidence=0.6,
        reason="next paragraph names him",
    ),
    QuoteSpec(9, "It is a promise,", QuoteKind.DIRECT, REYES, "Reyes", "told", "me"),
    QuoteSpec(10, "Nobody will be left behind,", QuoteKind.DIRECT),
    QuoteSpec(
        11,
        "she expected the first ships by spring",
        QuoteKind.INDIRECT,
        OSEI,
        "Osei",
        "said",
        confidence=0.75,
    ),
    QuoteSpec(12, "We will hold them to it,", QuoteKind.DIRECT, BRANDT, "Brandt", "said"),
    QuoteSpec(13, "optimistic", QuoteKind.PARTIAL, NAIR, "Priya Nair", "called"),
    QuoteSpec(14, "Tides of Change", QuoteKind.TITLE),
]

DESCRIPTIONS = {
    OSEI: ["a former trade envoy in Brussels"],
    BRANDT: ["who runs the fish market on the quay"],
    NAIR: ["an economist at the Wenley Institute"],
}

REGISTRY = {
    OSEI: SourceEntry(
        OSEI,
        role="Former trade envoy",
        affiliation="EU Delegation to Wenley",
        url="https://example.org/people/osei",
        notes="Advised the council in 2022.",
    )
}


def sample_analysis() -> Analysis:
    return build_analysis(
        PARAGRAPHS,
        SPECS,
        DESCRIPTIONS,
        REGISTRY,
        title="Harbour expansion divides Port Wenley",
        author="Jo Marsh",
        published="2024-03-14",
    )


def large_analysis(paragraph_count: int = 2000, per_paragraph: int = 10) -> Analysis:
    """20,000 sentences by default; every third sentence quotes one of four speakers."""
    names = [OSEI, BRANDT, REYES, NAIR]
    paragraphs, specs = [], []
    for p in range(paragraph_count):
        texts = []
        for s in range(per_paragraph):
            sid = p * per_paragraph + s
            if sid % 3 == 0:
                name = names[sid // 3 % 4]
                texts.append(f"“Point number {sid} matters,” said {name}.")
                specs.append(
                    QuoteSpec(
                        sid, f"Point number {sid} matters,", QuoteKind.DIRECT, name, name, "said"
                    )
                )
            else:
                texts.append(f"Sentence {sid} carries the story a little further along.")
        paragraphs.append((BODY, texts))
    return build_analysis(paragraphs, specs, title="A very long read")


MARKUP_TITLE = "[bold red]Breaking[/] news"
MARKUP_SENTENCE = "Tricky [bold red]x[/] and [@click=app.quit]click me[/] text\x1b[31m\u202eend."
MARKUP_SPEAKER = "[b]Evil[/b] Name"


def markup_analysis() -> Analysis:
    paragraphs = [(BODY, [MARKUP_SENTENCE, "“[italic]Quoted[/italic] words,” said the source."])]
    specs = [
        QuoteSpec(
            1,
            "[italic]Quoted[/italic] words,",
            QuoteKind.DIRECT,
            MARKUP_SPEAKER,
            "[link=https://evil.example]the source[/link]",
            "said",
        )
    ]
    descriptions = {MARKUP_SPEAKER: ["[reverse]a description[/reverse]"]}
    return build_analysis(paragraphs, specs, descriptions, title=MARKUP_TITLE, author="[u]Me[/u]")


ORPHAN_WORDS = "A sentence the article no longer has, cut by the editor."


def seed_notes(analysis: Analysis) -> None:
    """Notes in the default store, as an earlier session left them: a note with two lines on
    sentence 1 (also highlighted), a highlight on sentence 4, a note on sentence 9, an orphan."""
    ticks = iter(range(10, 60))
    store = NoteStore(clock=lambda: f"2026-03-01T10:{next(ticks):02d}:00Z")
    notebook = Notebook(store, analysis)
    sentences = analysis.sentences
    notebook.write(sentences[9], "Who is “me”? The byline says Jo Marsh.")
    notebook.write(
        sentences[1], "Check the registry: *envoy* until 2022.\nAsk the [council] press office."
    )
    notebook.toggle_highlight(sentences[1])
    notebook.toggle_highlight(sentences[4])
    gone = f"Intro. {ORPHAN_WORDS} Outro."
    orphan = Note(make_anchor(gone, 7, 7 + len(ORPHAN_WORDS)), body="This one lost its sentence.")
    store.save(notebook.article, orphan)
    store.close()

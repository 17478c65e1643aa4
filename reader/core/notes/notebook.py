"""One article's notes, placed on its current sentences: what the TUI and the export read.

A note belongs to the sentence its anchor lands in. Notes whose words cannot be found any more
are orphans: kept, listed, exported, never dropped.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from reader.core.model import Analysis, Sentence
from reader.core.notes.anchor import Anchor, Placement, make_anchor, place
from reader.core.notes.model import ArticleId, Note, article_id
from reader.core.notes.store import NoteStore


class Notebook:
    def __init__(self, store: NoteStore, analysis: Analysis) -> None:
        self.store = store
        self.analysis = analysis
        self.article: ArticleId = article_id(analysis.article.source, analysis.article.text)
        self.notes = self._placed(store.notes_for(self.article))

    def use_analysis(self, analysis: Analysis) -> None:
        """The same article analysed further (all its sentences split, or its quotes found):
        the notes sit on its sentences from now on."""
        more = analysis.sentences is not self.analysis.sentences
        self.analysis = analysis
        if more:
            self.notes = self._placed(self.notes)

    def _placed(self, notes: list[Note]) -> list[Note]:
        sentences = self.analysis.sentences
        self._starts = [s.start for s in sentences]
        self._end = sentences[-1].end if sentences else 0
        spans = [(s.start, s.end) for s in sentences]
        text = self.analysis.article.text
        return [n.placed(place(n.anchor, text, spans)) for n in notes]

    # Reading -------------------------------------------------------------------------------

    def sentence_of(self, note: Note) -> Sentence | None:
        """None for an orphan, and for a note past the sentences split so far (a long article's
        first analysis has only its opening ones)."""
        if note.placement is None or not self._starts or note.placement.start >= self._end:
            return None
        index = bisect.bisect_right(self._starts, note.placement.start) - 1
        return self.analysis.sentences[max(0, index)]

    def note_on(self, sentence_id: int) -> Note | None:
        return next((n for n in self.notes if self._on(n, sentence_id)), None)

    def in_article_order(self) -> list[Note]:
        """Placed notes by position, then orphans in the order they were made."""
        placed = [(n.placement.start, n) for n in self.notes if n.placement is not None]
        placed.sort(key=lambda pair: pair[0])
        return [n for _, n in placed] + [n for n in self.notes if n.placement is None]

    def marked_sentences(self) -> dict[int, Note]:
        """Sentence id -> its note or highlight: what the article view marks."""
        marked: dict[int, Note] = {}
        for note in self.notes:
            sentence = self.sentence_of(note)
            if sentence is not None:
                marked.setdefault(sentence.id, note)
        return marked

    # Writing: each call is one saved transaction --------------------------------------------

    def write(self, sentence: Sentence, body: str) -> Note:
        """Add or replace the note on a sentence (keeping its highlight)."""
        current = self.note_on(sentence.id)
        if current is None:
            return self._save(self._fresh(sentence, body=body))
        return self._save(replace(current, body=body, anchor=self._anchor(sentence)))

    def toggle_highlight(self, sentence: Sentence) -> Note | None:
        """Highlight the sentence, or take the highlight off (a bare highlight is then deleted)."""
        current = self.note_on(sentence.id)
        if current is None:
            return self._save(self._fresh(sentence, highlight=True))
        if current.highlight and not current.body.strip():
            self.delete(sentence)
            return None
        return self._save(replace(current, highlight=not current.highlight))

    def delete(self, sentence: Sentence) -> bool:
        current = self.note_on(sentence.id)
        if current is None or current.id is None:
            return False
        self.store.delete(current.id)
        self.notes = [n for n in self.notes if n.id != current.id]
        return True

    def _fresh(self, sentence: Sentence, body: str = "", highlight: bool = False) -> Note:
        return Note(self._anchor(sentence), body=body, highlight=highlight)

    def _anchor(self, sentence: Sentence) -> Anchor:
        return make_anchor(self.analysis.article.text, sentence.start, sentence.end)

    def _save(self, note: Note) -> Note:
        saved = self.store.save(self.article, note)
        saved = saved.placed(Placement(saved.anchor.start, saved.anchor.end, "position"))
        self.notes = [n for n in self.notes if n.id != saved.id] + [saved]
        return saved

    def _on(self, note: Note, sentence_id: int) -> bool:
        sentence = self.sentence_of(note)
        return sentence is not None and sentence.id == sentence_id

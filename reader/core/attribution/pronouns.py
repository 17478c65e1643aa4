"""Pronouns: "she said" is the person the article is talking about, as a careful reader takes it.

The nearest person named before the pronoun whose gender fits, unless a spokesperson was named
since, a person of unknown gender has just been quoted, or the sentence that names the nearest
one has a subject of the same gender ("Adebayo said the mayor's plan was bold. “…,” he said").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from reader.core.attribution.anonymous_sources import KeptUnnamed
from reader.core.attribution.cast import Cast
from reader.core.attribution.name_sexes import joint_partner
from reader.core.attribution.name_words import after_the
from reader.core.attribution.pattern_cache import compiled
from reader.core.attribution.pronoun_objects import asks_someone
from reader.core.attribution.resolution import PRONOUN_WINDOW, gender_of
from reader.core.attribution.resolution import Resolution as Resolution
from reader.core.attribution.singular_they import SingularThey
from reader.core.attribution.spokes_pronouns import SpokesPronouns
from reader.core.attribution.subjects import is_subject, owner_before_name, role_subject
from reader.core.attribution.verbs import QUESTION_PAST

_QUOTE_REACH = 1500  # characters either side of a cue in which the quotes it carries lie
_REPLY_WINDOW = 600  # ... and from a question to the "he replied" that answers it
_GENDERED_WINDOW = 8000  # ... and one the article has shown to be of the pronoun's gender
_OPENING_PRONOUN = compiled(r"\s*(She|He)\b")
_POSSESSIVE_AT = compiled(
    r"(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*|[Tt]he\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)['’]s\s"
)
# "…, she laughed" / "She stopped": a pronoun as the subject of a clause.
_CLAUSE_PRONOUN = compiled(
    r"(?:^|(?<=[,;]\s)|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))\s*(she|he|She|He)\s+[a-z]+"
)
# "“…,” he said. “Paul did what he was sent there to do.”": a sentence that is all quote
_ALL_QUOTE = compiled(r"[“\"][^“”\"\n]*[”\"]\s*")
# `\b[A-Z][a-z’'-]+\b`, written to open with the capital so the engine can skip to capitals
# ("In an interview with Radyo Bantay, she said": a broadcaster, where she said it)
_ASKED_BY = compiled(
    rf"\b(?:(?i:{QUESTION_PAST})\s+by|[Ii]n\s+an?\s+(?:[a-z]+\s+)?interview\s+with|"
    r"[Ss]peaking\s+to)\s+$"
)
# "Marchetti pressed Lanfear on pricing", "Szabo asked Osterhout when …"
_PUTS_A_QUESTION = compiled(
    r"(?P<asker>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:then\s+|later\s+|also\s+)?"
    rf"(?:{QUESTION_PAST}|pushed)\s+(?:[A-Z][\w.’'-]*\s+)*"
    r"[A-Z][\w’'-]+\b"
)
_WRITER_ASKED = compiled(
    r"\b(?:I|[Ww]e)\s+(?:then\s+|also\s+|later\s+|once\s+)?(?:asked|pressed|questioned)\s+"
    r"(?:[A-Z][a-z]{1,3}\.?\s+)?$"  # "I asked Mr. Renn"
)
CAPITALISED = compiled(r"[A-Z](?<=\b[A-Z])[a-z’'-]+\b")


class PronounResolution(SpokesPronouns, KeptUnnamed, SingularThey):
    """The pronoun half of `Resolver`: its timeline of mentions and the quotes spoken so far."""

    cast: Cast
    _text: str
    _masked: str  # the text with quoted words blanked
    _timeline: list[tuple[int, str]]
    _mentions_of: dict[str, list[int]]
    _sentence_starts: list[int]
    _spoken: list[tuple[int, str]]
    _spokes: list[tuple[int, str, str | None]]

    def addressee(self, pronoun: str, at: int) -> Resolution | None:
        """ "“Did you ask why?” she asked. “I asked,” he replied": the one the question was put to,
        a person named in the question's paragraph other than the one who asked it."""
        index = bisect.bisect_left(self._spoken, (at, ""))
        if not index:
            return None
        asked_at, asker = self._spoken[index - 1]
        if at - asked_at > _REPLY_WINDOW or self._text.find("?", asked_at, at) < 0:
            return None  # the quote before was no question ("Who pays? …,” Ruiz said.")
        start = self._paragraph_start(asked_at)
        gender = gender_of(pronoun)
        for pos, name in self._before(bisect.bisect_left(self._timeline, (at, ""))):
            if pos < start - _QUOTE_REACH:
                break
            entity = self.cast.entities.get(name)
            if name == asker or entity is None or entity.kind != "person":
                continue
            # in the question's paragraph, anyone who may be of that gender; before it, only
            # someone shown to be ("“…?” Whitford asked. “…,” she replied": the candidate)
            if entity.gender == gender or (pos >= start and entity.gender is None):
                return Resolution(name, "addressee", entity.gender)
        return None

    def asker(self, pronoun: str, at: int) -> Resolution | None:
        """ "Marchetti pressed Lanfear on pricing. “…?” he asked": the one who put the question
        earlier in the cue's paragraph, not the last man named (the one it was put to)."""
        start = self._paragraph_start(at)
        questions = list(_PUTS_A_QUESTION.finditer(self._masked, start, at))  # not in quotes
        name = self._person_named_at(questions[-1].start()) if questions else None  # the last one
        entity = self.cast.entities.get(name or "")
        gender = gender_of(pronoun)
        if name is None or entity is None or entity.gender not in (None, gender):
            return None
        return Resolution(name, "asker", entity.gender)

    def _paragraph_start(self, at: int) -> int:
        """Where the paragraph holding `at` starts, read back at most `_QUOTE_REACH` characters
        (bounded: a paragraph may run on for pages)."""
        reach = max(0, at - _QUOTE_REACH)
        return max(reach, self._text.rfind("\n", reach, at) + 1)

    def _person_named_at(self, pos: int) -> str | None:
        """The person the timeline has named at `pos` (None if no mention starts there)."""
        index = bisect.bisect_left(self._timeline, (pos, ""))
        found = index < len(self._timeline) and self._timeline[index][0] == pos
        return self._timeline[index][1] if found else None

    def named_outside(self, name: str, start: int, end: int) -> bool:
        """Whether the article names `name` somewhere other than between `start` and `end`."""
        return any(not start <= at < end for at in self._mentions_of.get(name, ()))

    def note_quote(self, name: str, at: int) -> None:
        """Someone was just quoted: the freshest speaker, whom a following "she said" may mean even
        when the article never showed their gender."""
        bisect.insort(self._spoken, (at, name))

    def _last_speaker_since(self, since: int, at: int) -> str | None:
        """The speaker of the quote right before `at`, if they spoke after `since` and their gender
        is unknown (a known gender would have matched or been ruled out by the timeline)."""
        index = bisect.bisect_left(self._spoken, (at, ""))
        if not index:
            return None
        pos, name = self._spoken[index - 1]
        entity = self.cast.entities.get(name)
        if pos <= since or at - pos > PRONOUN_WINDOW or entity is None or entity.gender:
            return None
        return name if entity.kind == "person" else None

    def note_speaker(self, name: str, at: int) -> None:
        """A pronoun-attributed quote keeps its speaker in focus for the next pronoun."""
        bisect.insort(self._timeline, (at, name))
        bisect.insort(self._mentions_of.setdefault(name, []), at)

    def _before(self, end: int) -> Iterator[tuple[int, str]]:
        """The timeline backwards from `end`, without copying it (a slice per call is quadratic)."""
        timeline = self._timeline
        for index in range(end - 1, -1, -1):
            yield timeline[index]

    def possessor(self, pronoun: str, at: int) -> Resolution | None:
        """Whom "her" or "his" means in "said her husband": anyone named before, even in the
        quote ("‘Wendy does the hard bit,’ said her husband": Wendy's husband)."""
        return self._pronoun(pronoun, at, quoted_ok=True)

    def _pronoun(self, pronoun: str, at: int, quoted_ok: bool = False) -> Resolution | None:
        gender = gender_of(pronoun)
        end = bisect.bisect_left(self._timeline, (at, ""))
        spokes = self._spokesperson_org(at, gender)
        last_person = self._timeline[end - 1][0] if end else -1
        unnamed = self.unnamed_source_since_named(at, gender)
        # (a spokeswoman "who asked not to be named" is still the body's: her sentence is hers)
        spokes_sentence_end = self._sentence_around(self._spokes_at(at))[1] if spokes else -1
        if unnamed >= 0 and unnamed >= spokes_sentence_end:
            return Resolution(None, "kept-unnamed", gender)  # "A nurse, who asked not to be
            # named, said … “…,” she said": no one named since, so she is that nurse
        if spokes and (
            self._spokes_at(at) > last_person
            or not self._may_mean_since(self._spokes_at(at), end, gender)
        ):  # "A Downing Street spokesman said the minister had … “…,” he said": no man since
            return Resolution(spokes.name, "spokes-pronoun", gender)
        asked = self._asked_by_writer(end, at, gender)
        if asked is not None:
            return Resolution(asked, "addressee", gender)
        fallback: str | None = None
        subject: str | None = None  # the nearest such person who was a sentence's subject
        talked_about = set() if quoted_ok else self._named_in_quotes(at)
        for pos, name in self._before(end):
            if at - pos > _GENDERED_WINDOW:
                break
            if name in talked_about or self._masked[pos] == " ":
                continue  # "“Paul did what he was sent there to do,” he said": not Paul; nor
                # anyone a quote names ("“… Once Emily decided …” She told the judge": not Emily)
            if self._next_sentence(pos, at) and asks_someone(self._text, pos, pronoun):
                continue  # "Rourke asked him why … He said": the one she asked, not Rourke
            if _ASKED_BY.search(self._text, max(0, pos - 40), pos):
                continue  # "Asked by Szabo when …, she said": the one asked, not Szabo
            entity = self.cast.entities.get(name)
            known = entity.gender if entity else None
            if known == gender and self._pronoun_is_subject(pos, pronoun):
                continue  # "Asked about the minister's comments, she laughed": not the minister
            opener = self._paragraph_opener(pronoun, at) if known == gender else -1
            if 0 <= opener < pos and not is_subject(self._text, pos):
                return self._pronoun(
                    pronoun, opener, quoted_ok
                )  # "She said she threw a buoy towards Mrs.
                # Whitlaw. “…,” she said": the "she" that opened the paragraph
            if known == gender:
                nearer = self._last_speaker_since(pos, at) or subject
                if nearer and nearer == joint_partner(self._timeline, self._masked, pos):
                    nearer = None  # "X and Y clashed. Y accused …. She said": X, known a woman
                if nearer and nearer not in talked_about:
                    return Resolution(nearer, "pronoun", None)
                return Resolution(self._subject_in_sentence(pos, gender) or name, "pronoun", known)
            if known is None and at - pos <= PRONOUN_WINDOW:  # the nearest person whose
                # gender is never shown
                fallback = fallback or name
                if subject is None and is_subject(self._text, pos):
                    subject = name
        return Resolution(fallback, "pronoun", None) if fallback else None

    def _asked_by_writer(self, end: int, at: int, gender: str) -> str | None:
        """ "I asked Tobias Renn whether he had spoken to his brother, Mattias. || “Not once,” he
        said": the one the writer asked answers, if the pronoun may be them."""
        for pos, name in self._before(end):
            if not self._next_sentence(pos, at):
                return None
            if _WRITER_ASKED.search(self._text, max(0, pos - 30), pos):
                entity = self.cast.entities.get(name)
                return name if entity is None or entity.gender in (None, gender) else None
        return None

    def _named_in_quotes(self, at: int) -> set[str]:
        """People whom the quotes around the pronoun at `at` call by their first name (its own
        sentence, and the next if that is a quote the cue carries on to): the speaker is talking
        about them, so the pronoun means someone else."""
        start, end = self._sentence_around(at)
        if self._text.find("\n", start, end) < 0:
            after = self._sentence_around(end)[1]
            if after - end <= _QUOTE_REACH and _ALL_QUOTE.fullmatch(self._text, end, after):
                end = after
        # a run-on "sentence" has no end: the quotes a cue carries lie near it
        start, end = max(start, at - _QUOTE_REACH), min(end, at + _QUOTE_REACH)
        named = set()
        for word in CAPITALISED.finditer(self._text, start, end):
            if self._masked[word.start()] == " ":  # blanked: inside a quote
                if self._addressed_inside(word.start(), word.end(), start):
                    continue  # "“She would ring me and say, ‘Rhodri, your leaflets …’”": him
                name = self.cast.only_one_called(word.group())
                if name:
                    named.add(name)
        return named

    def _addressed_inside(self, start: int, end: int, sentence: int) -> bool:
        """Whether the name at `start` opens a quote inside a quote and is called by it ("say,
        ‘Rhodri, your …’"): someone the outer speaker quotes speaks to them, the speaker."""
        opened = self._text[start - 1 : start] in ("‘", "'")
        outer = self._text[sentence:start]
        return opened and self._text.startswith(",", end) and ("“" in outer or '"' in outer)

    def _paragraph_opener(self, pronoun: str, at: int) -> int:
        """Where the same pronoun opens the paragraph holding `at` (-1 if it does not)."""
        start = self._text.rfind("\n", 0, at) + 1
        opener = _OPENING_PRONOUN.match(self._text, start, at)
        return opener.start(1) if opener and opener[1].lower() == pronoun else -1

    def _pronoun_is_subject(self, pos: int, pronoun: str) -> bool:
        """Whether someone named in a possessive at `pos` ("the minister's comments") shares a
        sentence with the same pronoun as a clause's subject: that pronoun, and the one being
        resolved, mean someone named before."""
        if not _POSSESSIVE_AT.match(self._text, pos):
            return False  # "When I asked Ferrer …, he thought": he is Ferrer
        start, end = self._sentence_around(pos)
        return any(
            m.group(1).lower() == pronoun for m in _CLAUSE_PRONOUN.finditer(self._text, start, end)
        )

    def _next_sentence(self, pos: int, at: int) -> bool:
        """Whether `at` is in the sentence of `pos` or the one right after it."""
        starts = self._sentence_starts
        return bisect.bisect_right(starts, at) - bisect.bisect_right(starts, pos) <= 1

    def _sentence_around(self, pos: int) -> tuple[int, int]:
        """Where the sentence holding `pos` starts and ends."""
        starts = self._sentence_starts
        index = bisect.bisect_right(starts, pos) - 1
        return starts[index], starts[index + 1] if index + 1 < len(starts) else len(self._text)

    def _subject_in_sentence(self, pos: int, gender: str) -> str | None:
        """The subject of the sentence that names someone at `pos`, if of the same gender: in
        "Adebayo said the mayor's plan was bold. “…,” he said" the subject, not the mayor."""
        start, _ = self._sentence_around(pos)
        index = bisect.bisect_left(self._timeline, (start, ""))
        owned = -1  # "Trump's attorney, Alan Garten, said": where Garten, the subject, starts
        for earlier, name in self._timeline[index : bisect.bisect_left(self._timeline, (pos, ""))]:
            if owned < 0:
                owned = owner_before_name(self._text, earlier)
                if owned >= 0:
                    continue
            entity = self.cast.entities.get(name)
            if entity is None or entity.kind != "person" or entity.gender != gender:
                continue
            if asks_someone(self._text, earlier, "she" if gender == "female" else "he"):
                continue  # "Whitford pressed her on …, noting that Greaves …": not Whitford
            if earlier == owned:
                return name
            subject = is_subject(self._text, earlier) or role_subject(self._text, earlier)
            # "The Elmsford manager, Graham Ostler": a name after "the" is a modifier
            if subject and not after_the(self._text, earlier):
                return name
        return None

"""Re-anchoring notes after the article's text changed: position, exact text, fuzzy, orphan."""

from __future__ import annotations

from reader.core.notes import make_anchor, place

TEXT = (
    "The council met on Tuesday. Residents asked for a new bridge. "
    "The mayor said the budget was tight. Nobody voted against the plan."
)
NOTED = "The mayor said the budget was tight."


def _spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans of the small texts here (each sentence ends with '. ')."""
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        spans.append((start, end))
        start = end + 1
    return spans


def _anchor_on(text: str, sentence: str):
    start = text.index(sentence)
    return make_anchor(text, start, start + len(sentence))


def test_unchanged_text_keeps_the_position() -> None:
    anchor = _anchor_on(TEXT, NOTED)
    placement = place(anchor, TEXT, _spans(TEXT))
    assert placement is not None and placement.how == "position"
    assert TEXT[placement.start : placement.end] == NOTED


def test_anchor_keeps_32_characters_of_context() -> None:
    anchor = _anchor_on(TEXT, NOTED)
    assert anchor.prefix == TEXT[TEXT.index(NOTED) - 32 : TEXT.index(NOTED)]
    assert anchor.suffix == " Nobody voted against the plan."  # all there is, under 32


def test_insertion_before_the_note_moves_it_by_exact_text() -> None:
    anchor = _anchor_on(TEXT, NOTED)
    changed = "Correction appended at the top. " + TEXT
    placement = place(anchor, changed, _spans(changed))
    assert placement is not None and placement.how == "exact"
    assert changed[placement.start : placement.end] == NOTED


def test_repeated_sentence_goes_to_the_occurrence_with_the_same_context() -> None:
    text = f"{NOTED} Then came the vote. Residents asked for a new bridge. {NOTED} End."
    anchor = make_anchor(text, text.rindex(NOTED), text.rindex(NOTED) + len(NOTED))
    changed = "New lead. " + text
    placement = place(anchor, changed, _spans(changed))
    assert placement is not None
    assert placement.start == changed.rindex(NOTED)


def test_reworded_sentence_is_found_by_fuzzy_match() -> None:
    anchor = _anchor_on(TEXT, NOTED)
    changed = TEXT.replace(NOTED, "The mayor said that the budget was very tight.")
    placement = place(anchor, changed, _spans(changed))
    assert placement is not None and placement.how == "fuzzy"
    assert changed[placement.start : placement.end].startswith("The mayor said that")


def test_deleted_sentence_leaves_an_orphan() -> None:
    anchor = _anchor_on(TEXT, NOTED)
    changed = TEXT.replace(NOTED + " ", "")
    assert place(anchor, changed, _spans(changed)) is None

"""Article text is untrusted: make it safe to put on a terminal.

C0/C1 control characters (ESC starts CSI/OSC sequences, BEL rings the bell) and bidirectional
overrides (which can reorder what a reader sees) are replaced; whitespace controls become spaces.
Every replacement is one character for one character, so offsets into the article text stay valid
for the displayed string (the article view relies on that to map columns to offsets).
"""

from __future__ import annotations

from reader.core.pattern_store import page_pattern

REPLACEMENT = "\ufffd"
_WHITESPACE = "\t\n\r\x0b\x0c"
_BIDI_CONTROLS = [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_CONTROLS = [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]


def _build_table() -> dict[int, str]:
    table = {code: REPLACEMENT for code in (*_CONTROLS, *_BIDI_CONTROLS)}
    table.update({ord(char): " " for char in _WHITESPACE})
    return table


_TABLE = _build_table()
_UNSAFE = page_pattern("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_text(text: str) -> str:
    """Replace control and bidi-override characters; the result has the same length as `text`."""
    return text.translate(_TABLE) if _UNSAFE.search(text) else text


# JSON: `json.dumps` escapes C0 controls itself; with ensure_ascii=False it writes DEL, the C1
# controls and the bidi controls as they are. They can only occur inside JSON strings, so
# escaping them there keeps the document the same value.
_JSON_UNSAFE = page_pattern("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe_json(dumped: str) -> str:
    """JSON text (from `json.dumps`) with nothing a terminal would act on: "\\u009b", not CSI."""
    return _JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)

"""One regular expression for a large set of words, written as a trie.

`said|says|say|...` with hundreds of alternatives is tried one alternative after another at every
position the engine reaches, and compiling it again in every pattern that embeds it costs most of
the attribution engine's import time. The trie `sa(?:i(?:d)|y(?:s)?)…` matches the same words,
longest first where one is a prefix of another, in one pass down the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""  # the key that marks the end of a word in a node


def word_trie(words: Iterable[str]) -> str:
    """A non-capturing pattern matching exactly `words` (no word boundaries added)."""
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _pattern(root) if root else "(?!)"


def _pattern(node: _Node) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"  # greedy: the longer word is tried first, as longest-first lists do
    return body

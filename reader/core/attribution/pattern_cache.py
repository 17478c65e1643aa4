"""The attribution grammar's regular expressions, compiled once per machine rather than per run
(about 35 s of pure-Python compiling saved on every start; see reader/core/pattern_store.py)."""

from __future__ import annotations

from reader.core.pattern_store import PatternStore

GRAMMAR = PatternStore("patterns")
compiled = GRAMMAR.compiled
save = GRAMMAR.save

"""The one exception the loaders raise."""

from __future__ import annotations


class LoadError(Exception):
    """Input that cannot become an article. `str(err)` is one line: "<source>: <problem>"."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")

"""The exceptions the loaders raise."""

from __future__ import annotations


class LoadError(Exception):
    """Input that cannot become an article. `str(err)` is one line: "<source>: <problem>"."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class TooLarge(LoadError):
    """Input over the size limit, refused before it is read. `size` is None when unknown (a
    pipe or a device, refused as soon as more than `limit` bytes have arrived)."""

    def __init__(self, source: str, size: int | None, limit: int) -> None:
        self.size = size
        self.limit = limit
        what = f"{megabytes(size)} is" if size is not None else "it is"
        super().__init__(source, f"too large to read ({what} over the {megabytes(limit)} limit)")


def megabytes(size: int) -> str:
    """ "60 MB", "67.7 MB"; under 0.1 MB, bytes ("512 bytes")."""
    if size < 100_000:
        return f"{size} bytes"
    return f"{size / 1_000_000:.1f}".removesuffix(".0") + " MB"

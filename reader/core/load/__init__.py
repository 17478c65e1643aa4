"""Input -> `Article`: plain text (scraped or copied), Markdown and saved HTML pages.

    load_path(path, max_bytes)       a file; LoadError for missing, unreadable, binary or empty,
                                     TooLarge (a LoadError) past `max_bytes` (MAX_BYTES: 20 MB)
    load_stream(stream, source)      standard input and other streams, with the same limit
    load_bytes(data, source, fmt)    bytes, encoding detected from the bytes
    load_text(text, source, fmt)     already decoded text

`fmt` is "text", "markdown" or "html"; None decides by the extension of `source`, then by
sniffing the content.
"""

from reader.core.load.errors import LoadError, TooLarge
from reader.core.load.loader import MAX_BYTES, load_bytes, load_path, load_stream, load_text

__all__ = [
    "MAX_BYTES",
    "LoadError",
    "TooLarge",
    "load_bytes",
    "load_path",
    "load_stream",
    "load_text",
]

"""Input -> `Article`: plain text (scraped or copied), Markdown and saved HTML pages.

    load_path(path)                  a file; LoadError for missing, unreadable, binary or empty
    load_bytes(data, source, fmt)    bytes, encoding detected from the bytes
    load_text(text, source, fmt)     already decoded text

`fmt` is "text", "markdown" or "html"; None decides by the extension of `source`, then by
sniffing the content.
"""

from reader.core.load.errors import LoadError
from reader.core.load.loader import load_bytes, load_path, load_text

__all__ = ["LoadError", "load_bytes", "load_path", "load_text"]

"""Quote attribution: which words are quoted, and who said them."""

from reader.core.attribution.engine import attribute

__all__ = ["attribute"]
